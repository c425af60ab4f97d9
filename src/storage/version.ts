/**
 * The version of the stored items' shape this build writes and reads, stored beside each item
 * under its key followed by "$" (`session$: { v: 1 }`). Apart from items.ts, which loads the
 * storage library, so the popup's first screen can tell a newer build's item without it.
 */
export const STORED_VERSION = 1;

/** The version a stored "$" value names, or undefined when it names none. */
export function storedVersionOf(meta: unknown): number | undefined {
  const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
