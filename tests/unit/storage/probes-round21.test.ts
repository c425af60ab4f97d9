import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import {
  newSession,
  restorePreferences,
  saveSession,
  savePreferences,
  Session,
  watchSession,
} from '../../../src/storage/session';
import {
  loadObservations,
  storeObservations,
  watchObservations,
} from '../../../src/storage/observations';
import { isDismissed } from '../../../src/storage/hint-dismissal';
import { acknowledge, answer, recordStep } from '../../../src/flow/actions';
import { mergeSessions } from '../../../src/flow/merge-sessions';
import { storedVersionOf } from '../../../src/storage/version';
import { NOW, AT, storedWith, type Stored } from '../../support/stored-state';
import { icloudReading, statusReading } from '../../support/readings';

/**
 * Round 21 probes of stored state, each outcome written down before the code ran: whatever is
 * stored under each key, the popup opens with every valid answer, names only what it left out,
 * and a write storage refuses says so.
 */

const flowOf = (session: Stored, extra: Record<string, unknown> = {}) =>
  restoreStoredFlow({ session, observations: null, preferences: null, ...extra }, NOW);
const local = fakeBrowser.storage.local;

describe('every field of the session with a wrong type: the rest kept', () => {
  it.each<[string, (s: Stored) => void, string[]]>([
    ['the screen as a number', (s) => (s.screen = 2), ['screen']],
    ['the screen of a newer version', (s) => (s.screen = 'summary'), ['screen']],
    ['history as a record', (s) => (s.history = { 0: 'wifi' }), ['history']],
    ['asking as a number', (s) => (s.asking = 5), ['asking']],
    ['acknowledged as a text', (s) => (s.acknowledged = 'restart_device'), ['acknowledged']],
    [
      'acknowledged naming a newer step',
      (s) => (s.acknowledged = ['erase_everything']),
      ['acknowledged.0'],
    ],
    ['the start time as a number', (s) => (s.startedAt = 1764064800000), ['startedAt']],
    ['the update time on month 13', (s) => (s.updatedAt = '2026-13-01T00:00:00Z'), ['updatedAt']],
    [
      'a step log entry with an outcome in capitals',
      (s) => (s.stepLog[0].outcome = 'NO_CHANGE'),
      ['stepLog.0'],
    ],
    ['a step tried with outcome null', (s) => (s.facts.stepsTried.check_wifi = null), []],
    ['power as a number', (s) => (s.facts.power = 1), ['facts.power']],
    [
      'the backup size as a text of digits',
      (s) => (s.facts.backupSizeBytes = '2000000000'),
      ['facts.backupSizeBytes'],
    ],
    ['the last backup in year 9999', (s) => (s.facts.lastSuccessfulBackup = '9999-01-01'), []],
    ['the notes as a list', (s) => (s.facts.notes = ['a', 'b']), ['facts.notes']],
  ])('%s', (_label, edit, dropped) => {
    const flow = flowOf(storedWith(edit));
    expect(flow.sessionDropped).toEqual(dropped);
    expect(Session.safeParse(flow.session).success).toBe(true);
    expect(flow.session.facts.wifi).toBe('stable');
  });

  it('a step tried stored as null is put back from the log, not counted as lost', () => {
    const flow = flowOf(storedWith((s) => (s.facts.stepsTried.check_wifi = null)));
    expect(flow.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });
});

describe('sessions cut short or overgrown', () => {
  it.each<[string, Stored, string]>([
    ['only the answers', { facts: { wifi: 'stable' } }, 'questions'],
    ['answers and a screen', { facts: { wifi: 'stable' }, screen: 'results' }, 'results'],
    ['an empty record', {}, 'start'],
    ['only a screen', { screen: 'results' }, 'start'],
  ])('%s: opens on %s', (_label, stored, screen) => {
    const flow = flowOf(stored);
    expect(flow.session.screen).toBe(screen);
    expect(Session.safeParse(flow.session).success).toBe(true);
  });

  it('a step log of 50,000 entries restores in time and keeps the latest', () => {
    const started = performance.now();
    const flow = flowOf(
      storedWith((s) => (s.stepLog = Array.from({ length: 50_000 }, () => ({ ...s.stepLog[0] })))),
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.stepLog.length).toBeGreaterThan(0);
  });

  it('50,000 steps of no version among the steps tried: answers kept, quickly', () => {
    const started = performance.now();
    const flow = flowOf(
      storedWith((s) => {
        for (let i = 0; i < 50_000; i++) s.facts.stepsTried[`bogus step ${i}`] = 'fixed';
      }),
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(flow.session.facts.power).toBe('charging');
  });
});

describe('version marks', () => {
  it.each<[string, unknown, boolean]>([
    ['a mark of version 2', { v: 2 }, true],
    ['a mark as text', { v: '2' }, false],
    ['a mark of version 0', { v: 0 }, false],
    ['a mark of 1.5', { v: 1.5 }, false],
    ['a mark as a number alone', 2, false],
    ['a mark as null', null, false],
  ])('%s: newer is %s', (_label, mark, newer) => {
    const flow = restoreStoredFlow(
      {
        session: storedWith(),
        observations: null,
        preferences: null,
        sessionVersion: storedVersionOf(mark),
      },
      NOW,
    );
    expect(flow.newer).toBe(newer);
    expect(flow.session.facts.wifi).toBe('stable');
  });
});

describe('preferences and readings under odd values', () => {
  it.each<[string, unknown, string | undefined, string[]]>([
    ['a language this version lacks', { locale: 'pt' }, undefined, ['preferences.locale']],
    ['a language in capitals', { locale: 'DE' }, undefined, ['preferences.locale']],
    ['a text', 'de', undefined, ['preferences']],
    ['a newer setting beside a language', { locale: 'ja', fontSize: 3 }, 'ja', []],
    ['an empty record', {}, undefined, []],
  ])('preferences as %s', (_label, stored, locale, dropped) => {
    const read = restorePreferences(stored);
    expect(read.preferences.locale).toBe(locale);
    expect(read.dropped).toEqual(dropped);
  });

  const now = NOW.toISOString();
  it.each<[string, unknown, string[], string[]]>([
    ['a null reading', { status: null }, [], ['reading.status']],
    ['an empty text', '', [], []],
    ['an empty record', {}, [], []],
    ['a valid reading beside a number', { status: statusReading(now), extra: 5 }, ['status'], []],
    [
      'an icloud.com reading with a negative total',
      { icloud: { ...icloudReading(now), totalBytes: -1 } },
      [],
      ['reading.icloud'],
    ],
  ])('readings as %s', (_label, observations, kept, dropped) => {
    const flow = flowOf(null, { observations });
    expect(Object.keys(flow.observations)).toEqual(kept);
    expect(flow.dropped).toEqual(dropped);
  });
});

describe('storage events and writes', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it.each<[string, unknown]>([
    ['a text', 'x'],
    ['a list', [1]],
    ['a number', 3],
  ])(
    'readings changed to %s: the watcher hears every site damaged, never throws',
    async (_label, value) => {
      const heard: unknown[] = [];
      const stop = watchObservations((read) => heard.push(read));
      await local.set({ observations: value });
      await new Promise((r) => setTimeout(r, 20));
      stop();
      expect(heard).toEqual([{ observations: {}, dropped: ['status', 'icloud'] }]);
    },
  );

  it('readings removed while the popup is open: the watcher hears none', async () => {
    await local.set({ observations: { status: statusReading(NOW.toISOString()) } });
    const heard: unknown[] = [];
    const stop = watchObservations((read) => heard.push(read));
    await local.remove('observations');
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(heard).toEqual([{ observations: {}, dropped: [] }]);
  });

  it('the session removed while the popup is open is heard', async () => {
    await local.set({ session: storedWith() });
    const heard = vi.fn();
    const stop = watchSession(heard);
    await local.remove('session');
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('a session save over quota answers false and leaves the mark as it was', async () => {
    await local.set({ session: storedWith(), session$: { v: 1 } });
    vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSession(newSession(NOW))).resolves.toBe(false);
    vi.restoreAllMocks();
    expect(await local.get(['session', 'session$'])).toEqual({
      session: storedWith(),
      session$: { v: 1 },
    });
  });

  it('a language saved over a newer version’s preferences keeps their settings and mark', async () => {
    await local.set({ preferences: { locale: 'pt', fontSize: 3 }, preferences$: { v: 2 } });
    await savePreferences({ locale: 'it' });
    expect(await local.get(['preferences', 'preferences$'])).toEqual({
      preferences: { locale: 'it', fontSize: 3 },
      preferences$: { v: 2 },
    });
  });

  it('readings written back after the worker stored a damaged item keep nothing damaged', async () => {
    await local.set({ observations: { status: statusReading(NOW.toISOString()), icloud: 'x' } });
    const { observations } = await loadObservations();
    await storeObservations(observations);
    expect(Object.keys((await local.get('observations')).observations as object)).toEqual([
      'status',
    ]);
  });

  it.each<[string, unknown]>([
    ['a megabyte of text', 'x'.repeat(1_000_000)],
    ['the situation inside a list', ['outage:1']],
    ['the situation with a trailing space', 'outage:1 '],
  ])('a dismissal stored as %s is not this situation’s', async (_label, value) => {
    await local.set({ hintDismissed: value });
    await expect(isDismissed(fakeBrowser, 'outage:1')).resolves.toBe(false);
  });
});

describe('two windows and closing mid-step', () => {
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const reopened = (session: Session) =>
    restoreStoredFlow(
      { session: JSON.parse(JSON.stringify(session)), observations: null, preferences: null },
      later(90),
    );
  const base = () =>
    answer(answer(newSession(NOW), 'wifi', 'stable', later(1)), 'power', 'charging', later(2));

  it('both windows record a different step at once: both kept after the merge', () => {
    const start = base();
    const mine = recordStep(start, 'check_wifi', 'no_change', later(3));
    const theirs = recordStep(start, 'restart_device', 'fixed', later(3));
    const merged = mergeSessions(start, mine, theirs);
    expect(merged.facts.stepsTried).toEqual({ check_wifi: 'no_change', restart_device: 'fixed' });
    expect(merged.stepLog).toHaveLength(2);
  });

  it('one window answers, the other records a step: both kept', () => {
    const start = base();
    const mine = answer(start, 'twoFactor', true, later(3));
    const theirs = recordStep(start, 'check_wifi', 'no_change', later(3));
    const merged = mergeSessions(start, mine, theirs);
    expect(merged.facts.twoFactor).toBe(true);
    expect(merged.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });

  it('closed after confirming a step in one window and answering in the other: both back', () => {
    const start = base();
    const merged = mergeSessions(
      start,
      acknowledge(start, 'reset_network_settings', later(3)),
      answer(start, 'twoFactor', false, later(4)),
    );
    const flow = reopened(merged);
    expect(flow.dropped).toEqual([]);
    expect(flow.session.acknowledged).toEqual(['reset_network_settings']);
    expect(flow.session.facts.twoFactor).toBe(false);
  });

  it('closed mid-step with a time set an hour back: the steps are kept', () => {
    const s = recordStep(base(), 'check_wifi', 'no_change', new Date(NOW.getTime() - 3_600_000));
    expect(reopened(s).session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });

  it('a session saved at AT, reopened before it (clock set back): kept', () => {
    const flow = restoreStoredFlow(
      { session: storedWith(), observations: null, preferences: null },
      new Date(Date.parse(AT) - 86_400_000),
    );
    expect(flow.dropped).toEqual([]);
    expect(flow.session.facts.wifi).toBe('stable');
  });
});
