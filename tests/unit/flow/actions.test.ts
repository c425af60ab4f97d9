import { diagnose } from '../../../src/engine/diagnose';
import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  answer,
  back,
  describeProblem,
  recordStep,
  reopen,
} from '../../../src/flow/actions';
import { setNotes } from '../../../src/flow/summary-session';
import { TEXT_LIMITS } from '../../../src/engine/text-limits';
import { newSession, restoreSession } from '../../../src/storage/session';

const t0 = new Date('2026-11-25T10:00:00Z');
const t1 = new Date('2026-11-25T10:01:00Z');

describe('flow actions', () => {
  it('starts the questions with the message the user typed, trimmed', () => {
    const s = describeProblem(newSession(t0), { alertText: '  iPhone Backup Failed ' }, t1);
    expect(s.facts.alertText).toBe('iPhone Backup Failed');
    expect(s.screen).toBe('questions');
    expect(s.updatedAt).toBe(t1.toISOString());
  });

  it('keeps a message and notes longer than a session holds to their limit, so a restore keeps them', () => {
    const message = `iCloud Backup failed. ${'The last backup could not be completed. '.repeat(80)}`;
    let s = describeProblem(newSession(t0), { alertText: message }, t1);
    s = setNotes(s, 'Tried twice. '.repeat(500), t1);
    expect(s.facts.alertText).toBe(message.slice(0, TEXT_LIMITS.alertText));
    expect(s.facts.notes).toHaveLength(TEXT_LIMITS.notes);
    expect(restoreSession(JSON.parse(JSON.stringify(s)), t1)).toEqual({ session: s, dropped: [] });
  });

  it('replaces an earlier message or symptom when the first question is answered again', () => {
    let s = describeProblem(newSession(t0), { alertText: 'Not Enough Storage' }, t0);
    s = describeProblem(s, { symptom: 'zero_kb' }, t1);
    expect(s.facts.alertText).toBeUndefined();
    expect(s.facts.symptom).toBe('zero_kb');
  });

  it('remembers a message picked from the list as picked, and forgets it for a typed one', () => {
    let s = describeProblem(newSession(t0), { alertText: 'Not Enough Storage', picked: true }, t0);
    expect(s.facts).toMatchObject({ alertText: 'Not Enough Storage', alertPicked: true });
    s = describeProblem(s, { alertText: 'Not Enough Storage' }, t1);
    expect(s.facts.alertPicked).toBeUndefined();
    s = describeProblem(describeProblem(s, { alertText: 'x', picked: true }, t1), {}, t1);
    expect(s.facts.alertPicked).toBeUndefined();
  });

  it('takes "I don\'t know / no message" as the answer to "What do you see?"', () => {
    let s = describeProblem(newSession(t0), {}, t1);
    expect(s.facts.unsure).toEqual(['symptom']);
    expect(diagnose(s.facts, { now: t1 }).nextQuestion?.fact).not.toBe('symptom');
    s = describeProblem(s, { symptom: 'zero_kb' }, t1);
    expect(s.facts.unsure ?? []).not.toContain('symptom');
  });

  it('records an answer with the user as its source', () => {
    const s = answer(newSession(t0), 'wifi', 'hotspot', t1);
    expect(s.facts.wifi).toBe('hotspot');
    expect(s.facts.sources?.wifi).toEqual({ source: 'user', at: t1.toISOString() });
    expect(s.history).toEqual(['wifi']);
  });

  it('records "not sure" so the question counts as asked, without a value', () => {
    const s = answer(newSession(t0), 'twoFactor', null, t1);
    expect(s.facts.twoFactor).toBeUndefined();
    expect(s.facts.unsure).toEqual(['twoFactor']);
  });

  it('replaces "not sure" with a later real answer', () => {
    let s = answer(newSession(t0), 'twoFactor', null, t0);
    s = answer(s, 'twoFactor', true, t1);
    expect(s.facts.unsure).toEqual([]);
    expect(s.facts.twoFactor).toBe(true);
    expect(s.history).toEqual(['twoFactor']);
  });

  it('goes back one answer at a time, then to the start', () => {
    let s = answer(answer(newSession(t0), 'wifi', 'stable', t0), 'power', 'battery', t0);
    s = back(s, t1);
    expect(s.facts.power).toBeUndefined();
    expect(s.facts.wifi).toBe('stable');
    s = back(back(s, t1), t1);
    expect(s.facts.wifi).toBeUndefined();
    expect(s.screen).toBe('start');
  });

  it('reopens a prefilled fact so it can be corrected', () => {
    const s0 = {
      ...newSession(t0),
      facts: {
        appleBackupStatus: 'outage' as const,
        sources: { appleBackupStatus: { source: 'apple-status' as const, at: t0.toISOString() } },
      },
    };
    const s = reopen(s0, 'appleBackupStatus', t1);
    expect(s.facts.appleBackupStatus).toBeUndefined();
    expect(s.facts.sources).toEqual({});
    expect(s.screen).toBe('questions');
    expect(s.asking).toBe('appleBackupStatus');
    // Answering it (or any other move) ends the detour.
    expect(answer(s, 'appleBackupStatus', 'available', t1).asking).toBeUndefined();
  });

  it('keeps each step outcome with its time, and ends on success when a step fixed it', () => {
    let s = recordStep({ ...newSession(t0), screen: 'results' }, 'restart_device', 'no_change', t0);
    expect(s.screen).toBe('results');
    s = recordStep(s, 'check_wifi', 'fixed', t1);
    expect(s.facts.stepsTried).toEqual({ restart_device: 'no_change', check_wifi: 'fixed' });
    expect(s.stepLog.map((e) => [e.stepId, e.outcome, e.at])).toEqual([
      ['restart_device', 'no_change', t0.toISOString()],
      ['check_wifi', 'fixed', t1.toISOString()],
    ]);
    expect(s.screen).toBe('success');
  });

  it('remembers an acknowledged warning once', () => {
    const s = acknowledge(acknowledge(newSession(t0), 'reset_network', t1), 'reset_network', t1);
    expect(s.acknowledged).toEqual(['reset_network']);
  });
});
