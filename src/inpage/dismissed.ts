import type { ExtensionApi } from './extension-api';

/**
 * The status hint's dismissal, read and written without the storage library (it would triple
 * the content script). This is the storage key of `hintDismissedItem` in src/storage/items.ts;
 * a unit test checks that both read what the other wrote.
 */
const KEY = 'hintDismissed';
/** A situation id is "<verdict>|<state>|<ISO time>"; anything longer was not written by us. */
const MAX_LENGTH = 100;

export async function dismissedSituation(api: ExtensionApi): Promise<string | null> {
  const value = (await api.storage.local.get(KEY))[KEY];
  return typeof value === 'string' && value.length <= MAX_LENGTH ? value : null;
}

export async function rememberDismissed(api: ExtensionApi, situation: string): Promise<void> {
  await api.storage.local.set({ [KEY]: situation });
}
