import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { contentToBackground } from '../messaging/protocol';
import type { Observation } from '../pages/observation';
import { siteOf } from '../pages/registry';
import type { Site } from '../pages/site';
import { showBadge } from './effects';
import { saveReading } from './readings';
import { answerStatusRows, type StatusAnswer } from './status-page';

export interface RouterEffects {
  /** Brings the troubleshooting flow to the front: the open flow tab, else a new one. */
  openFlow: () => Promise<void>;
}

/**
 * Checks a reading with the same schema storage reads use, so what is stored is always readable,
 * and stores it; false when it is refused, or storage refuses it (full, or dated ahead of the
 * clock). The badge follows what was stored: the worker listens to no storage change (it would
 * wake at every popup click).
 */
async function keep(site: Site, observation: unknown): Promise<boolean> {
  const checked = site.schema.safeParse(observation);
  const stored = checked.success && (await saveReading(site, checked.data));
  if (stored) await showBadge(stored);
  return !!stored;
}

/**
 * Validates before any handler runs. An unexpected message or sender is answered with
 * `undefined`/`{ ok: false }` and changes nothing, so a misbehaving page cannot crash the worker.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  effects: RouterEffects,
): Promise<{ ok: boolean } | StatusAnswer | undefined> {
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
  if (request.type === 'status-rows') {
    return answerStatusRows(request, sender.url!, (observation: Observation) =>
      keep(site, observation),
    );
  }
  return { ok: await keep(site, request.observation) };
}
