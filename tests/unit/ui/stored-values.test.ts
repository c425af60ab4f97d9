import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { observationsItem, preferencesItem, sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { readStoredValues, startPreview, type StoredValues } from '../../../src/ui/stored-values';
import { statusReading, storedSession } from '../../support/readings';

const now = new Date('2026-12-01T10:00:00Z');
const nothing: StoredValues = { session: null, observations: null, preferences: null };
const fresh = newSession(now);

describe('reading storage for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the storage items wrote, and absent items as null', async () => {
    await sessionItem.setValue(fresh);
    await preferencesItem.setValue({ locale: 'de' });
    expect(await readStoredValues()).toEqual({
      session: fresh,
      observations: null,
      preferences: { locale: 'de' },
    });
    await observationsItem.setValue({ status: statusReading(now.toISOString()) });
    expect((await readStoredValues())?.observations).toEqual({
      status: statusReading(now.toISOString()),
    });
  });

  it('says so when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    expect(await readStoredValues()).toBeUndefined();
  });
});

describe('when the start screen may show before the checks', () => {
  it.each([
    ['nothing stored', nothing, undefined],
    ['a new session', { ...nothing, session: fresh }, undefined],
    ['a language chosen earlier', { ...nothing, preferences: { locale: 'fr' } }, 'fr'],
    ['no language in the preferences', { ...nothing, preferences: {} }, undefined],
  ])('%s: yes, in the right language', (_label, values, locale) => {
    expect(startPreview(values)).toEqual({ chosenLocale: locale });
  });

  it.each([
    ['storage could not be read', undefined],
    ['answers', { ...nothing, session: storedSession(now.toISOString()) }],
    ['another screen', { ...nothing, session: { ...fresh, screen: 'questions' } }],
    ['a message typed', { ...nothing, session: { ...fresh, facts: { alertText: 'x' } } }],
    ['an unreadable session', { ...nothing, session: '{corrupted' }],
    ['a page reading', { ...nothing, observations: { status: statusReading(now.toISOString()) } }],
    ['an unknown language', { ...nothing, preferences: { locale: 'xx' } }],
    ['unreadable preferences', { ...nothing, preferences: 'de' }],
  ])('%s: no, the checked flow decides', (_label, values) => {
    expect(startPreview(values)).toBeUndefined();
  });

  it.each([
    ['nothing stored', nothing],
    ['a new session', { ...nothing, session: fresh }],
    ['a damaged date', { ...nothing, session: { ...fresh, startedAt: 'yesterday' } }],
    ['a damaged history', { ...nothing, session: { ...fresh, history: 7 } }],
    ['a language', { ...nothing, preferences: { locale: 'ja' } }],
  ])('what it shows is what the checks restore (%s)', (_label, values) => {
    const preview = startPreview(values);
    const restored = restoreStoredFlow(values, now);
    expect(preview).toBeDefined();
    expect(restored.session.screen).toBe('start');
    expect(restored.session.facts).toEqual({});
    expect(restored.readings).toEqual([]);
    expect(restored.chosenLocale).toBe(preview?.chosenLocale);
  });
});
