import { browser } from 'wxt/browser';
import { hintLocale } from '../i18n/page-locale';
import { hintSituation, hintView, type HintView } from '../inpage/hint';
import type { StatusRows } from '../messaging/protocol';
import { withFeedTimes } from '../pages/apple-status/feed-times';
import { knownServicesOnly } from '../pages/apple-status/observe';
import { feedBackupLine } from '../pages/apple-status/parse-feed';
import { parseRows } from '../pages/apple-status/parse-rows';
import { summarizeIcloud, type IcloudSummary } from '../pages/apple-status/summary';
import type { Observation } from '../pages/observation';
import { isRecord } from '../pages/json-text';
import { isDismissed } from '../storage/hint-dismissal';
import type { Screen } from '../storage/session';
import { isCurrentProblem } from '../vocab';
import { loadHintTexts } from './hint-texts';

/** What the status page's script is told (src/inpage/status-page.ts). */
export interface StatusAnswer {
  /** Whether the reading was stored. */
  ok: boolean;
  /** No iCloud Backup row yet: read the page again later (nothing was stored). */
  again?: true;
  /** Apple reports a current problem: send the rows again with the page's feed, for its start. */
  feed?: true;
  /** The index of iCloud Backup's first row, to highlight. */
  row?: number;
  /** The hint, in the page's language; none when not needed or dismissed (answerStatusRows). */
  view?: HintView;
}

/**
 * The popup's stored session (`sessionItem`, storage/items.ts, as @wxt-dev/storage lays it out)
 * read without the storage library, as readings.ts writes the readings.
 */
const SESSION_KEY = 'session';
/** Screens of a troubleshooting begun and not ended: not the start, not "fixed". */
const UNDER_WAY: readonly unknown[] = ['questions', 'results', 'escalation'] satisfies Screen[];

/** Whether the user is troubleshooting now: answers given, and no fix that held. */
async function troubleshooting(): Promise<boolean> {
  try {
    const session: unknown = (await browser.storage.local.get(SESSION_KEY))[SESSION_KEY];
    return isRecord(session) && UNDER_WAY.includes(session.screen);
  } catch {
    return false;
  }
}

/**
 * What the page shows needs no hint: every iCloud service available, and no troubleshooting
 * under way. The page's answer is then the flow's to use, and the page pays no hint's frame
 * (tests/bench/README.md); whoever is troubleshooting learns there that the cause is not
 * Apple's, and anything else Apple shows has its hint for everyone.
 */
const quiet = async (summary: IcloudSummary) =>
  summary.backup.verdict === 'available' &&
  !summary.otherProblems.length &&
  !(await troubleshooting());

/**
 * Reads the status page's rows (parse-rows.ts), stores the reading of the services the
 * extension knows (`keep`: checked, stored, badge set) and answers with the hint, unless the
 * page needs none (`quiet`), the user dismissed this situation or its texts cannot be had. Parsing here instead of in the page
 * keeps Apple's page free of the parser's cost (tests/bench/README.md). While rows are there but
 * none is iCloud Backup's, and the page will read again, nothing is stored: "not listed" is said
 * only once the page has had its time. While Apple reports a current problem, the page is asked
 * for its feed first, whose start time the hint and the reading carry.
 */
export async function answerStatusRows(
  request: StatusRows,
  pageUrl: string,
  keep: (observation: Observation) => Promise<boolean>,
): Promise<StatusAnswer> {
  const { observation: read, row } = parseRows(request, pageUrl, new Date());
  if (row === undefined && request.rows.length && !request.last) return { ok: false, again: true };
  let observation = knownServicesOnly(read);
  if (isCurrentProblem(observation.icloudBackup.state)) {
    if (request.feed === undefined) return { ok: false, feed: true };
    observation = withFeedTimes(observation, feedBackupLine(request.feed));
  }
  const summary = summarizeIcloud(observation);
  const locale = hintLocale(pageUrl, request.language);
  const [ok, texts] = await Promise.all([
    keep(observation),
    Promise.all([isDismissed(browser, hintSituation(summary)), quiet(summary)]).then(
      ([dismissed, unneeded]) => (dismissed || unneeded ? undefined : loadHintTexts(locale)),
    ),
  ]);
  return { ok, row, ...(texts && { view: hintView(summary, locale, texts) }) };
}
