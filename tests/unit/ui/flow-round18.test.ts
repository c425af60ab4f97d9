import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { local, openWindow, settle, stored } from '../../support/flow-windows';
import { statusReading } from '../../support/readings';
import { storedWith } from '../../support/stored-state';

/**
 * The popup over storage a newer version, a crash or a sync tool left: what it says on opening,
 * what it writes, and whether two windows still follow each other. Outcomes written down before
 * the code ran.
 */

const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
/** A status reading in a shape only a newer version writes, under that version's mark. */
const newerReadings = () => ({
  observations: { status: { ...statusReading(minutes(-5)), services: { v2: true } } },
  observations$: { v: 2 },
});

describe("a newer version's page reading in storage", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is named on no opening, and stays stored with its mark', async () => {
    const before = newerReadings();
    await local.set({ session: storedWith(), ...before });
    for (let i = 0; i < 2; i++) {
      const { flow, unmount } = await openWindow();
      expect(flow().notice).toBeNull();
      unmount();
    }
    expect(await local.get(['observations', 'observations$'])).toEqual(before);
  });

  it('does not keep two windows from following each other', async () => {
    await local.set({ session: storedWith(), ...newerReadings() });
    const one = await openWindow();
    const two = await openWindow();
    one.flow().update((session, now) => ({
      ...session,
      facts: { ...session.facts, wifi: 'none' },
      updatedAt: now.toISOString(),
    }));
    await waitFor(() => expect(two.flow().session.facts.wifi).toBe('none'));
    one.unmount();
    two.unmount();
  });
});

describe('a language only a newer version offers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is named on no opening, and stays stored with its mark', async () => {
    const before = { preferences: { locale: 'pt', fontSize: 'large' }, preferences$: { v: 2 } };
    await local.set({ session: storedWith(), ...before });
    const { flow, unmount } = await openWindow();
    expect(flow().notice).toBeNull();
    expect(flow().chosenLocale).toBeUndefined();
    unmount();
    expect(await local.get(['preferences', 'preferences$'])).toEqual(before);
  });

  it('a language in capitals under this version is named', async () => {
    await local.set({ session: storedWith(), preferences: { locale: 'DE' } });
    const { flow, unmount } = await openWindow();
    expect(flow().notice).toEqual({ kind: 'restored', dropped: ['preferences.locale'] });
    unmount();
  });

  it('does not keep two windows from following each other', async () => {
    await local.set({
      session: storedWith(),
      preferences: { locale: 'pt' },
      preferences$: { v: 2 },
    });
    const one = await openWindow();
    const two = await openWindow();
    one.flow().update((session, now) => ({
      ...session,
      facts: { ...session.facts, power: 'battery' },
      updatedAt: now.toISOString(),
    }));
    await waitFor(() => expect(two.flow().session.facts.power).toBe('battery'));
    one.unmount();
    two.unmount();
  });
});

describe('a session a sync tool emptied', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['an empty text', ''],
    ['an empty list', []],
  ])('%s: a fresh start said, and the first answer is saved', async (_label, session) => {
    await local.set({ session });
    const { flow, unmount } = await openWindow();
    // As stored-shapes.test.ts decided: an emptied session cannot be told from damage.
    expect(flow().notice).toEqual({ kind: 'restored', dropped: ['session'] });
    flow().update((s, now) => ({
      ...s,
      facts: { wifi: 'stable' },
      updatedAt: now.toISOString(),
    }));
    await settle();
    expect((await stored()).facts).toEqual({ wifi: 'stable' });
    unmount();
  });
});
