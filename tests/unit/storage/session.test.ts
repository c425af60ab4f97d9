import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACT_NAMES } from '../../../src/engine/facts';
import { MAX_STEP_LOG, RecordedFacts, StepId, StepLogEntry } from '../../../src/report/schema';
import { MAX_EXAMINED } from '../../../src/storage/salvage';
import { preferencesItem, sessionItem } from '../../../src/storage/items';
import {
  newSession,
  restorePreferences,
  restoreSession,
  savePreferences,
  saveSession,
  Session,
} from '../../../src/storage/session';
import { storedSession } from '../../support/readings';
import { AT as at, NOW as now } from '../../support/stored-state';
import { summarizeDropped } from '../../../src/flow/dropped';
import { junk, mutated } from './arbitraries';

const stored = storedSession(at);
const withFacts = (facts: Record<string, unknown>) => ({
  ...stored,
  facts: { ...stored.facts, ...facts },
});

describe('stored session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts fresh, without dropping anything, when nothing was stored', async () => {
    expect(restoreSession(await sessionItem.getValue(), now)).toEqual({
      session: newSession(now),
      dropped: [],
    });
  });

  it('round-trips through storage unchanged', async () => {
    expect(await saveSession(stored as Session)).toBe(true);
    expect(restoreSession(await sessionItem.getValue(), now)).toEqual({
      session: stored,
      dropped: [],
    });
  });

  it.each([
    ['one unknown field', { hologram: true }, 'facts.hologram'],
    ['a storage category of 9999 TB', { storageByCategory: { photos: 9999e12 * 1.1 } }, null],
    ['6,000 characters of notes', { notes: 'n'.repeat(6000) }, 'facts.notes'],
    ['an answer of the wrong kind', { deviceLocked: 'sometimes' }, 'facts.deviceLocked'],
  ])('keeps every other answer after %s, and names what it dropped', (_label, bad, path) => {
    const { session, dropped } = restoreSession(withFacts(bad), now);
    expect(session.facts).toEqual(stored.facts);
    expect(session.stepLog).toEqual(stored.stepLog);
    expect(session.screen).toBe('results');
    expect(dropped).toEqual([path ?? 'facts.storageByCategory.photos']);
  });

  it('keeps the valid categories next to a dropped one', () => {
    const facts = { storageByCategory: { photos: 1e16, backup: 2e9 } };
    const { session, dropped } = restoreSession(withFacts(facts), now);
    expect(session.facts.storageByCategory).toEqual({ backup: 2e9 });
    expect(dropped).toEqual(['facts.storageByCategory.photos']);
  });

  it('drops a damaged or unknown step-log entry alone', () => {
    const stepLog = [
      { stepId: 'no_such_step', outcome: 'fixed', at },
      ...stored.stepLog,
      { stepId: 'restart_device', outcome: 'no_change', at: 'yesterday' },
      { stepId: 'restart_device', outcome: 'skipped', at },
    ];
    const stepsTried = { ...stored.facts.stepsTried, unknown_step: 'fixed' };
    const { session, dropped } = restoreSession({ ...withFacts({ stepsTried }), stepLog }, now);
    expect(session.stepLog).toEqual([stored.stepLog[0], stepLog[3]]);
    expect(session.facts.stepsTried).toEqual(stored.facts.stepsTried);
    expect(dropped).toEqual(['facts.stepsTried.unknown_step', 'stepLog.0', 'stepLog.2']);
  });

  it.each(['results', 'questions', 'escalation'])(
    'starts again from the first screen when every answer was lost (stored on %s)',
    (screen) => {
      const { session, dropped } = restoreSession({ ...stored, screen, facts: 'garbage' }, now);
      expect(session.screen).toBe('start');
      // The steps the log records stay tried, so the plan does not offer them again.
      expect(session.facts).toEqual({ stepsTried: { check_wifi: 'no_change' } });
      expect(session.history).toEqual([]);
      expect(session.stepLog).toEqual(stored.stepLog);
      // Answers that cannot be named one by one: the notice says the session starts again,
      // where the user was with it, not that only some details went.
      expect(dropped).toEqual(['session']);
    },
  );

  it('starts again from the first screen when every answer was lost but the steps and notes were not', () => {
    const facts = { ...stored.facts, wifi: 'sometimes', power: 42, notes: 'call back' };
    const { session, dropped } = restoreSession({ ...stored, facts }, now);
    expect(session.screen).toBe('start');
    // Where the lost answers came from goes with them.
    expect(session.facts).toEqual({ stepsTried: stored.facts.stepsTried, notes: 'call back' });
    expect(session.history).toEqual([]);
    expect(session.stepLog).toEqual(stored.stepLog);
    expect(dropped).toEqual(['facts.wifi', 'facts.power', 'screen']);
    // A "not sure" is an answer: the questions go on from it.
    const unsure = restoreSession({ ...stored, facts: { ...facts, unsure: ['wifi'] } }, now);
    expect(unsure.session.screen).toBe('results');
  });

  it('keeps a step-log entry and a source that carry a field a newer build added, without it', () => {
    const stepLog = [{ ...stored.stepLog[0], note: 'tried twice' }];
    const sources = { ...stored.facts.sources, wifi: { ...stored.facts.sources.wifi, by: 'v2' } };
    const { session, dropped } = restoreSession({ ...withFacts({ sources }), stepLog }, now);
    expect(session.stepLog).toEqual(stored.stepLog.slice(0, 1));
    expect(session.facts.sources).toEqual(stored.facts.sources);
    expect(dropped).toEqual(['facts.sources.wifi.by', 'stepLog.0.note']);
    // No step was lost: the notice says only that some details went.
    expect(summarizeDropped(dropped)).toMatchObject({ steps: 0, facts: [], other: true });
  });

  it('keeps an answer whose source names no known origin, and drops that source alone', () => {
    const sources = { ...stored.facts.sources, wifi: { source: 'hacker', at } };
    const { session, dropped } = restoreSession(withFacts({ sources }), now);
    expect(session.facts.wifi).toBe('stable');
    expect(session.facts.sources).toEqual({ power: stored.facts.sources.power });
    expect(dropped).toEqual(['facts.sources.wifi']);
  });

  it('keeps the latest entries of a list past its limit, and names the older ones it left out', () => {
    const entry = (minute: number) => ({
      stepId: 'check_wifi',
      outcome: 'no_change',
      at: new Date(Date.parse(at) + minute * 60_000).toISOString(),
    });
    const stepLog = Array.from({ length: MAX_STEP_LOG + 2 }, (_, i) => entry(i));
    const history = [...Array.from({ length: 100 }, () => 'power'), 'wifi'];
    const { session, dropped } = restoreSession({ ...stored, stepLog, history }, now);
    expect(session.stepLog).toEqual(stepLog.slice(2));
    expect(session.history).toHaveLength(100);
    expect(session.history.at(-1)).toBe('wifi');
    expect(session.facts).toEqual(stored.facts);
    expect(dropped).toEqual(['history.0', 'stepLog.0', 'stepLog.1']);
  });

  it('restores a session of 100,000 damaged step records checking a bounded number, keeping the valid ones and naming each damaged one once', () => {
    const damaged = 100_000;
    const junkStep = { stepId: 'no_such_step', outcome: 'fixed', at };
    const stepLog = [...Array.from({ length: damaged }, () => junkStep), ...stored.stepLog];
    const stepsTried = Object.assign(
      Object.fromEntries(Array.from({ length: damaged }, (_, i) => [`junk_${i}`, 'fixed'])),
      stored.facts.stepsTried,
    );
    // Every step id a restore checks, in the log and among the steps tried: the work it does.
    const checks = vi.spyOn(StepId._zod, 'run');
    const { session, dropped } = restoreSession({ ...withFacts({ stepsTried }), stepLog }, now);
    expect(checks.mock.calls.length).toBeLessThan(10 * (2 * MAX_STEP_LOG + MAX_EXAMINED));
    expect(session.stepLog).toEqual(stored.stepLog);
    expect(session.facts).toEqual(stored.facts);
    expect(new Set(dropped).size).toBe(2 * damaged);
    expect(summarizeDropped(dropped)).toMatchObject({ steps: damaged, facts: [], other: false });
  });

  it('keeps the latest "not sure" answers when more were stored than there are questions', () => {
    const unsure = [...FACT_NAMES, 'iosVersion', 'deviceModel'];
    const { session, dropped } = restoreSession(withFacts({ unsure }), now);
    expect(session.facts.unsure).toEqual(unsure.slice(2));
    expect(dropped).toEqual(['facts.unsure.0', 'facts.unsure.1']);
  });

  it('resumes at the questions when the screen is lost but answers are kept', () => {
    const { session, dropped } = restoreSession({ ...stored, screen: 42, history: 'x' }, now);
    expect(session.screen).toBe('questions');
    expect(session.history).toEqual([]);
    expect(session.facts).toEqual(stored.facts);
    expect(dropped).toEqual(['screen', 'history']);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 7],
    ['an array', []],
  ])('starts fresh from %s, and says the session was dropped', (_label, value) => {
    expect(restoreSession(value, now)).toEqual({ session: newSession(now), dropped: ['session'] });
  });

  it('says so when storage refuses to save (quota)', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    expect(await saveSession(stored as Session)).toBe(false);
    expect(await savePreferences({ locale: 'de' })).toBe(false);
  });
});

