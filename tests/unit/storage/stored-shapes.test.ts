import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeDropped } from '../../../src/flow/dropped';
import { readObservations } from '../../../src/storage/read-observations';
import {
  restorePreferences,
  restoreSession,
  savePreferences,
  saveSession,
  Session,
} from '../../../src/storage/session';
import { icloudReading, statusReading } from '../../support/readings';
import { AT, NOW, storedWith, type Stored } from '../../support/stored-state';

/**
 * Stored values in the shapes an older build, a newer build, a sync glitch or a full disk leave,
 * each with the outcome decided before the code was run: what is valid is kept, progress is never
 * lost, and only what was really left out is named.
 */

const answers = (s: Session) => ({ wifi: s.facts.wifi, power: s.facts.power });
const KEPT = { wifi: 'stable', power: 'charging' };

describe('a session written by an older or a newer build', () => {
  it.each<[string, (s: Stored) => void]>([
    ['an older build without the step log', (s) => delete s.stepLog],
    ['an older build without the confirmed steps', (s) => delete s.acknowledged],
    ['an older build without a start time', (s) => delete s.startedAt],
    ['an older build without the order of answers', (s) => delete s.history],
    ['a newer build with a field of its own', (s) => (s.theme = 'dark')],
    ['a newer build with a nested field of its own', (s) => (s.sync = { device: 'x', n: 2 })],
    ['a newer build with a field named like a prototype', (s) => (s.constructor = { a: 1 })],
    ['a newer build with a huge field of its own', (s) => (s.cache = 'x'.repeat(200_000))],
  ])('%s: every answer kept, nothing named', (_label, edit) => {
    const { session, dropped } = restoreSession(storedWith(edit), NOW);
    expect(answers(session)).toEqual(KEPT);
    expect(session.screen).toBe('results');
    expect(dropped).toEqual([]);
  });

  it.each<[string, (s: Stored) => void, string]>([
    ['an answer a newer build knows', (s) => (s.facts.batteryHealth = 81), 'other'],
    ['a step this build does not know', (s) => (s.facts.stepsTried.new_step = 'fixed'), 'steps'],
    ['a screen a newer build added', (s) => (s.screen = 'settings'), 'other'],
    ['an answer in a form this build does not read', (s) => (s.facts.wifi = 'STABLE'), 'facts'],
    ['a start time without its zone', (s) => (s.startedAt = '2026-11-25T09:00:00'), 'other'],
    ['a huge typed message', (s) => (s.facts.alertText = 'a'.repeat(100_000)), 'facts'],
  ])('%s: the rest kept, and what went is named (%s)', (_label, edit, kind) => {
    const { session, dropped } = restoreSession(storedWith(edit), NOW);
    const summary = summarizeDropped(dropped);
    expect(summary.reset).toBe(false);
    if (kind === 'other') expect(summary.other).toBe(true);
    if (kind === 'steps') expect(summary.steps).toBe(1);
    if (kind === 'facts') expect(summary.facts.length).toBe(1);
    expect(session.facts.power).toBe('charging');
  });

  it.each<[string, unknown]>([
    ['JSON text of a session', JSON.stringify(storedWith(() => undefined))],
    ['a number', 7],
    ['a list of sessions', [storedWith(() => undefined)]],
    // As tests/unit/storage/damaged-state.test.ts decided: the popup cannot tell it from damage.
    ['an empty list', []],
    ['an empty text', ''],
    ['answers stored as a word', storedWith((s) => (s.facts = 'wifi'))],
  ])('%s: a fresh start, said so', (_label, stored) => {
    const { session, dropped } = restoreSession(stored, NOW);
    expect(session.screen).toBe('start');
    expect(summarizeDropped(dropped).reset).toBe(true);
  });

  it('an empty record holds no progress: a fresh start, nothing said', () => {
    expect(restoreSession({}, NOW).dropped).toEqual([]);
  });

  it('a name of the prototype among the answers changes no other object', () => {
    const stored = JSON.parse(
      JSON.stringify(storedWith(() => undefined)).replace(
        '"wifi":',
        '"__proto__":{"polluted":true},"wifi":',
      ),
    );
    const { session } = restoreSession(stored, NOW);
    expect(answers(session)).toEqual(KEPT);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('preferences written by an older or a newer build', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown, string | undefined, string[]]>([
    ['a language and a newer field', { locale: 'de', fontSize: 'large' }, 'de', []],
    ['a newer field alone', { contrast: 'high' }, undefined, []],
    ['a language this build lacks', { locale: 'pt-BR' }, undefined, ['preferences.locale']],
    ['a language in capitals', { locale: 'DE' }, undefined, ['preferences.locale']],
    ['a bare word', 'de', undefined, ['preferences']],
    ['an empty list', [], undefined, ['preferences']],
    ['an empty record', {}, undefined, []],
  ])('%s: read as %s', (_label, stored, locale, dropped) => {
    expect(restorePreferences(stored)).toEqual({
      preferences: locale ? { locale } : {},
      dropped,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a font size', { locale: 'de', fontSize: 'large' }],
    ['a nested setting', { locale: 'ja', theme: { dark: true } }],
    ['no language yet', { reducedMotion: true }],
  ])("choosing a language keeps a newer build's %s", async (_label, stored) => {
    await fakeBrowser.storage.local.set({ preferences: stored });
    expect(await savePreferences({ locale: 'fr' })).toBe(true);
    const { preferences } = await fakeBrowser.storage.local.get('preferences');
    expect(preferences).toEqual({ ...stored, locale: 'fr' });
  });

  it('choosing a language over damaged preferences writes the language alone', async () => {
    await fakeBrowser.storage.local.set({ preferences: 'corrupted' });
    expect(await savePreferences({ locale: 'it' })).toBe(true);
    expect((await fakeBrowser.storage.local.get('preferences')).preferences).toEqual({
      locale: 'it',
    });
  });

  it('a language whose stored value cannot be read first is still saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('busy'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await savePreferences({ locale: 'es' })).toBe(true);
    expect(set).toHaveBeenCalledWith(expect.objectContaining({ preferences: { locale: 'es' } }));
  });

  it('a full disk is said, not thrown', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );
    expect(await savePreferences({ locale: 'zh' })).toBe(false);
  });
});

describe('saving the session', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown]>([
    ['a full disk', new DOMException('quota', 'QuotaExceededError')],
    ['storage gone', new Error('Extension context invalidated')],
    ['a thrown string', 'no'],
  ])('%s is said, not thrown', async (_label, error) => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(error);
    expect(await saveSession(Session.parse(storedWith(() => undefined)))).toBe(false);
  });

  it('writes the version of its shape with it', async () => {
    await saveSession(Session.parse(storedWith(() => undefined)));
    expect((await fakeBrowser.storage.local.get('session$'))['session$']).toEqual({ v: 1 });
  });
});

describe('stored page readings in odd shapes', () => {
  const status = statusReading(AT);
  const icloud = icloudReading(AT);
  it.each<[string, unknown, string[], string[]]>([
    ['an empty list', [], [], []],
    ['an empty record', {}, [], []],
    ['an empty text', '', [], []],
    ['a reading per site with null for one', { status, icloud: null }, ['status'], ['icloud']],
    [
      'a third site of a newer build',
      { status, icloud, weather: { x: 1 } },
      ['icloud', 'status'],
      [],
    ],
    ['a word', 'corrupted', [], ['icloud', 'status']],
    ['a list holding a reading', [status], [], ['icloud', 'status']],
    ['a status reading where the icloud one goes', { icloud: status }, [], ['icloud']],
  ])('%s', (_label, stored, kept, dropped) => {
    const read = readObservations(stored);
    expect(Object.keys(read.observations).sort()).toEqual(kept);
    expect([...read.dropped].sort()).toEqual(dropped);
  });
});
