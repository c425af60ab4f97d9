/**
 * The few extension APIs the content scripts use, without a polyfill: Firefox's `browser` and
 * Chrome MV3's `chrome` both return promises for these calls.
 */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/**
 * Firefox's `browser` when it is the real one, else `chrome`. An element with id="browser" on
 * the page shows up as a `browser` global in the content script's world too (named access on
 * window); the real API object is a plain object, a DOM element never is.
 */
export function extensionApi(global: Record<string, unknown> = globalThis as never): ExtensionApi {
  const browser = global.browser;
  const real =
    typeof browser === 'object' &&
    browser !== null &&
    Object.getPrototypeOf(browser) === Object.prototype;
  return (real ? browser : global.chrome) as ExtensionApi;
}
