import type { Observation } from '../pages/observation';
import type { ObservationsBySite } from '../storage/items';

export interface Badge {
  text: string;
  color: string;
}

/**
 * The toolbar shows "!" while the latest status reading says Apple has a current iCloud Backup
 * issue or outage, so someone who glanced at the status page is reminded to wait.
 */
export function badgeFor(observations: ObservationsBySite): Badge {
  const status: Observation | undefined = observations.status;
  const backupState = status?.kind === 'apple-status' ? status.icloudBackup.state : undefined;
  if (backupState === 'outage') return { text: '!', color: '#b3261e' };
  if (backupState === 'issue') return { text: '!', color: '#a15c00' };
  return { text: '', color: '#000000' };
}
