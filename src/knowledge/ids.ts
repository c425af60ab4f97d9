/**
 * Closed vocabularies shared by the knowledge data, the facts schema and the engine. They live in
 * code (not in content/) so that TypeScript can check every use; the meta-tests check that the
 * data defines exactly these ids.
 */

export const CAUSE_IDS = [
  'storage_full',
  /** The iPhone or iPad itself is out of space: a different thing from iCloud storage. */
  'device_storage_low',
  'network',
  'power_or_lock',
  'ios_outdated',
  'ios_beta',
  'apple_outage',
  'account_auth',
  'backup_disabled',
  'app_data_too_large',
  'corrupted_backup',
  'corrupted_local_data',
  'sideloaded_apps',
  'restrictions_or_profile',
  'hardware_fault',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** What the user sees, from the guides' symptom table plus the stuck-progress reports. */
export const SYMPTOM_IDS = [
  'stops_at_percent',
  'could_not_be_created',
  'zero_kb',
  'no_backup_date',
  'weeks_old',
  'restore_fails',
  'stuck_estimating',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];

export { STORAGE_CATEGORIES, type StorageCategory } from '../vocab';

export const WIFI_STATES = ['stable', 'unstable', 'hotspot', 'none'] as const;
export const POWER_STATES = ['charging', 'battery'] as const;
export { SERVICE_STATES as APPLE_STATUS, PROBLEM_STATES as APPLE_PROBLEM_STATES } from '../vocab';
/** A coarse storage answer for people who cannot read exact numbers. */
export const STORAGE_STATES = ['full', 'almost_full', 'plenty'] as const;
export const STEP_OUTCOMES = ['fixed', 'no_change', 'skipped'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];
/** How much a step changes on the device or account, least first (plan order uses it). */
export const DISRUPTIONS = ['none', 'low', 'medium', 'high'] as const;
export type Disruption = (typeof DISRUPTIONS)[number];
/** An iOS or iPadOS version as Settings shows it: "17", "16.3", "16.3.1". */
export const IOS_VERSION_PATTERN = /^\d{1,2}(\.\d{1,2}){0,2}$/;
/**
 * `check` steps only look (storage, status page, Wi-Fi); "no change" on one is never evidence
 * against a cause. `fix` steps change something; `wait` is only for a problem Apple reports.
 */
export const STEP_KINDS = ['check', 'fix', 'wait', 'escalation', 'alternative'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;

export type Locale = (typeof LOCALES)[number];

/** A locale as a `lang` attribute: the Chinese texts are Simplified, which "zh" alone does not say. */
export const htmlLang = (locale: Locale): string => (locale === 'zh' ? 'zh-Hans' : locale);

/**
 * Languages whose alert wording the matcher knows (content/knowledge/alerts.json). Wider than
 * LOCALES: people paste what their device shows, whatever language the popup speaks.
 */
export const ALERT_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ja',
  'zh',
  'ko',
  'ru',
  'pl',
  'sv',
  'da',
  'nb',
  'tr',
  'cs',
  'fi',
  'uk',
  'el',
  'ro',
  'hu',
  'vi',
  'id',
  'ar',
  'he',
  'th',
  'hi',
] as const;
export type AlertLanguage = (typeof ALERT_LANGUAGES)[number];
