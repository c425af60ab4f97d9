import type { Runtime } from 'webextension-polyfill';
import { ContentToBackground, type ObservedSite } from '../messaging/protocol';
import { observationsItem } from '../storage/items';

/** Each reader may only speak for the site its manifest entry runs on. */
const SITE_ORIGINS: Record<ObservedSite, string> = {
  status: 'https://www.apple.com',
  icloud: 'https://www.icloud.com',
};

function senderOrigin(sender: Runtime.MessageSender, ownId: string): string | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  try {
    return new URL(sender.url).origin;
  } catch {
    return undefined;
  }
}

export interface RouterEffects {
  ownId: string;
  /** Brings the troubleshooting flow to the front (popup where possible, else a tab). */
  openFlow: () => Promise<void>;
}

/**
 * Validates before any handler runs. An unexpected message or sender is answered with
 * `undefined`/`{ ok: false }` and changes nothing, so a misbehaving page cannot crash the worker.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  effects: RouterEffects,
): Promise<{ ok: boolean } | undefined> {
  const origin = senderOrigin(sender, effects.ownId);
  if (!origin || !Object.values(SITE_ORIGINS).includes(origin)) return undefined;
  const parsed = ContentToBackground.safeParse(message);
  if (!parsed.success) return { ok: false };
  const request = parsed.data;
  if (request.type === 'open-flow') {
    await effects.openFlow();
    return { ok: true };
  }
  if (SITE_ORIGINS[request.site] !== origin) return { ok: false };
  const current = await observationsItem.getValue();
  await observationsItem.setValue({ ...current, [request.site]: request.observation });
  return { ok: true };
}
