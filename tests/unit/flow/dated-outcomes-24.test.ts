import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose';
import { describeProblem, recordStep } from '../../../src/flow/actions';
import { mergeSessions } from '../../../src/flow/merge-sessions';
import { takesOver } from '../../../src/flow/two-windows';
import { newSession, restoreSession, Session } from '../../../src/storage/session';

/**
 * Round 24: the flow stamps a step's outcome and the problem's description with the time they
 * were given, so that a message given days after a fix that worked is told from the one the fix
 * was for. Sessions saved before the stamps load and advise as they did.
 */

const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 10, 20 + n, hour));
const CONFIRMING = ['back_up_now', 'check_backup_date'];
const planOf = (s: Session, now: Date) => diagnose(s.facts, { now }).plan.map((p) => p.stepId);
const confirmsOnly = (s: Session, now: Date) =>
  planOf(s, now).every((id) => CONFIRMING.includes(id));

/** "iPhone Backup Failed" on day 0, plugging in "fixed it" on day 1. */
const fixedOnDayOne = () =>
  recordStep(
    describeProblem(newSession(day(0)), { alertText: 'iPhone Backup Failed' }, day(0)),
    'plug_in_and_lock',
    'fixed',
    day(1),
  );

describe('stamping', () => {
  it('stamps the message and the symptom with the time they were given', () => {
    const s = describeProblem(
      newSession(day(0)),
      { alertText: 'iPhone Backup Failed', symptom: 'stops_at_percent' },
      day(0, 11),
    );
    const at = day(0, 11).toISOString();
    expect(s.facts.sources?.alertText).toEqual({ source: 'user', at });
    expect(s.facts.sources?.symptom).toEqual({ source: 'user', at });
  });

  it('keeps the first time of a message given again unchanged, and stamps a new one anew', () => {
    const first = describeProblem(
      newSession(day(0)),
      { alertText: 'iPhone Backup Failed' },
      day(0),
    );
    const again = describeProblem(first, { alertText: 'iPhone Backup Failed' }, day(3));
    expect(again.facts.sources?.alertText?.at).toBe(day(0).toISOString());
    const other = describeProblem(first, { alertText: 'iCloud Storage Is Full' }, day(3));
    expect(other.facts.sources?.alertText?.at).toBe(day(3).toISOString());
    // No message any more: no stamp left for it.
    const none = describeProblem(first, { symptom: 'zero_kb' }, day(4));
    expect(none.facts.sources?.alertText).toBeUndefined();
  });

  it('stamps each outcome with the time it was given', () => {
    const s = fixedOnDayOne();
    expect(s.facts.stepsTriedAt).toEqual({ plug_in_and_lock: day(1).toISOString() });
    expect(Session.safeParse(s).success).toBe(true);
  });
});

describe('a new message after a fix that worked', () => {
  it('confirms the fix the day it was marked', () => {
    expect(confirmsOnly(fixedOnDayOne(), day(1, 12))).toBe(true);
  });

  it('goes on with the search for "iCloud Storage Is Full" given six days later', () => {
    const s = describeProblem(fixedOnDayOne(), { alertText: 'iCloud Storage Is Full' }, day(7));
    expect(confirmsOnly(s, day(7, 11))).toBe(false);
    expect(diagnose(s.facts, { now: day(7, 11) }).causes[0]!.id).toBe('storage_full');
  });

  it('keeps confirming when the same message is only passed through again', () => {
    const s = describeProblem(fixedOnDayOne(), { alertText: 'iPhone Backup Failed' }, day(7));
    expect(confirmsOnly(s, day(7, 11))).toBe(true);
  });

  it('survives a save and a restore with its stamps', () => {
    const s = describeProblem(fixedOnDayOne(), { alertText: 'iCloud Storage Is Full' }, day(7));
    const { session, dropped } = restoreSession(JSON.parse(JSON.stringify(s)), day(8));
    expect(dropped).toEqual([]);
    expect(confirmsOnly(session, day(8))).toBe(false);
  });
});

