import { browser } from 'wxt/browser';
import type { Observation } from '../pages/observation-schema';
import { readObservations, type ObservationsBySite } from '../storage/read-observations';

/**
 * `observationsItem` (storage/items.ts) as @wxt-dev/storage lays it out: the value under its
 * key, its version under the key followed by "$". The worker writes it directly so it does not
 * bundle the storage library; the router tests read what it writes back through the item.
 */
const KEY = 'observations';
const VERSION = { [`${KEY}$`]: { v: 1 } };

/**
 * Stores one site's reading next to the other site's valid one (a damaged one is left out).
 * Returns the readings now stored, or undefined when storage refused them (full).
 */
export async function saveReading(
  site: string,
  observation: Observation,
): Promise<ObservationsBySite | undefined> {
  try {
    const local = browser.storage.local;
    const { observations } = readObservations((await local.get(KEY))[KEY]);
    const next = { ...observations, [site]: observation };
    await local.set({ [KEY]: next, ...VERSION });
    return next;
  } catch {
    return undefined;
  }
}
