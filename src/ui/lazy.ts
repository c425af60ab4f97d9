import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded the first time it is `wanted` and kept after: screens and tools most people
 * never open stay out of what the popup loads before its first screen.
 */
export function useLazy<T extends object>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  useEffect(() => {
    if (wanted && !loaded) void load().then(setLoaded);
  }, [wanted]);
  return loaded;
}
