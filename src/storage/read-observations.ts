import { READING_FOR_SITE, type Observation } from '../pages/observation-schema';
import { SITE_IDS, type SiteId } from '../vocab';

// Apart from storage/observations.ts, which holds the storage item: the background worker
// checks readings too, without bundling the storage library (README, "Performance").

export type ObservationsBySite = Partial<Record<SiteId, Observation>>;

export interface ObservationsRead {
  observations: ObservationsBySite;
  /** Sites whose stored reading was not a valid reading of that site, and was left out. */
  dropped: SiteId[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored readings, each checked against its site's schema on its own: a damaged status
 * reading is dropped alone and the icloud.com one kept (and the other way round).
 */
export function readObservations(stored: unknown): ObservationsRead {
  if (stored === null || stored === undefined) return { observations: {}, dropped: [] };
  if (!isRecord(stored)) return { observations: {}, dropped: [...SITE_IDS] };
  const observations: ObservationsBySite = {};
  const dropped: SiteId[] = [];
  for (const site of SITE_IDS) {
    if (stored[site] === undefined) continue;
    const parsed = READING_FOR_SITE[site].safeParse(stored[site]);
    if (parsed.success) observations[site] = parsed.data;
    else dropped.push(site);
  }
  return { observations, dropped };
}
