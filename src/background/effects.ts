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
