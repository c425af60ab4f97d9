import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a screen's heading when it appears, so keyboard and screen-reader users land
 * on the new content instead of on a button that no longer exists. The page goes back to its
 * top first: a new screen starts at its beginning, wherever the last one was scrolled to.
 */
export function useFocusOnMount<T extends HTMLElement>(dependency?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [dependency]);
  return ref;
}

/**
 * Moves focus to the step that replaced the one just marked, and brings its top into view: its
 * title and warnings come before its buttons, and the old step's buttons are gone.
 */
export function useFocusWhenReplacing<T extends HTMLElement>(replacing: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!replacing) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
