import type { Locale } from '../i18n';
import type { HintRequest } from '../messaging/protocol';
import { isCurrentProblem } from '../vocab';
import { withFeedTimes } from '../pages/apple-status/feed-times';
import { feedBackupLine } from '../pages/apple-status/parse-feed';
import { knownServicesOnly } from '../pages/apple-status/observe';
import { readStatusPage } from '../pages/apple-status/parse-dom';
import { summarizeIcloud } from '../pages/apple-status/summary';
import type { AppleStatusObservation } from '../pages/observation';
import { hintSituation, hintView, type HintTexts, type HintView } from './hint';
import { highlightRow } from './highlight';

/** Past this pause between reads, iCloud Backup counts as not listed (reads after 0.25 to 2 s). */
const ROWS_WAIT_MS = 4000;

export interface StatusReaderDeps {
  document: Document;
  url: string;
  /** The hint's language, asked once the page is read (its texts are asked in it). */
  locale: () => Locale;
  /**
   * The page's own status feed as text, for the start time of a current event; undefined when
   * the page loaded none or it cannot be had. Only asked while Apple reports a problem.
   */
  loadFeed: () => Promise<{ url: string; text: string } | undefined>;
  /**
   * Hands the reading to the background, once per page load, and asks in the same message for
   * the hint's texts in `hint.locale` for `hint.situation` (hintSituation): undefined when the
   * user dismissed that situation or they cannot be had.
   */
  report: (
    observation: AppleStatusObservation,
    hint: HintRequest,
  ) => Promise<HintTexts | undefined>;
  /** Shows the hint; `onDismissed` undoes what came with it (the row highlight). */
  showHint: (view: HintView, onDismissed: () => void) => void;
}

/**
 * Reads the status page (its table exists, or the wait for it is over: status-loader.ts), hands
 * the reading (the services the extension knows: knownServicesOnly) to the background with the
 * request for the hint's texts, and shows the hint unless the user dismissed this same situation
 * before (or its texts cannot be had). Returns the reading.
 */
export async function runStatusReader(deps: StatusReaderDeps): Promise<AppleStatusObservation> {
  let page!: ReturnType<typeof readStatusPage>;
  // The reader starts at the first row, and a page may draw the rest after it: while rows are
  // there but none is iCloud Backup's, the page is read again after growing pauses (0.25 to
  // 2 s, four reads), so "not listed" is said only once it has had its time. Not a wait on the
  // page's changes: its code (wait-for.ts) costs this script's file 280 B of its size budget.
  // Apple's page has the row: this costs it nothing. A page without rows had its wait before.
  for (
    let pause = 250;
    !(page = readStatusPage(deps.document, deps.url)).row &&
    page.observation.services.length &&
    pause < ROWS_WAIT_MS;
    pause *= 2
  ) {
    await new Promise((wake) => setTimeout(wake, pause));
  }
  let observation = knownServicesOnly(page.observation);
  if (isCurrentProblem(observation.icloudBackup.state)) {
    const feed = await deps.loadFeed().catch(() => undefined);
    if (feed) observation = withFeedTimes(observation, feedBackupLine(feed.text));
  }
  const summary = summarizeIcloud(observation);
  const locale = deps.locale();
  const texts = await deps.report(observation, { locale, situation: hintSituation(summary) });
  if (texts) {
    const view = hintView(summary, locale, texts);
    // A row is any element the rows' selector matched: an SVG or MathML one has a style too.
    const row = page.row as HTMLElement | undefined;
    const unhighlight = row ? highlightRow(row, view.tone) : () => undefined;
    deps.showHint(view, unhighlight);
  }
  return observation;
}
