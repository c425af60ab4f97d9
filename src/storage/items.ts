import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { STORED_VERSION as VERSION } from './version';

/**
 * Every value the extension's pages read, in one place (the status hint's dismissal, which
 * only the status page's script and the worker use, is in hint-dismissal.ts). Each item is
 * versioned from 1 so that a later shape change ships with a migration instead of breaking
 * saved progress.
 *
 * Items are typed `unknown` on purpose: an older build, a sync glitch, a hand edit or a full
 * disk can leave anything there, so every read goes through its checker (observations.ts,
 * session.ts, below). No fallback value either: after "Delete all data" an item is absent,
 * and absent must read as "nothing", never as a default that looks like data.
 */

/** The latest reading per site (`{ status?, icloud? }`), written by the background only. */
export const observationsItem = storage.defineItem<unknown>('local:observations', {
  version: VERSION,
});

/** The troubleshooting session (answers, steps tried), written by the popup. */
export const sessionItem = storage.defineItem<unknown>('local:session', { version: VERSION });

/** The language chosen in the popup. */
export const preferencesItem = storage.defineItem<unknown>('local:preferences', {
  version: VERSION,
});

/**
 * Stores an item's value together with the version of its shape, in one write. The storage
 * library writes the version only when the item was empty: a value saved over one a newer build
 * stored (the extension downgraded) kept the newer version, and that build, back again, would
 * take this version's value for its own shape and skip the migration that reads it. `mark`: the
 * newer version's mark, for a write that keeps that version's values (version.ts, isNewerMark).
 */
export function writeItem(
  item: { key: string },
  value: unknown,
  mark: unknown = { v: VERSION },
): Promise<void> {
  const key = item.key.replace(/^local:/, '');
  return browser.storage.local.set({ [key]: value, [`${key}$`]: mark });
}
