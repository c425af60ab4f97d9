import { describe, expect, it } from 'vitest';
import { parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { readPanel, readPaste, U } from './read-as';

/** Round-26 rules where they are made: each fails if the rule breaks. */
describe('round 26: a free part in Finnish, Korean and Turkish words', () => {
  it.each([
    ['4,8 Gt / 5 Gt käytetty · Saatavilla 2 Gt / 5 Gt', U],
    ['4,8 Gt / 5 Gt käytetty · Jäljellä 0,2 Gt / 5 Gt', '4.8 GB/5 GB'],
    ['5GB 중 4.8GB 사용됨 · 5GB 중 1GB 이용 가능', U],
    // A free-word that opens a label is said of the pair after it ("남은 공간: …" too).
    ['5GB 중 4.8GB 사용됨 · 남은 공간: 5GB 중 1GB', U],
    ['5 GB’ın 4,8 GB’ı kullanılıyor · Kalan: 1 GB / 5 GB', U],
  ])('page and paste: %s', (line, want) => {
    expect(readPanel('iCloud', `<p>${line}</p>`)).toBe(want);
    expect(readPaste(`iCloud\n${line}`)).toBe(want);
  });

  // "Kalan" in a name is read as a free-word: a member's line stays unread, never the account's.
  it('leaves a name holding a free-word unread', () => {
    expect(readPaste('Kalani: 12 GB of 200 GB used')).toBe(U);
  });
});

describe('round 26: a word for now opening the line', () => {
  it.each([
    ['현재 50GB 중 42GB 사용됨', '42 GB/50 GB'],
    ['現在 50 GB中42 GBを使用済み', '42 GB/50 GB'],
    ['目前 已使用 42 GB（共 50 GB）', '42 GB/50 GB'],
    // A name after it still names another.
    ['현재 아빠가 50GB 중 8GB 사용', U],
    ['目前 爸爸已使用 8 GB（共 50 GB）', U],
  ])('page: %s', (line, want) => {
    expect(readPanel('iCloud', `<p>${line}</p>`)).toBe(want);
  });
});

describe('round 26: the paste box’s forms', () => {
  const usage = (text: string) => {
    const r = parseStorageText(text);
    return r.used && r.total
      ? `${r.used.value} ${r.used.unit}/${r.total.value} ${r.total.unit}`
      : U;
  };
  it.each([
    ['800 mb of 5 gb used', '800 MB/5 GB'],
    ['0,5 tb von 1 tb belegt', '0.5 TB/1 TB'],
    ['42 of 50 GB used', '42 GB/50 GB'],
    ['Использовано 42 из 50 ГБ', '42 GB/50 GB'],
    ['42/50 GB used', '42 GB/50 GB'],
    ['Has usado 42 GB de tus 50 GB', '42 GB/50 GB'],
    ['Sie haben 42 GB von Ihren 50 GB belegt', '42 GB/50 GB'],
    // A figure before a size with no word for "of" keeps no unit: a count is no size.
    ['Photo 3 · 5 GB used', U],
    ['3 photos 5 GB used', U],
    // "gb" must follow a figure: a word that holds it is no unit.
    ['Rugby 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
  ])('%s', (text, want) => {
    expect(usage(text)).toBe(want);
  });
});

describe('round 26: what the page does not enter', () => {
  it.each([
    '<div role="searchbox">4.8 GB of 5 GB used</div>',
    '<div role="combobox">4.8 GB of 5 GB used</div>',
  ])('%s', (body) => {
    expect(readPanel('iCloud Storage', body)).toBe(U);
    expect(readPanel('iCloud Storage', body.replace(/ role="\w+"/, ''))).toBe('4.8 GB/5 GB');
  });
});

describe('round 26: a device named before the line in its parent', () => {
  it.each([
    ['<p>64 GB iPhone</p><p>52 GB of 64 GB used</p>', U],
    ['<p>iPad de Léa · 128 Go</p><p>40 Go utilisés sur 128 Go</p>', U],
    ['<p>iPhone Storage</p><p>61 GB of 128 GB used</p>', U],
    // After a later mention of iCloud, or after the line, a device says nothing of it.
    ['<p>iPhone</p><p>iCloud</p><p>4.8 GB of 5 GB used</p>', '4.8 GB/5 GB'],
    ['<p>4.8 GB of 5 GB used</p><p>Backups: iPhone 3.2 GB</p>', '4.8 GB/5 GB'],
  ])('%s', (body, want) => {
    expect(readPanel('iCloud Storage', body)).toBe(want);
  });
});

describe('round 26: Persian and lower-case units, on the page and pasted', () => {
  it.each([
    ['۸۰۰ مگابایت از ۵ گیگابایت استفاده شده', '800 MB/5 GB'],
    ['استفاده شده: ۱٫۲ ترابایت از ۲ ترابایت', '1.2 TB/2 TB'],
    ['تم استخدام ٤٫٨ جيجابايت من ٥ جيجابايت', '4.8 GB/5 GB'],
    // "Usable" holds the word for use: what is free, never the usage.
    ['۰٫۲ گیگابایت از ۵ گیگابایت قابل استفاده', U],
    ['۴٫۸ گیگابایت از ۵ گیگابایت استفاده شده · ۲ گیگابایت از ۵ گیگابایت قابل استفاده', U],
    ['300 kb of 5 gb used', '300 KB/5 GB'],
    // Gigabits, and a word that starts with the letters, are no size.
    ['4.8 Gb of 5 Gb used', U],
    ['4.8 gbps of 5 gbps used', U],
  ])('%s', (line, want) => {
    expect(readPanel('iCloud', `<p>${line}</p>`)).toBe(want);
    expect(readPaste(`iCloud\n${line}`)).toBe(want);
  });
});
