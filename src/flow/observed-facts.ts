import type { Facts, FactName, FactSource } from '../engine/facts';
import type { StorageCategory } from '../knowledge/ids';
import {
  isStale,
  type IcloudStorageObservation,
  type Observation,
  type StorageAmount,
} from '../pages/observation';
import { appleBytes } from '../pages/units';
import type { ObservationsBySite } from '../storage/observations';
import type { Reading } from '../report/schema';
import { SITE_IDS } from '../vocab';

/** What the popup and the summary say about a page read (the summary's `Reading`). */
export type SiteReading = Reading;

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

function factsOf(observation: Observation): Partial<Facts> {
  if (observation.kind === 'icloud-storage') return storageFacts(observation);
  if (observation.kind === 'apple-status' && observation.icloudBackup.state !== 'unknown') {
    return { appleBackupStatus: observation.icloudBackup.state };
  }
  return {};
}

/**
 * Prefills facts from the page readers. A reading fills a fact unless the user (or a newer
 * reading) set it after the reading was taken, so a correction sticks until the page is read
 * again. Stale readings are reported but fill nothing: a 2-hour-old "outage" is no evidence.
 */
export function applyObservations(
  facts: Facts,
  observations: ObservationsBySite,
  now: Date,
): { facts: Facts; readings: SiteReading[] } {
  const next: Facts = { ...facts };
  const readings: SiteReading[] = [];
  for (const site of SITE_IDS) {
    const observation = observations[site];
    if (!observation) continue;
    const observed = factsOf(observation);
    const state =
      Object.keys(observed).length === 0
        ? 'unreadable'
        : isStale(observation, now)
          ? 'stale'
          : 'fresh';
    const reading: SiteReading = { site, state, at: observation.observedAt, url: observation.url };
    if (observation.kind === 'apple-status' && observation.icloudBackup.since) {
      reading.since = observation.icloudBackup.since;
    }
    readings.push(reading);
    if (state !== 'fresh') continue;
    if (observation.kind === 'unknown') continue;
    const source: FactSource = {
      source: observation.source,
      at: observation.observedAt,
      url: observation.url,
    };
    for (const [name, value] of Object.entries(observed) as [FactName, unknown][]) {
      const previous = next.sources?.[name];
      if (previous && Date.parse(previous.at) >= Date.parse(source.at)) continue;
      Object.assign(next, { [name]: value });
      next.sources = { ...next.sources, [name]: source };
    }
  }
  return { facts: next, readings };
}
