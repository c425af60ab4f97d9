import { storage } from 'wxt/utils/storage';
import type { Observation } from '../pages/observation';
import type { ObservedSite } from '../messaging/protocol';

/**
 * Every value this extension stores, in one place. Each item is versioned from 1 so that a
 * later shape change ships with a migration instead of breaking saved progress.
 */
export type ObservationsBySite = Partial<Record<ObservedSite, Observation>>;

export const observationsItem = storage.defineItem<ObservationsBySite>('local:observations', {
  fallback: {},
  version: 1,
});

/**
 * The situation (verdict and start) for which the status-page hint was dismissed. A new
 * situation shows the hint again, so dismissing "all clear" never hides a later outage.
 */
export const hintDismissedItem = storage.defineItem<string | null>('local:hintDismissed', {
  fallback: null,
  version: 1,
});

/** Keys of every item above, for "Delete all data this extension stored". */
export const allStorageItems = [observationsItem, hintDismissedItem] as const;
