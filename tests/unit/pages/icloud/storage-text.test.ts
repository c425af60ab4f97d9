import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  matchCategory,
  matchPlan,
  matchUsage,
  parseAmount,
  parseLocaleNumber,
  parseStorageText,
} from '../../../../src/pages/icloud/storage-text';
import { FIXTURES_DIR } from '../../../support/fixtures';

const GB = 1e9;

describe('parseLocaleNumber', () => {
  it.each([
    ['4.8', 4.8],
    ['4,8', 4.8],
    ['12,34', 12.34],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['50', 50],
  ])('reads %s as %d', (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it.each(['1.500', '2,048', '', 'abc', '1,2,3.4.5x'])(
    'rejects the ambiguous or malformed %j',
    (text) => {
      expect(parseLocaleNumber(text)).toBeUndefined();
    },
  );
});

describe('parseAmount', () => {
  it('reads GB/TB/MB/KB and the French Go/To/Mo/Ko with decimal multipliers, keeping the display', () => {
    expect(parseAmount('4,8 Go')).toEqual({ value: 4.8, unit: 'GB', bytes: 4.8 * GB });
    expect(parseAmount('2\u00a0To')).toEqual({ value: 2, unit: 'TB', bytes: 2e12 });
    expect(parseAmount('799 Mo')).toEqual({ value: 799, unit: 'MB', bytes: 799e6 });
    expect(parseAmount('12 KB')).toEqual({ value: 12, unit: 'KB', bytes: 12e3 });
    expect(parseAmount('5GB')).toEqual({ value: 5, unit: 'GB', bytes: 5 * GB });
  });

  it('does not take the English words "to"/"go" for units', () => {
    expect(parseAmount('5 to')).toBeUndefined();
    expect(parseAmount('5 go')).toBeUndefined();
  });
});

describe('matchUsage', () => {
  it.each([
    ['4.8 GB of 5 GB used', 4.8, 5],
    ['4.8 GB of 5 GB Used', 4.8, 5],
    ['iCloud 4,8 GB von 5 GB belegt', 4.8, 5],
    ['4,8 Go sur 5 Go utilisés', 4.8, 5],
    ['Usado: 4,8 GB de 5 GB', 4.8, 5],
    ['4,8 GB de 5 GB usados', 4.8, 5],
    ['3,1 GB di 5 GB utilizzati', 3.1, 5],
    ['In uso: 3,1 GB su 5 GB', 3.1, 5],
    ['5 GB中4.8 GBを使用済み', 4.8, 5],
    ['5GB中4.8GBを使用済み', 4.8, 5],
    ['5 GB iCloud storage, 4.8 GB used', 4.8, 5],
    ['You have used 1,2 TB of 2 TB', 1200, 2000],
    ['5.2 GB of 5 GB used', 5.2, 5],
  ])('reads %j', (text, usedGb, totalGb) => {
    const usage = matchUsage(text);
    expect(usage?.used.bytes).toBeCloseTo(usedGb * GB, -3);
    expect(usage?.total.bytes).toBeCloseTo(totalGb * GB, -3);
  });

  it.each([
    ['Uploading 1 GB of 2 GB', 'no used-word'],
    ['4.8 GB used', 'no total'],
    ['1 GB of 0 GB used', 'zero total'],
    ['900 GB of 5 GB used', 'absurdly over quota'],
    ['1.500 GB of 2.000 GB used', 'ambiguous grouping'],
    ['5 to 10 GB used', 'English "to" is not a unit'],
  ])('rejects %j (%s)', (text) => {
    expect(matchUsage(text)).toBeUndefined();
  });
});

describe('matchUsage in languages without a wording of their own', () => {
  const read = (text: string) => {
    const usage = matchUsage(text);
    return (
      usage && `${usage.used.value} ${usage.used.unit} / ${usage.total.value} ${usage.total.unit}`
    );
  };

  it.each([
    // A word for "of" before the whole.
    ['Využito 4,8 GB z 5 GB', '4.8 GB / 5 GB'],
    ['Iskorišteno 3,5 GB od 50 GB', '3.5 GB / 50 GB'],
    ['7,2 GB din 50 GB utilizați', '7.2 GB / 50 GB'],
    ['Χρησιμοποιούνται 1,5 GB από 5 GB', '1.5 GB / 5 GB'],
    ['Використано 812 МБ із 5 ГБ', '812 MB / 5 GB'],
    ['Menggunakan 40 GB dari 200 GB', '40 GB / 200 GB'],
    ['Đã sử dụng 2,5 GB trong tổng số 5 GB', '2.5 GB / 5 GB'],
    ['ใช้ไปแล้ว 3 GB จาก 5 GB', '3 GB / 5 GB'],
    ['تم استخدام 4.1 GB من 5 GB', '4.1 GB / 5 GB'],
    ['בשימוש: 30 GB מתוך 50 GB', '30 GB / 50 GB'],
    ['Käytössä 3,2 Gt / 5 Gt', '3.2 GB / 5 GB'],
    ['Using 600 MB of 5 GB', '600 MB / 5 GB'],
    ['You are using 600 MB of 5 GB', '600 MB / 5 GB'],
    ['Used 20 GB out of 50 GB', '20 GB / 50 GB'],
    ['4.8 GB (96%) of 5 GB used', '4.8 GB / 5 GB'],
    ['1.9GB/2TB used', '1.9 GB / 2 TB'],
    // A mark after the whole, whichever comes first.
    ["50 GB'ın 12 GB'ı kullanılıyor", '12 GB / 50 GB'],
    ['200 GB-ból 150 GB felhasználva', '150 GB / 200 GB'],
    ['30 GB felhasználva a 200 GB-ból', '30 GB / 200 GB'],
    ['5 Gt:sta käytetty 900 Mt', '900 MB / 5 GB'],
    ['50 GB में से 10 GB उपयोग किया गया', '10 GB / 50 GB'],
    ['200 GB 中的 20 GB 已使用', '20 GB / 200 GB'],
    // A total that opens the line, then a clause break.
    ['50 GB iCloud-lagring, 20 GB används', '20 GB / 50 GB'],
    ['2 TB w iCloud, wykorzystano 300 GB', '300 GB / 2 TB'],
    ['Stockage iCloud de 50 Go, 12 Go utilisés', '12 GB / 50 GB'],
    // Digits of other scripts, bidi marks, units as words, full-width slashes.
    ['تم استخدام ٣٫٥ غيغابايت من ٥٠ جيجابايت', '3.5 GB / 50 GB'],
    ['\u200fتم استخدام \u200e2 GB\u200e من \u200e5 GB', '2 GB / 5 GB'],
    ['५० GB में से ४.५ GB उपयोग किया गया', '4.5 GB / 50 GB'],
    ['ใช้ไปแล้ว ๓ GB จาก ๕ GB', '3 GB / 5 GB'],
    ['2.5 ג׳יגה-בייט מתוך 5 ג׳יגה-בייט בשימוש', '2.5 GB / 5 GB'],
    ['３ GB／５ GB 使用済み', '3 GB / 5 GB'],
    ['Zero KB of 5 GB used', '0 KB / 5 GB'],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // No sign of which amount is the whole.
    '4,8 GB 5 GB käytetty',
    '4.8 GB used, 5 GB',
    // "Available" with the word for "use" inside it.
    "50 GB'ın 12 GB'ı kullanılabilir",
    'พร้อมใช้งาน 2 GB จาก 5 GB',
    // The device's own storage, in a line or a paste.
    'iPhone Storage: 61.3 GB of 128 GB used',
    'iPhone-Speicher 100 GB von 128 GB belegt',
    'Stockage de l’iPad 40 Go sur 64 Go utilisés',
    // A device named before the sizes with no storage word: a paste reads it as a page does.
    'Mac: 200 GB of 256 GB used',
    'Apple Watch 20 GB of 32 GB used',
    'On My iPhone 61 GB of 128 GB used',
    'iPad Air – 40,2 Go sur 64 Go utilisés',
    'iCloud · MacBook Pro: 410 GB von 512 GB belegt',
    // Two different usages: which is the account's cannot be told.
    '4.8 GB of 5 GB used · 3.1 GB of 5 GB used',
    // Also with no mark between them: lines pasted together, or one element's text.
    '61 GB of 128 GB used 4.8 GB of 5 GB used',
    '4,8 GB von 5 GB belegt. 12 GB von 64 GB belegt.',
    'Jane: 2 GB of 200 GB used, You: 150 GB of 200 GB used',
    '200 GB中150 GBを使用 5 GB中4.8 GBを使用',
  ])('leaves %j unread', (text) => {
    expect(matchUsage(text)).toBeUndefined();
  });

  it('reads a long paste of many usage lines in time linear in its length', () => {
    // 3,000 lines (80 KB) in a wording only the pair reader knows: ~20 ms; when every pair
    // listed all sizes of the rest of the text again, 4 s.
    const text = Array.from({ length: 3000 }, (_, i) => `${i + 1},5 Gt / ${i + 2} Gt käytetty`);
    const start = performance.now();
    expect(matchUsage(text.join(' '))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('reads the same usage shown twice, and the iCloud line beside the device one', () => {
    expect(read('4.8 GB of 5 GB used · 4.8 GB of 5 GB used')).toBe('4.8 GB / 5 GB');
    expect(read('4.8 GB of 5 GB used 4.8 GB of 5 GB used')).toBe('4.8 GB / 5 GB');
    expect(read('4.8 GB of 5 GB used, 0.2 GB of 5 GB available')).toBe('4.8 GB / 5 GB');
    expect(read('iPhone Storage 61 GB of 128 GB used · iCloud 4.8 GB of 5 GB used')).toBe(
      '4.8 GB / 5 GB',
    );
    expect(read('iPhone: 61 GB of 128 GB used · iCloud: 4.8 GB of 5 GB used')).toBe(
      '4.8 GB / 5 GB',
    );
    expect(read('iPhone backup · iCloud: 4.8 GB of 5 GB used')).toBe('4.8 GB / 5 GB');
  });
});

describe("a reviewer's corpus of storage lines in 37 languages", () => {
  // Written for this project by someone who had not read this grammar (tests/fixtures/storage-lines).
  const lines: {
    lang: string;
    text: string;
    used: { value: number; unit: string } | null;
    total: { value: number; unit: string } | null;
  }[] = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'storage-lines/lines.json'), 'utf8'));
  const show = (a: { value: number; unit: string } | null | undefined) =>
    a ? `${a.value} ${a.unit}` : 'none';

  it('never reads a wrong figure or a line that is not usage, and reads nearly all usage', () => {
    const wrong: string[] = [];
    const unread: string[] = [];
    for (const line of lines) {
      const usage = matchUsage(line.text);
      const expected = line.used ? `${show(line.used)} / ${show(line.total)}` : 'none';
      const got = usage ? `${show(usage.used)} / ${show(usage.total)}` : 'none';
      if (got === expected) continue;
      if (got === 'none') unread.push(`${line.lang} ${JSON.stringify(line.text)}`);
      else wrong.push(`${line.lang} ${JSON.stringify(line.text)}: ${got}, expected ${expected}`);
    }
    const positives = lines.filter((line) => line.used).length;
    console.log(
      `storage lines: ${positives - unread.length} of ${positives} usage lines read; left unread:\n  ${unread.join('\n  ')}`,
    );
    expect(wrong).toEqual([]);
    expect(unread.length / positives).toBeLessThan(0.05);
  });
});

describe('matchPlan', () => {
  it.each([
    ['iCloud+ 50 GB', 'iCloud+ 50 GB'],
    ['iCloud+ mit 200 GB', 'iCloud+ 200 GB'],
    ['iCloud+ avec 2 To', 'iCloud+ 2 TB'],
    ['iCloud+ con 2 TB', 'iCloud+ 2 TB'],
    ['iCloud+ with 6 TB', 'iCloud+ 6 TB'],
    ['Plan: iCloud+ 12 TB', 'iCloud+ 12 TB'],
  ])('reads %j as %j', (text, plan) => {
    expect(matchPlan(text)).toBe(plan);
  });

  it.each([
    'Upgrade to iCloud+ with 50 GB for more space',
    'iCloud 4,8 GB von 5 GB belegt',
    'iCloud+',
  ])('does not read a plan from %j', (text) => {
    expect(matchPlan(text)).toBeUndefined();
  });
});

describe('matchCategory', () => {
  it('reads known labels with or without a size, in several languages', () => {
    expect(matchCategory('Photos')).toEqual({ id: 'photos', label: 'Photos' });
    expect(matchCategory('Sauvegarde : 799 Mo')).toEqual({
      id: 'backup',
      label: 'Sauvegarde',
      amount: { value: 799, unit: 'MB', bytes: 799e6 },
      bytes: 799e6,
    });
    expect(matchCategory('Photos et vidéos')).toEqual({ id: 'photos', label: 'Photos et vidéos' });
    expect(matchCategory('写真8.2 GB')?.bytes).toBe(8.2e9);
    expect(matchCategory('copias de seguridad')).toEqual({
      id: 'backup',
      label: 'Copias de seguridad',
    });
  });

  it('ignores other text, including text that starts with a label', () => {
    expect(matchCategory('Photos 2023 trip.zip 4.2 GB')).toBeUndefined();
    expect(matchCategory('Jane Appleseed')).toBeUndefined();
    expect(matchCategory('Mail 5 to')).toBeUndefined();
  });
});

describe('parseStorageText (the popup paste field)', () => {
  it('reads a pasted iPhone Settings screen in English', () => {
    const reading = parseStorageText(
      'iCloud+ 50 GB\n4.8 GB of 50 GB Used\nPhotos\n3.1 GB\nBackups\n1.2 GB\nMessages 0.5 GB\n',
    );
    expect(reading).toEqual({
      used: { value: 4.8, unit: 'GB', bytes: 4.8 * GB },
      total: { value: 50, unit: 'GB', bytes: 50 * GB },
      plan: 'iCloud+ 50 GB',
      categories: [
        {
          id: 'photos',
          label: 'Photos',
          amount: { value: 3.1, unit: 'GB', bytes: 3.1 * GB },
          bytes: 3.1 * GB,
        },
        {
          id: 'backup',
          label: 'Backups',
          amount: { value: 1.2, unit: 'GB', bytes: 1.2 * GB },
          bytes: 1.2 * GB,
        },
        {
          id: 'messages',
          label: 'Messages',
          amount: { value: 0.5, unit: 'GB', bytes: 0.5 * GB },
          bytes: 0.5 * GB,
        },
      ],
    });
  });

  it('reads usage wrapped over lines and a German screen', () => {
    const reading = parseStorageText('iCloud\n4,8 GB von 5 GB\nbelegt');
    expect(reading.used?.value).toBe(4.8);
    expect(reading.total?.value).toBe(5);
    expect(reading.plan).toBeUndefined();
    expect(reading.categories).toEqual([]);
  });

  it('reads the Japanese form', () => {
    const reading = parseStorageText('5 GB中4.8 GBを使用済み\n写真 2.1 GB');
    expect(reading.total?.bytes).toBe(5 * GB);
    expect(reading.used?.bytes).toBe(4.8 * GB);
    expect(reading.categories.map((c) => c.id)).toEqual(['photos']);
  });

  it('drops the plan when several plan names are listed and reads nothing from unrelated text', () => {
    expect(parseStorageText('iCloud+ 50 GB\niCloud+ 200 GB').plan).toBeUndefined();
    expect(parseStorageText('Hello, my name is Jane, jane@example.com')).toEqual({
      categories: [],
    });
  });
});
