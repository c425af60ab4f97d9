import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { loadObservations, storeObservations } from '../../../src/storage/observations';
import { readObservations } from '../../../src/storage/read-observations';
import {
  newSession,
  restorePreferences,
  restoreSession,
  saveSession,
  type Session,
} from '../../../src/storage/session';
import { icloudReading, statusReading, storedSession } from '../../support/readings';
import {
  AT as at,
  NOW as now,
  storedWith as stored,
  type Stored,
} from '../../support/stored-state';

/**
 * Stored values in shapes written by hand, with the outcome decided before the code was run:
 * what is valid is kept, what is not is named, and no read or write throws.
 */

describe('probes: a stored session with one damaged part', () => {
  it.each<[string, (s: Stored) => void, string[]]>([
    ['a "not sure" list that is a word', (s) => (s.facts.unsure = 'wifi'), ['facts.unsure']],
    ['an answer in capitals', (s) => (s.facts.wifi = 'STABLE'), ['facts.wifi']],
    ['a screen this version lacks', (s) => (s.screen = 'settings'), ['screen']],
    [
      'an unknown name in the history',
      (s) => (s.history = ['wifi', 'bogus', 'power']),
      ['history.1'],
    ],
    ['a start time in words', (s) => (s.startedAt = 'yesterday'), ['startedAt']],
    ['a step time as a number', (s) => (s.stepLog[0].at = 12345), ['stepLog.0']],
    [
      'an unknown acknowledged step',
      (s) => (s.acknowledged = ['check_wifi', 'no_such_step']),
      ['acknowledged.1'],
    ],
    ['a "constructor" fact', (s) => (s.facts.constructor = 'x'), ['facts.constructor']],
    [
      'a negative storage category',
      (s) => (s.facts.storageByCategory = { photos: 3e9, backup: -1 }),
      ['facts.storageByCategory.backup'],
    ],
    ['a source time in words', (s) => (s.facts.sources.power.at = 'noon'), ['facts.sources.power']],
    ['notes of a million letters', (s) => (s.facts.notes = 'x'.repeat(1e6)), ['facts.notes']],
    ['the last change as a number', (s) => (s.updatedAt = 1), ['updatedAt']],
  ])('%s: named, every valid answer kept', (_l, edit, dropped) => {
    const restored = restoreSession(stored(edit), now);
    expect(restored.dropped).toEqual(dropped);
    expect(restored.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    if (!dropped.includes('facts.wifi')) expect(restored.session.facts.wifi).toBe('stable');
    expect(restored.session.facts.power).toBe('charging');
  });

  it('an answer dropped takes its source and its place in the history', () => {
    const { session } = restoreSession(
      stored((s) => (s.facts.wifi = 'STABLE')),
      now,
    );
    expect(session.facts.sources).toEqual({ power: { source: 'user', at } });
    expect(session.history).toEqual(['power']);
  });

  it('a step tried with an unknown outcome is taken from the step log', () => {
    const restored = restoreSession(
      stored((s) => (s.facts.stepsTried.check_wifi = 'maybe')),
      now,
    );
    expect(restored.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    expect(restored.dropped).toEqual([]);
  });

  it('a "__proto__" fact is named, and pollutes nothing', () => {
    const value = JSON.parse(
      JSON.stringify(stored()).replace('"facts":{', '"facts":{"__proto__":{"wifi":"none"},'),
    ) as unknown;
    const restored = restoreSession(value, now);
    expect(restored.dropped).toEqual(['facts.__proto__']);
    expect(restored.session.facts.wifi).toBe('stable');
    expect(({} as Record<string, unknown>).wifi).toBeUndefined();
  });

  it('an unknown field beside the session is left out, no answer with it', () => {
    expect(
      restoreSession(
        stored((s) => (s.theme = 'dark')),
        now,
      ),
    ).toEqual({
      session: stored(),
      dropped: [],
    });
  });

  it.each<[string, unknown]>([
    ['the session as JSON text', JSON.stringify(storedSession(at))],
    ['an empty list', []],
    ['the session one level down', { session: storedSession(at) }],
    ['zero', 0],
  ])('%s starts afresh, said so', (_l, value) => {
    expect(restoreSession(value, now)).toEqual({ session: newSession(now), dropped: ['session'] });
  });
});

describe('probes: stored preferences and readings', () => {
  it.each<[string, unknown, object, string[]]>([
    [
      'a known language and an unknown field',
      { locale: 'de', theme: 'dark' },
      { locale: 'de' },
      [],
    ],
    ['a bare word', 'de', {}, ['preferences']],
    ['a language not spoken', { locale: 'pt' }, {}, ['preferences.locale']],
  ])('preferences: %s', (_l, value, preferences, dropped) => {
    expect(restorePreferences(value)).toEqual({ preferences, dropped });
  });

  const status = statusReading(at);
  const icloud = icloudReading(at);
  it.each<[string, unknown, object, string[]]>([
    ['a valid reading beside a word', { status, icloud: 'x' }, { status }, ['icloud']],
    ['a site this version lacks', { status, weather: {} }, { status }, []],
    ['a word', 'garbage', {}, ['status', 'icloud']],
    [
      'a time that is no time',
      { status: { ...status, observedAt: 'NaN' }, icloud },
      { icloud },
      ['status'],
    ],
  ])('readings: %s', (_l, value, observations, dropped) => {
    const read = readObservations(value);
    expect(read.observations).toEqual(observations);
    expect([...read.dropped].sort()).toEqual([...dropped].sort());
  });
});

describe('probes: storage that fails', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a full disk: the session is not saved, and said so; what was stored stays', async () => {
    await sessionItem.setValue(stored());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError'),
    );
    expect(await saveSession({ ...(stored() as Session), screen: 'success' })).toBe(false);
    expect(await sessionItem.getValue()).toEqual(stored());
  });

  it('a storage that cannot be read gives no readings, and a failed removal says so', async () => {
    await observationsItem.setValue({ status: 'damaged' });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await loadObservations()).toEqual({ observations: {}, dropped: [] });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('IO error'));
    expect(await storeObservations({})).toBe(false);
  });
});

describe('probes: the popup removing a damaged reading while others write', () => {
  beforeEach(() => fakeBrowser.reset());
  const older = statusReading('2026-11-25T08:00:00.000Z');
  const newer = statusReading('2026-11-25T09:30:00.000Z');

  it('a reading the worker stored since the popup read is kept', async () => {
    await observationsItem.setValue({ status: older, icloud: 'damaged' });
    const read = await loadObservations();
    expect(read.dropped).toEqual(['icloud']);
    // The worker stores a newer reading (and leaves the damaged one out, as it always does).
    await observationsItem.setValue({ status: newer });
    expect(await storeObservations(read.observations)).toBe(true);
    expect(await observationsItem.getValue()).toEqual({ status: newer });
  });

  it('readings deleted since the popup read stay deleted', async () => {
    await observationsItem.setValue({ status: older, icloud: 'damaged' });
    const read = await loadObservations();
    await observationsItem.removeValue();
    await storeObservations(read.observations);
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('with nothing written since, the damaged reading is removed and the valid one kept', async () => {
    await observationsItem.setValue({ status: older, icloud: 'damaged' });
    const read = await loadObservations();
    expect(await storeObservations(read.observations)).toBe(true);
    expect(await observationsItem.getValue()).toEqual({ status: older });
  });
});
