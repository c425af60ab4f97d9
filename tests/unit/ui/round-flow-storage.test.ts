import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Flow } from '../../../src/ui/use-flow';
import { local, openWindow, settle, stored } from '../../support/flow-windows';
import { storedWith } from '../../support/stored-state';

/**
 * The popup's flow while storage fails or another window of the flow writes at the same time,
 * each with the outcome decided before the code was run: the user's progress is never written
 * over by what could not be read, a refused write is said, and two windows end on one copy.
 */

const answer =
  (name: 'wifi' | 'power', value: string) =>
  (session: Flow['session'], now: Date): Flow['session'] => ({
    ...session,
    facts: { ...session.facts, [name]: value },
    updatedAt: now.toISOString(),
  });

describe('storage that fails', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('progress that could not be read as the popup opened is not written over', async () => {
    await local.set({ session: storedWith() });
    const before = await stored();
    vi.spyOn(local, 'get').mockRejectedValueOnce(new Error('IO error'));
    const { flow, unmount } = await openWindow();
    expect(flow().notice?.kind).toBe('restored');
    expect(await stored()).toEqual(before);
    unmount();
  });

  it('a change on a full disk: said, and kept in the popup', async () => {
    await local.set({ session: storedWith() });
    const { flow, unmount } = await openWindow();
    vi.spyOn(local, 'set').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    flow().update(answer('wifi', 'none'));
    await settle();
    expect(flow().notice).toEqual({ kind: 'unsaved' });
    expect(flow().session.facts.wifi).toBe('none');
    unmount();
  });

  it('a language chosen on a full disk: said, and shown', async () => {
    const { flow, unmount } = await openWindow();
    vi.spyOn(local, 'set').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    flow().chooseLocale('ja');
    await settle();
    expect(flow().notice).toEqual({ kind: 'unsaved' });
    expect(flow().chosenLocale).toBe('ja');
    unmount();
  });

  it('deleting that fails: said', async () => {
    await local.set({ session: storedWith() });
    const { flow, unmount } = await openWindow();
    vi.spyOn(local, 'clear').mockRejectedValue(new Error('IO error'));
    await flow().deleteAllData();
    await waitFor(() => expect(flow().notice).toEqual({ kind: 'delete-failed' }));
    unmount();
  });
});

describe('two windows writing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('one after the other: both changes kept in both windows and in storage', async () => {
    await local.set({ session: storedWith() });
    const a = await openWindow();
    const b = await openWindow();
    a.flow().update(answer('wifi', 'none'));
    await waitFor(() => expect(b.flow().session.facts.wifi).toBe('none'));
    b.flow().update(answer('power', 'battery'));
    await waitFor(() => expect(a.flow().session.facts.power).toBe('battery'));
    expect((await stored()).facts).toMatchObject({ wifi: 'none', power: 'battery' });
    a.unmount();
    b.unmount();
  });

  it('at the same moment: both changes kept, both windows settle on the stored copy, without writing back and forth', async () => {
    await local.set({ session: storedWith() });
    const a = await openWindow();
    const b = await openWindow();
    const set = vi.spyOn(local, 'set');
    a.flow().update(answer('wifi', 'none'));
    b.flow().update(answer('power', 'battery'));
    await settle();
    await settle();
    const final = await stored();
    expect(a.flow().session).toEqual(final);
    expect(b.flow().session).toEqual(final);
    expect(final.facts).toMatchObject({ wifi: 'none', power: 'battery' });
    // Each window's change, then the merged copy of the window that heard the other's last.
    expect(set.mock.calls.filter(([items]) => Object.hasOwn(items, 'session')).length).toBe(3);
    a.unmount();
    b.unmount();
  });
});
