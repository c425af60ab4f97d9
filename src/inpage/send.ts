import type { ContentToBackground } from '../messaging/protocol';
import type { Observation } from '../pages/observation';
import type { ExtensionApi } from './extension-api';

/**
 * Content script side of the protocol (the background validates every message): the worker's
 * answer, unchecked. Failures are swallowed on purpose (the answer is then undefined): a reader
 * must never break the page it runs on, and the next page load reads again.
 */
export async function send(api: ExtensionApi, message: ContentToBackground): Promise<unknown> {
  try {
    return await api.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated while the page stayed open.
    return undefined;
  }
}

/** At most one report per this interval reaches the background, and so storage. */
export const REPORT_INTERVAL_MS = 1000;

/**
 * Reports readings of one site to the background only when they change, at most once per
 * REPORT_INTERVAL_MS: a page that navigates or redraws a thousand times causes at most one
 * storage write per second, and none while the reading stays the same. Within an interval the
 * latest reading wins.
 */
export function createReporter(
  site: string,
  deliver: (message: ContentToBackground) => Promise<unknown>,
): (observation: Observation) => Promise<void> {
  // The last reading sent, and its key once one was needed: a page that reports once never
  // serializes its reading twice.
  let sent: { observation: Observation; key?: string } | undefined;
  let sentAt = Number.NEGATIVE_INFINITY;
  let pending: Observation | undefined;
  let scheduled = false;
  const isSent = (observation: Observation) => {
    if (!sent) return false;
    sent.key ??= readingKey(sent.observation);
    return readingKey(observation) === sent.key;
  };
  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const observation = pending;
    pending = undefined;
    sent = { observation };
    sentAt = performance.now();
    // The union of per-site messages cannot be narrowed from a site variable; the background checks it.
    void deliver({ type: 'observation', site, observation } as ContentToBackground);
  };
  return async (observation) => {
    pending = isSent(observation) ? undefined : observation;
    if (!pending || scheduled) return;
    const wait = sentAt + REPORT_INTERVAL_MS - performance.now();
    if (wait <= 0) flush();
    else {
      scheduled = true;
      setTimeout(flush, wait);
    }
  };
}

/** What a reading says, leaving out when and at which address it was read. */
function readingKey(observation: Observation): string {
  return JSON.stringify({ ...observation, observedAt: undefined, url: undefined });
}
