import type { Facts } from '../../engine/facts';
import { defineSiteFacts } from '../site';
import { appleBytes } from '../units';
import type { StorageCategory } from '../../vocab';
import type { IcloudStorageObservation, StorageAmount } from './schema';

/** Exact bytes from Apple's data as they are; displayed sizes in Apple's units (see appleBytes). */
function bytesOf(exact: number | undefined, shown: StorageAmount | undefined, basis: string) {
  if (basis !== 'exact' && shown) return appleBytes(shown);
  return exact === undefined ? undefined : Math.round(exact);
}

function storageFacts(o: IcloudStorageObservation): Partial<Facts> {
  const facts: Partial<Facts> = {};
  const used = bytesOf(o.usedBytes, o.used, o.basis);
  const total = bytesOf(o.totalBytes, o.total, o.basis);
  if (used !== undefined) facts.storageUsedBytes = used;
  if (total !== undefined) facts.storageTotalBytes = total;
  const byCategory: Partial<Record<StorageCategory, number>> = {};
  for (const category of o.categories) {
    const bytes = bytesOf(category.bytes, category.amount, o.basis);
    if (bytes === undefined) continue;
    byCategory[category.id] = (byCategory[category.id] ?? 0) + bytes;
  }
  if (Object.keys(byCategory).length > 0 && withinUsed(byCategory, used)) {
    facts.storageByCategory = byCategory;
  }
  return facts;
}

/**
 * The categories are parts of what is used: sizes that add up to more (a legend read beside
 * another panel, "Photos 1 TB" under "4.8 GB of 5 GB used") are not the account's, and would
 * offer to empty storage it does not have. A tenth of slack covers the rounding of each shown
 * figure ("2.1 GB" + "1.9 GB" + "0.9 GB" of "4.8 GB used").
 */
function withinUsed(byCategory: Partial<Record<StorageCategory, number>>, used?: number) {
  const sum = Object.values(byCategory).reduce((total, bytes) => total + (bytes ?? 0), 0);
  return used === undefined || sum <= used * 1.1;
}

/** Used and total storage, and usage per category, as the storage bar shows them. */
export const siteFacts = defineSiteFacts<IcloudStorageObservation>({
  site: 'icloud',
  source: 'icloud',
  facts: storageFacts,
  // The figures it reads make "How full is your iCloud storage?" (storageStatus) moot.
  answers: ['storageStatus'],
  // The settings view, where the storage bar is (storageView); the same in every language.
  page: () => 'https://www.icloud.com/settings/',
});
