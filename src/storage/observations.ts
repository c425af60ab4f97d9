import { SITE_IDS, type SiteId } from '../vocab';
import { READING_FOR_SITE, type Observation } from '../pages/observation-schema';
import { observationsItem } from './items';

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

/** The checked readings; a storage failure reads as none, the popup must open regardless. */
export async function loadObservations(): Promise<ObservationsRead> {
  try {
    return readObservations(await observationsItem.getValue());
  } catch {
    return { observations: {}, dropped: [] };
  }
}

/**
 * Keeps only the valid readings (after a read that dropped some), so a damaged one is
 * reported once rather than on every open. Absent when none is left, as after deleting.
 */
export async function storeObservations(observations: ObservationsBySite): Promise<boolean> {
  try {
    if (Object.keys(observations).length === 0) await observationsItem.removeValue();
    else await observationsItem.setValue(observations);
    return true;
  } catch {
    return false;
  }
}

/** Stores one site's reading next to the other site's; false when storage refused it. */
export async function saveObservation(site: SiteId, observation: Observation) {
  const { observations } = await loadObservations();
  return storeObservations({ ...observations, [site]: observation });
}

/** Calls back with the checked readings whenever they change (removed: none). */
export function watchObservations(onChange: (read: ObservationsRead) => void): () => void {
  return observationsItem.watch((stored) => onChange(readObservations(stored)));
}
