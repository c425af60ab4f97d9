// The browser's own API, not the polyfill that `wxt/browser` is in the popup: Chrome's MV3 and
// Firefox's storage calls return promises, and the polyfill would load before the first screen.
import { browser } from '@wxt-dev/browser';
import { LOCALES, type Locale } from '../i18n';
import { isRecord } from '../pages/json-text';
import { storedVersionOf } from '../storage/version';

/** The raw values of the items the popup reads (src/storage/items.ts), unchecked. */
export interface StoredValues {
  session: unknown;
  observations: unknown;
  preferences: unknown;
  /** The version of its shape the session was saved with (items.ts), if it names one. */
  sessionVersion?: number;
  /** The versions the page readings and the preferences were stored under, if they name one. */
  observationsVersion?: number;
  preferencesVersion?: number;
}

/** What one read gave: `values` undefined when storage could not be read. */
export interface StoredRead {
  values: StoredValues | undefined;
}

/**
 * The storage keys of those items (`local:session` is `session` in `storage.local`), and of their
 * versions, which tell what a newer build saved.
 */
const KEYS = [
  'session',
  'observations',
  'preferences',
  'session$',
  'observations$',
  'preferences$',
] as const;

/**
 * One storage round trip for the popup, started before anything else loads; undefined when
 * storage cannot be read. Checking the values is flow-state.ts's job, which loads later.
 */
export async function readStoredValues(): Promise<StoredValues | undefined> {
  try {
    const got: Record<string, unknown> = await browser.storage.local.get([...KEYS]);
    return {
      session: got.session ?? null,
      observations: got.observations ?? null,
      preferences: got.preferences ?? null,
      sessionVersion: storedVersionOf(got.session$),
      observationsVersion: storedVersionOf(got.observations$),
      preferencesVersion: storedVersionOf(got.preferences$),
    };
  } catch {
    return undefined;
  }
}

const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

/**
 * When these values can only restore to a new start screen (nothing stored, or a session still
 * at the start with no answer; no page reading; no or a valid language), the language to show
 * it in: the popup then shows the start screen before it loads the checks, the engine and the
 * rest. Anything else (progress, readings, damage) waits for the checked flow. The check still
 * runs after; what it reports (a damaged field) is shown then.
 */
export function startPreview(
  values: StoredValues | undefined,
): { chosenLocale: Locale | undefined } | undefined {
  if (!values || values.observations !== null) return undefined;
  const { session, preferences } = values;
  const fresh =
    session === null ||
    (isRecord(session) &&
      session.screen === 'start' &&
      isRecord(session.facts) &&
      Object.keys(session.facts).length === 0);
  if (!fresh) return undefined;
  if (preferences === null) return { chosenLocale: undefined };
  if (!isRecord(preferences)) return undefined;
  if (preferences.locale === undefined) return { chosenLocale: undefined };
  return isLocale(preferences.locale) ? { chosenLocale: preferences.locale } : undefined;
}
