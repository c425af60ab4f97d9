import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../engine/types';
import { NEWER_VERSION } from '../flow/newer-version';
import type { SiteReading } from '../flow/observed-facts';
import { mergeSessions } from '../flow/merge-sessions';
import { takesOver } from '../flow/two-windows';
import type { Locale } from '../i18n';
import { newSession } from '../storage/new-session';
import type { Session } from '../storage/session';
import type { StoredFlow } from './flow-state';
import { readStoredValues, startPreview, type StoredRead } from './stored-values';

type Engine = typeof import('./flow-engine');

/**
 * What the popup says about stored data instead of failing silently: what a restore left out
 * (paths, see flow/dropped.ts; among them that a newer version's session was written over),
 * that everything was deleted, or that saving or deleting failed.
 */
export type FlowNotice =
  | { kind: 'restored'; dropped: string[] }
  | { kind: 'deleted' }
  | { kind: 'unsaved' }
  | { kind: 'delete-failed' }
  | null;

type Change = (session: Session, now: Date) => Session;

const NEWER_NOTICE: FlowNotice = { kind: 'restored', dropped: [NEWER_VERSION] };

/** What the start screen and the footer use: there before the stored flow is checked. */
export interface StartFlow {
  session: Session;
  /** The language chosen in the popup, if any (else the browser's). */
  chosenLocale: Locale | undefined;
  /** Changes asked for before the flow is checked are made once it is. */
  update: (change: Change) => void;
  chooseLocale: (locale: Locale) => void;
  startOver: () => void;
  deleteAllData: () => Promise<void>;
}

export interface Flow extends StartFlow {
  ready: true;
  readings: SiteReading[];
  diagnosis: Diagnosis;
  notice: FlowNotice;
  now: Date;
  dismissNotice: () => void;
}

/**
 * Before the stored flow is checked: `start` when what is stored can only be a new start screen
 * (stored-values.ts), which may then show at once; `loading` once the checks and the engine are
 * asked for.
 */
export interface PendingFlow extends StartFlow {
  ready: false;
  start: boolean;
  loading: boolean;
}

export type PopupFlow = Flow | PendingFlow;

interface FlowState {
  ready: boolean;
  session: Session;
  readings: SiteReading[];
  notice: FlowNotice;
  chosenLocale: Locale | undefined;
}

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

/** The flow's state as changed so far, including a change not rendered yet. */
type Latest = () => FlowState;

/**
 * The flow's state, each change applied at once to the latest state (a change made in the same
 * moment as another builds on it), so that what a change calls for (a save, a notice, a flag) is
 * done by the caller after it, never inside a state updater: updaters may run more than once
 * (strict and debug modes), and a save made there would be made twice, a notice said once lost.
 */
function useFlowState(initial: () => FlowState): [FlowState, Latest, Setter<FlowState>] {
  const [state, setState] = useState(initial);
  const latest = useRef(state);
  const current = useCallback(() => latest.current, []);
  const set = useCallback<Setter<FlowState>>((next) => {
    latest.current = typeof next === 'function' ? next(latest.current) : next;
    setState(latest.current);
  }, []);
  return [state, current, set];
}

/**
 * The sessions this window saved last, as stored (JSON): storage tells them back as changes. And
 * why the stored session is one this window writes over only for a change the user makes, never
 * merely by opening or following a page reading: a newer version's (flow-state.ts), or one
 * storage did not give when the window opened (progress it could not read is not lost for that).
 */
type Held = 'newer' | 'unread' | undefined;

class OwnSaves {
  private readonly recent: string[] = [];
  held: Held;
  /** The session as this window last saw it stored: what its own changes are changes to. */
  base: Session | undefined;
  add(session: Session) {
    this.recent.push(JSON.stringify(session));
    // Saves answer in order within a few clicks; older ones can no longer come back.
    if (this.recent.length > 20) this.recent.shift();
  }
  has(json: string) {
    return this.recent.includes(json);
  }
  isLatest(json: string) {
    return this.recent.at(-1) === json;
  }
}

/**
 * Checks the stored values once the engine is there, then follows new page readings. After a
 * start screen shown before (`reread`), storage is read again: a page may have been read since.
 */
