import { describe, expect, it } from 'vitest';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import { acknowledge, answer, back, recordStep, reopen } from '../../../src/flow/actions';
import { mergeSessions } from '../../../src/flow/merge-sessions';
import { newSession, Session } from '../../../src/storage/session';
import { MAX_STEP_LOG } from '../../../src/report/schema';
import { NOW } from '../../support/stored-state';

/**
 * Round 20 probes of closing the popup mid-step and opening it again: each session is saved as the
 * popup saves it (JSON through storage) and restored; outcomes written down before the code ran.
 */

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
/** Saved and read back as storage.local does: JSON only. */
const reopened = (session: Session, at = later(60)) =>
  restoreStoredFlow(
    { session: JSON.parse(JSON.stringify(session)), observations: null, preferences: null },
    at,
  );

const answered = () => {
  let s = newSession(NOW);
  s = answer(s, 'wifi', 'stable', later(1));
  s = answer(s, 'power', 'charging', later(2));
  return { ...s, screen: 'results' as const };
};

describe('closing the popup mid-step', () => {
  it('after confirming a disruptive step but before its outcome: the confirmation kept', () => {
    const s = acknowledge(answered(), 'reset_network_settings', later(3));
    const flow = reopened(s);
    expect(flow.dropped).toEqual([]);
    expect(flow.session.acknowledged).toEqual(['reset_network_settings']);
    expect(flow.session.screen).toBe('results');
  });

  it('after "not sure": the question is not asked again', () => {
    const s = answer(answered(), 'twoFactor', null, later(3));
    expect(reopened(s).session.facts.unsure).toEqual(['twoFactor']);
  });

  it('while changing an answer: the question asked next is kept', () => {
    const s = reopen(answered(), 'wifi', later(3));
    const flow = reopened(s);
    expect(flow.session.asking).toBe('wifi');
    expect(flow.session.screen).toBe('questions');
  });

  it('after a step that fixed it: the success screen', () => {
    const s = recordStep(answered(), 'restart_device', 'fixed', later(3));
    expect(reopened(s).session.screen).toBe('success');
  });

  it('a week later: answers kept, Back still undoes the latest', () => {
    const flow = reopened(answered(), later(7 * 24 * 60));
    expect(flow.session.facts.power).toBe('charging');
    expect(back(flow.session, later(7 * 24 * 60)).facts.power).toBeUndefined();
  });

  it('with the clock set back a year: nothing dropped', () => {
    const flow = reopened(answered(), later(-365 * 24 * 60));
    expect(flow.dropped).toEqual([]);
    expect(flow.session.facts.wifi).toBe('stable');
  });

  it(`after ${MAX_STEP_LOG + 10} steps: the log at its bound, the latest kept`, () => {
    let s: Session = answered();
    for (let i = 0; i < MAX_STEP_LOG + 10; i++) {
      s = recordStep(s, i % 2 ? 'check_wifi' : 'restart_device', 'no_change', later(i));
    }
    const flow = reopened(s);
    expect(flow.dropped).toEqual([]);
    expect(flow.session.stepLog.length).toBe(MAX_STEP_LOG);
    expect(flow.session.stepLog.at(-1)).toEqual(s.stepLog.at(-1));
  });

  it('two windows each recording a step while closed: both steps kept after the merge', () => {
    const base = answered();
    const mine = recordStep(base, 'check_wifi', 'no_change', later(5));
    const theirs = recordStep(base, 'restart_device', 'skipped', later(6));
    const merged = mergeSessions(base, mine, theirs);
    expect(merged.facts.stepsTried).toEqual({ check_wifi: 'no_change', restart_device: 'skipped' });
    expect(merged.stepLog.map((e) => e.stepId).sort()).toEqual(['check_wifi', 'restart_device']);
    expect(reopened(merged).dropped).toEqual([]);
  });

  it('two windows answering the same question differently: the later save wins whole', () => {
    const base = answered();
    const mine = answer(base, 'wifi', 'unstable', later(5));
    const theirs = answer(base, 'wifi', 'hotspot', later(6));
    const merged = mergeSessions(base, mine, theirs);
    expect(['unstable', 'hotspot']).toContain(merged.facts.wifi);
    expect(merged.facts.sources?.wifi).toBeDefined();
    expect(Session.safeParse(merged).success).toBe(true);
  });
});
