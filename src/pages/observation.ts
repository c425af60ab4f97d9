/**
 * What the page readers report: the types of `observation-schema.ts`, plus the plain helpers
 * readers and the popup share. Plain JSON-serializable data: it crosses the messaging layer
 * and is stored, so no classes, Dates or undefined-vs-missing subtleties beyond optional keys.
 *
 * Rule for every reader: what cannot be read is omitted or `unknown`, never guessed. A reader
 * never throws on page content and never reports `available` for a light it did not recognize.
 */

/** Bumped whenever a parser's output for the same input changes meaning. */
export const PARSER_VERSION = 1;

import type { Observation, UnknownObservation } from './observation-schema';

// Types only: the schema (zod) stays out of the content scripts that produce readings.
export type {
  AppleStatusObservation,
  EventStatus,
  EventType,
  IcloudStorageObservation,
  Observation,
  ServiceObservation,
  StatusEvent,
  StorageAmount,
  StorageCategory,
  StorageUnit,
  UnknownObservation,
} from './observation-schema';
export type { ServiceId, ServiceState, StorageCategory as StorageCategoryId } from '../vocab';

export const STATUS_MAX_AGE_MS = 30 * 60 * 1000;
export const STORAGE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Clocks drift between devices and saved files; beyond this a future timestamp is not trusted. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Whether the popup should present an observation as out of date. Status moves fast (30 min),
 * storage slowly (7 days). An unreadable or far-future timestamp counts as stale, and so does
 * an `unknown` observation, which has nothing worth showing as current.
 */
export function isStale(observation: Observation, now: Date): boolean {
  if (observation.kind === 'unknown') return true;
  const age = now.getTime() - Date.parse(observation.observedAt);
  if (!Number.isFinite(age) || age < -FUTURE_TOLERANCE_MS) return true;
  const maxAge = observation.kind === 'apple-status' ? STATUS_MAX_AGE_MS : STORAGE_MAX_AGE_MS;
  return age > maxAge;
}

/** What every reading carries: the page, when it was read, by which parser version. */
export function readingMeta(url: string, now: Date) {
  return { url, observedAt: now.toISOString(), parserVersion: PARSER_VERSION };
}

export function unknownObservation(url: string, now: Date, reason: string): UnknownObservation {
  return { kind: 'unknown', ...readingMeta(url, now), reason };
}
