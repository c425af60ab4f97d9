import { defineSite } from '../site';
import { appleStatusReading, type AppleStatusObservation } from './schema';

const HOST = 'www.apple.com';
/** `/support/systemstatus/*` and `/*\/support/systemstatus/*` (the `*` may hold slashes). */
const PATH = /^\/(?:.*\/)?support\/systemstatus\//;
const isPage = (url: URL) => url.hostname === HOST && PATH.test(url.pathname);

/** Apple's System Status page, in any country: the iCloud Backup light and since when. */
export const site = defineSite<AppleStatusObservation>({
  id: 'status',
  matches: [
    'https://www.apple.com/support/systemstatus/*',
    'https://www.apple.com/*/support/systemstatus/*',
  ],
  isPage,
  reading: () => appleStatusReading(isPage),
  maxAgeMs: 30 * 60 * 1000,
  alert: ({ icloudBackup: { state } }) =>
    state === 'outage' || state === 'issue' ? state : undefined,
});
