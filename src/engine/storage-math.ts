import { knowledge, STORAGE_CATEGORIES, type Locale } from '../knowledge/index.ts';
import type { Facts } from './facts.ts';
import type { CategoryEffect, StorageResult } from './types.ts';

/**
 * Byte units. Apple labels plans "5 GB", "50 GB", "2 TB", but account data counts them in binary
 * units: the free tier is 5 × 2^30 = 5,368,709,120 bytes. Settings screens may show decimal
 * gigabytes (10^9). The engine therefore never converts: all math is on exact byte integers, plan
 * sizes are nominal × 2^30 (TB plans are 1024 "GB"), and formatting uses binary units labelled
 * "GB"/"TB" like Apple's plan names. A "5 GB" decimal reading (5,000,000,000) is ~7% smaller than
 * the 5 GB plan, which is why the unit note is shown with every storage result.
 */
export const GIB = 2 ** 30;
export const TIB = 2 ** 40;

/** A basic backup's size as the knowledge gives it (storage.json, "basic_backup_size"), in GB. */
const basicBackup = knowledge.storage.typical.find((t) => t.id === 'basic_backup_size')?.range;
export const TYPICAL_BACKUP_GB = { min: basicBackup?.min ?? 5, max: basicBackup?.max ?? 15 };

/**
 * Sizes reach the engine as shown, rounded to a tenth of a GB (Settings, icloud.com, what people
 * type): a backup whose room is no more than that rounding beyond its size fits by the numbers,
 * but "38 GB free" for a "38 GB" backup may be a little less than the backup.
 */
const SHOWN_ROUNDING = GIB / 10;
export const fillsRoom = (size: number, room: number): boolean =>
  size <= room && room - size <= SHOWN_ROUNDING;

export function planBytes(gb: number): number {
  return gb * GIB;
}

/** The plans, smallest first, worked out once. */
const PLANS_BY_SIZE = knowledge.plans
  .map((p) => ({ id: p.id, bytes: planBytes(p.gb) }))
  .sort((a, b) => a.bytes - b.bytes);

/**
 * Binary units with the locale's labels and decimal sign ("4.8 GB", "4,8 GB", "4,8 Go": Apple
 * France writes Go and To too); one decimal place at most. The popup, the summary and the
 * engine's own texts all use this.
 */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  const [value, unit] =
    bytes >= TIB
      ? [bytes / TIB, 'terabyte']
      : bytes >= GIB
        ? [bytes / GIB, 'gigabyte']
        : [bytes / 2 ** 20, 'megabyte'];
  // A plain space, as in the texts around it and in what people paste back.
  return unitFormat(locale, unit)
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ');
}

// Building an Intl.NumberFormat costs more than the rest of a diagnosis' formatting together.
const UNIT_FORMATS = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: Locale, unit: string): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = UNIT_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    UNIT_FORMATS.set(key, format);
  }
  return format;
}

/** What is used: as read, or as the sum of the categories shown. */
export function usedBytes(facts: Facts): number | undefined {
  if (facts.storageUsedBytes !== undefined) return facts.storageUsedBytes;
  const categories = facts.storageByCategory;
  if (!categories) return undefined;
  return Object.values(categories).reduce((sum, b) => sum + (b ?? 0), 0);
}

/**
 * Free space, whether the next backup fits (backup size <= free space: the device's existing
 * backup is updated in place, so only the next backup's size must fit), the shortfall, the
 * smallest plan holding current use plus the next backup (a bigger one than today's when the
 * backup size is unknown), and what freeing each category gives.
 * Returns undefined when no storage number is known.
 */
export function computeStorage(facts: Facts): StorageResult | undefined {
  const used = usedBytes(facts);
  // Every account has at least the free plan: a total of 0 is a misreading, not a plan.
  const total = facts.storageTotalBytes || undefined;
  // Apple shows "0 KB" while it is still working the next backup's size out: a size of 0 is
  // not known yet, never a backup that fits.
  const backup = facts.backupSizeBytes || undefined;
  if (used === undefined && total === undefined && facts.backupSizeBytes === undefined)
    return undefined;

  // Room can be negative: an account over its plan (after a downgrade) must first get back
  // under it, so the shortfall and what freeing a category gives count from there, not from 0.
  const room = used !== undefined && total !== undefined ? total - used : undefined;
  const free = room === undefined ? undefined : Math.max(0, room);
  // An account at or over its plan has room for no backup, whatever its size.
  const backupFits =
    room === undefined ? null : room <= 0 ? false : backup !== undefined ? backup <= room : null;
  // Without the next backup's size, today's use alone says nothing about what the backup needs:
  // then only a plan bigger than the current one is suggested, with room for at least the
  // smallest basic backup (48 GB used fill a 50 GB plan too full for one).
  const need = used !== undefined ? used + (backup ?? TYPICAL_BACKUP_GB.min * GIB) : undefined;
  const plan =
    need === undefined
      ? undefined
      : (PLANS_BY_SIZE.find(
          (p) =>
            p.bytes >= need && (backup !== undefined || total === undefined || p.bytes > total),
        ) ?? null);

  const categories: CategoryEffect[] = [];
  if (room !== undefined && facts.storageByCategory) {
    for (const category of STORAGE_CATEGORIES) {
      const bytes = facts.storageByCategory[category];
      if (!bytes) continue;
      categories.push({
        category,
        bytes,
        freeAfterBytes: Math.max(0, room + bytes),
        backupFitsAfter: backup === undefined ? null : backup <= room + bytes,
      });
    }
    categories.sort((a, b) => b.bytes - a.bytes);
  }

  return {
    ...(used !== undefined && { usedBytes: used }),
    ...(total !== undefined && { totalBytes: total }),
    ...(free !== undefined && { freeBytes: free }),
    ...(backup !== undefined && { backupBytes: backup }),
    backupFits,
    ...(backupFits !== null && { shortfallBytes: Math.max(0, (backup ?? 0) - room!) }),
    ...(plan !== undefined && { smallestFittingPlan: plan }),
    categories,
    unitNote: { key: 'storage.unit_note' },
  };
}
