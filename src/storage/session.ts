import * as z from 'zod/mini';
import { FACT_NAMES, type Facts } from '../engine/facts';
import { LOCALES } from '../i18n';
import { FactNameText, MAX_STEP_LOG, RecordedFacts, StepId, StepLogEntry } from '../report/schema';
import { preferencesItem, sessionItem, writeItem } from './items';
import { isRecorded, withLoggedSteps, withoutStrayMarks } from './bookkeeping';
import { newSession } from './new-session';
import { checkWhole, keepFields, keepValid } from './salvage';
import { isRecord } from '../pages/json-text';
import { isNewerMark } from './version';

export { newSession };

const FACT_NAME_SET: ReadonlySet<string> = new Set(FACT_NAMES);

export const SCREENS = ['start', 'questions', 'results', 'success', 'escalation'] as const;
export type Screen = (typeof SCREENS)[number];

const iso = z.iso.datetime({ offset: true });

/** One troubleshooting session: the engine's facts plus what only the flow needs. */
export const Session = z.object({
  facts: RecordedFacts,
  screen: z.enum(SCREENS),
  /** Facts answered through questions, in order, so Back undoes the latest. */
  history: z.array(FactNameText).check(z.maxLength(100)),
  /** A fact the user chose to change: its question comes next, whatever the engine prefers. */
  asking: z.optional(FactNameText),
  /** Disruptive steps whose consequences the user confirmed having read. */
  acknowledged: z.array(StepId).check(z.maxLength(200)),
  /** Every outcome with its time, for the diagnostic summary ("what was tried, when"). */
  stepLog: z.array(StepLogEntry).check(z.maxLength(MAX_STEP_LOG)),
  startedAt: iso,
  updatedAt: iso,
});
export type Session = z.infer<typeof Session>;

export interface RestoredSession {
  session: Session;
  /**
   * Where stored values were invalid and left out (`facts.notes`, `stepLog.3`, `screen`, or
   * `session` when nothing could be used, or no answer: a fresh start), so the popup can say
   * what it dropped.
   */
  dropped: string[];
}

/**
 * Valid stored progress is used as is. Otherwise every valid part is kept (each answer, each
 * step-log entry, each field) and only what is invalid is dropped and named, so one damaged
 * value never costs the user the rest of their answers.
 */
export function restoreSession(stored: unknown, now: Date): RestoredSession {
  if (stored === null || stored === undefined) return { session: newSession(now), dropped: [] };
  const whole = checkWhole(Session, stored);
  if (whole?.success) return { session: whole.data as Session, dropped: [] };
  const fresh = newSession(now);
  if (!isRecord(stored)) return { session: fresh, dropped: ['session'] };
  const named: string[] = [];
  const kept = keepFields(Session.shape, stored, '', named) as Partial<Session>;
  const { parts, recovered } = inStep(kept, stored);
  // Answers stored as no record at all cannot be named one by one, and the session starts again
  // at the first screen: said as a fresh start (its screen with it), not as a detail left out
  // beside "everything else was kept". A step the log still records is not lost: not counted.
  const unreadable = named.includes('facts');
  const dropped = named
    .flatMap((path) => recordsHeld(path, stored))
    .filter((path) => !recovered.has(path))
    .map((path) => (path === 'facts' ? 'session' : path));
  // Answers, or "not sure": the steps tried and the notes describe no problem, and are kept
  // without them.
  const answered =
    Object.keys(parts.facts).some((name) => FACT_NAME_SET.has(name)) ||
    (parts.facts.unsure?.length ?? 0) > 0;
  // A session that lost its screen resumes at the questions, which follow from the answers. One
  // that lost every answer starts again: results or questions from nothing known would show a
  // plan for a problem nobody described.
  const screen = answered ? (parts.screen ?? 'questions') : 'start';
  if (!unreadable && parts.screen !== undefined && parts.screen !== screen) dropped.push('screen');
  const session = Session.safeParse({ ...fresh, ...parts, screen });
  return session.success
    ? { session: session.data, dropped }
    : { session: fresh, dropped: ['session'] };
}

/** The step a stored entry names: a step's id, or an entry's `stepId`. */
const stepNamed = (item: unknown): unknown => (isRecord(item) ? item.stepId : item);

/**
 * The records a record of steps tried or a step log dropped whole held, one path each (by the
 * step's id where the entry names one, so that a step the log still records counts as kept):
 * stored in the wrong shape (a list of step names, a record instead of a list) it was otherwise
 * counted as one step lost, whatever it held. Null or an empty list held none.
 */
function recordsHeld(path: string, stored: Record<string, unknown>): string[] {
  const steps = path === 'facts.stepsTried';
  if (!steps && path !== 'stepLog') return [path];
  const facts = isRecord(stored.facts) ? stored.facts : {};
  const value = steps ? facts.stepsTried : stored.stepLog;
  if (value === null) return [];
  if (typeof value !== 'string' && !isRecord(value) && !Array.isArray(value)) return [path];
  const items = typeof value === 'string' ? [value] : Object.values(value);
  const paths = items.map((item, i) => {
    const id = stepNamed(item);
    return steps && typeof id === 'string' ? `${path}.${id}` : `${path}.${i}`;
  });
  return [...new Set(paths)];
}

/** Whether `key` was stored in `stored` (or in what `stored` was, if not a record) and not kept. */
function notKept(stored: unknown, kept: unknown, key: string): boolean {
  if (!isRecord(stored)) return stored !== undefined;
  return Object.hasOwn(stored, key) && !(isRecord(kept) && Object.hasOwn(kept, key));
}

