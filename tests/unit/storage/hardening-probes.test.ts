import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeDropped } from '../../../src/flow/dropped';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { loadObservations, storeObservations } from '../../../src/storage/observations';
import { readObservations } from '../../../src/storage/read-observations';
import {
  newSession,
  restorePreferences,
  restoreSession,
  savePreferences,
  saveSession,
} from '../../../src/storage/session';
import { icloudReading, statusReading } from '../../support/readings';
import {
  AT as at,
  NOW as now,
  restoredWith as restored,
  type Stored,
} from '../../support/stored-state';

/**
 * Stored values in old or damaged shapes, written by hand with the outcome decided before the
 * code was run: what is valid is kept, and the notice counts what was really lost (a record of
 * steps in the wrong shape is as many steps as it names, less those the step log still holds).
 */

const entry = (stepId: string, outcome = 'no_change') => ({ stepId, outcome, at });

describe('hardening probes: steps tried and the step log in the wrong shape', () => {
  it.each<[string, (s: Stored) => void, number]>([
    [
      'steps tried as a list of three names, one in the log',
      (s) => (s.facts.stepsTried = ['check_wifi', 'restart_device', 'update_ios']),
      2,
    ],
    [
      'steps tried as a list of the one name the log holds',
      (s) => (s.facts.stepsTried = ['check_wifi']),
      0,
    ],
    ['steps tried as one word the log lacks', (s) => (s.facts.stepsTried = 'restart_device'), 1],
    [
      'steps tried as a list of log-like entries',
      (s) =>
        (s.facts.stepsTried = [
          { stepId: 'restart_device', outcome: 'fixed' },
          { stepId: 'update_ios', outcome: 'no_change' },
        ]),
      2,
    ],
    ['steps tried as an empty record', (s) => (s.facts.stepsTried = {}), 0],
    ['steps tried as null', (s) => (s.facts.stepsTried = null), 0],
    [
      'one outcome this version lacks',
      (s) => (s.facts.stepsTried = { check_wifi: 'no_change', restart_device: 'worked' }),
      1,
    ],
    [
      'the step log as a record of three entries',
      (s) =>
        (s.stepLog = {
          0: entry('check_wifi'),
          1: entry('restart_device'),
          2: entry('update_ios'),
        }),
      3,
    ],
    ['the step log as one word', (s) => (s.stepLog = 'check_wifi'), 1],
    ['two bad entries in the step log', (s) => s.stepLog.push('garbage', 7), 2],
    ['steps tried in Japanese letters', (s) => (s.facts.stepsTried = ['Wi-Fiを確認', '再起動']), 2],
  ])('%s: %i steps lost', (_label, edit, steps) => {
    const { session, dropped } = restored(edit);
    expect(summarizeDropped(dropped).steps).toBe(steps);
    expect(session.facts.wifi).toBe('stable');
  });

  it('keeps the step the log holds when the steps tried are a list of names', () => {
    const { session } = restored((s) => (s.facts.stepsTried = ['check_wifi', 'restart_device']));
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
  });
});

describe('hardening probes: other parts of a session in old or damaged shapes', () => {
  it.each<[string, (s: Stored) => void, { reset?: boolean; other?: boolean; facts?: string[] }]>([
    ['acknowledged as a word', (s) => (s.acknowledged = 'check_wifi'), { other: true }],
    ['history as a record', (s) => (s.history = { 0: 'wifi' }), { other: true }],
    ['"not sure" as a record', (s) => (s.facts.unsure = { wifi: true }), { other: true }],
    ['sources as a list', (s) => (s.facts.sources = []), { other: true }],
    ['answers as a word', (s) => (s.facts = 'wifi=stable'), { reset: true }],
    ['Wi-Fi in German words', (s) => (s.facts.wifi = 'stabil'), { facts: ['wifi'] }],
    ['power as true', (s) => (s.facts.power = true), { facts: ['power'] }],
    [
      'the last backup in US order',
      (s) => (s.facts.lastSuccessfulBackup = '11/01/2026'),
      { facts: ['lastSuccessfulBackup'] },
    ],
    [
      'the last change on 31 June',
      (s) => (s.updatedAt = '2026-06-31T10:00:00.000Z'),
      { other: true },
    ],
  ])('%s', (_label, edit, expected) => {
    const summary = summarizeDropped(restored(edit).dropped);
    expect(summary.reset).toBe(expected.reset ?? false);
    expect(summary.other).toBe(expected.other ?? false);
    expect(summary.facts).toEqual(expected.facts ?? []);
  });

  it.each<[string, unknown]>([
    ['a list', []],
    ['a word', 'session'],
    ['a number', 3],
  ])('a session stored as %s starts afresh and says so', (_label, stored) => {
    expect(restoreSession(stored, now)).toEqual({ session: newSession(now), dropped: ['session'] });
  });
});

describe('hardening probes: stored language and readings', () => {
  it.each<[string, unknown, string | undefined, boolean]>([
    ['a language in capitals', { locale: 'EN' }, undefined, true],
    ['a bare language code', 'de', undefined, true],
    ['a language this version lacks', { locale: 'pt-BR' }, undefined, true],
    ['a valid language', { locale: 'fr' }, 'fr', false],
  ])('%s', (_label, stored, locale, named) => {
    const { preferences, dropped } = restorePreferences(stored);
    expect(preferences.locale).toBe(locale);
    expect(dropped.length > 0).toBe(named);
  });

  it.each<[string, unknown, string[], string[]]>([
    [
      'a damaged icloud.com reading',
      { status: statusReading(at), icloud: 'x' },
      ['status'],
      ['icloud'],
    ],
    [
      'a status reading dated in words',
      { status: { ...statusReading(at), observedAt: 'yesterday' } },
      [],
      ['status'],
    ],
    [
      'a reading of a site this version lacks',
      { status: statusReading(at), other: { a: 1 } },
      ['status'],
      [],
    ],
    [
      'a reading from a plain http address',
      { icloud: { ...icloudReading(at), url: 'http://www.icloud.com/settings/' } },
      [],
      ['icloud'],
    ],
    [
      'both valid',
      { status: statusReading(at), icloud: icloudReading(at) },
      ['status', 'icloud'],
      [],
    ],
  ])('%s', (_label, stored, kept, dropped) => {
    const read = readObservations(stored);
    expect(Object.keys(read.observations).sort()).toEqual([...kept].sort());
    expect(read.dropped).toEqual(dropped);
  });
});

describe('hardening probes: storage that fails or was written by a newer version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says a save failed when storage refuses it (quota)', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError'),
    );
    expect(await saveSession(newSession(now))).toBe(false);
  });

  it('says a language could not be saved when storage refuses it', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    expect(await savePreferences({ locale: 'de' })).toBe(false);
  });

  it('reads no readings, without throwing, when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await loadObservations()).toEqual({ observations: {}, dropped: [] });
  });

  it('writes nothing back when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await storeObservations({ status: statusReading(at) })).toBe(false);
  });

  it('labels a session it saves over a newer version’s with its own version', async () => {
    await fakeBrowser.storage.local.set({ session: { facts: {}, mood: 'x' }, session$: { v: 2 } });
    expect(await saveSession(newSession(now))).toBe(true);
    expect(await sessionItem.getValue()).toEqual(newSession(now));
    expect((await fakeBrowser.storage.local.get('session$')).session$).toEqual({ v: 1 });
  });

  it('keeps the label of readings written by the worker', async () => {
    await observationsItem.setValue({ status: statusReading(at) });
    expect(await storeObservations({ status: statusReading(at) })).toBe(true);
  });
});
