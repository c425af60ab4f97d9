import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { restorePreferences, Session } from '../../../src/storage/session';
import {
  loadObservations,
  readObservations,
  storeObservations,
} from '../../../src/storage/observations';
import { isDismissed } from '../../../src/storage/hint-dismissal';
import { NOW, AT, storedWith, type Stored } from '../../support/stored-state';
import { icloudReading, statusReading } from '../../support/readings';

/**
 * Round 25 (second half) probes of stored state read back, each outcome written down before the
 * code ran: values valid one by one that contradict each other, sessions half written or stored
 * as text, prototype names, readings of pages the extension does not read, and dismissals of
 * every odd kind. Whatever is stored, the popup opens with every valid answer, names only what it
 * left out, and Object.prototype stays untouched.
 */

const flowOf = (session: Stored, extra: Record<string, unknown> = {}) =>
  restoreStoredFlow({ session, observations: null, preferences: null, ...extra }, NOW);
const parsed = (json: string): Stored => JSON.parse(json);

describe('sessions whose values contradict each other: opened, answers kept', () => {
  it.each<[string, (s: Stored) => void]>([
    [
      'updated before it started',
      (s) => ((s.startedAt = AT), (s.updatedAt = '2020-01-01T00:00:00.000Z')),
    ],
    ['started in year 9999', (s) => (s.startedAt = '9999-12-31T23:59:59.000Z')],
    [
      'a step fixed among the steps tried, no change in the log',
      (s) => (s.facts.stepsTried.check_wifi = 'fixed'),
    ],
    ['wifi answered and also "not sure"', (s) => (s.facts.unsure = ['wifi'])],
    [
      'the same log entry three times',
      (s) => (s.stepLog = [s.stepLog[0], s.stepLog[0], s.stepLog[0]]),
    ],
    [
      'a used size above the plan',
      (s) => Object.assign(s.facts, { storageUsedBytes: 9e9, storageTotalBytes: 5e9 }),
    ],
    ['the results screen with no diagnosis input', (s) => (s.screen = 'success')],
    ['history naming an answer twice', (s) => (s.history = ['wifi', 'wifi', 'power'])],
  ])('%s', (_label, edit) => {
    const flow = flowOf(storedWith(edit));
    expect(Session.safeParse(flow.session).success).toBe(true);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.facts.power).toBe('charging');
  });
});

describe('damaged parts: only they are named', () => {
  it.each<[string, (s: Stored) => void, string[]]>([
    ['a source without its time', (s) => delete s.facts.sources.wifi.at, ['facts.sources.wifi']],
    // Finer than expected: the source is kept without its address.
    [
      'a source with a javascript: address',
      (s) => (s.facts.sources.wifi.url = 'javascript:alert(1)'),
      ['facts.sources.wifi.url'],
    ],
    [
      'a log entry dated on 31 April',
      (s) => (s.stepLog[0].at = '2026-04-31T10:00:00.000Z'),
      ['stepLog.0'],
    ],
    ['the notes as a number', (s) => (s.facts.notes = 42), ['facts.notes']],
  ])('%s', (_label, edit, dropped) => {
    const flow = flowOf(storedWith(edit));
    expect(flow.sessionDropped).toEqual(dropped);
    expect(flow.session.facts.wifi).toBe('stable');
  });
});

