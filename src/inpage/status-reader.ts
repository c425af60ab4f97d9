import type { Locale } from '../i18n';
import { isCurrentProblem } from '../vocab';
import { withFeedTimes } from '../pages/apple-status/feed-times';
import { parseStatusFeed } from '../pages/apple-status/parse-feed';
import { knownServicesOnly } from '../pages/apple-status/observe';
import { readStatusPage } from '../pages/apple-status/parse-dom';
import { summarizeIcloud } from '../pages/apple-status/summary';
import type { AppleStatusObservation } from '../pages/observation';
import { hintSituation, hintView, type HintTexts, type HintView } from './hint';
import { highlightRow } from './highlight';

export interface StatusReaderDeps {
  document: Document;
  url: string;
  /** The hint's language, asked once the reading is reported (its texts are asked in it). */
  locale: () => Locale;
  /**
   * Hands the reading to the background, once per page load: nothing waits for the answer, so
   * the hint's texts are asked at the same time.
   */
  report: (observation: AppleStatusObservation) => void;
  /**
   * The page's own status feed as text, for the start time of a current event; undefined when
   * the page loaded none or it cannot be had. Only asked while Apple reports a problem.
   */
  loadFeed: () => Promise<{ url: string; text: string } | undefined>;
  /**
   * The hint's texts in `locale` for `situation` (hintSituation), asked once the reading is
   * reported; undefined when the user dismissed that situation or they cannot be had.
   */
  hintTexts: (locale: Locale, situation: string) => Promise<HintTexts | undefined>;
  /** Shows the hint; `onDismissed` undoes what came with it (the row highlight). */
  showHint: (view: HintView, onDismissed: () => void) => void;
}

/**
 * Reads the status page (its table exists, or the wait for it is over: status-loader.ts), hands
 * the reading (the services the extension knows: knownServicesOnly) to the background and
 * shows the hint unless the user dismissed this same situation before (or its texts cannot be
 * had). Returns the reading.
 */
export async function runStatusReader(deps: StatusReaderDeps): Promise<AppleStatusObservation> {
  const page = readStatusPage(deps.document, deps.url);
  let observation = knownServicesOnly(page.observation);
  if (isCurrentProblem(observation.icloudBackup.state)) {
    const feed = await deps.loadFeed().catch(() => undefined);
    if (feed) observation = withFeedTimes(observation, parseStatusFeed(feed.text, feed.url));
  }
  deps.report(observation);
  const summary = summarizeIcloud(observation);
  const locale = deps.locale();
  const texts = await deps.hintTexts(locale, hintSituation(summary));
  if (texts) {
    const view = hintView(summary, locale, texts);
    const row = page.rows.get('icloud-backup');
    const unhighlight = row instanceof HTMLElement ? highlightRow(row, view.tone) : () => undefined;
    deps.showHint(view, unhighlight);
  }
  return observation;
}
