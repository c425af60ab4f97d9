import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeDropped } from '../../../src/flow/dropped';
import type { Session } from '../../../src/storage/session';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { useFlow, type Flow } from '../../../src/ui/use-flow';
import { AT, storedWith, type Stored } from '../../support/stored-state';

/**
 * The popup's flow against storage, as two windows of it (the toolbar popup and the tab the hint
 * opens) and a downgraded extension leave it. Outcomes decided before the code was run.
 */

const local = fakeBrowser.storage.local;
const stored = async () => (await local.get('session')).session as Stored;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

async function openFlow(session?: Stored, meta?: { v: number }) {
  if (session) await local.set({ session, ...(meta && { session$: meta }) });
  const hook = renderHook(() => useFlow(undefined, true));
  await waitFor(() => expect(hook.result.current.ready).toBe(true));
  await settle();
  return { flow: () => hook.result.current as Flow, unmount: hook.unmount };
}

/** A step recorded, as the flow records one, at `at`. */
const withStep = (session: Session, at: string): Session => ({
  ...session,
  facts: {
    ...session.facts,
    stepsTried: { ...session.facts.stepsTried, restart_device: 'no_change' },
  },
  stepLog: [...session.stepLog, { stepId: 'restart_device', outcome: 'no_change', at }],
  updatedAt: at,
});

describe('two windows of the flow', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes over an answer the other window changed', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    await local.set({ session: storedWith((s) => (s.facts.wifi = 'none')) });
    await waitFor(() => expect(flow().session.facts.wifi).toBe('none'));
    unmount();
  });

  it('keeps its own copy of a step both recorded when the other saved it earlier', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const base = flow().session;
    const at = later(2);
    flow().update(() => withStep(base, at));
    await settle();
    await local.set({ session: withStep(base, later(1)) });
    await settle();
    expect(flow().session.updatedAt).toBe(at);
    unmount();
  });

  it('takes over the same step saved later by the other window', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    const base = flow().session;
    flow().update(() => withStep(base, later(1)));
    await settle();
    const theirs = withStep(base, later(3));
    await local.set({ session: theirs });
    await waitFor(() => expect(flow().session.updatedAt).toBe(theirs.updatedAt));
    unmount();
  });

  it('keeps its own answers when the other saves a damaged session', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    await local.set({ session: storedWith((s) => (s.facts.wifi = 42)) });
    await settle();
    expect(flow().session.facts.wifi).toBe('stable');
    unmount();
  });

  it('starts afresh when the other deleted everything', async () => {
    const { flow, unmount } = await openFlow(storedWith());
    await local.clear();
    await waitFor(() => expect(flow().session.screen).toBe('start'));
    expect(await stored()).toBeUndefined();
    unmount();
  });
});

describe('a session saved by a newer version of the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, Stored, { v: number } | undefined]>([
    ['its shape version higher', storedWith(), { v: 2 }],
    ['a field this version does not know', storedWith((s) => (s.theme = 'dark')), undefined],
    ['both', storedWith((s) => (s.sync = { at: AT })), { v: 3 }],
    ['an answer this version lacks', storedWith((s) => (s.facts.batteryHealth = 81)), undefined],
  ])('%s: opening shows its answers and writes nothing over it', async (_label, session, meta) => {
    const before = JSON.parse(JSON.stringify(session));
    const { flow, unmount } = await openFlow(session, meta);
    expect(flow().session.facts.wifi).toBe('stable');
    expect(await stored()).toEqual(before);
    expect((await local.get('session$'))['session$']).toEqual(meta);
    unmount();
  });

  it('a change is saved, and the user is told what that leaves out', async () => {
    const { flow, unmount } = await openFlow(
      storedWith((s) => (s.theme = 'dark')),
      { v: 2 },
    );
    expect(flow().notice).toBeNull();
    flow().update((session, now) => ({
      ...session,
      facts: { ...session.facts, power: 'battery' },
      updatedAt: now.toISOString(),
    }));
    // Waited for, not timed: with two test workers on two cores a fixed pause was outrun.
    await waitFor(async () => expect((await stored()).facts.power).toBe('battery'));
    await waitFor(() => expect(flow().notice?.kind).toBe('restored'));
    const notice = flow().notice;
    expect(notice?.kind).toBe('restored');
    expect(summarizeDropped(notice?.kind === 'restored' ? notice.dropped : []).newer).toBe(true);
    // Said once: the next change writes this version's own session.
    flow().update((session) => ({ ...session, facts: { ...session.facts, wifi: 'none' } }));
    await waitFor(() => expect(flow().notice).toBeNull());
    unmount();
  });

  it("this version's own session is written back as it opens, as before", async () => {
    const { unmount } = await openFlow(storedWith());
    expect((await local.get('session$'))['session$']).toEqual({ v: 1 });
    unmount();
  });
});

describe("which stored sessions count as a newer version's", () => {
  const values = (session: Stored, sessionVersion?: number) => ({
    session,
    observations: null,
    preferences: null,
    sessionVersion,
  });
  it.each<[string, Stored, number | undefined, boolean]>([
    ["this version's own", storedWith(), 1, false],
    ['one saved before versions were written', storedWith(), undefined, false],
    ["an older build's, without the step log", storedWith((s) => delete s.stepLog), 1, false],
    ['one with a damaged answer (said as damage)', storedWith((s) => (s.facts.wifi = 3)), 1, false],
    ['one of a later shape', storedWith(), 2, true],
    ['one with a field this version lacks', storedWith((s) => (s.theme = 'dark')), 1, true],
    [
      'one with an answer this version lacks',
      storedWith((s) => (s.facts.batteryHealth = 81)),
      1,
      true,
    ],
    [
      'one with a field this version lacks in a step',
      storedWith((s) => (s.stepLog[0].by = 1)),
      1,
      true,
    ],
    [
      'one with a step this version lacks',
      storedWith((s) => (s.facts.stepsTried.new_step = 'fixed')),
      1,
      false,
    ],
  ])('%s: %s', (_label, session, version, newer) => {
    expect(restoreStoredFlow(values(session, version), new Date()).newer).toBe(newer);
  });

  it.each<[string, Stored, number, string[]]>([
    ['an answer this version lacks', storedWith((s) => (s.facts.batteryHealth = 81)), 1, []],
    ['a field this version lacks in a step', storedWith((s) => (s.stepLog[0].by = 'me')), 1, []],
    [
      // Damaged and from a newer version: opening writes nothing, so only the damage is named.
      'a field it lacks and a damaged answer',
      storedWith((s) => ((s.theme = 1), (s.facts.wifi = 3))),
      1,
      ['facts.wifi'],
    ],
    [
      'a later shape with an answer it lacks',
      storedWith((s) => (s.facts.batteryHealth = 81)),
      2,
      [],
    ],
    ['a later shape that is no session', 'corrupted', 2, ['session']],
  ])('%s: named as left out only where damaged', (_label, session, version, dropped) => {
    expect(restoreStoredFlow(values(session, version), new Date()).dropped).toEqual(dropped);
  });
});
