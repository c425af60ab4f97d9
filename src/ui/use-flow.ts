import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { showBadge } from '../background/effects';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis } from '../engine/types';
import type { SiteReading } from '../flow/observed-facts';
import type { Locale } from '../i18n';
import { storeObservations, watchObservations } from '../storage/observations';
import { newSession, savePreferences, saveSession, type Session } from '../storage/session';
import { loadStoredFlow, withReadings, type StoredFlow } from './flow-state';

/**
 * What the popup says about stored data instead of failing silently: what a restore left out
 * (paths, see flow/dropped.ts), that everything was deleted, or that saving or deleting failed.
 */
export type FlowNotice =
  | { kind: 'restored'; dropped: string[] }
  | { kind: 'deleted' }
  | { kind: 'unsaved' }
  | { kind: 'delete-failed' }
  | null;

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

type FlowState = Pick<Flow, 'ready' | 'session' | 'readings' | 'notice' | 'chosenLocale'>;

const freshState = (now: Date, notice: FlowNotice): FlowState => ({
  ready: true,
  session: newSession(now),
  readings: [],
  notice,
  chosenLocale: undefined,
});

const loadedState = (loaded: StoredFlow): FlowState => ({
  ready: true,
  session: loaded.session,
  readings: loaded.readings,
  notice: loaded.dropped.length > 0 ? { kind: 'restored', dropped: loaded.dropped } : null,
  chosenLocale: loaded.chosenLocale,
});

type Setter<T> = (next: T | ((current: T) => T)) => void;

/** Loads the stored flow once, then follows new page readings while the popup is open. */
function useStoredFlow(
  setNow: Setter<Date>,
  setState: Setter<FlowState>,
  save: (session: Session) => void,
  stored: Promise<StoredFlow> | undefined,
) {
  useEffect(() => {
    void (stored ?? loadStoredFlow()).then((loaded) => {
      setNow(loaded.loadedAt);
      setState(loadedState(loaded));
      save(loaded.session);
      // The worker sets the badge when it stores a reading; the popup renews it when opened, so
      // a "!" whose reading has grown old goes away.
      void showBadge(loaded.observations);
      // A damaged reading is reported once, not on every open.
      if (loaded.dropped.some((path) => path.startsWith('reading.'))) {
        void storeObservations(loaded.observations);
      }
    });
    // A page read while the popup is open (e.g. the flow in a tab) updates the answers live.
    return watchObservations(({ observations }) => {
      const at = new Date();
      setNow(at);
      setState((current) => {
        if (!current.ready) return current;
        const { session, readings } = withReadings(current.session, observations, at);
        // Only a reading that changed an answer is saved: a removal (after "Delete all data")
        // must never write the session back.
        if (JSON.stringify(session.facts) !== JSON.stringify(current.session.facts)) save(session);
        return { ...current, session, readings };
      });
    });
  }, [setNow, setState, save, stored]);
}

/** The state is fresh before storage is cleared, so nothing old can be written back. */
async function deleteEverything(setNow: Setter<Date>, setState: Setter<FlowState>) {
  const at = new Date();
  setNow(at);
  setState(freshState(at, { kind: 'deleted' }));
  try {
    await browser.storage.local.clear();
    void showBadge(undefined);
  } catch {
    setState((current) => ({ ...current, notice: { kind: 'delete-failed' } }));
  }
}

/**
 * The popup's whole state. One storage round trip on open (session, readings, preferences
 * together, each checked); every change is saved at once, so closing the popup never loses
 * progress, and a save the browser refuses is said, while the state stays in the popup.
 * `stored` is that round trip when the page started it before rendering (entrypoints/popup).
 */
export function useFlow(stored?: Promise<StoredFlow>): Flow {
  const [now, setNow] = useState(() => new Date());
  const [state, setState] = useState<FlowState>(() => ({ ...freshState(now, null), ready: false }));
  const told = useCallback((saved: boolean) => {
    if (!saved) setState((current) => ({ ...current, notice: { kind: 'unsaved' } }));
  }, []);
  const save = useCallback((session: Session) => void saveSession(session).then(told), [told]);

  useStoredFlow(setNow, setState, save, stored);

  const update = useCallback(
    (change: (session: Session, now: Date) => Session) => {
      const at = new Date();
      setNow(at);
      setState((current) => {
        const session = change(current.session, at);
        save(session);
        return { ...current, session, notice: null };
      });
    },
    [save],
  );

  const chooseLocale = useCallback(
    (locale: Locale) => {
      setState((current) => ({ ...current, chosenLocale: locale }));
      void savePreferences({ locale }).then(told);
    },
    [told],
  );

  const startOver = useCallback(() => update((_session, at) => newSession(at)), [update]);

  const deleteAllData = useCallback(() => deleteEverything(setNow, setState), []);

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
