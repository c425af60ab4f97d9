import { storage } from 'wxt/utils/storage';
import { applyObservations, type SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { observationsItem, type ObservationsBySite } from '../storage/items';
import {
  preferencesItem,
  restorePreferences,
  restoreSession,
  sessionItem,
  type RestoreNotice,
  type Session,
} from '../storage/session';

export function withReadings(session: Session, observations: ObservationsBySite, now: Date) {
  const { facts, readings } = applyObservations(session.facts, observations, now);
  return { session: { ...session, facts }, readings };
}

export interface StoredFlow {
  session: Session;
  readings: SiteReading[];
  notice: RestoreNotice;
  chosenLocale: Locale | undefined;
  loadedAt: Date;
}

/**
 * Session, page readings and preferences in one storage round trip, checked and combined the
 * same way for the popup and the print page. Reads only: the caller decides what to save.
 */
export async function loadStoredFlow(): Promise<StoredFlow> {
  const [s, o, p] = await storage.getItems([sessionItem, observationsItem, preferencesItem]);
  const loadedAt = new Date();
  const observations = (o?.value ?? {}) as ObservationsBySite;
  const restored = restoreSession(s?.value, loadedAt);
  const { session, readings } = withReadings(restored.session, observations, loadedAt);
  return {
    session,
    readings,
    notice: restored.notice,
    chosenLocale: restorePreferences(p?.value).locale,
    loadedAt,
  };
}
