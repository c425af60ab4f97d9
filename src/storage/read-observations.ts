import type { Observation } from '../pages/observation-schema';
import { allSites, siteById } from '../pages/registry';
import { isRecord } from '../pages/json-text';
import { isPrototypeName } from './salvage';

// Apart from storage/observations.ts, which holds the storage item: the background worker
// checks readings too, without bundling the storage library (tests/bench/README.md).

/** The latest reading of each site, by site id. */
export type ObservationsBySite = Partial<Record<string, Observation>>;

export interface ObservationsRead {
  observations: ObservationsBySite;
  /** Sites whose stored reading was not a valid reading of that site, and was left out. */
  dropped: string[];
}

/**
 * The stored readings, each checked against its site's schema on its own: a damaged status
 * reading is dropped alone and the icloud.com one kept (and the other way round). A stored value
 * that is not a record of readings at all (a string, a list) is every site's damaged reading;
 * one that holds nothing (an empty list or text, left by a sync tool or a hand edit) is none, and
 * no damage either: "both readings were left out" would name a loss that never happened.
 */
export function readObservations(stored: unknown): ObservationsRead {
  const observations: ObservationsBySite = {};
  const dropped: string[] = [];
  const empty = stored == null || stored === '' || (Array.isArray(stored) && !stored.length);
  for (const site of empty ? [] : allSites()) {
    // One loop for both cases keeps the worker, which bundles this, within its size budget.
    const value = isRecord(stored) ? stored[site.id] : stored;
    if (value === undefined) continue;
    const parsed = site.schema.safeParse(value);
    if (parsed.success) observations[site.id] = parsed.data;
    else dropped.push(site.id);
  }
  return { observations, dropped };
}

/**
 * What a stored record of readings holds under names of no site this version reads (a newer
 * build's sites, after a downgrade), as it was stored: not this version's to check or drop, and
 * kept whenever it writes the readings, so that build finds them again.
 */
export function otherSites(stored: unknown): Record<string, unknown> {
  // A name of the prototype is no site of any version (isPrototypeName): damage, not kept.
  return isRecord(stored)
    ? Object.fromEntries(
        Object.entries(stored).filter(([id]) => !siteById(id) && !isPrototypeName(id)),
      )
    : {};
}
