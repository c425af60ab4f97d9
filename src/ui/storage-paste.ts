import { answer } from '../flow/actions';
import type { Session } from '../storage/session';
import { withoutOthers } from '../pages/icloud/line-owner';
import { findAmount, parseStorageText } from '../pages/icloud/storage-text';
import { appleBytesWithin } from '../pages/units';

export interface PastedStorage {
  usedBytes?: number;
  totalBytes?: number;
  nextBackupBytes?: number;
}

/**
 * The "Next Backup Size" line of Settings in each supported language ("Größe des nächsten
 * Backups", "Taille de la prochaine sauvegarde", "Tamaño de la próxima/siguiente copia",
 * "Dimensioni del prossimo backup" or "backup successivo", "次回のバックアップのサイズ", "下一个备份的大小").
 */
const NEXT_BACKUP_LINE =
  /\bnext\b|nächst|prochaine|próxim|siguiente|prossim|successiv|次回|下一|下次/i;

/**
 * Reads what a person copied from Settings or icloud.com: the usage line in any wording the
 * shared storage reader knows ("4.8 GB of 5 GB used", "4,8 GB von 5 GB belegt", …) and, if
 * present, the size of the next backup. Sizes are Apple's units (see appleBytesWithin).
 */
export function readPastedStorage(text: string): PastedStorage {
  // A pasted list may hold members', categories' or mobile data's figures beside the account's.
  const reading = parseStorageText(withoutOthers(text));
  const pasted: PastedStorage = {};
  // Beyond what a reading may carry is no real storage line, and a stored answer must stay valid.
  const used = reading.used && appleBytesWithin(reading.used);
  const total = reading.total && appleBytesWithin(reading.total);
  if (used !== undefined && total !== undefined) {
    pasted.usedBytes = used;
    pasted.totalBytes = total;
  }
  // The label and its size on one line, or the size on the line after the label.
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!NEXT_BACKUP_LINE.test(line)) return;
    const size = findAmount(line) ?? findAmount(lines[i + 1] ?? '');
    const bytes = size && appleBytesWithin(size);
    if (bytes !== undefined) pasted.nextBackupBytes = bytes;
  });
  return pasted;
}

/** The pasted numbers as answers, each marked as the user's. */
export function answerPasted(session: Session, pasted: PastedStorage, at: Date): Session {
  let next = session;
  if (pasted.usedBytes !== undefined && pasted.totalBytes !== undefined) {
    next = answer(next, 'storageUsedBytes', pasted.usedBytes, at);
    next = answer(next, 'storageTotalBytes', pasted.totalBytes, at);
  }
  if (pasted.nextBackupBytes !== undefined) {
    next = answer(next, 'backupSizeBytes', pasted.nextBackupBytes, at);
  }
  return next;
}
