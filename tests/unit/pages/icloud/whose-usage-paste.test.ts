import { describe, expect, it } from 'vitest';
import { readPastedStorage } from '../../../../src/ui/storage-paste';
import { NOT_USAGE_LINES } from './not-usage-lines';

/**
 * Whose usage a pasted line is: someone named before the sizes without a colon or on the line
 * above, a Korean subject, another device, an offer, and lines that are no usage. Written before
 * this round's fixes, in ten languages, each with what it must read.
 */
const GB = 2 ** 30;
const TB = 2 ** 40;

describe('a subject before the sizes with no colon', () => {
  it.each([
    'Mom 12 GB of 200 GB used',
    'Anna 12 GB of 200 GB used',
    'Grace Okafor 12 GB of 200 GB used',
    'Papa 12 GB von 200 GB belegt',
    'Maman 12 Go utilisés sur 200 Go',
    'Mamá 12 GB de 200 GB usados',
    'Nonna 12 GB di 200 GB utilizzati',
    'Oma Gisela 12 GB von 200 GB verwendet',
    'João 12 GB de 200 GB usados',
    'エマ 200 GB中12 GBを使用済み',
    '엄마 200GB 중 12GB 사용',
  ])('paste %s', (text) => {
    expect(readPastedStorage(text)).toEqual({});
    expect(readPastedStorage(`${text}\niCloud: 71.9 GB of 200 GB used`)).toEqual({
      usedBytes: Math.round(71.9 * GB),
      totalBytes: 200 * GB,
    });
  });

  it.each([
    'Storage 4.8 GB of 5 GB used',
    'iCloud 4.8 GB of 5 GB used',
    'iCloud+ 4.8 GB of 5 GB used',
    'Using 4.8 GB of 5 GB',
    'You have used 4.8 GB of 5 GB',
    'Total 4.8 GB of 5 GB used',
    'Currently 4.8 GB of 5 GB used',
    'Sie haben 4,8 GB von 5 GB belegt',
    'Du hast 4,8 GB von 5 GB belegt',
    'Insgesamt 4,8 GB von 5 GB belegt',
    'Vous utilisez 4,8 Go sur 5 Go',
    'Actuellement 4,8 Go utilisés sur 5 Go',
    'Has usado 4,8 GB de 5 GB',
    'Hai utilizzato 4,8 GB di 5 GB',
    'Você usou 4,8 GB de 5 GB',
    'Je gebruikt 4,8 GB van 5 GB',
    '現在 5 GB中4.8 GBを使用済み',
    '현재 5GB 중 4.8GB 사용',
  ])('still reads the account: %s', (text) => {
    expect(readPastedStorage(text)).toEqual({
      usedBytes: Math.round(4.8 * GB),
      totalBytes: 5 * GB,
    });
  });
});

describe('Korean subjects', () => {
  it.each(['지수는 2TB 중 300GB 사용', '사진은 50GB 중 45GB 사용됨'])('pasted: %s', (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });
});

describe('family sharing views', () => {
  it.each([
    'Family Sharing\nKofi\n12 GB of 2 TB used',
    'Familienfreigabe\nLena\n300 GB von 2 TB belegt',
    'Chloé – 300 Go utilisés sur 2 To',
  ])("a member's usage is not the account's: %j", (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });

  it.each([
    'Lena 300 GB von 2 TB belegt\niCloud: 1,1 TB von 2 TB belegt',
    'iCloud+ 2 TB (Shared with Family)\n1.1 TB of 2 TB used',
    'Diego\n300 GB de 2 TB usados\nAlmacenamiento\n1,1 TB de 2 TB usados',
  ])("the account's usage beside the family's: %j", (text) => {
    expect(readPastedStorage(text)).toEqual({
      usedBytes: Math.round(1.1 * TB),
      totalBytes: 2 * TB,
    });
  });
});

describe("another device's lines", () => {
  it.each([
    'iPhone de Marie 61 Go sur 128 Go utilisés',
    'Marie’s MacBook Air 200 GB of 256 GB used',
    'iPad di Giulia 50 GB di 64 GB utilizzati',
    'Jonas’ iPhone 61 GB von 128 GB belegt',
    'Galaxy S23 100 GB of 256 GB used',
  ])('pasted: %s', (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });
});

describe('plans and offers', () => {
  it.each([
    'Get 200 GB for €2.99/month',
    'Upgrade to iCloud+ 2 TB for €9.99 – room for 200 GB of photos',
    'Passez à iCloud+ 200 Go pour 2,99 €',
    'Actualiza a 2 TB por 9,99 €',
    '200 GB 每月 21 元',
  ])('an offer alone is no usage (pasted): %s', (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });
});

describe('lines that are no usage', () => {
  it.each(NOT_USAGE_LINES)('%s', (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });
});
