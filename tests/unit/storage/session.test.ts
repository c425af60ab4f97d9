import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  newSession,
  restorePreferences,
  restoreSession,
  sessionItem,
} from '../../../src/storage/session';

const now = new Date('2026-11-25T10:00:00Z');

describe('stored session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts fresh, without a notice, when nothing was stored', async () => {
    expect(restoreSession(await sessionItem.getValue(), now)).toEqual({
      session: newSession(now),
      notice: null,
    });
  });

  it('round-trips through storage unchanged', async () => {
    const session = {
      ...newSession(now),
      facts: { wifi: 'stable' as const },
      screen: 'results' as const,
    };
    await sessionItem.setValue(session);
    expect(restoreSession(await sessionItem.getValue(), now)).toEqual({ session, notice: null });
  });

  it('keeps the answers when only the rest of the stored state is damaged', () => {
    const damaged = { facts: { wifi: 'hotspot', iosVersion: '17.1' }, screen: 42, history: 'x' };
    const { session, notice } = restoreSession(damaged, now);
    expect(notice).toBe('recovered');
    expect(session.facts).toEqual({ wifi: 'hotspot', iosVersion: '17.1' });
    expect(session.screen).toBe('questions');
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 7],
    ['invalid facts', { facts: { wifi: 'carrier pigeon' } }],
    ['an array', []],
  ])('resets %s with a notice instead of crashing', (_label, stored) => {
    expect(restoreSession(stored, now)).toEqual({ session: newSession(now), notice: 'reset' });
  });

  it('ignores unreadable preferences', () => {
    expect(restorePreferences({ locale: 'de' })).toEqual({ locale: 'de' });
    expect(restorePreferences({ locale: 'klingon' })).toEqual({});
    expect(restorePreferences(null)).toEqual({});
  });
});
