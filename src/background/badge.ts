import { isStale } from '../pages/observation';
import { siteById } from '../pages/registry';
import { readObservations } from '../storage/read-observations';

export interface Badge {
  text: string;
  /** Only with a text: a badge without one shows no colour. */
  color?: string;
  /** When the reading behind a "!" stops being current (ms since the epoch). */
  expiresAt?: number;
}

const NONE: Badge = { text: '' };
const COLORS = { outage: '#b3261e', issue: '#a15c00' } as const;

/**
 * The toolbar shows "!" while a site's latest reading flags a current problem (the status page:
 * an iCloud Backup issue or outage), so someone who glanced at it is reminded to wait. Only a
 * valid, current reading counts: one dated in the future or long ago says nothing about now.
 */
export function badgeFor(stored: unknown, now: Date): Badge {
  let badge = NONE;
  for (const [id, reading] of Object.entries(readObservations(stored).observations)) {
    const site = siteById(id);
    if (!site?.alert || !reading || isStale(reading, site.maxAgeMs, now)) continue;
    const state = site.alert(reading);
    // An outage outweighs an issue wherever it is read.
    if (state && (badge === NONE || state === 'outage')) {
      badge = {
        text: '!',
        color: COLORS[state],
        expiresAt: Date.parse(reading.observedAt) + site.maxAgeMs,
      };
    }
  }
  return badge;
}
