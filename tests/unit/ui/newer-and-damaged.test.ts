import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeDropped } from '../../../src/flow/dropped';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { useFlow, type Flow } from '../../../src/ui/use-flow';
import { AT, storedWith, type Stored } from '../../support/stored-state';

/**
 * A stored session that is partly damaged and also carries what only a newer version records
 * (after a downgrade, a sync glitch or a hand edit): opening shows what is valid and names the
 * damage, and writes nothing; the user's first change saves what this version keeps, and says
 * that what only the newer version records was not kept. Outcomes decided before the code ran.
 */

const local = fakeBrowser.storage.local;
const stored = async () => (await local.get('session')).session as Stored;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const values = (session: Stored, sessionVersion?: number) => ({
  session,
  observations: null,
  preferences: null,
  sessionVersion,
});

/** Damaged and newer at once, each in another place. */
const CASES: [string, Stored, string[]][] = [
  [
    'a field it lacks and a damaged answer',
    storedWith((s) => ((s.theme = 'dark'), (s.facts.wifi = 3))),
    ['facts.wifi'],
  ],
  [
    'an answer it lacks and a damaged step-log entry',
    storedWith((s) => ((s.facts.batteryHealth = 81), (s.stepLog[0].outcome = 'exploded'))),
    ['stepLog.0'],
  ],
  [
    'a field it lacks in a source and a damaged order of answers',
    storedWith((s) => ((s.facts.sources.wifi.confidence = 0.9), (s.history = 'wifi'))),
    ['history'],
  ],
  [
    'a field it lacks in a step and a damaged screen',
    storedWith((s) => ((s.stepLog[0].by = 'shortcut'), (s.screen = 7))),
    ['screen'],
  ],
  [
    'a field it lacks beside its answers and a damaged start time',
    storedWith((s) => ((s.facts.deviceNickname = 'x'), (s.startedAt = 'yesterday'))),
    ['startedAt'],
  ],
];

describe('restoring a session both damaged and newer', () => {
  it.each(CASES)('%s: newer, and only the damage named', (_label, session, damage) => {
    const flow = restoreStoredFlow(values(session, 1), new Date());
    expect(flow.newer).toBe(true);
    expect(flow.dropped).toEqual(damage);
    expect(flow.session.facts.power).toBe('charging');
  });

  it('a later shape that is also damaged: newer, the damage named', () => {
    const flow = restoreStoredFlow(
      values(
        storedWith((s) => (s.facts.wifi = 3)),
        2,
      ),
      new Date(),
    );
    expect(flow.newer).toBe(true);
    expect(flow.dropped).toEqual(['facts.wifi']);
  });

  it('damage alone is no newer version', () => {
    const flow = restoreStoredFlow(
      values(
        storedWith((s) => (s.facts.wifi = 3)),
        1,
      ),
      new Date(),
    );
    expect(flow.newer).toBe(false);
  });

  it('a step it does not know is damage, not a newer version', () => {
    const session = storedWith((s) => ((s.facts.stepsTried.new_step = 'fixed'), (s.screen = 7)));
    expect(restoreStoredFlow(values(session, 1), new Date()).newer).toBe(false);
  });
});

describe('opening and changing such a session in the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  async function openFlow(session: Stored) {
    await local.set({ session });
    const hook = renderHook(() => useFlow(undefined, true));
    await waitFor(() => expect(hook.result.current.ready).toBe(true));
    await settle();
    return { flow: () => hook.result.current as Flow, unmount: hook.unmount };
  }

  it.each(CASES)('%s: opening writes nothing and names the damage', async (_l, session, damage) => {
    const before = JSON.parse(JSON.stringify(session));
    const { flow, unmount } = await openFlow(session);
    expect(await stored()).toEqual(before);
    const notice = flow().notice;
    expect(notice?.kind === 'restored' && notice.dropped).toEqual(damage);
    unmount();
  });

  it('the first change saves the valid answers with it, and says newer data was not kept', async () => {
    const { flow, unmount } = await openFlow(
      storedWith((s) => ((s.theme = 'dark'), (s.facts.wifi = 3))),
    );
    flow().update((session, now) => ({
      ...session,
      facts: { ...session.facts, wifi: 'none' },
      updatedAt: now.toISOString(),
    }));
    // The save is written after the change's render; a fixed pause missed it under load.
    await waitFor(async () => expect((await stored()).facts.wifi).toBe('none'));
    const after = await stored();
    expect(after.facts).toMatchObject({ wifi: 'none', power: 'charging' });
    expect(after.stepLog).toEqual([{ stepId: 'check_wifi', outcome: 'no_change', at: AT }]);
    expect(after.theme).toBeUndefined();
    // The notice follows the write it reports on.
    await waitFor(() => {
      const notice = flow().notice;
      expect(summarizeDropped(notice?.kind === 'restored' ? notice.dropped : []).newer).toBe(true);
    });
    unmount();
  });
});
