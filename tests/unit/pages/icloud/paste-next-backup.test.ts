import { describe, expect, it } from 'vitest';
import { readPastedStorage } from '../../../../src/ui/storage-paste';

const GB = 2 ** 30;

describe('the next backup size in a paste', () => {
  it.each([
    ['Last Backup: 2.3 GB · Next Backup Size: 1.1 GB', 'the last backup before it on its line'],
    ['Last Backup Size 2.3 GB    Next Backup Size 1.1 GB', 'the last backup, no separator'],
    ['Dernière sauvegarde : 2,3 Go — Taille de la prochaine sauvegarde : 1,1 Go', 'French'],
    ['Letztes Backup 2,3 GB, Größe des nächsten Backups 1,1 GB', 'German'],
  ])('is the size after its label: %j (%s)', (text) => {
    expect(readPastedStorage(text).nextBackupBytes).toBe(Math.round(1.1 * GB));
  });

  it.each([
    ['Next: upgrade to iCloud+ 50 GB', 'an offer after "next"'],
    ['Upgrade to 50 GB next month', 'an offer with "next" after it'],
    ['Nächste Stufe: iCloud+ mit 200 GB', 'German offer'],
    ['Prochaine offre : 50 Go pour 0,99 €', 'French offer'],
    ['Siguiente plan: 200 GB', 'Spanish offer'],
    ['下一个方案：200 GB', 'Chinese offer'],
    ['Next Backup Size\nLast Backup 2.3 GB', "the last backup's size on the next line"],
    ['Next backup: tonight at 2:00, about 1.2 GB', 'a time between the label and a size'],
    ['Next Backup Size: 1.2 GB\nNext Backup Size: 3.4 GB', "two devices' sizes"],
  ])('is not read from %j (%s)', (text) => {
    expect(readPastedStorage(text).nextBackupBytes).toBeUndefined();
  });

  it('is read from the line after its label when that line is the size alone', () => {
    const text = 'Backups\nThis iPhone\nNext Backup Size\n1.2 GB\nLast Backup 2.3 GB';
    expect(readPastedStorage(text).nextBackupBytes).toBe(Math.round(1.2 * GB));
  });

  it('is read once when the same size is pasted twice', () => {
    const text = 'Next Backup Size 1.2 GB\nNext Backup Size\u00a01.2\u00a0GB';
    expect(readPastedStorage(text).nextBackupBytes).toBe(Math.round(1.2 * GB));
  });
});
