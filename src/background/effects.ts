import { browser } from 'wxt/browser';
import { badgeFor } from './badge';

/** MV3 has `action`, Firefox's MV2 build `browserAction`; both take the same calls. */
const toolbar = () => browser.action ?? browser.browserAction;

let expiry: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows the badge for the stored readings (any value: it is checked first). Never rejects: a
 * bad value or a closed toolbar must not become an unhandled rejection in the worker. While the
 * worker lives, a "!" is cleared when its reading gets old; a worker woken later starts by
 * showing the badge again.
 */
export async function showBadge(stored: unknown, now = new Date()): Promise<void> {
  clearTimeout(expiry);
  try {
    const { text, color, expiresAt } = badgeFor(stored, now);
    await toolbar().setBadgeText({ text });
    if (color) await toolbar().setBadgeBackgroundColor({ color });
    if (expiresAt !== undefined) {
      expiry = setTimeout(() => void showBadge(stored), expiresAt - now.getTime() + 1000);
    }
  } catch {
    // Nothing to show then; the next change of the readings tries again.
  }
}
