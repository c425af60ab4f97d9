import { applyObservations, type SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { isRecord } from '../pages/json-text';
import { readObservations, type ObservationsBySite } from '../storage/observations';
import { isPrototypeName, isUnknownField } from '../storage/salvage';
import { restorePreferences, restoreSession, Session } from '../storage/session';
import { isNewerVersion } from '../storage/version';
import { readStoredValues, type StoredValues } from './stored-values';

export function withReadings(session: Session, observations: ObservationsBySite, now: Date) {
  const { facts, readings } = applyObservations(session.facts, observations, now);
  return { session: { ...session, facts }, readings };
}

export interface StoredFlow {
  session: Session;
  readings: SiteReading[];
  /** The valid readings, for writing back when a damaged one was dropped. */
  observations: ObservationsBySite;
  /** What was stored but invalid and left out (see flow/dropped.ts for the paths). */
  dropped: string[];
  /**
   * Those of `dropped` that are damage of the session itself: only that keeps another window's
   * save from being taken over (use-flow.ts). A reading or a language this version cannot read
   * stays so, and would otherwise keep two windows from following each other for good.
   */
  sessionDropped: string[];
  /** Those of `dropped` that are the stored language, written back without it (use-flow.ts). */
  preferencesDropped: string[];
  chosenLocale: Locale | undefined;
  loadedAt: Date;
  /**
   * The session was saved by a newer version of the extension (a later shape, or fields this one
   * does not know): writing this version's session over it loses what only the newer one records.
   */
  newer: boolean;
}

/**
 * Whether `stored` holds a name that `kept` lacks, at any depth: a field this version does not
 * know, left out by its checks (named, or without a word where the schema drops it). A name of
 * the prototype is no field of any version (isPrototypeName).
 */
function holdsMore(stored: unknown, kept: unknown): boolean {
  if (Array.isArray(stored)) {
    return Array.isArray(kept) && stored.some((item, i) => holdsMore(item, kept[i]));
  }
  if (!isRecord(stored) || !isRecord(kept)) return false;
  return Object.keys(stored).some((key) =>
    Object.hasOwn(kept, key) ? holdsMore(stored[key], kept[key]) : !isPrototypeName(key),
  );
}

/**
 * Session, page readings and preferences as stored (one round trip, stored-values.ts), each
 * checked on its own and combined the same way for the popup and the print page. What cannot
 * be read is left out and named in `dropped`; `values` undefined means storage failed. Checks
 * only: the caller decides what to save.
 */
export function restoreStoredFlow(values: StoredValues | undefined, loadedAt: Date): StoredFlow {
  const {
    session: storedSession,
    observations,
    preferences: storedPreferences,
  } = values ?? {
    session: null,
    observations: null,
    preferences: null,
  };
  const restored = restoreSession(storedSession, loadedAt);
  // Fields a newer version added are no damage: nothing is lost while they stay stored, and what
  // writing over them leaves out is said when that happens (use-flow.ts).
  const added = (path: string) => path !== 'session' && isUnknownField(Session, path);
  // Damage elsewhere in the session does not make those fields any less the newer version's:
  // such a session is not written back on opening either, and its damage is named all the same.
  const newer =
    isNewerVersion(values?.sessionVersion) ||
    restored.dropped.some(added) ||
    (restored.dropped.length === 0 && holdsMore(storedSession, restored.session));
  const damaged = newer ? restored.dropped.filter((path) => !added(path)) : restored.dropped;
  const read = readObservations(observations);
  // Under a newer version's mark, a reading or a language this one cannot read is in that
  // version's shape: it stays stored for it (storeObservations, savePreferences), so naming it as
  // left out would be untrue, and on every opening.
  const readingsDropped = isNewerVersion(values?.observationsVersion) ? [] : read.dropped;
  const preferences = restorePreferences(storedPreferences);
  const { session, readings } = withReadings(restored.session, read.observations, loadedAt);
  const sessionDropped = values ? damaged : ['session'];
  const preferencesDropped = isNewerVersion(values?.preferencesVersion) ? [] : preferences.dropped;
  return {
    session,
    readings,
    observations: read.observations,
    dropped: [
      ...sessionDropped,
      ...readingsDropped.map((site) => `reading.${site}`),
      ...preferencesDropped,
    ],
    sessionDropped,
    preferencesDropped,
    chosenLocale: preferences.preferences.locale,
    loadedAt,
    newer,
  };
}

/** The stored flow, read and checked. Never rejects. */
export async function loadStoredFlow(): Promise<StoredFlow> {
  const values = await readStoredValues();
  return restoreStoredFlow(values, new Date());
}
