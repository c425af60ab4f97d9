import { browser } from 'wxt/browser';
import { badgeFor } from './badge';
import type { ObservationsBySite } from '../storage/items';

/** MV3 has `action`, Firefox's MV2 build `browserAction`; both take the same calls. */
const toolbar = () => browser.action ?? browser.browserAction;

export async function showBadge(observations: ObservationsBySite): Promise<void> {
  const { text, color } = badgeFor(observations);
  await toolbar().setBadgeText({ text });
  if (text) await toolbar().setBadgeBackgroundColor({ color });
}

/**
 * The hint opens the flow in a tab: `openPopup()` is missing or gesture-bound in some browsers,
 * and a popup would close as soon as the user clicks back into the status page they compare
 * it with. Creating a tab needs no extra permission.
 */
export async function openFlow(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
