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

/**
 * Whether a stored "$" value names a newer version than this build's. A write that keeps what
 * that version stored beside its own change (its readings, its settings) keeps that mark too:
 * stamped with this version instead, the newer build, back again, would take its own values for
 * this version's shape and migrate them a second time.
 */
export const isNewerMark = (meta: unknown): boolean => isNewerVersion(storedVersionOf(meta));

/** Whether a stored version is newer than this build's; an item that names none is this build's. */
export const isNewerVersion = (version: number | undefined): boolean =>
  (version ?? STORED_VERSION) > STORED_VERSION;
