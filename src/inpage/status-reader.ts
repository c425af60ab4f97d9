import type { Locale } from '../i18n';
import { parseStatusPage } from '../pages/apple-status/parse-dom';
import { STATUS_SELECTORS } from '../pages/apple-status/selectors';
import { summarizeIcloud } from '../pages/apple-status/summary';
import type { AppleStatusObservation } from '../pages/observation';
import { hintView, type HintView } from './hint';
import { waitForElement } from './wait-for';

/** Apple's table usually renders within a second; after this the page counts as unreadable. */
export const TABLE_WAIT_MS = 10_000;

export interface StatusReaderDeps {
  document: Document;
  url: string;
  locale: Locale;
  signal: AbortSignal;
  report: (observation: AppleStatusObservation) => Promise<void>;
  dismissedSituation: () => Promise<string | null>;
  showHint: (view: HintView) => Promise<void>;
}

/**
 * Reads the status page once its table exists, hands the reading to the background and shows
 * the hint unless the user dismissed this same situation before. Returns the reading, or
 * undefined when the content script was invalidated first.
 */
export async function runStatusReader(
  deps: StatusReaderDeps,
): Promise<AppleStatusObservation | undefined> {
  await waitForElement(deps.document, STATUS_SELECTORS.service, TABLE_WAIT_MS, deps.signal);
  if (deps.signal.aborted) return undefined;
  const observation = parseStatusPage(deps.document, deps.url);
  await deps.report(observation);
  const view = hintView(summarizeIcloud(observation), deps.locale);
  if ((await deps.dismissedSituation()) !== view.situation && !deps.signal.aborted) {
    await deps.showHint(view);
  }
  return observation;
}
