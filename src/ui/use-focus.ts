import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a screen's heading when it appears, so keyboard and screen-reader users land
 * on the new content instead of on a button that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>(dependency?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [dependency]);
  return ref;
}
