import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readObservations, storeObservations } from '../../../src/storage/observations';
import {
  restorePreferences,
  savePreferences,
  saveSession,
  newSession,
} from '../../../src/storage/session';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { statusReading } from '../../support/readings';
import { AT, NOW, storedWith, type Stored } from '../../support/stored-state';

/**
 * Stored values in old, newer and damaged shapes, each with the outcome decided before the code
 * was run: what is valid is kept, what is not is named, nothing throws, and no name from storage
 * reaches another object.
 */

const flowOf = (session: Stored, sessionVersion?: number) =>
  restoreStoredFlow({ session, observations: null, preferences: null, sessionVersion }, NOW);

/** Nested `depth` lists deep, built without recursion. */
function deep(depth: number): Stored {
  let value: Stored = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('stored sessions', () => {
  it.each<[string, Stored, { dropped: string[]; newer?: boolean; wifi?: unknown }]>([
    [
      "an older build's, without history, acknowledged steps and step log",
      storedWith((s) => (delete s.history, delete s.acknowledged, delete s.stepLog)),
      { dropped: [], wifi: 'stable' },
    ],
    ['a session saved as JSON text', JSON.stringify(storedWith()), { dropped: ['session'] }],
    ['a number', 42, { dropped: ['session'] }],
    ['true', true, { dropped: ['session'] }],
    ['answers that are null', storedWith((s) => (s.facts = null)), { dropped: ['session'] }],
    ['answers that are a list', storedWith((s) => (s.facts = [])), { dropped: ['session'] }],
    [
      'a screen of a later build',
      storedWith((s) => (s.screen = 'settings')),
      { dropped: ['screen'], wifi: 'stable' },
    ],
    [
      'a last change that is a word',
      storedWith((s) => (s.updatedAt = 'yesterday')),
      { dropped: ['updatedAt'], wifi: 'stable' },
    ],
    [
      'a start time in milliseconds',
      storedWith((s) => (s.startedAt = 1732526400000)),
      { dropped: ['startedAt'], wifi: 'stable' },
    ],
    [
      'an answer in capitals',
      storedWith((s) => (s.facts.wifi = 'Stable')),
      { dropped: ['facts.wifi'], wifi: undefined },
    ],
    [
      '"not sure" as text, not a list',
      storedWith((s) => (s.facts.unsure = 'wifi')),
      { dropped: ['facts.unsure'], wifi: 'stable' },
    ],
    [
      'a negative storage figure',
      storedWith((s) => (s.facts.storageUsedBytes = -5)),
      { dropped: ['facts.storageUsedBytes'], wifi: 'stable' },
    ],
    [
      'a storage figure stored as null (infinity through JSON)',
      storedWith((s) => (s.facts.storageUsedBytes = null)),
      { dropped: ['facts.storageUsedBytes'], wifi: 'stable' },
    ],
    [
      'a last backup in month 13',
      storedWith((s) => (s.facts.lastSuccessfulBackup = '2026-13-01')),
      { dropped: ['facts.lastSuccessfulBackup'], wifi: 'stable' },
    ],
    [
      'a message of 100,000 letters',
      storedWith((s) => (s.facts.alertText = 'x'.repeat(100_000))),
      { dropped: ['facts.alertText'], wifi: 'stable' },
    ],
    [
      'a confirmed step this version lacks',
      storedWith((s) => (s.acknowledged = ['reflash_firmware'])),
      { dropped: ['acknowledged.0'], wifi: 'stable' },
    ],
    ['a later shape that is no session at all', 'corrupted', { dropped: ['session'] }],
    [
      'notes nested 100,000 lists deep',
      storedWith((s) => (s.facts.notes = deep(100_000))),
      { dropped: ['facts.notes'], wifi: 'stable' },
    ],
  ])('%s', (_label, session, expected) => {
    const flow = flowOf(session);
    expect(flow.dropped).toEqual(expected.dropped);
    expect(flow.newer).toBe(expected.newer ?? false);
    expect(flow.session.facts.wifi).toBe(expected.wifi);
  });

  it('a field of a newer build nested 100,000 lists deep: newer, nothing thrown', () => {
    const flow = flowOf(storedWith((s) => (s.extra = deep(100_000))));
    expect(flow.newer).toBe(true);
    expect(flow.session.facts.wifi).toBe('stable');
  });

  it('a version that is no object: read as this version', () => {
    expect(flowOf(storedWith(), undefined).newer).toBe(false);
  });

  it('150 answers in the order of answers: the latest 100 kept, the answers too', () => {
    const flow = flowOf(storedWith((s) => (s.history = Array(150).fill('wifi'))));
    expect(flow.session.history.length).toBeLessThanOrEqual(100);
    expect(flow.session.facts.wifi).toBe('stable');
  });

  it('5,000 valid steps in the log: read within a second, the log bounded', () => {
    const log = Array.from({ length: 5000 }, () => ({
      stepId: 'check_wifi',
      outcome: 'no_change',
      at: AT,
    }));
    const started = performance.now();
    const flow = flowOf(storedWith((s) => (s.stepLog = log)));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(flow.session.stepLog.length).toBeLessThanOrEqual(500);
    expect(flow.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });

  it('a step logged on February 30th: the entry dropped, the step still tried', () => {
    const flow = flowOf(storedWith((s) => (s.stepLog[0].at = '2026-02-30T10:00:00.000Z')));
    expect(flow.session.stepLog).toEqual([]);
    expect(flow.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });

  it('a source dated with a word: the answer kept, its source dropped', () => {
    const flow = flowOf(storedWith((s) => (s.facts.sources.wifi.at = 'bad')));
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.facts.sources?.wifi).toBeUndefined();
    expect(flow.dropped).toEqual(['facts.sources.wifi']);
  });

  it.each<[string, string]>([
    ['answers', '{"__proto__":{"wifi":"none","polluted":1},'],
    ['the session', ''],
  ])('a prototype name in %s: no answer from it, no object changed', (where, inner) => {
    const text = JSON.stringify(storedWith());
    const session = JSON.parse(
      where === 'answers'
        ? text.replace('"facts":{', `"facts":${inner}`)
        : text.replace('{', '{"__proto__":{"polluted":1},"constructor":{"x":1},'),
    );
    const flow = flowOf(session);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A name of the prototype is no field any version writes: damage, not a newer version.
    expect(flow.newer).toBe(false);
  });
});

describe('stored preferences', () => {
  it.each<[string, Stored, Stored, string[]]>([
    ['a language this version lacks', { locale: 'pt' }, {}, ['preferences.locale']],
    ['a language with a newer setting', { locale: 'de', fontSize: 2 }, { locale: 'de' }, []],
    ['a language as bare text', 'de', {}, ['preferences']],
    ['a language in capitals', { locale: 'DE' }, {}, ['preferences.locale']],
    ['a language under a prototype name', JSON.parse('{"__proto__":{"locale":"de"}}'), {}, []],
  ])('%s', (_label, stored, preferences, dropped) => {
    expect(restorePreferences(stored)).toEqual({ preferences, dropped });
  });
});

describe('stored readings', () => {
  const status = statusReading(AT);
  it.each<[string, Stored, string[], string[]]>([
    [
      'a valid status beside a word for icloud.com',
      { status, icloud: 'x' },
      ['status'],
      ['icloud'],
    ],
    [
      'a status reading dated with a word',
      { status: { ...status, observedAt: 'yesterday' } },
      [],
      ['status'],
    ],
    ['a word', 'corrupted', [], ['status', 'icloud']],
    ['an empty record', {}, [], []],
    [
      'a valid status beside a site of a newer build',
      { status, weather: { t: 1 } },
      ['status'],
      [],
    ],
  ])('%s', (_label, stored, kept, dropped) => {
    const read = readObservations(stored);
    expect(Object.keys(read.observations)).toEqual(kept);
    expect(read.dropped.sort()).toEqual(dropped.sort());
  });
});

describe('writes that fail or find damage', () => {
  const local = fakeBrowser.storage.local;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it.each<[string, Stored, Stored]>([
    ['a word', 'corrupted', { locale: 'fr' }],
    ['a newer setting', { locale: 'de', theme: 'dark' }, { locale: 'fr', theme: 'dark' }],
    ['a list', ['de'], { locale: 'fr' }],
  ])('a language chosen over %s: saved, what is valid kept', async (_label, before, after) => {
    await local.set({ preferences: before });
    expect(await savePreferences({ locale: 'fr' })).toBe(true);
    expect((await local.get('preferences')).preferences).toEqual(after);
  });

  it('a language chosen while storage cannot be read: saved', async () => {
    vi.spyOn(local, 'get').mockRejectedValue(new Error('IO'));
    expect(await savePreferences({ locale: 'fr' })).toBe(true);
  });

  it('a language chosen on a full disk: false, never thrown', async () => {
    vi.spyOn(local, 'set').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    expect(await savePreferences({ locale: 'fr' })).toBe(false);
  });

  it.each<[string, () => never | Promise<never>]>([
    ['rejects', () => Promise.reject(new DOMException('quota', 'QuotaExceededError'))],
    [
      'throws at once',
      () => {
        throw new Error('Extension context invalidated');
      },
    ],
  ])('a session saved while storage %s: false, never thrown', async (_label, fail) => {
    vi.spyOn(local, 'set').mockImplementation(fail);
    await expect(saveSession(newSession(NOW))).resolves.toBe(false);
  });

  it.each<['get' | 'set']>([['get'], ['set']])(
    'readings written back while storage fails to %s: false, never thrown',
    async (method) => {
      await local.set({ observations: { status: statusReading(AT), icloud: 'x' } });
      const { observations } = readObservations((await local.get('observations')).observations);
      vi.spyOn(local, method).mockRejectedValue(new Error('IO'));
      await expect(storeObservations(observations)).resolves.toBe(false);
    },
  );
});
