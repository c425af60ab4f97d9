/**
 * What the page readers report. Plain JSON-serializable data: it crosses the messaging layer
 * and is stored, so no classes, Dates or undefined-vs-missing subtleties beyond optional keys.
 *
 * Rule for every reader: what cannot be read is omitted or `unknown`, never guessed. A reader
 * never throws on page content and never reports `available` for a light it did not recognize.
 */

/** Bumped whenever a parser's output for the same input changes meaning. */
export const PARSER_VERSION = 1;

export type ServiceState = 'available' | 'issue' | 'outage' | 'maintenance' | 'unknown';
export type EventType = 'issue' | 'outage' | 'performance' | 'maintenance' | 'unknown';
export type EventStatus = 'ongoing' | 'resolved' | 'upcoming' | 'completed' | 'unknown';

/** Stable ids for the Apple services that matter to iCloud Backup, whatever the page language. */
export type CanonicalId =
  | 'icloud-backup'
  | 'icloud-account-sign-in'
  | 'icloud-storage-upgrades'
  | 'icloud-drive'
  | 'icloud-web-apps'
  | 'photos'
  | 'icloud-mail'
  | 'icloud-keychain'
  | 'apple-account';

export interface StatusEvent {
  type: EventType;
  status: EventStatus;
  /** From link labels such as "2 Issues"; absent when the label has no number. */
  count?: number;
  /** ISO 8601; only from feeds, and only when the epoch is plausible. */
  start?: string;
  end?: string;
  /** Apple's public event text (feeds only). */
  message?: string;
}

export interface ServiceObservation {
  /** As displayed, entities decoded, accessibility suffix removed. */
  name: string;
  id?: CanonicalId;
  state: ServiceState;
  events: StatusEvent[];
}

export interface AppleStatusObservation {
  kind: 'apple-status';
  source: 'apple-status';
  /** Whether the services came from the rendered page or from a saved feed file. */
  format: 'page' | 'feed';
  url: string;
  observedAt: string;
  parserVersion: number;
  services: ServiceObservation[];
  icloudBackup: { state: ServiceState; since?: string };
  /** Machine-readable notes about what could not be read (never page text). */
  problems?: string[];
}

export type StorageUnit = 'KB' | 'MB' | 'GB' | 'TB';

/**
 * A size as displayed. Apple shows decimal units for usage (1 GB = 10^9 bytes) but names
 * plan sizes in round "GB" that are binary in the data (the free "5 GB" is 5 GiB =
 * 5,368,709,120 bytes). Rule here: bytes parsed from TEXT always use decimal multipliers
 * (KB 10^3 ... TB 10^12) and the displayed value and unit are kept next to them, so the
 * engine can allow for the ~7% gap near a plan's limit. Bytes from Apple's JSON are exact.
 */
export interface StorageAmount {
  value: number;
  unit: StorageUnit;
  bytes: number;
}

export type StorageCategoryId =
  'photos' | 'backups' | 'documents' | 'mail' | 'messages' | 'family' | 'other';

export interface StorageCategory {
  id: StorageCategoryId;
  /** The label as Apple shows it (from a fixed list of known labels, or Apple's JSON). */
  label: string;
  bytes?: number;
  amount?: StorageAmount;
}

export interface IcloudStorageObservation {
  kind: 'icloud-storage';
  source: 'icloud';
  url: string;
  observedAt: string;
  parserVersion: number;
  /** `displayed-decimal`: bytes from visible text (see StorageAmount); `exact`: from Apple's JSON. */
  basis: 'displayed-decimal' | 'exact';
  usedBytes?: number;
  totalBytes?: number;
  used?: StorageAmount;
  total?: StorageAmount;
  /** Normalized, e.g. "iCloud+ 50 GB". */
  plan?: string;
  categories: StorageCategory[];
  /** Only from Apple's JSON (`quotaStatus`). */
  quota?: { overQuota?: boolean; almostFull?: boolean; paid?: boolean };
  problems?: string[];
}

export interface UnknownObservation {
  kind: 'unknown';
  url: string;
  observedAt: string;
  parserVersion: number;
  /** Fixed, machine-readable reason (never page text). */
  reason: string;
}

export type Observation = AppleStatusObservation | IcloudStorageObservation | UnknownObservation;

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

export function unknownObservation(url: string, now: Date, reason: string): UnknownObservation {
  return {
    kind: 'unknown',
    url,
    observedAt: now.toISOString(),
    parserVersion: PARSER_VERSION,
    reason,
  };
}
