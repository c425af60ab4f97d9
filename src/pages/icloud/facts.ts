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
  if (Object.keys(byCategory).length > 0) facts.storageByCategory = byCategory;
  return facts;
}

/** Used and total storage, and usage per category, as the storage bar shows them. */
export const siteFacts = defineSiteFacts<IcloudStorageObservation>({
  site: 'icloud',
  source: 'icloud',
  facts: storageFacts,
});
