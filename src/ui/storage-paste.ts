import { answer } from '../flow/actions';
import type { Session } from '../storage/session';
import { parseAmount, parseStorageText } from '../pages/icloud/storage-text';
import { appleBytesWithin } from '../pages/units';

export interface PastedStorage {
  usedBytes?: number;
  totalBytes?: number;
  nextBackupBytes?: number;
}

/** The size on a "Next Backup Size" / "Größe des nächsten Backups" line of Settings. */
const NEXT_BACKUP_LINE = /\b(next|nächst)/i;
const AMOUNT_IN_LINE = /\d[\d.,]*\s?(?:KB|kB|MB|GB|TB)\b/;

/**
 * Reads what a person copied from Settings or icloud.com: the usage line in any wording the
 * shared storage reader knows ("4.8 GB of 5 GB used", "4,8 GB von 5 GB belegt", …) and, if
 * present, the size of the next backup. Sizes are Apple's units (see appleBytesWithin).
 */
export function readPastedStorage(text: string): PastedStorage {
  const reading = parseStorageText(text);
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
    const amount = AMOUNT_IN_LINE.exec(line) ?? AMOUNT_IN_LINE.exec(lines[i + 1] ?? '');
    const size = amount ? parseAmount(amount[0]) : undefined;
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
