import { describe, expect, it } from 'vitest';
import { readObservations } from '../../../src/storage/read-observations';
import { newSession, restorePreferences, restoreSession } from '../../../src/storage/session';
import { icloudReading, statusReading, storedSession } from '../../support/readings';
import {
  AT as at,
  NOW as now,
  restoredWith as edited,
  storedWith,
} from '../../support/stored-state';

/**
 * Stored progress in shapes an older build, a hand edit or a damaged disk leaves, with the
 * answer decided before the code was run: every valid answer is kept, what was left out is
 * named, and nothing throws.
 */

const base = () => storedWith();

describe('a stored session that is not a session at all', () => {
  it.each([
    ['a word', 'corrupted'],
    ['a number', 42],
    ['a list', [storedSession(at)]],
    ['true', true],
  ])('%s starts afresh and says the session was dropped', (_l, stored) => {
    expect(restoreSession(stored, now)).toEqual({ session: newSession(now), dropped: ['session'] });
  });

  it('an empty record starts afresh and drops nothing', () => {
    expect(restoreSession({}, now)).toEqual({ session: newSession(now), dropped: [] });
  });
});

describe('a stored session with damaged parts', () => {
  it('an answer from an older build is dropped with its source and its place in history', () => {
    const { session, dropped } = edited(
      (s) => ((s.facts as Record<string, unknown>).wifi = 'good'),
    );
    expect(dropped).toEqual(['facts.wifi']);
    expect(session.facts).toEqual({
      power: 'charging',
      sources: { power: { source: 'user', at } },
      stepsTried: { check_wifi: 'no_change' },
    });
    expect(session.history).toEqual(['power']);
    expect(session.screen).toBe('results');
  });

  it('facts that are not a record are a fresh start, said so, that keeps the steps taken', () => {
    const { session, dropped } = edited((s) => (s.facts = null as never));
    expect(dropped).toEqual(['session']);
    expect(session.screen).toBe('start');
    expect(session.history).toEqual([]);
    expect(session.facts).toEqual({ stepsTried: { check_wifi: 'no_change' } });
    expect(session.stepLog).toEqual(base().stepLog);
  });

  it('a step log that is not a list is dropped; the steps tried stay', () => {
    const { session, dropped } = edited((s) => (s.stepLog = { 0: s.stepLog[0] } as never));
    // Named by the one entry it held: the notice counts the records lost, not the values.
    expect(dropped).toEqual(['stepLog.0']);
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    expect(session.stepLog).toEqual([]);
  });

  it('a log entry of a step this version does not know is dropped alone', () => {
    const { session, dropped } = edited((s) =>
      s.stepLog.push({ stepId: 'reboot_router', outcome: 'no_change', at }),
    );
    expect(dropped).toEqual(['stepLog.1']);
    expect(session.stepLog).toEqual(base().stepLog);
  });

  it('steps tried that are not a record are rebuilt from the log', () => {
    const { session, dropped } = edited((s) => (s.facts.stepsTried = 'yes' as never));
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    expect(dropped).toEqual(['facts.stepsTried.yes']);
  });

  it('a step tried that this version does not know is dropped alone', () => {
    const { session, dropped } = edited(
      (s) => ((s.facts.stepsTried as Record<string, string>).reboot_router = 'solved'),
    );
    expect(dropped).toEqual(['facts.stepsTried.reboot_router']);
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });

  it.each([
    [
      'a screen of a newer build',
      (s: ReturnType<typeof base>) => (s.screen = 'settings'),
      'screen',
    ],
    [
      'a start time as a word',
      (s: ReturnType<typeof base>) => (s.startedAt = 'yesterday'),
      'startedAt',
    ],
    [
      'a question asked about an unknown fact',
      (s: ReturnType<typeof base>) => (s.asking = 'hologram'),
      'asking',
    ],
    [
      'a step confirmed that this version does not know',
      (s: ReturnType<typeof base>) => (s.acknowledged = ['reboot_router'] as never),
      'acknowledged.0',
    ],
  ])('%s is named and every answer kept', (_l, edit, path) => {
    const { session, dropped } = edited(edit);
    expect(dropped).toEqual([path]);
    expect(session.facts).toEqual(base().facts);
    expect(['results', 'questions']).toContain(session.screen);
  });

  it('an unknown field beside the facts is left out unnamed: it holds no answer', () => {
    const { session, dropped } = edited((s) => (s.theme = 'dark'));
    expect(dropped).toEqual([]);
    expect(session).toEqual(base());
  });

  it('a missing time of the last change is no damage', () => {
    const { session, dropped } = edited((s) => delete (s as Partial<typeof s>).updatedAt);
    expect(dropped).toEqual([]);
    expect(session.facts).toEqual(base().facts);
    expect(session.startedAt).toBe(at);
  });

  it('a history past its limit keeps its latest entries', () => {
    const { session, dropped } = edited((s) => (s.history = Array(150).fill('wifi') as never));
    expect(session.history).toHaveLength(100);
    expect(dropped).toHaveLength(50);
  });

  it('a "__proto__" fact is an unknown fact, and changes no object', () => {
    const stored = JSON.parse(
      JSON.stringify(base()).replace('"facts":{', '"facts":{"__proto__":{"x":1},'),
    );
    const { session, dropped } = restoreSession(stored, now);
    expect(dropped).toEqual(['facts.__proto__']);
    expect(session.facts).toEqual(base().facts);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('ten thousand unknown facts are dropped quickly, the answers kept', () => {
    const started = performance.now();
    const { session, dropped } = edited((s) => {
      for (let i = 0; i < 10_000; i++) (s.facts as Record<string, unknown>)[`f${i}`] = i;
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(dropped).toHaveLength(10_000);
    expect(session.facts).toEqual(base().facts);
  });

  it('a source from a site this version does not read is dropped with nothing else', () => {
    const { session, dropped } = edited(
      (s) => ((s.facts.sources as Record<string, unknown>).wifi = { source: 'router-page', at }),
    );
    expect(dropped).toEqual(['facts.sources.wifi']);
    expect(session.facts.wifi).toBe('stable');
  });
});

describe('stored preferences and readings', () => {
  it.each([
    ['nothing', undefined, {}, []],
    ['null', null, {}, []],
    ['a bare word', 'de', {}, ['preferences']],
    ['a language not shipped', { locale: 'xx' }, {}, ['preferences.locale']],
    ['a shipped language', { locale: 'ja' }, { locale: 'ja' }, []],
  ])('preferences stored as %s', (_l, stored, preferences, dropped) => {
    expect(restorePreferences(stored)).toEqual({ preferences, dropped });
  });

  const status = statusReading(at);
  const icloud = icloudReading(at);
  it.each([
    ['a word', 'x', {}, ['status', 'icloud']],
    ['a damaged status reading', { status: 'x', icloud }, { icloud }, ['status']],
    ['a status reading of null', { status: null }, {}, ['status']],
    ['a status reading under the other site', { icloud: status }, {}, ['icloud']],
    ['a site this version does not know', { weather: {}, status }, { status }, []],
  ])('readings stored as %s', (_l, stored, observations, dropped) => {
    const read = readObservations(stored);
    expect(read.observations).toEqual(observations);
    expect([...read.dropped].sort()).toEqual([...dropped].sort());
  });
});