describe('sessions saved before the stamps, and damaged stamps', () => {
  /** As a build before this one saved it: no stamps on the message or the outcome. */
  const older = {
    facts: {
      alertText: 'iCloud Storage Is Full',
      stepsTried: { plug_in_and_lock: 'fixed' },
    },
    screen: 'success',
    history: [],
    acknowledged: [],
    stepLog: [{ stepId: 'plug_in_and_lock', outcome: 'fixed', at: day(1).toISOString() }],
    startedAt: day(0).toISOString(),
    updatedAt: day(1).toISOString(),
  };

  it('loads an older session whole and confirms its fix as before', () => {
    const { session, dropped } = restoreSession(older, day(7));
    expect(dropped).toEqual([]);
    expect(confirmsOnly(session, day(7))).toBe(true);
  });

  it('still confirms after its message is passed through again (the fix has no time)', () => {
    const { session } = restoreSession(older, day(7));
    const again = describeProblem(session, { alertText: 'iCloud Storage Is Full' }, day(7));
    expect(confirmsOnly(again, day(7, 11))).toBe(true);
  });

  it('drops a damaged stamp alone, keeps the rest, and then advises as without it', () => {
    const damaged = {
      ...older,
      facts: {
        ...older.facts,
        stepsTriedAt: { plug_in_and_lock: 'last Tuesday' },
        sources: { alertText: { source: 'user', at: day(6).toISOString() } },
      },
    };
    const { session, dropped } = restoreSession(damaged, day(7));
    expect(dropped).toEqual(['facts.stepsTriedAt.plug_in_and_lock']);
    expect(session.facts.stepsTried).toEqual({ plug_in_and_lock: 'fixed' });
    expect(session.facts.sources?.alertText?.at).toBe(day(6).toISOString());
    expect(confirmsOnly(session, day(7))).toBe(true);
  });
});

describe('two windows', () => {
  it('keeps the time of the outcome ticked in this window when the other saves at once', () => {
    const base = describeProblem(newSession(day(0)), { alertText: 'iPhone Backup Failed' }, day(0));
    const mine = recordStep(base, 'plug_in_and_lock', 'no_change', day(1));
    const theirs = recordStep(base, 'check_wifi', 'no_change', day(1, 11));
    const merged = mergeSessions(base, mine, theirs);
    expect(merged.facts.stepsTriedAt).toEqual({
      plug_in_and_lock: day(1).toISOString(),
      check_wifi: day(1, 11).toISOString(),
    });
    expect(Session.safeParse(merged).success).toBe(true);
  });

  it("takes the other window's save whole once this one's own came back stored, reordered", () => {
    // A restored copy writes the facts' names in the schema's order, a new outcome's time last:
    // that order is no change of this window's. Merged as one, the step log kept this window's
    // step while the steps tried did not, and the next save lost the step in both windows.
    const base = describeProblem(newSession(day(0)), { alertText: 'iPhone Backup Failed' }, day(0));
    const mine = recordStep(base, 'restart_device', 'no_change', day(1));
    const echo = restoreSession(JSON.parse(JSON.stringify(mine)), day(1)).session;
    expect(JSON.stringify(echo)).not.toBe(JSON.stringify(mine));
    const theirs = recordStep(base, 'check_wifi', 'no_change', day(1, 11));
    expect(mergeSessions(echo, mine, theirs)).toEqual(theirs);
  });

  it('settles copies that differ only in when one outcome was given without taking over', () => {
    const base = describeProblem(newSession(day(0)), { alertText: 'iPhone Backup Failed' }, day(0));
    const a = recordStep(base, 'check_wifi', 'no_change', day(1));
    const b = recordStep(base, 'check_wifi', 'no_change', day(1, 11));
    expect(takesOver(a, b) && takesOver(b, a)).toBe(false);
  });
});
