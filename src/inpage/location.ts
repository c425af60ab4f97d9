/** A burst of in-app navigations (or a page pushing history in a loop) is read once. */
export const NAVIGATION_SETTLE_MS = 300;
/** Where the Navigation API is missing (older Firefox), the address is compared this often. */
const POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `onChange` once the address of this single-page app has changed and stayed put for
 * NAVIGATION_SETTLE_MS. Events from the Navigation API only wake it; the address is compared
 * after the pause, so history entries that change nothing cost nothing. Nothing is dispatched
 * to the page.
 */
export function watchLocation(
  onChange: () => void,
  signal: AbortSignal,
  win: Pick<
    Window,
    'location' | 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'
  > & {
    navigation?: NavigationLike;
  } = window as never,
): void {
  let last = win.location.href;
  let timer: number | undefined;
  const settle = () => {
    timer = undefined;
    if (signal.aborted || win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const wake = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(settle, NAVIGATION_SETTLE_MS);
  };
  signal.addEventListener('abort', () => win.clearTimeout(timer));
  if (typeof win.navigation?.addEventListener === 'function') {
    win.navigation.addEventListener('navigate', wake, { signal });
  } else {
    const poll = win.setInterval(settle, POLL_MS);
    signal.addEventListener('abort', () => win.clearInterval(poll));
  }
}

/** Longer paths are not Apple's: the reading then names only the site. */
const MAX_ADDRESS_LENGTH = 300;

/**
 * The address a reading names: without query and fragment (a crafted link can make those
 * megabytes long, and they say nothing about what was read) and bounded in length.
 */
export function pageAddress(where: Pick<Location, 'origin' | 'pathname'> = location): string {
  const address = where.origin + where.pathname;
  return address.length <= MAX_ADDRESS_LENGTH ? address : `${where.origin}/`;
}
