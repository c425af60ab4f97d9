import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis } from '../engine/types';
import { applyObservations, type SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { observationsItem, type ObservationsBySite } from '../storage/items';
import {
  newSession,
  preferencesItem,
  restorePreferences,
  restoreSession,
  sessionItem,
  type RestoreNotice,
  type Session,
} from '../storage/session';

export type FlowNotice = RestoreNotice | 'deleted';

export interface Flow {
  ready: boolean;
  session: Session;
  readings: SiteReading[];
  diagnosis: Diagnosis;
  notice: FlowNotice;
  /** The language chosen in the popup, if any (else the browser's). */
  chosenLocale: Locale | undefined;
  now: Date;
  update: (change: (session: Session, now: Date) => Session) => void;
  chooseLocale: (locale: Locale) => void;
  startOver: () => void;
  deleteAllData: () => Promise<void>;
  dismissNotice: () => void;
}

function withReadings(session: Session, observations: ObservationsBySite, now: Date) {
  const { facts, readings } = applyObservations(session.facts, observations, now);
  return { session: { ...session, facts }, readings };
}

/**
 * The popup's whole state. One storage round trip on open (session, readings, preferences
 * together); every change is saved at once, so closing the popup never loses progress.
 */
export function useFlow(): Flow {
  const [now, setNow] = useState(() => new Date());
  const [state, setState] = useState(() => ({
    ready: false,
    session: newSession(now),
    readings: [] as SiteReading[],
    notice: null as FlowNotice,
    chosenLocale: undefined as Locale | undefined,
  }));

  useEffect(() => {
    let observations: ObservationsBySite = {};
    void storage.getItems([sessionItem, observationsItem, preferencesItem]).then(([s, o, p]) => {
      const loadedAt = new Date();
      observations = (o?.value ?? {}) as ObservationsBySite;
      const restored = restoreSession(s?.value, loadedAt);
      const { session, readings } = withReadings(restored.session, observations, loadedAt);
      setNow(loadedAt);
      setState({
        ready: true,
        session,
        readings,
        notice: restored.notice,
        chosenLocale: restorePreferences(p?.value).locale,
      });
      void sessionItem.setValue(session);
    });
    // A page read while the popup is open (e.g. the flow in a tab) updates the answers live.
    return observationsItem.watch((next) => {
      // Removed (by "Delete all data"): nothing to apply, and nothing must be written back.
      if (!next) return setState((current) => ({ ...current, readings: [] }));
      observations = next;
      const at = new Date();
      setNow(at);
      setState((current) => {
        if (!current.ready) return current;
        const { session, readings } = withReadings(current.session, observations, at);
        void sessionItem.setValue(session);
        return { ...current, session, readings };
      });
    });
  }, []);

  const update = useCallback((change: (session: Session, now: Date) => Session) => {
    const at = new Date();
    setNow(at);
    setState((current) => {
      const session = change(current.session, at);
      void sessionItem.setValue(session);
      return { ...current, session, notice: null };
    });
  }, []);

  const chooseLocale = useCallback((locale: Locale) => {
    setState((current) => ({ ...current, chosenLocale: locale }));
    void preferencesItem.setValue({ locale });
  }, []);

  const startOver = useCallback(() => update((_session, at) => newSession(at)), [update]);

  const deleteAllData = useCallback(async () => {
    await browser.storage.local.clear();
    const at = new Date();
    setNow(at);
    setState({
      ready: true,
      session: newSession(at),
      readings: [],
      notice: 'deleted',
      chosenLocale: undefined,
    });
  }, []);

  const dismissNotice = useCallback(() => setState((c) => ({ ...c, notice: null })), []);

  const diagnosis = useMemo(
    () => diagnose(state.session.facts, { now }),
    [state.session.facts, now],
  );

  return {
    ...state,
    diagnosis,
    now,
    update,
    chooseLocale,
    startOver,
    deleteAllData,
    dismissNotice,
  };
}
