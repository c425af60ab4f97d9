/**
 * Closed vocabularies that both the page readers and the knowledge use. Plain constants with no
 * imports, so the content scripts (which must stay free of zod) and the engine share one list;
 * the schemas on either side are built on these.
 */

/** Stable ids for the Apple services that matter to iCloud Backup, in the order the hint lists them. */
export const SERVICE_IDS = [
  'icloud-backup',
  'icloud-account-sign-in',
  'icloud-storage-upgrades',
  'icloud-drive',
  'icloud-web-apps',
  'photos',
  'icloud-mail',
  'icloud-keychain',
  'apple-account',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** A service light on Apple's System Status page, and so the status the engine knows. */
export const SERVICE_STATES = ['available', 'issue', 'outage', 'maintenance', 'unknown'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

/** The states that mean a current problem (resolved or upcoming events are not). */
export const PROBLEM_STATES = ['issue', 'outage', 'maintenance'] as const;
const PROBLEM_SET: ReadonlySet<unknown> = new Set(PROBLEM_STATES);
export function isCurrentProblem(state: unknown): state is (typeof PROBLEM_STATES)[number] {
  return PROBLEM_SET.has(state);
}

/**
 * Storage categories, named as icloud.com's own data names them (its `mediaKey`s), with
 * `other` for everything else (Apple's "Family" share among them). Readers, facts, the
 * knowledge and the storage panel all use these.
 */
export const STORAGE_CATEGORIES = [
  'photos',
  'backup',
  'docs',
  'mail',
  'messages',
  'other',
] as const;
export type StorageCategory = (typeof STORAGE_CATEGORIES)[number];
