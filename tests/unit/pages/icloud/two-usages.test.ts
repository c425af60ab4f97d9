import { describe, expect, it } from 'vitest';
import { matchUsage } from '../../../../src/pages/icloud/storage-text';
import { readPanel as page, readPaste as paste, U } from './read-as';

/**
 * Two usages in one text, the first in a wording read by its sizes and a word for "of" ("150 GB /
 * 200 GB", "200 GB-ból 150 GB", "Wykorzystano … z …"), the second in a fixed one ("4.8 GB of 5 GB
 * used", "200 GB 中已使用 12 GB"): the reader used to look for the fixed wording first and read
 * only that, the second usage, as the account's. Neither is known to be the account's: nothing
 * is read. Expected readings decided before running.
 */
const TWO: string[] = [
  '200 GB-ból 150 GB felhasználva 4.8 GB of 5 GB used',
  'Wykorzystano 150 GB / 200 GB 4.8 GB of 5 GB used',
  '150 GB / 200 GB used 200 GB 中已使用 12 GB',
  '200 GB 中已使用 150 GB 4,8 GB von 5 GB belegt',
  "2 TB'ın 1,2 TB'ı kullanılıyor 150,5 Go utilisés sur 200 Go",
  'Использовано 150 ГБ / 200 ГБ 12 ГБ из 50 ГБ использовано',
  '200 GB में से 45 GB उपयोग किया गया 4,8 GB di 5 GB utilizzati',
];

/**
 * One usage with another size before it, as the storage grammar reads one text: that size is no
 * part of it (the page and the paste box may leave a line labelled "Photos" to its category).
 */
const ONE: [string, string][] = [
  ['iCloud+ 200 GB 200 GB 中已使用 150.5 GB', '150.5 GB/200 GB'],
  ['iCloud+ 200 GB 150 GB of 200 GB used', '150 GB/200 GB'],
  ['Photos 2 GB 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
  ['iCloud+ 50 GB 已使用 12 GB（共 50 GB）', '12 GB/50 GB'],
  ['Next Backup Size 1.2 GB 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
];

describe('two usages in one text, whatever their wordings', () => {
  it.each(TWO)('none is read: %s', (text) => {
    expect(paste(text)).toBe(U);
    expect(page('iCloud Storage', `<p>${text}</p>`)).toBe(U);
  });
  it.each(ONE)('one usage is read: %s', (text, want) => {
    const usage = matchUsage(text);
    expect(
      usage && `${usage.used.value} ${usage.used.unit}/${usage.total.value} ${usage.total.unit}`,
    ).toBe(want);
  });
});
