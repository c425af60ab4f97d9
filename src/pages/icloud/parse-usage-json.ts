import {
  readingMeta,
  unknownObservation,
  type IcloudStorageObservation,
  type StorageCategory,
  type StorageCategoryId,
  type UnknownObservation,
} from '../observation';
import { isRecord } from '../json-text';
import { READING_LIMITS } from '../limits';
import { MAX_BYTES } from '../units';
import { STORAGE_CATEGORIES } from '../../vocab';
import { matchCategory } from './storage-text';

/** Apple's mediaKey values seen in `storageUsageByMedia`; other keys are kept as "other". */
const MEDIA_KEYS: ReadonlySet<string> = new Set<StorageCategoryId>(STORAGE_CATEGORIES);

/**
 * Reads a saved `storageUsageInfo` response (the data behind icloud.com's storage bar).
 * Byte counts here are exact, unlike those read from visible text.
 */
export function readStorageUsageData(
  data: unknown,
  url: string,
  now: Date,
): IcloudStorageObservation | UnknownObservation {
  if (!isRecord(data) || !isRecord(data.storageUsageInfo)) {
    return unknownObservation(url, now, 'not-storage-usage-data');
  }
  const info = data.storageUsageInfo;
  const usedBytes = byteCount(info.usedStorageInBytes);
  const totalBytes = byteCount(info.totalStorageInBytes);
  if (usedBytes === undefined || totalBytes === undefined || totalBytes === 0) {
    return unknownObservation(url, now, 'storage-usage-unreadable');
  }
  const observation: IcloudStorageObservation = {
    kind: 'icloud-storage',
    source: 'icloud',
    ...readingMeta(url, now),
    basis: 'exact',
    usedBytes,
    totalBytes,
    categories: readCategories(data.storageUsageByMedia),
  };
  const quota = readQuota(data.quotaStatus);
  if (quota) observation.quota = quota;
  return observation;
}

function byteCount(value: unknown): number | undefined {
  return typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value <= MAX_BYTES
    ? value
    : undefined;
}

function readCategories(value: unknown): StorageCategory[] {
  if (!Array.isArray(value)) return [];
  const categories: StorageCategory[] = [];
  // A reading holds at most so many (Apple lists about six): beyond them it would be refused
  // whole, used and total with it.
  for (const media of value.slice(0, READING_LIMITS.categories)) {
    if (!isRecord(media) || typeof media.mediaKey !== 'string') continue;
    const id = MEDIA_KEYS.has(media.mediaKey) ? (media.mediaKey as StorageCategoryId) : 'other';
    const category: StorageCategory = { id, label: knownLabel(media.displayLabel) ?? id };
    const bytes = byteCount(media.usageInBytes);
    if (bytes !== undefined) category.bytes = bytes;
    categories.push(category);
  }
  return categories;
}

/**
 * Apple's label when it is one the storage bar is known to show ("Photos et vidéos",
 * "Sauvegarde"); any other text (a device's or a person's name, an address) is not taken from
 * the account's data, and the category goes by its id.
 */
function knownLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const category = matchCategory(value);
  return category && category.bytes === undefined ? category.label : undefined;
}

function readQuota(value: unknown): IcloudStorageObservation['quota'] {
  if (!isRecord(value)) return undefined;
  const quota: NonNullable<IcloudStorageObservation['quota']> = {};
  if (typeof value.overQuota === 'boolean') quota.overQuota = value.overQuota;
  if (typeof value['almost-full'] === 'boolean') quota.almostFull = value['almost-full'];
  if (typeof value.paidQuota === 'boolean') quota.paid = value.paidQuota;
  return Object.keys(quota).length > 0 ? quota : undefined;
}
