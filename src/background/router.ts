import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { Catalog } from '../knowledge/catalogs';
import { contentToBackground, HintRequest } from '../messaging/protocol';
import { siteOf } from '../pages/registry';
import { isDismissed } from '../storage/hint-dismissal';
import { showBadge } from './effects';
import { loadHintTexts } from './hint-texts';
import { saveReading } from './readings';

/**
 * No texts, so no hint, for a request that is none the worker can serve (the reading is kept all
 * the same) or a situation the user dismissed (src/storage/hint-dismissal.ts).
 */
async function textsUnlessDismissed(request: unknown): Promise<Catalog | undefined> {
  const hint = HintRequest.safeParse(request).data;
  return hint && !(await isDismissed(browser, hint.situation))
    ? loadHintTexts(hint.locale)
    : undefined;
}

export interface RouterEffects {
  /** Brings the troubleshooting flow to the front: the open flow tab, else a new one. */
  openFlow: () => Promise<void>;
}

/**
 * Validates before any handler runs. An unexpected message or sender is answered with
 * `undefined`/`{ ok: false }` and changes nothing, so a misbehaving page cannot crash the worker.
 * A reading is checked with the same schema storage reads use, so what is stored is always
 * readable, and a reading that storage refuses (full, or dated ahead of the clock) is answered
 * `{ ok: false }`. The badge follows what was stored: the worker listens to no storage change
 * (it would wake at every popup click). A reading that asks for the hint's texts has them in the answer, whether or not
 * it could be stored.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  effects: RouterEffects,
): Promise<{ ok: boolean; texts?: Catalog } | undefined> {
  // Only our own content script, on one of the pages it runs on (inlined: worker size budget).
  const site = sender.id === browser.runtime.id && sender.url && siteOf(sender.url);
  if (!site) return undefined;
  const parsed = contentToBackground(site).safeParse(message);
  if (!parsed.success) return { ok: false };
  const request = parsed.data;
  if (request.type === 'open-flow') {
    await effects.openFlow();
    return { ok: true };
  }
  const [stored, texts] = await Promise.all([
    saveReading(site, request.observation),
    textsUnlessDismissed(request.hint),
  ]);
  if (stored) await showBadge(stored);
  return { ok: !!stored, texts };
}
