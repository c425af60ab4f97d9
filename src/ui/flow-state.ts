import { storage } from 'wxt/utils/storage';
import { applyObservations, type SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { observationsItem, preferencesItem, sessionItem } from '../storage/items';
import { readObservations, type ObservationsBySite } from '../storage/observations';
import { restorePreferences, restoreSession, type Session } from '../storage/session';

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

async function storedValues(): Promise<[unknown, unknown, unknown] | undefined> {
  try {
    const [s, o, p] = await storage.getItems([sessionItem, observationsItem, preferencesItem]);
    return [s?.value, o?.value, p?.value];
  } catch {
    return undefined;
  }
}

/**
 * Session, page readings and preferences in one storage round trip, each checked on its own
 * and combined the same way for the popup and the print page. Never rejects: what cannot be
 * read is left out and named in `dropped`. Reads only: the caller decides what to save.
 */
export async function loadStoredFlow(): Promise<StoredFlow> {
  const values = await storedValues();
  const loadedAt = new Date();
  const [storedSession, storedObservations, storedPreferences] = values ?? [null, null, null];
  const restored = restoreSession(storedSession, loadedAt);
  const read = readObservations(storedObservations);
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
