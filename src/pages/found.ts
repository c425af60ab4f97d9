/**
 * A registry of modules found by folder: Vite bundles hand over what `import.meta.glob` found
 * (the call must stay literal where it is made, so it is passed in as `glob`); Node without
 * Vite, where the call throws, provides them itself (src/cli/sites.ts). A later item with the
 * same key replaces the earlier one.
 */
export function foundByFolder<T>(keyOf: (item: T) => string, glob: () => Record<string, T>) {
  const items = new Map<string, T>();
  const provide = (list: Iterable<T>) => {
    for (const item of list) items.set(keyOf(item), item);
  };
  try {
    provide(Object.values(glob()));
  } catch {
    // Not built by Vite: import.meta.glob does not exist.
  }
  return { provide, all: () => [...items.values()], get: (key: string) => items.get(key) };
}