/**
 * The steps tried with those the log records put back, where their record among the steps tried
 * was dropped (a step missing there would be offered again as untried); `recovered` names the
 * records put back, which the notice does not count as lost.
 */
function stepsFromLog(
  facts: Facts,
  stepLog: readonly StepLogEntry[],
  lost: (stepId: string) => boolean,
): { facts: Facts; recovered: Set<string> } {
  const withSteps = withLoggedSteps(facts, stepLog, lost);
  const recovered = Object.keys(withSteps.stepsTried ?? {}).filter(
    (id) => !Object.hasOwn(facts.stepsTried ?? {}, id),
  );
  return { facts: withSteps, recovered: new Set(recovered.map((id) => `facts.stepsTried.${id}`)) };
}

/**
 * The kept parts without the bookkeeping of the answers `gone`: their source and "picked" mark,
 * and their place among the answers Back goes through (one that undoes nothing would leave Back
 * without a visible effect once). With "not sure" damaged, any name may have been one of them.
 */
function withoutMarksOfGone(
  kept: Partial<Session>,
  facts: Facts,
  gone: (name: string) => boolean,
  unsureLost: boolean,
): Partial<Session> & Pick<Session, 'facts'> {
  const marked = withoutStrayMarks(facts, gone);
  const history = kept.history?.filter(
    (name) => isRecorded(marked, name) || !(gone(name) || unsureLost),
  );
  return { ...kept, facts: marked, ...(history && { history }) };
}

/**
 * The kept parts in step with what was dropped from `stored`, in two passes: first the steps the
 * log still records, then the marks of the answers dropped. Found by comparing keys, not the
 * paths named: a damaged record of 100,000 steps names as many.
 */
function inStep(
  kept: Partial<Session>,
  stored: Record<string, unknown>,
): { parts: Partial<Session> & Pick<Session, 'facts'>; recovered: Set<string> } {
  const before = kept.facts ?? {};
  const storedFacts = isRecord(stored.facts) ? stored.facts : {};
  const gone = (name: string) => notKept(stored.facts, before, name);
  const { facts, recovered } = stepsFromLog(
    before,
    kept.stepLog ?? [],
    (id) => gone('stepsTried') || notKept(storedFacts.stepsTried, before.stepsTried, id),
  );
  const { unsure } = storedFacts;
  const unsureLost =
    gone('unsure') || (Array.isArray(unsure) && unsure.length !== before.unsure?.length);
  return { parts: withoutMarksOfGone(kept, facts, gone, unsureLost), recovered };
}

/**
 * Calls back whenever the stored session changes: another window of the flow (the toolbar
 * popup, the tab the status page's hint opens) saved or deleted it. The value is unchecked.
 */
export function watchSession(onChange: () => void): () => void {
  return sessionItem.watch(() => onChange());
}

/** Saves the session; false when storage refused it (full, or gone), for the popup to say. */
export async function saveSession(session: Session): Promise<boolean> {
  try {
    await writeItem(sessionItem, session);
    return true;
  } catch {
    return false;
  }
}

export const Preferences = z.object({ locale: z.optional(z.enum(LOCALES)) });
export type Preferences = z.infer<typeof Preferences>;

/**
 * A bad stored language is dropped (the browser's applies). Fields a newer build stores here are
 * not this build's to read, and are kept in storage when a language is chosen (savePreferences).
 */
export function restorePreferences(stored: unknown): {
  preferences: Preferences;
  dropped: string[];
} {
  const dropped: string[] = [];
  if (stored === null || stored === undefined) return { preferences: {}, dropped };
  const kept = keepValid(Preferences, stored, 'preferences', dropped) as Preferences | undefined;
  return { preferences: kept ?? {}, dropped };
}

/**
 * Writes the stored preferences back without a language this version cannot read, so that the
 * popup names it once, not on every opening until a language is chosen (nothing else writes the
 * preferences). What else is stored there (a newer build's settings) is kept. Read again just
 * before: a language another window chose since is valid and stays; under a newer version's mark
 * such a value is that version's, not damage, and nothing is written.
 */
export async function repairPreferences(): Promise<void> {
  try {
    const [stored, meta] = await Promise.all([
      preferencesItem.getValue(),
      preferencesItem.getMeta(),
    ]);
    if (isNewerMark(meta) || restorePreferences(stored).dropped.length === 0) return;
    const { locale: _unreadable, ...rest } = isRecord(stored) ? stored : {};
    await writeItem(preferencesItem, rest);
  } catch {
    // Named again at the next opening, which tries again.
  }
}

/**
 * Saves the preferences over those stored, keeping what else is stored there: a newer build's
 * settings (a font size) would otherwise be lost the moment a language is chosen after a
 * downgrade, and with them that build's mark (isNewerMark). A stored value that cannot be read
 * first does not keep the language unsaved.
 */
export async function savePreferences(preferences: Preferences): Promise<boolean> {
  const [stored, meta] = await Promise.all([
    preferencesItem.getValue().catch(() => undefined),
    preferencesItem.getMeta().catch(() => undefined),
  ]);
  const kept = isRecord(stored) && isNewerMark(meta) ? meta : undefined;
  try {
    await writeItem(preferencesItem, { ...(isRecord(stored) && stored), ...preferences }, kept);
    return true;
  } catch {
    return false;
  }
}
