import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis } from '../engine/types';
import type { SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { observationsItem } from '../storage/items';
import {
  newSession,
  preferencesItem,
  sessionItem,
  type RestoreNotice,
  type Session,
} from '../storage/session';
import { loadStoredFlow, withReadings } from './flow-state';

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
    void loadStoredFlow().then((loaded) => {
      setNow(loaded.loadedAt);
      setState({
        ready: true,
        session: loaded.session,
        readings: loaded.readings,
        notice: loaded.notice,
        chosenLocale: loaded.chosenLocale,
      });
      void sessionItem.setValue(loaded.session);
    });
    // A page read while the popup is open (e.g. the flow in a tab) updates the answers live.
    return observationsItem.watch((next) => {
      // Removed (by "Delete all data"): nothing to apply, and nothing must be written back.
      if (!next) return setState((current) => ({ ...current, readings: [] }));
      const at = new Date();
      setNow(at);
      setState((current) => {
        if (!current.ready) return current;
        const { session, readings } = withReadings(current.session, next, at);
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
