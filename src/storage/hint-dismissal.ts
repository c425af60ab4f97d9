import type { ExtensionApi } from '../inpage/extension-api';

/** The storage API both sides use: the worker's `browser`, the content script's `chrome`. */
type StorageApi = Pick<ExtensionApi, 'storage'>;

/**
 * The status hint's dismissal. The status page's script writes it when the user dismisses the
 * hint; the worker reads it when the hint asks for its texts (src/background/router.ts), so
 * the page's script touches no storage on load. Both go without the storage library (it would
 * triple the content script). This is the storage key of `hintDismissedItem` in
 * src/storage/items.ts; a unit test checks that both read what the other wrote.
 */
const KEY = 'hintDismissed';

/** Whether the user dismissed the hint of this situation (hintSituation) last. */
export async function isDismissed(api: StorageApi, situation: string): Promise<boolean> {
  return (await api.storage.local.get(KEY))[KEY] === situation;
}

export async function rememberDismissed(api: StorageApi, situation: string): Promise<void> {
  await api.storage.local.set({ [KEY]: situation });
}
