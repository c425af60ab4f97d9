import type { Facts } from '../../engine/facts';
import { siteReading } from '../observation-schema';
import { defineSite } from '../site';
import { appleBytes } from '../units';
import type { StorageCategory } from '../../vocab';
import { icloudStorageReading, type IcloudStorageObservation, type StorageAmount } from './schema';

const isPage = (url: URL) => url.hostname === 'www.icloud.com';

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

/** icloud.com: the storage bar (used, total, plan and categories) of the signed-in account. */
export const site = defineSite<IcloudStorageObservation>({
  id: 'icloud',
  source: 'icloud',
  matches: ['https://www.icloud.com/*'],
  isPage,
  schema: siteReading(icloudStorageReading(isPage), isPage),
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
  facts: storageFacts,
});
