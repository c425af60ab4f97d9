import type { AppleStatusObservation } from '../observation';

/**
 * The status page draws its table from `/support/systemstatus/data/system_status_<ll>_<CC>.js`.
 * Which locale it loaded is read from the page's own resource list, so no country table is
 * needed; the developer feed under `data/developer/` is not the consumer page's.
 */
const FEED_PATH = /^\/support\/systemstatus\/data\/system_status_[a-z]{2}_[A-Z]{2}\.js$/;

export function findFeedUrl(resourceUrls: readonly string[], pageUrl: string): string | undefined {
  return resourceUrls.find((raw) => {
    // What is no address, the page's or an entry's, matches nothing.
    try {
      const url = new URL(raw);
      return url.origin === new URL(pageUrl).origin && FEED_PATH.test(url.pathname);
    } catch {
      return false;
    }
  });
}

/**
 * The page shows no dates, the feed does: when both agree on iCloud Backup's current state,
 * the page reading gains the event's start (`feed`: the feed's line, feedBackupLine). A feed
 * that disagrees (it may be older or newer than the rendered page) changes nothing.
 */
export function withFeedTimes(
  page: AppleStatusObservation,
  feed: AppleStatusObservation['icloudBackup'] | undefined,
): AppleStatusObservation {
  // The page's line holds its state alone (the page shows no dates), so the feed's is the same
  // state with the start. A start after the reading (the feed's clock or the user's is off) is
  // no "since" that is true for the user. ISO strings of one form compare as times.
  return feed?.since && feed.state === page.icloudBackup.state && feed.since <= page.observedAt
    ? { ...page, icloudBackup: feed }
    : page;
}
