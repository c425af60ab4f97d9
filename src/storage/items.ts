import { storage } from 'wxt/utils/storage';
import type { ObservationEnvelope } from '../messaging/protocol';

/**
 * Every value this extension stores, in one place. Each item is versioned from 1 so that a
 * later shape change ships with a migration instead of breaking saved progress.
 */
export type ObservationsByKind = Partial<Record<ObservationEnvelope['kind'], ObservationEnvelope>>;

export const observationsItem = storage.defineItem<ObservationsByKind>('local:observations', {
  fallback: {},
  version: 1,
});

/** Keys of every item above, for "Delete all data this extension stored". */
export const allStorageKeys = ['local:observations'] as const;
