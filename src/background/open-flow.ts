import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { withoutQuery } from '../pages/sites';

/** One sender tab opens or focuses the flow at most once per this interval. */
export const OPEN_INTERVAL_MS = 5000;
const FLOW_PATH = '/popup.html';

/**
 * Opens the troubleshooting flow for the in-page hint, or brings an open flow tab to the front.
 * The hint opens the flow in a tab: `openPopup()` is missing or gesture-bound in some browsers,
 * and a popup would close as soon as the user clicks back into the status page they compare it
 * with. Creating and focusing tabs needs no permission; the extension sees the address of its
 * own pages without `tabs`, so it finds an open flow tab.
 *
 * A page cannot send this message itself, but a compromised content script could send it in a
 * loop: requests are handled one at a time (so a burst cannot race past the lookup), and each
 * sender tab is heard at most once per OPEN_INTERVAL_MS. Fifty requests open one tab.
 */
export function createFlowOpener(now: () => number = Date.now) {
  const lastBySender = new Map<number | string, number>();
  let queue: Promise<void> = Promise.resolve();
  return (sender: Runtime.MessageSender): Promise<void> => {
    const key = sender.tab?.id ?? sender.url ?? '';
    const time = now();
    const last = lastBySender.get(key);
    if (last !== undefined && time - last < OPEN_INTERVAL_MS) return queue;
    for (const [other, at] of lastBySender)
      if (time - at >= OPEN_INTERVAL_MS) lastBySender.delete(other);
    lastBySender.set(key, time);
    queue = queue.then(openOrFocusFlow).catch(() => undefined);
    return queue;
  };
}

async function openOrFocusFlow(): Promise<void> {
  const url = browser.runtime.getURL(FLOW_PATH);
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url && withoutQuery(tab.url) === url);
  if (open?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.id, { active: true });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}
