import { defineSiteFacts } from '../site';
import type { AppleStatusObservation } from './schema';

/**
 * Apple's status page of a country that speaks the language (see APPLE_PATH_LANGUAGES), so the
 * page and its hint are in the popup's language. English and Chinese open the US page: Apple's
 * mainland China site is another host, which the extension does not read.
 */
const COUNTRY_PATHS: Readonly<Record<string, string>> = {
  de: 'de/',
  es: 'es/',
  fr: 'fr/',
  it: 'it/',
  ja: 'jp/',
};

/** The iCloud Backup light is Apple's status for the diagnosis; the feed says since when. */
export const siteFacts = defineSiteFacts<AppleStatusObservation>({
  site: 'status',
  source: 'apple-status',
  facts: ({ icloudBackup: { state } }) => (state === 'unknown' ? {} : { appleBackupStatus: state }),
  since: (reading) => reading.icloudBackup.since,
  answers: ['appleBackupStatus'],
  page: (locale) => `https://www.apple.com/${COUNTRY_PATHS[locale] ?? ''}support/systemstatus/`,
});