describe('sessions of odd shape', () => {
  it('history of 1,000 entries: the first 100 kept, the rest named as history', () => {
    const flow = flowOf(
      storedWith((s) => (s.history = Array.from({ length: 1000 }, () => 'wifi'))),
    );
    expect(flow.session.history.length).toBeLessThanOrEqual(100);
    expect(flow.sessionDropped.every((path) => path.startsWith('history'))).toBe(true);
    expect(flow.session.facts.wifi).toBe('stable');
  });
  it('a log entry with a field of no version: the session read holds no trace of it', () => {
    const flow = flowOf(storedWith((s) => (s.stepLog[0]['who did it'] = 'Anna')));
    expect(JSON.stringify(flow.session)).not.toContain('Anna');
    expect(flow.session.stepLog).toHaveLength(1);
  });
  it('a session stored as its JSON text starts afresh, said so', () => {
    const flow = flowOf(JSON.stringify(storedWith()));
    expect(flow.sessionDropped).toEqual(['session']);
    expect(flow.session.screen).toBe('start');
  });
  it.each<[string, unknown]>([
    ['a number', 7],
    ['true', true],
    ['a list of sessions', [storedWith()]],
  ])('a session stored as %s starts afresh, said so', (_label, stored) => {
    expect(flowOf(stored).sessionDropped).toEqual(['session']);
  });
  it('a half-written session (facts cut off, no times) keeps the answers it has', () => {
    const flow = flowOf({ facts: { wifi: 'hotspot', power: 'battery' }, screen: 'questions' });
    expect(flow.session.facts).toMatchObject({ wifi: 'hotspot', power: 'battery' });
    expect(Session.safeParse(flow.session).success).toBe(true);
  });
  it('__proto__ among the steps tried (as storage gives it back) pollutes nothing', () => {
    const stored = parsed(
      JSON.stringify(storedWith()).replace(
        '"stepsTried":{',
        '"stepsTried":{"__proto__":{"polluted":1},',
      ),
    );
    const flow = flowOf(stored);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(flow.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    expect(flow.session.facts.wifi).toBe('stable');
  });
  it('__proto__ in the facts is named, the answers kept', () => {
    const stored = parsed(
      JSON.stringify(storedWith()).replace('"facts":{', '"facts":{"__proto__":{"wifi":"none"},'),
    );
    const flow = flowOf(stored);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.sessionDropped).toEqual(['facts.__proto__']);
  });
  it('a newer session (a field and a screen of its own) is newer, not damage', () => {
    const flow = flowOf(
      storedWith((s) => (s.facts.satelliteLink = 'on')),
      { sessionVersion: 3 },
    );
    expect(flow.newer).toBe(true);
    expect(flow.session.facts.wifi).toBe('stable');
  });
  it('a step log of 600 entries of unknown steps: the answers kept, quickly', () => {
    const started = performance.now();
    const flow = flowOf(
      storedWith((s) => {
        s.stepLog = Array.from({ length: 600 }, (_, i) => ({
          stepId: `step_${i}`,
          outcome: 'fixed',
          at: AT,
        }));
      }),
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.stepLog.length).toBeLessThanOrEqual(500);
  });
});

describe('stored readings', () => {
  it.each<[string, unknown, string[]]>([
    [
      'a status reading of another host',
      { status: { ...statusReading(AT), url: 'https://evil.example/support/systemstatus/' } },
      ['status'],
    ],
    ['a storage reading filed under status', { status: icloudReading(AT) }, ['status']],
    ['a reading of a site no version reads ("mail")', { mail: { kind: 'mail' } }, []],
    ['a reading stored as a number', { status: 3 }, ['status']],
    [
      'readings as a JSON text',
      JSON.stringify({ status: statusReading(AT) }),
      ['status', 'icloud'],
    ],
    ['a reading dated year 0', { status: statusReading('0000-01-01T00:00:00.000Z') }, []],
    ['__proto__ as a site', parsed(`{"__proto__": ${JSON.stringify(statusReading(AT))}}`), []],
  ])('%s: dropped %j', (_label, stored, dropped) => {
    expect(readObservations(stored).dropped).toEqual(dropped);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('a reading with a field of a newer reader is kept without it', () => {
    const read = readObservations({ status: { ...statusReading(AT), ownerName: 'Anna' } });
    expect(read.dropped).toEqual([]);
    expect(JSON.stringify(read.observations)).not.toContain('Anna');
  });
});

describe('storage that fails or holds odd values', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('a failing read of the readings opens with none', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    await expect(loadObservations()).resolves.toEqual({ observations: {}, dropped: [] });
  });
  it('storing readings into failing storage says false, no throw', async () => {
    await fakeBrowser.storage.local.set({ observations: { status: statusReading(AT), x: 1 } });
    const { observations } = await loadObservations();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA'));
    await expect(storeObservations(observations)).resolves.toBe(false);
  });
  it.each<[string, unknown]>([
    ['a number', 1],
    ['an object', { situation: 's' }],
    ['the situation with a space', 's '],
    ['null', null],
  ])('a dismissal stored as %s does not hide the hint', async (_label, value) => {
    await fakeBrowser.storage.local.set({ hintDismissed: value });
    expect(await isDismissed(fakeBrowser, 's')).toBe(false);
  });
  it.each<[string, unknown, string[]]>([
    ['a language in capitals', { locale: 'DE' }, ['preferences.locale']],
    ['a language as a number', { locale: 7 }, ['preferences.locale']],
    ['preferences as a text', 'de', ['preferences']],
    ['a newer setting beside a good language', { locale: 'ja', fontSize: 'large' }, []],
  ])('preferences with %s', (_label, stored, dropped) => {
    expect(restorePreferences(stored).dropped).toEqual(dropped);
  });
});
