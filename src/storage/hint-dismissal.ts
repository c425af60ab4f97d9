import type { ExtensionApi } from '../inpage/extension-api';

/** The storage API both sides use: the worker's `browser`, the content script's `chrome`. */
type StorageApi = Pick<ExtensionApi, 'storage'>;

/**
 * The status hint's dismissal, and the one place its storage key is named. The status page's
 * script writes it when the user dismisses the hint; the worker reads it when it answers the
 * page's rows with the hint (src/background/status-page.ts), so the page's script touches no
 * storage on load.
 * Both go without the storage library (it would triple the content script). The extension's
 * pages never read it; "Delete all data" clears it with everything else.
 */
const KEY = 'hintDismissed';

/**
 * Whether the user dismissed the hint of this situation (hintSituation) last. Anything else
 * stored, or a failed read, is "no": the hint then shows again, which is all a lost dismissal
 * costs, and a new situation is never hidden by an old one.
 */
export async function isDismissed(api: StorageApi, situation: string): Promise<boolean> {
  // Awaited inside the try: a storage call can also throw at once (the extension was reloaded
  // under the page), and the page's message would then go unanswered.
  try {
    return (await api.storage.local.get(KEY))[KEY] === situation;
  } catch {
    return false;
  }
}

/** Never rejects: a dismissal that cannot be stored only lets the hint show again next time. */
export async function rememberDismissed(api: StorageApi, situation: string): Promise<void> {
  try {
    await api.storage.local.set({ [KEY]: situation });
  } catch {
    // Nothing to do: the hint shows again next time.
  }
}
