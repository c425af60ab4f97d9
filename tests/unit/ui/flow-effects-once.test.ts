import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeDropped } from '../../../src/flow/dropped';
import { useFlow, type Flow } from '../../../src/ui/use-flow';
import { statusReading } from '../../support/readings';
import { storedWith, type Stored } from '../../support/stored-state';

/**
 * State updaters run twice here, as React's strict mode and Preact's debug tools may run them: a
 * save, a notice or a flag set inside one would then happen twice, or be lost on the second
 * run. Every change the popup makes must write the session once and say its notice once, however
 * often its updaters run. Outcomes decided before the code was run.
 */
vi.mock('preact/hooks', async (original) => {
  const hooks = await original<typeof import('preact/hooks')>();
  return {
    ...hooks,
    useState: <T>(initial: T | (() => T)) => {
      const [value, set] = hooks.useState(initial);
      const twice = hooks.useMemo(
        () => (next: T | ((current: T) => T)) =>
          set(
            typeof next === 'function'
              ? (current: T) => {
                  (next as (current: T) => T)(current);
                  return (next as (current: T) => T)(current);
                }
              : next,
          ),
        [set],
      );
      return [value, twice];
    },
  };
});

const local = fakeBrowser.storage.local;
// Waited for after the writes a test expects, so that one more write would be seen.
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
const stored = async () => (await local.get('session')).session as Stored;

/** Counts the session writes from now on. */
function countSessionWrites() {
  const set = vi.spyOn(local, 'set');
  return () => set.mock.calls.filter(([items]) => Object.hasOwn(items, 'session')).length;
}

async function openFlow(session: Stored, meta?: { v: number }) {
  await local.set({ session, ...(meta && { session$: meta }) });
  const hook = renderHook(() => useFlow(undefined, true));
  await waitFor(() => expect(hook.result.current.ready).toBe(true));
  await settle();
  return { flow: () => hook.result.current as Flow, unmount: hook.unmount };
}

const setWifi =
  (wifi: string) =>
  (session: Flow['session'], now: Date): Flow['session'] => ({
    ...session,
    facts: { ...session.facts, wifi: wifi as 'none' },
    updatedAt: now.toISOString(),
  });

describe('with updaters run twice', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('a change writes the session once', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const writes = countSessionWrites();
    flow().update(setWifi('none'));
    await waitFor(() => expect(writes()).toBe(1));
    await settle();
    expect(writes()).toBe(1);
    expect((await stored()).facts.wifi).toBe('none');
    unmount();
  });

  it('two changes in one moment: each written once, the second over the first', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const writes = countSessionWrites();
    flow().update(setWifi('none'));
    flow().update((session, now) => ({
      ...session,
      facts: { ...session.facts, power: 'battery' },
      updatedAt: now.toISOString(),
    }));
    await waitFor(() => expect(writes()).toBe(2));
    await settle();
    expect(writes()).toBe(2);
    expect((await stored()).facts).toMatchObject({ wifi: 'none', power: 'battery' });
    expect(flow().session.facts).toMatchObject({ wifi: 'none', power: 'battery' });
    unmount();
  });

  it("a change over a newer version's session says once that newer data was not kept", async () => {
    const { flow, unmount } = await openFlow(
      storedWith((s) => (s.theme = 'dark')),
      { v: 2 },
    );
    const writes = countSessionWrites();
    flow().update(setWifi('none'));
    await waitFor(() => expect(writes()).toBe(1));
    await settle();
    expect(writes()).toBe(1);
    const notice = flow().notice;
    expect(summarizeDropped(notice?.kind === 'restored' ? notice.dropped : []).newer).toBe(true);
    unmount();
  });

  it('a page reading that changes an answer is written once', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const writes = countSessionWrites();
    await local.set({
      observations: { status: statusReading(new Date().toISOString(), 'outage') },
    });
    await waitFor(() => expect(flow().readings).toHaveLength(1));
    await waitFor(() => expect(writes()).toBe(1));
    await settle();
    expect(writes()).toBe(1);
    unmount();
  });

  it("a reading does not write over a newer version's session", async () => {
    const session = storedWith((s) => (s.theme = 'dark'));
    const { flow, unmount } = await openFlow(session, { v: 2 });
    const writes = countSessionWrites();
    await local.set({
      observations: { status: statusReading(new Date().toISOString(), 'outage') },
    });
    await waitFor(() => expect(flow().readings).toHaveLength(1));
    await settle();
    expect(writes()).toBe(0);
    expect((await stored()).theme).toBe('dark');
    unmount();
  });

  it("another window's change is taken over without a write", async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const writes = countSessionWrites();
    await local.set({ session: storedWith((s) => (s.facts.wifi = 'hotspot')) });
    await waitFor(() => expect(flow().session.facts.wifi).toBe('hotspot'));
    await waitFor(() => expect(writes()).toBe(1));
    await settle();
    expect(writes()).toBe(1); // the other window's own write, above
    unmount();
  });
});
