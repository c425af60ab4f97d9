import type { StatusAnswer } from '../background/status-page';
import type { StatusRows } from '../messaging/protocol';
import { readPageRows } from '../pages/apple-status/page-rows';
import { SERVICE_ROWS } from '../pages/apple-status/selectors';
import { isRecord } from '../pages/json-text';
import type { HintView } from './hint';
import { waitFor } from './wait-for';

/** Apple's table usually renders within a second; after this the page counts as unreadable. */
export const TABLE_WAIT_MS = 10_000;
/** Past this pause between reads, iCloud Backup counts as not listed (reads after 0.25 to 2 s). */
export const ROWS_WAIT_MS = 4000;
/** A feed not had by then costs the problem's start time, not the hint: fetch has no deadline. */
export const FEED_WAIT_MS = 5000;

export interface StatusPageDeps {
  document: Document;
  /**
   * The page's `navigator.language`: with its address, the worker picks the hint's language.
   * Asked once there is a table to read: its first look costs a page without one.
   */
  language: () => string;
  /** Sends a message to the worker: its answer, or undefined when there is none. */
  ask: (message: StatusRows) => Promise<unknown>;
  /** The page's own status feed as text, or undefined when it cannot be had (page-feed.ts). */
  loadFeed: () => Promise<string | undefined>;
  /** Shows the hint, with iCloud Backup's row to highlight when the page has one. */
  showHint: (view: HintView, row: Element | undefined) => void;
}

/**
 * The status page's script: waits for the table (a page whose table never comes is read all
 * the same at the deadline, and the reading then says it could not be read), reads its rows as
 * text and hands them to the worker, which parses and stores them and answers with the hint
 * (src/background/status-page.ts): the page runs no parser (tests/bench/README.md). When the
 * worker finds no iCloud Backup row yet, the page reads again after growing pauses (0.25 to 2 s,
 * four more reads), as a page may draw its rows after the first; when Apple reports a current
 * problem, the worker asks for the page's feed, for the problem's start. Resolves with the
 * worker's last answer.
 */
export async function runStatusPage(deps: StatusPageDeps): Promise<StatusAnswer | undefined> {
  const { document } = deps;
  await waitFor(document, () => document.querySelector(SERVICE_ROWS) ?? undefined, TABLE_WAIT_MS);
  const language = deps.language();
  for (let pause = 250; ; pause *= 2) {
    const { rows, elements, total } = readPageRows(document);
    const last = pause >= ROWS_WAIT_MS;
    const message: StatusRows = { type: 'status-rows', rows, total, language, last };
    let answer = await settled(() => deps.ask(message));
    if (isRecord(answer) && answer.feed) {
      const feed = await Promise.race([settled(deps.loadFeed), sleep(FEED_WAIT_MS)]);
      answer = await settled(() => deps.ask({ ...message, last: true, feed: feed ?? '' }));
    }
    if (!isRecord(answer)) return undefined;
    const told = answer as Partial<StatusAnswer>;
    // The last read is the last whatever the worker says: a worker that always answers
    // `again` would otherwise keep the page reading, the pause doubling, for as long as it is open.
    if (told.again !== true || last) {
      // Only a number indexes the rows ('length' would hand over a number), and only a row
      // still on the page is highlighted: the page may redraw while the worker answers.
      const row = typeof told.row === 'number' ? elements[told.row] : undefined;
      if (isRecord(told.view)) deps.showHint(told.view, row?.isConnected ? row : undefined);
      return told as StatusAnswer;
    }
    await sleep(pause);
  }
}

const sleep = (ms: number) => new Promise<undefined>((wake) => setTimeout(wake, ms));

/** What `act` resolves with, or undefined when it throws or rejects (the extension was reloaded). */
const settled = <T>(act: () => Promise<T>): Promise<T | undefined> =>
  Promise.resolve()
    .then(act)
    .catch(() => undefined);
