import { storage } from 'wxt/utils/storage';

/**
 * Every value this extension stores, in one place. Each item is versioned from 1 so that a
 * later shape change ships with a migration instead of breaking saved progress.
 *
 * Items are typed `unknown` on purpose: an older build, a sync glitch, a hand edit or a full
 * disk can leave anything there, so every read goes through its checker (observations.ts,
 * session.ts, below). No fallback value either: after "Delete all data" an item is absent,
 * and absent must read as "nothing", never as a default that looks like data.
 *
 * This module is plain (no zod): the status page's content script imports it for the hint.
 */

/** The latest reading per site (`{ status?, icloud? }`), written by the background only. */
export const observationsItem = storage.defineItem<unknown>('local:observations', {
  version: 1,
});

/** The troubleshooting session (answers, steps tried), written by the popup. */
export const sessionItem = storage.defineItem<unknown>('local:session', { version: 1 });

/** The language chosen in the popup. */
export const preferencesItem = storage.defineItem<unknown>('local:preferences', { version: 1 });

const hintDismissedRaw = storage.defineItem<unknown>('local:hintDismissed', { version: 1 });

/** Longer than any real situation key (`verdict|state|ISO time`, about 60 characters). */
const MAX_SITUATION_LENGTH = 200;

/** A stored dismissal, or null when there is none or it is not one. */
export function readDismissedSituation(stored: unknown): string | null {
  return typeof stored === 'string' && stored.length <= MAX_SITUATION_LENGTH ? stored : null;
}

/**
 * The situation (verdict and start) for which the status-page hint was dismissed. A new
 * situation shows the hint again, so dismissing "all clear" never hides a later outage.
 */
export const hintDismissedItem = {
  // Never rejects: the hint must not break the page, and a lost dismissal only shows it again.
  getValue: (): Promise<string | null> =>
    hintDismissedRaw.getValue().then(readDismissedSituation, () => null),
  setValue: (situation: string): Promise<void> =>
    hintDismissedRaw.setValue(situation).catch(() => undefined),
};
