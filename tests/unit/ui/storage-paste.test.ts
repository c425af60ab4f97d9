import { describe, expect, it } from 'vitest';
import { readPastedStorage } from '../../../src/ui/storage-paste';
import { LOCALES } from '../../../src/knowledge';
import { catalogsOf } from '../../support/catalogs';

const GB = 2 ** 30;

describe('pasting what Settings shows', () => {
  it.each([
    ['4.8 GB of 5 GB Used'],
    ['iCloud\n4.8 GB of 5 GB Used'],
    ['iCloud+ 50 GB\n4.8 GB of 5 GB used'],
    ['4,8 GB von 5 GB belegt'],
    ['iCloud\n4,8 GB von 5 GB verwendet'],
    ['Du hast 4,8 GB von 5 GB belegt'],
  ])("reads the usage line %j in Apple's units", (text) => {
    expect(readPastedStorage(text)).toEqual({
      usedBytes: Math.round(4.8 * GB),
      totalBytes: 5 * GB,
    });
  });

  it.each([
    ['Next Backup Size 1.2 GB', 'en'],
    ['Größe des nächsten Backups 1,2 GB', 'de'],
    ['Größe des nächsten Backups\n1,2 GB', 'de'],
    ['Next Backup Size\n1.2 GB', 'en'],
    ['Nächstes Backup: 1,2 GB', 'de'],
  ])('reads the next backup size from %j (%s)', (text) => {
    expect(readPastedStorage(text).nextBackupBytes).toBe(Math.round(1.2 * GB));
  });

  it('reads both when both lines are pasted together', () => {
    expect(readPastedStorage('45.3 GB of 50 GB used\nNext Backup Size 3.1 GB')).toEqual({
      usedBytes: Math.round(45.3 * GB),
      totalBytes: 50 * GB,
      nextBackupBytes: Math.round(3.1 * GB),
    });
  });

  it('finds nothing in text without storage numbers, rather than guessing', () => {
    for (const text of ['', 'Backup failed', 'Uploading 1 GB of 2 GB', 'next week', '50 GB']) {
      expect(readPastedStorage(text), text).toEqual({});
    }
  });
});

describe('the examples the paste box shows, in every language', () => {
  const ui = catalogsOf('ui');
  // The label a hint quotes, in any of the quotation marks the catalogs use.
  const QUOTED = /["“«「]\s*([^"”»」]+?)\s*["”»」]/;

  it.each(LOCALES)('%s: the placeholder is a line the box reads', (locale) => {
    const pasted = readPastedStorage(ui[locale]['paste.placeholder']!);
    expect(pasted.usedBytes).toBeGreaterThan(0);
    expect(pasted.totalBytes).toBeGreaterThan(pasted.usedBytes!);
  });

  it.each(LOCALES)('%s: the "Next Backup Size" label the hint names is read', (locale) => {
    const label = QUOTED.exec(ui[locale]['paste.hint']!)?.[1];
    // A hint that describes the line instead of quoting its label has nothing to check.
    if (label === undefined) return;
    expect(readPastedStorage(`${label}\n1,2 GB`).nextBackupBytes).toBe(Math.round(1.2 * GB));
    expect(readPastedStorage(`${label} 1.2 GB`).nextBackupBytes).toBe(Math.round(1.2 * GB));
  });
});
