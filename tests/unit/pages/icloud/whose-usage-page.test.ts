import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { FIXED_NOW, htmlDocument } from '../fixtures';
import { NOT_USAGE_LINES } from './not-usage-lines';

/**
 * Whose usage a line on icloud.com is: a family member named in an element of its own above it, a
 * Korean subject, another device, a plan or an offer beside it, and lines that are no usage.
 * Written before this round's fixes, in ten languages, each with what it must read.
 */
const SETTINGS = 'https://www.icloud.com/settings/';

const read = (body: string) => {
  const o = parseIcloudPage(
    htmlDocument(
      `<!doctype html><html><body><header>iCloud kofi@icloud.com</header><main>${body}</main></body></html>`,
    ),
    SETTINGS,
    FIXED_NOW,
  );
  return o.kind === 'icloud-storage'
    ? `${o.used?.value} ${o.used?.unit}/${o.total?.value} ${o.total?.unit}`
    : o.kind;
};

const panel = '<section><h2>iCloud Storage</h2><p>71.9 GB of 200 GB used</p></section>';

describe("a member's name in an element of its own above a usage line", () => {
  it.each([
    '<section><h2>Storage</h2><ul><li><div>Ama Mensah</div><div>31 GB of 200 GB used</div></li></ul></section>',
    '<div><div class="row"><span>Jonas</span><span>12 GB von 200 GB belegt</span></div></div>',
    '<div class="member"><p>Sophie Martin</p><p>12 Go utilisés sur 200 Go</p></div>',
    '<div class="member"><div><span class="avatar">LG</span></div><div><div>Lucía García</div><div>12 GB de 200 GB usados</div></div></div>',
    '<div><b>Giulia</b><br><span>12 GB di 200 GB utilizzati</span></div>',
    '<div><div>田中 花子</div><div>200 GB中12 GBを使用済み</div></div>',
    '<div><div>王芳</div><div>已使用 12 GB（共 200 GB）</div></div>',
    '<div><div>김민준</div><div>200GB 중 12GB 사용됨</div></div>',
    '<div><div>João Silva</div><div>12 GB de 200 GB usados</div></div>',
    '<div><div>Daan de Vries</div><div>12 GB van 200 GB gebruikt</div></div>',
    '<table><tr><td>Priya (Organizer)</td><td>12 GB of 200 GB used</td></tr></table>',
    '<div><h4>Mom</h4><p>12 GB of 200 GB used</p></div>',
  ])('%s', (member) => {
    expect(read(member)).toBe('unknown');
    expect(read(panel + member)).toBe('71.9 GB/200 GB');
  });

  it.each([
    ['<div><div>iCloud+ 200 GB</div><div>71.9 GB of 200 GB used</div></div>', '71.9 GB/200 GB'],
    ['<div><div>Storage</div><div>71.9 GB of 200 GB used</div></div>', '71.9 GB/200 GB'],
    ['<div><div>iCloud</div><div>71,9 GB von 200 GB belegt</div></div>', '71.9 GB/200 GB'],
    [
      '<div><div>Stockage iCloud</div><div>71,9 Go utilisés sur 200 Go</div></div>',
      '71.9 GB/200 GB',
    ],
    ['<div><div>Almacenamiento</div><div>71,9 GB de 200 GB usados</div></div>', '71.9 GB/200 GB'],
    ['<div><div>iCloud 저장 공간</div><div>200GB 중 71.9GB 사용됨</div></div>', '71.9 GB/200 GB'],
    [
      '<div><div>iCloudストレージ</div><div>200 GB中71.9 GBを使用済み</div></div>',
      '71.9 GB/200 GB',
    ],
    ['<div><div>iCloud+</div><div>71.9 GB of 200 GB used</div></div>', '71.9 GB/200 GB'],
    [
      '<div><div>Archiviazione iCloud</div><div>71,9 GB di 200 GB utilizzati</div></div>',
      '71.9 GB/200 GB',
    ],
    ['<div><div>Total</div><div>71.9 GB of 200 GB used</div></div>', '71.9 GB/200 GB'],
  ])('still reads the account under its own label: %s', (html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('Korean subjects', () => {
  it.each([
    '<p>사진이 200GB 중 150GB 사용</p>',
    '<p>엄마가 200GB 중 12GB 사용 중</p>',
    '<p>민준은 200GB 중 12GB 사용</p>',
    '<p>백업이 200GB 중 12GB 사용됨</p>',
    '<p>메일은 200GB 중 1.1GB 사용</p>',
  ])('on the page: %s', (line) => {
    expect(read(line)).toBe('unknown');
    expect(read(panel + line)).toBe('71.9 GB/200 GB');
  });

  it.each([
    ['<p>iCloud가 200GB 중 71.9GB 사용</p>'],
    ['<p>저장 공간이 200GB 중 71.9GB 사용됨</p>'],
    ['<p>200GB 중 71.9GB 사용됨</p>'],
  ])('the account on the page: %s', (line) => {
    expect(read(`<section><h2>iCloud 저장 공간</h2>${line}</section>`)).toBe('71.9 GB/200 GB');
  });
});

describe('family sharing views', () => {
  it.each([
    // A members' list under a heading of its own: each row a name and a usage.
    '<section><h2>Family Sharing</h2><div><div>Kofi</div><div>12 GB of 2 TB used</div></div></section>',
    '<section><h2>Familienfreigabe</h2><ul><li><span>Lena</span><span>300 GB von 2 TB belegt</span></li></ul></section>',
    '<section><h2>Partage familial</h2><ul><li><p>Chloé</p><p>300 Go utilisés sur 2 To</p></li></ul></section>',
    '<section><h2>En familia</h2><div><p>Diego</p><p>300 GB de 2 TB usados</p></div></section>',
    '<section><h2>ファミリー共有</h2><div><p>ゆい</p><p>2 TB中300 GBを使用済み</p></div></section>',
    '<section><h2>家人共享</h2><div><p>小明</p><p>已使用 300 GB（共 2 TB）</p></div></section>',
    '<section><h2>가족 공유</h2><div><p>지수</p><p>2TB 중 300GB 사용</p></div></section>',
  ])('%s', (family) => {
    expect(read(family)).toBe('unknown');
    const account = '<section><h2>iCloud Storage</h2><p>1.1 TB of 2 TB used</p></section>';
    expect(read(account + family)).toBe('1.1 TB/2 TB');
  });
});

describe("another device's lines", () => {
  it.each([
    '<div><div>Marie’s MacBook Air</div><div>200 GB of 256 GB used</div></div>',
    '<div><div>iPad de Lucía</div><div>50 GB de 64 GB usados</div></div>',
    '<p>iPhone von Jonas 61 GB von 128 GB belegt</p>',
    '<p>Apple Watch de Juan : 20 Go utilisés sur 32 Go</p>',
  ])('on the page: %s', (line) => {
    expect(read(line)).toBe('unknown');
    expect(read(panel + line)).toBe('71.9 GB/200 GB');
  });
});

describe('plans and offers', () => {
  it.each([
    [
      '<section><h2>iCloud Storage</h2><p>Upgrade to iCloud+ 200 GB for €2.99</p><p>4.8 GB of 5 GB used</p></section>',
      '4.8 GB/5 GB',
    ],
    [
      '<section><h2>Stockage iCloud</h2><p>Passez à 200 Go</p><p>4,8 Go utilisés sur 5 Go</p></section>',
      '4.8 GB/5 GB',
    ],
    [
      '<section><h2>Speicher</h2><p>Erhalte 2 TB für deine Familie</p><p>4,8 GB von 5 GB belegt</p></section>',
      '4.8 GB/5 GB',
    ],
  ])('an offer beside the usage: %s', (html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('lines that are no usage', () => {
  it.each(NOT_USAGE_LINES)('%s', (text) => {
    expect(read(`<section><h2>iCloud Storage</h2><p>${text}</p></section>`)).toBe('unknown');
  });
});
