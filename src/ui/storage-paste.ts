import { answer } from '../flow/actions';
import type { Session } from '../storage/session';
import { withoutOthers } from '../pages/icloud/line-owner';
import type { StorageAmount } from '../pages/observation';
import { amountAtStart, parseAmount, parseStorageText } from '../pages/icloud/storage-text';
import { normalizeSpace } from '../pages/text';
import { appleBytesWithin } from '../pages/units';

export interface PastedStorage {
  usedBytes?: number;
  totalBytes?: number;
  nextBackupBytes?: number;
}

/**
 * The "Next Backup Size" label of Settings in each supported language: next and backup said
 * together ("Größe des nächsten Backups", "Nächstes Backup", "Taille de la prochaine sauvegarde",
 * "Tamaño de la próxima/siguiente copia", "Dimensioni del prossimo backup" or "backup
 * successivo", "次回のバックアップのサイズ", "下一个备份的大小", "下次备份大小"), not an offer of the next
 * plan ("Next: iCloud+ 50 GB") or the last backup beside it.
 */
const NEXT_BACKUP =
  /next backup|nächste[ns]? (?:backup|sicherung)|prochaine sauvegarde|(?:próxima|siguiente) copia|prossimo backup|backup successivo|次回の?バックアップ|下(?:一个|次)备份/i;
/** The rest of a label before its size ("Size: ", " de seguridad : ", "的大小 "). */
const MAX_LABEL_TAIL = 30;

/**
 * The size that follows the label, on its line with no other figure between them, or alone on
 * the next line: not the size of the last backup before it ("Last Backup: 2.3 GB · Next Backup
 * Size: 1.1 GB") or after it ("Next Backup Size" / "Last Backup 2.3 GB").
 */
function nextBackupSize(text: string, nextLine: string): StorageAmount | undefined {
  const line = normalizeSpace(text);
  const label = NEXT_BACKUP.exec(line);
  if (!label) return undefined;
  const tail = line.slice(label.index + label[0].length);
  const at = tail.search(/\d/);
  if (at < 0) return parseAmount(nextLine);
  return at <= MAX_LABEL_TAIL ? amountAtStart(tail.slice(at)) : undefined;
}

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
  // The label and its size on one line, or the size on the line after the label; sizes that
  // differ (two devices' lines) are none of them known to be this device's.
  const lines = text.split(/\r?\n/);
  const sizes = new Set<number>();
  lines.forEach((line, i) => {
    const size = nextBackupSize(line, lines[i + 1] ?? '');
    const bytes = size && appleBytesWithin(size);
    if (bytes !== undefined) sizes.add(bytes);
  });
  if (sizes.size === 1) pasted.nextBackupBytes = [...sizes][0];
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