describe('stored preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops a language this version does not speak', async () => {
    await preferencesItem.setValue({ locale: 'klingon' });
    expect(restorePreferences(await preferencesItem.getValue())).toEqual({
      preferences: {},
      dropped: ['preferences.locale'],
    });
    expect(restorePreferences({ locale: 'de' })).toEqual({
      preferences: { locale: 'de' },
      dropped: [],
    });
    expect(restorePreferences(null)).toEqual({ preferences: {}, dropped: [] });
  });
});

const SESSION_PATHS = [
  ['facts'],
  ['facts', 'wifi'],
  ['facts', 'power'],
  ['facts', 'notes'],
  ['facts', 'alertText'],
  ['facts', 'storageUsedBytes'],
  ['facts', 'storageByCategory'],
  ['facts', 'storageByCategory', 'photos'],
  ['facts', 'stepsTried'],
  ['facts', 'stepsTried', 'check_wifi'],
  ['facts', 'stepsTried', 'junk'],
  ['facts', 'sources', 'wifi'],
  ['facts', 'sources', 'wifi', 'at'],
  ['facts', 'unsure'],
  ['facts', 'hologram'],
  ['screen'],
  ['history'],
  ['history', 0],
  ['asking'],
  ['acknowledged'],
  ['stepLog'],
  ['stepLog', 0],
  ['stepLog', 1],
  ['stepLog', 0, 'at'],
  ['startedAt'],
  ['updatedAt'],
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Parser = { safeParse: (v: unknown) => { success: boolean; data?: unknown } };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a stored field valid on its own was restored: a source or "picked" mark goes with a
 * dropped answer, and steps the log records may be added when their own record was lost.
 */
function restoredField(name: string, stored: unknown, session: Session): boolean {
  const restored = session.facts[name as keyof Session['facts']];
  const entries = Object.entries(stored as Record<string, unknown>);
  const at = (key: string) => (restored as Record<string, unknown> | undefined)?.[key];
  switch (name) {
    case 'alertPicked':
      return session.facts.alertText === undefined || same(restored, stored);
    case 'sources':
      return entries.every(
        ([key, value]) => !Object.hasOwn(session.facts, key) || same(at(key), value),
      );
    case 'stepsTried':
      return entries.every(([key, value]) => same(at(key), value));
    default:
      return same(restored, stored);
  }
}

/** Every answer and every step-log entry valid on its own is still there after the restore. */
function keptEveryValidPart(input: unknown, session: Session): boolean {
  if (!isRecord(input)) return true;
  const facts = isRecord(input.facts) ? input.facts : {};
  const shape = RecordedFacts.shape as Record<string, Parser>;
  for (const [name, value] of Object.entries(facts)) {
    const field = Object.hasOwn(shape, name) ? shape[name]?.safeParse(value) : undefined;
    if (field?.success && !restoredField(name, field.data, session)) return false;
  }
  if (!Array.isArray(input.stepLog)) return true;
  // An entry valid once the fields this version does not know are left out is kept too.
  const known = (entry: unknown) =>
    isRecord(entry) ? { stepId: entry.stepId, outcome: entry.outcome, at: entry.at } : entry;
  return same(
    session.stepLog,
    input.stepLog.map(known).filter((entry) => StepLogEntry.safeParse(entry).success),
  );
}

/** Unless something was named as dropped, every field that was stored is restored as it was. */
function nothingLostSilently(input: unknown, session: Session, dropped: string[]): boolean {
  if (dropped.length > 0 || !isRecord(input)) return dropped.length > 0 || input === null;
  const shape = Session.shape as Record<string, Parser>;
  return Object.entries(input).every(([key, value]) => {
    const field = Object.hasOwn(shape, key) ? shape[key]?.safeParse(value) : undefined;
    return !field?.success || same(session[key as keyof Session], field.data);
  });
}

describe('property: the session read path (10,000 stored values)', () => {
  const base = {
    ...stored,
    facts: {
      ...stored.facts,
      notes: 'call back',
      storageByCategory: { photos: 3e9 },
      unsure: ['iosVersion'],
    },
    stepLog: [...stored.stepLog, { stepId: 'restart_device', outcome: 'skipped', at }],
  };

  it('never throws, always gives a valid session, and keeps every valid answer', () => {
    fc.assert(
      fc.property(fc.oneof(junk, mutated(base, SESSION_PATHS)), (value) => {
        const { session, dropped } = restoreSession(value, now);
        const valid = Session.safeParse(value);
        return (
          Session.safeParse(session).success &&
          (!valid.success || (dropped.length === 0 && same(session, valid.data))) &&
          keptEveryValidPart(value, session) &&
          nothingLostSilently(value, session, dropped)
        );
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('preferences: never throw, give a valid value or none', () => {
    fc.assert(
      fc.property(fc.oneof(junk, mutated({ locale: 'de' }, [['locale'], ['x']])), (value) => {
        const { preferences } = restorePreferences(value);
        return preferences.locale === undefined || ['en', 'de'].includes(preferences.locale);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