function useStoredFlow(
  engine: Engine | undefined,
  read: StoredRead | undefined,
  reread: boolean,
  setNow: Setter<Date>,
  [current, setState]: [Latest, Setter<FlowState>],
  save: (session: Session) => void,
  saved: OwnSaves,
) {
  useEffect(() => {
    if (!engine || !read) return;
    let live = true;
    let unwatch: (() => void) | undefined;
    void (reread ? readStoredValues() : Promise.resolve(read.values)).then((values) => {
      if (!live) return;
      const loaded = engine.restoreStoredFlow(values, new Date());
      unwatch = follow(engine, loaded, values === undefined);
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, [engine, read, setNow, current, setState, save, saved]);

  function follow(engine: Engine, loaded: StoredFlow, unread: boolean) {
    const held: Held = unread ? 'unread' : loaded.newer ? 'newer' : undefined;
    setNow(loaded.loadedAt);
    setState(loadedState(loaded));
    saved.held = held;
    saved.base = held ? undefined : loaded.session;
    if (!held) save(loaded.session);
    // The worker sets the badge when it stores a reading; the popup renews it when opened, so
    // a "!" whose reading has grown old goes away.
    void engine.showBadge(loaded.observations);
    // A damaged reading is reported once, not on every open.
    if (loaded.dropped.some((path) => path.startsWith('reading.'))) {
      void engine.storeObservations(loaded.observations);
    }
    if (loaded.preferencesDropped.length > 0) void engine.repairPreferences();
    const unwatchSession = engine.watchSession(() => void adoptStored(engine));
    // A page read while the popup is open (e.g. the flow in a tab) updates the answers live.
    const unwatchReadings = engine.watchObservations(({ observations }) => {
      const at = new Date();
      setNow(at);
      const state = current();
      if (!state.ready) return;
      const { session, readings } = engine.withReadings(state.session, observations, at);
      setState({ ...state, session, readings });
      // Only a reading that changed an answer is saved: a removal (after "Delete all data")
      // must never write the session back, nor a reading a newer version's session.
      const changed = JSON.stringify(session.facts) !== JSON.stringify(state.session.facts);
      if (changed && !saved.held) save(session);
    });
    return () => {
      unwatchSession();
      unwatchReadings();
    };
  }

  /**
   * Another window of the flow saved its session (or deleted everything): this one takes it
   * over when it is a change (two-windows.ts), so that its next save does not write back answers
   * the other has replaced; a copy of the same change that differs only in its times is settled
   * alike in both windows, without a write. Its own saves come back here too: an earlier one is
   * left alone, but its latest is shown again when this window took over the other's copy in the
   * meantime (both saved at once, and this one's was stored last), so that both windows show
   * what is stored.
   */
  async function adoptStored(engine: Engine) {
    const values = await readStoredValues();
    if (!values) return;
    const json = JSON.stringify(values.session);
    const own = saved.has(json);
    if (own && !saved.isLatest(json)) return;
    const loaded = engine.restoreStoredFlow(values, new Date());
    if (loaded.sessionDropped.length > 0) return;
    const state = current();
    const shown = own
      ? JSON.stringify(state.session) === json
      : !takesOver(state.session, loaded.session);
    const base = saved.base;
    if (state.ready && !loaded.newer) saved.base = loaded.session;
    if (!state.ready || shown) return;
    // Both windows changed the session at once and the other's save came last: its changes are
    // kept and this window's put back on top (merge-sessions.ts), not lost to the last write.
    const session =
      own || !base || saved.held || loaded.newer
        ? loaded.session
        : mergeSessions(base, state.session, loaded.session);
    saved.held = loaded.newer ? 'newer' : undefined;
    setNow(loaded.loadedAt);
    setState({ ...state, session, readings: loaded.readings });
    if (takesOver(loaded.session, session)) save(session);
  }
}

/** The state is fresh before storage is cleared, so nothing old can be written back. */
async function deleteEverything(engine: Engine, setNow: Setter<Date>, setState: Setter<FlowState>) {
  const at = new Date();
  setNow(at);
  setState(freshState(at, { kind: 'deleted' }));
  try {
    await engine.clearStorage();
    void engine.showBadge(undefined);
  } catch {
    setState((current) => ({ ...current, notice: { kind: 'delete-failed' } }));
  }
}

/**
 * Runs an action now when the flow is checked, else once it is: a choice made on the start
 * screen before the checks loaded is kept, and applied to the checked session.
 */
function useWhenReady(ready: boolean, ask: () => void) {
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    if (ready) for (const run of waiting.current.splice(0)) run();
  }, [ready]);
  return useCallback(
    (action: () => void | Promise<void>): Promise<void> =>
      ready
        ? Promise.resolve(action())
        : new Promise((resolve) => {
            waiting.current.push(() => resolve(action()));
            ask();
          }),
    [ready, ask],
  );
}

/**
 * The stored values (read here unless the page read them first) and the engine: loaded at
 * once unless the stored values can only be a new start screen, then once `wanted`.
 */
function useEngine(stored: StoredRead | undefined, wanted: boolean) {
  const [read, setRead] = useState(stored);
  const [engine, setEngine] = useState<Engine>();
  useEffect(() => {
    if (!read) void readStoredValues().then((values) => setRead({ values }));
  }, []);
  const preview = useMemo(() => read && startPreview(read.values), [read]);
  const loading = read !== undefined && (preview === undefined || wanted);
  useEffect(() => {
    if (loading && !engine) void import('./flow-engine').then(setEngine);
  }, [loading]);
  return { read, preview, loading, engine };
}

interface ActionDeps {
  whenReady: (action: () => void | Promise<void>) => Promise<void>;
  save: (session: Session) => void;
  saved: OwnSaves;
  told: (saved: boolean) => void;
  engine: { current: Engine | undefined };
  setNow: Setter<Date>;
  current: Latest;
  setState: Setter<FlowState>;
}

/**
 * What a person can do in the flow. Each waits for the checked flow (see useWhenReady), and
 * each change is saved at once.
 */
function useFlowActions(deps: ActionDeps) {
  const { whenReady, save, saved, told, engine, setNow, current, setState } = deps;
  const update = useCallback(
    (change: Change) =>
      void whenReady(() => {
        const at = new Date();
        setNow(at);
        const state = current();
        const session = change(state.session, at);
        // A newer version's session is written over once the user changes something (their
        // change must not be lost), and they are told what that leaves out, once.
        const notice = saved.held === 'newer' ? NEWER_NOTICE : null;
        saved.held = undefined;
        setState({ ...state, session, notice });
        save(session);
      }),
    [whenReady, save, saved, setNow, current, setState],
  );
  const chooseLocale = useCallback(
    (locale: Locale) =>
      void whenReady(() => {
        setState((latest) => ({ ...latest, chosenLocale: locale }));
        void engine.current?.savePreferences({ locale }).then(told);
      }),
    [whenReady, told, setState],
  );
  const startOver = useCallback(() => update((_session, at) => newSession(at)), [update]);
  const deleteAllData = useCallback(
    () =>
      whenReady(() => {
        saved.held = undefined;
        saved.base = undefined;
        return deleteEverything(engine.current!, setNow, setState);
      }),
    [whenReady, saved, setNow, setState],
  );
  return { update, chooseLocale, startOver, deleteAllData };
}

/**
 * The popup's whole state. One storage round trip on open (session, readings, preferences
 * together); `stored` is its answer when the page read it before rendering (entrypoints/popup).
 * When it can only be a new start screen, that shows at once, and the checks, the engine and
 * the storage writes load once it is on screen (`shown`); otherwise they load at once. Every change
 * is saved at once, so closing the popup never loses progress, and a save the browser refuses
 * is said, while the state stays in the popup.
 */
export function useFlow(stored: StoredRead | undefined, shown: boolean) {
  const [now, setNow] = useState(() => new Date());
  const [state, current, setState] = useFlowState(() => ({
    ...freshState(now, null),
    ready: false,
  }));
  // An action asked for before the start screen was on screen (a click the first instant)
  // loads them too.
  const [asked, setAsked] = useState(false);
  const { read, preview, loading, engine } = useEngine(stored, shown || asked);

  // Actions asked for before the engine loaded run after, with it: they read it here.
  const loadedEngine = useRef<Engine>();
  loadedEngine.current = engine;

  const told = useCallback(
    (saved: boolean) => {
      if (!saved) setState((latest) => ({ ...latest, notice: { kind: 'unsaved' } }));
    },
    [setState],
  );
  const [saved] = useState(() => new OwnSaves());
  const save = useCallback(
    (session: Session) => {
      saved.add(session);
      void loadedEngine.current?.saveSession(session).then(told);
    },
    [told, saved],
  );

  useStoredFlow(engine, read, preview !== undefined, setNow, [current, setState], save, saved);
  const ready = state.ready && engine !== undefined;
  const ask = useCallback(() => setAsked(true), []);
  const whenReady = useWhenReady(ready, ask);

  const actions = useFlowActions({
    whenReady,
    save,
    saved,
    told,
    engine: loadedEngine,
    setNow,
    current,
    setState,
  });

  const dismissNotice = useCallback(() => setState((c) => ({ ...c, notice: null })), [setState]);

  const diagnosis = useMemo(
    () => (engine ? engine.diagnose(state.session.facts, { now }) : undefined),
    [engine, state.session.facts, now],
  );

  if (ready && diagnosis) {
    return {
      ...state,
      ready: true,
      diagnosis,
      now,
      dismissNotice,
      ...actions,
    } satisfies Flow as PopupFlow;
  }
  return {
    ready: false,
    start: preview !== undefined,
    loading,
    session: state.session,
    chosenLocale: preview?.chosenLocale,
    ...actions,
  } satisfies PendingFlow as PopupFlow;
}
