import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Catalog } from '../knowledge/catalogs';
import { contentToBackground } from '../messaging/protocol';
import { siteOf } from '../pages/registry';
import type { Site } from '../pages/site';
import { isDismissed } from '../storage/hint-dismissal';
import { showBadge } from './effects';
import { loadHintTexts } from './hint-texts';
import { saveReading } from './readings';

/** The site a message comes from: our own content script on one of the pages it runs on. */
function senderSite(sender: Runtime.MessageSender): Site | undefined {
  if (sender.id !== browser.runtime.id || !sender.url) return undefined;
  return siteOf(sender.url);
}

export interface RouterEffects {
  /** Brings the troubleshooting flow to the front: the open flow tab, else a new one. */
  openFlow: () => Promise<void>;
}

/**
 * Validates before any handler runs. An unexpected message or sender is answered with
 * `undefined`/`{ ok: false }` and changes nothing, so a misbehaving page cannot crash the worker.
 * A reading is checked with the same schema storage reads use, so what is stored is always
 * readable, and a reading that storage refuses (full) is answered `{ ok: false }`. The badge
 * follows what was stored: the worker listens to no storage change (it would wake at every
 * popup click).
 */
export async function handleContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  effects: RouterEffects,
): Promise<{ ok: boolean; texts?: Catalog } | undefined> {
  const site = senderSite(sender);
  if (!site) return undefined;
  const parsed = contentToBackground(site).safeParse(message);
  if (!parsed.success) return { ok: false };
  const request = parsed.data;
  if (request.type === 'open-flow') {
    await effects.openFlow();
    return { ok: true };
  }
  if (request.type === 'hint-texts') {
    // The worker checks the dismissal, so the page's script never touches storage on load.
    const dismissed = await isDismissed(browser, request.situation);
    const texts = dismissed ? undefined : await loadHintTexts(request.locale);
    return { ok: texts !== undefined, texts };
  }
  const stored = await saveReading(site.id, request.observation);
  if (stored) await showBadge(stored);
  return { ok: stored !== undefined };
}
