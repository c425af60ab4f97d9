import { defineSiteFacts } from '../site';
import type { AppleStatusObservation } from './schema';

/** The iCloud Backup light is Apple's status for the diagnosis; the feed says since when. */
export const siteFacts = defineSiteFacts<AppleStatusObservation>({
  site: 'status',
  source: 'apple-status',
  facts: ({ icloudBackup: { state } }) => (state === 'unknown' ? {} : { appleBackupStatus: state }),
  since: (reading) => reading.icloudBackup.since,
});
