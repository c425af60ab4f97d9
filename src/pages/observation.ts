/**
 * What the page readers report, and the plain helpers readers and the receiving side share.
 * Plain JSON-serializable data: it crosses the messaging layer and is stored, so no classes,
 * Dates or undefined-vs-missing subtleties beyond optional keys.
 *
 * Rule for every reader: what cannot be read is omitted or `unknown`, never guessed. A reader
 * never throws on page content and never reports `available` for a light it did not recognize.
 */

import type { Observation, UnknownObservation } from './observation-schema';

/** Bumped whenever a parser's output for the same input changes meaning. */
export const PARSER_VERSION = 1;

// Types only: the schemas (zod) stay out of the content scripts that produce readings.
export type { Observation, UnknownObservation } from './observation-schema';
export type {
  AppleStatusObservation,
  EventStatus,
  EventType,
  ServiceObservation,
  StatusEvent,
} from './apple-status/schema';
export type {
  IcloudStorageObservation,
  StorageAmount,
  StorageCategory,
  StorageUnit,
} from './icloud/schema';
export type { ServiceId, ServiceState, StorageCategory as StorageCategoryId } from '../vocab';

/** Clocks drift between devices and saved files; beyond this a future timestamp is not trusted. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Whether a reading should be presented as out of date, given how long its site's readings
 * stay current. An unreadable or far-future timestamp counts as stale, and so does an
 * `unknown` reading, which has nothing worth showing as current.
 */
export function isStale(observation: Observation, maxAgeMs: number, now: Date): boolean {
  if (observation.kind === 'unknown') return true;
  const age = now.getTime() - Date.parse(observation.observedAt);
  if (!Number.isFinite(age) || age < -FUTURE_TOLERANCE_MS) return true;
  return age > maxAgeMs;
}

/** What every reading carries: the page, when it was read, by which parser version. */
export function readingMeta(url: string, now: Date) {
  return { url, observedAt: now.toISOString(), parserVersion: PARSER_VERSION };
}

export function unknownObservation(url: string, now: Date, reason: string): UnknownObservation {
  return { kind: 'unknown', ...readingMeta(url, now), reason };
}
