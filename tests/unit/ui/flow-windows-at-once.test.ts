import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answer, back, recordStep } from '../../../src/flow/actions';
import type { Flow } from '../../../src/ui/use-flow';
import { local, openWindow, settle, stored } from '../../support/flow-windows';
import { storedWith, type Stored } from '../../support/stored-state';

/**
 * Two windows of the flow (the toolbar popup and the tab the hint opens) changing the session at
 * the same moment, with the outcome decided before the code was run: each window's change is in
 * storage and on both screens once they settle, whichever save was stored last.
 */

describe('two windows changing the session at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, (f: Flow) => void, (f: Flow) => void, (s: Stored) => void]>([
    [
      'a step ticked in one, an answer in the other',
      (f) => f.update((s, now) => recordStep(s, 'restart_device', 'no_change', now)),
      (f) => f.update((s, now) => answer(s, 'iosVersion', '17.5.1', now)),
      (s) => {
        expect(s.facts.stepsTried).toMatchObject({ restart_device: 'no_change' });
        expect(s.stepLog.map((e: { stepId: string }) => e.stepId)).toContain('restart_device');
        expect(s.facts.iosVersion).toBe('17.5.1');
      },
    ],
    [
      'a step ticked in each',
      (f) => f.update((s, now) => recordStep(s, 'restart_device', 'no_change', now)),
      (f) => f.update((s, now) => recordStep(s, 'update_ios', 'no_change', now)),
      (s) =>
        expect(s.facts.stepsTried).toMatchObject({
          restart_device: 'no_change',
          update_ios: 'no_change',
        }),
    ],
    [
      'Back in one, a step ticked in the other',
      (f) => f.update((s, now) => back(s, now)),
      (f) => f.update((s, now) => recordStep(s, 'update_ios', 'no_change', now)),
      (s) => {
        expect(s.facts.power).toBeUndefined();
        expect(s.facts.stepsTried).toMatchObject({ update_ios: 'no_change' });
      },
    ],
  ])('%s: both kept, in storage and on both screens', async (_label, inA, inB, check) => {
    await local.set({ session: storedWith() });
    const a = await openWindow();
    const b = await openWindow();
    inA(a.flow());
    inB(b.flow());
    await settle();
    await settle();
    const final = await stored();
    check(final);
    expect(a.flow().session).toEqual(final);
    expect(b.flow().session).toEqual(final);
    a.unmount();
    b.unmount();
  });
});
