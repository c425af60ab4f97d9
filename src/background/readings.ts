import { browser } from 'wxt/browser';
import { isStale, type Observation } from '../pages/observation';
import type { Site } from '../pages/site';
import {
  otherSites,
  readObservations,
  type ObservationsBySite,
} from '../storage/read-observations';
import { isNewerMark, STORED_VERSION } from '../storage/version';
import { isRecord } from '../pages/json-text';

/**
 * `observationsItem` (storage/items.ts) as @wxt-dev/storage lays it out: the value under its
 * key, its version under the key followed by "$". The worker writes it directly so it does not
 * bundle the storage library; the router tests read what it writes back through the item.
 */
const KEY = 'observations';
const MARK = 'observations$';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Stores one site's reading next to the other site's valid one (a damaged one is left out) and
 * what is stored for sites this version does not read (otherSites),
 * one reading at a time: two arriving together (the status page and icloud.com read at once)
 * would each read what is stored before the other wrote it, and the later write would drop the
 * earlier reading. An `unknown` reading leaves a current reading of its site in place: a page
 * that could not be read this time says nothing against what was read minutes ago; nor does a
 * reading older than the stored one replace it. Returns the
 * readings now stored, or undefined when storage refused them (full) or the reading is dated
 * ahead of the clock.
 */
export function saveReading(
  site: Site,
  observation: Observation,
): Promise<ObservationsBySite | undefined> {
  const saved = queue.then(() => save(site, observation));
  queue = saved;
  return saved;
}

async function save(site: Site, observation: Observation): Promise<ObservationsBySite | undefined> {
  try {
    // The page's script stamps the reading with this computer's clock: one dated further ahead
    // than isStale lets clocks drift (5 minutes) is no reading of now, and would replace the
    // current one while counting as stale itself.
    if (Date.parse(observation.observedAt) > Date.now() + 3e5) throw 0;
    const local = browser.storage.local;
    const got = await local.get([KEY, MARK]);
    const stored: unknown = got[KEY];
    // Under a newer version's mark, what this version cannot read is that version's shape, not
    // damage: kept as stored, and the mark with it (storage/version.ts).
    const theirs = isRecord(stored) && isNewerMark(got[MARK]);
    const { observations } = readObservations(stored);
    const kept = observations[site.id];
    const now = new Date();
    // A reading taken before the stored one (another tab's, sent late) would put older news
    // back, unless the stored one says nothing (`unknown`, or dated ahead of the clock).
    if (
      kept &&
      (observation.kind == 'unknown'
        ? !isStale(kept, site.maxAgeMs, now)
        : Date.parse(observation.observedAt) < Date.parse(kept.observedAt) &&
          !isStale(kept, Infinity, now))
    )
      return observations;
    const next = { ...observations, [site.id]: observation };
    await local.set({
      [KEY]: { ...(theirs ? stored : otherSites(stored)), ...next },
      [MARK]: theirs ? got[MARK] : { v: STORED_VERSION },
    });
    return next;
  } catch {
    return undefined;
  }
}
