import { isStale, STATUS_MAX_AGE_MS } from '../pages/observation';
import { readObservations } from '../storage/read-observations';

export interface Badge {
  text: string;
  color: string;
  /** When the reading behind a "!" stops being current (ms since the epoch). */
  expiresAt?: number;
}

const NONE: Badge = { text: '', color: '#000000' };
const COLORS = { outage: '#b3261e', issue: '#a15c00' } as const;

/**
 * The toolbar shows "!" while the latest status reading says Apple has a current iCloud Backup
 * issue or outage, so someone who glanced at the status page is reminded to wait. Only a
 * valid, fresh reading counts: one dated in the future or long ago says nothing about now.
 */
export function badgeFor(stored: unknown, now: Date): Badge {
  const status = readObservations(stored).observations.status;
  if (status?.kind !== 'apple-status' || isStale(status, now)) return NONE;
  const { state } = status.icloudBackup;
  if (state !== 'outage' && state !== 'issue') return NONE;
  return {
    text: '!',
    color: COLORS[state],
    expiresAt: Date.parse(status.observedAt) + STATUS_MAX_AGE_MS,
  };
}
