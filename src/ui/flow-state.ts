import { applyObservations, type SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { readObservations, type ObservationsBySite } from '../storage/observations';
import { restorePreferences, restoreSession, type Session } from '../storage/session';
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
  chosenLocale: Locale | undefined;
  loadedAt: Date;
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
  const read = readObservations(observations);
  const preferences = restorePreferences(storedPreferences);
  const { session, readings } = withReadings(restored.session, read.observations, loadedAt);
  return {
    session,
    readings,
    observations: read.observations,
    dropped: [
      ...(values ? restored.dropped : ['session']),
      ...read.dropped.map((site) => `reading.${site}`),
      ...preferences.dropped,
    ],
    chosenLocale: preferences.preferences.locale,
    loadedAt,
  };
}

/** The stored flow, read and checked. Never rejects. */
export async function loadStoredFlow(): Promise<StoredFlow> {
  const values = await readStoredValues();
  return restoreStoredFlow(values, new Date());
}
