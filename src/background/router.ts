import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { ContentToBackground } from '../messaging/protocol';
import { observationsItem } from '../storage/items';

/** Only our own content scripts, on the pages their manifest entries allow, may write observations. */
const TRUSTED_ORIGINS = new Set(['https://www.apple.com', 'https://www.icloud.com']);

export function isTrustedSender(sender: Runtime.MessageSender, ownId: string): boolean {
  if (sender.id !== ownId || !sender.url) return false;
  try {
    return TRUSTED_ORIGINS.has(new URL(sender.url).origin);
  } catch {
    return false;
  }
}

/**
 * Validates before any handler runs; an unexpected message is dropped (resolved as undefined)
 * rather than thrown, so a misbehaving page can never crash the worker.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string = browser.runtime.id,
): Promise<{ ok: boolean } | undefined> {
  if (!isTrustedSender(sender, ownId)) return undefined;
  const parsed = ContentToBackground.safeParse(message);
  if (!parsed.success) return { ok: false };
  const { observation } = parsed.data;
  const current = await observationsItem.getValue();
  await observationsItem.setValue({ ...current, [observation.kind]: observation });
  return { ok: true };
}
