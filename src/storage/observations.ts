import { observationsItem, writeItem } from './items';
import { isNewerMark } from './version';
import {
  otherSites,
  readObservations,
  type ObservationsBySite,
  type ObservationsRead,
} from './read-observations';

export { readObservations, type ObservationsBySite, type ObservationsRead };

/** The checked readings; a storage failure reads as none, the popup must open regardless. */
export async function loadObservations(): Promise<ObservationsRead> {
  try {
    return readObservations(await observationsItem.getValue());
  } catch {
    return { observations: {}, dropped: [] };
  }
}

/** Whether two sets of checked readings hold the same reading of every site. */
function sameReadings(a: ObservationsBySite, b: ObservationsBySite): boolean {
  const sites = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...sites].every((site) => JSON.stringify(a[site]) === JSON.stringify(b[site]));
}

/**
 * Keeps only the valid readings (after a read that dropped some), so a damaged one is
 * reported once rather than on every open, and what is stored for sites this version does not
 * read (otherSites). Absent when nothing is left, as after deleting.
 * Written only while storage still holds the valid readings given: a reading the worker stored
 * since (it leaves damaged ones out itself) or a deletion since is not undone by this older copy.
 * Nor under a newer version's mark: a reading this version cannot read is then that version's
 * shape, not damage, and stays for it.
 */
export async function storeObservations(observations: ObservationsBySite): Promise<boolean> {
  try {
    if (isNewerMark(await observationsItem.getMeta())) return true;
    const stored: unknown = await observationsItem.getValue();
    if (!sameReadings(readObservations(stored).observations, observations)) return true;
    const next = { ...otherSites(stored), ...observations };
    if (Object.keys(next).length === 0) await observationsItem.removeValue();
    else await writeItem(observationsItem, next);
    return true;
  } catch {
    return false;
  }
}

/** Calls back with the checked readings whenever they change (removed: none). */
export function watchObservations(onChange: (read: ObservationsRead) => void): () => void {
  return observationsItem.watch((stored) => onChange(readObservations(stored)));
}
