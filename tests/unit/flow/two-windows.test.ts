import { describe, expect, it } from 'vitest';
import { takesOver } from '../../../src/flow/two-windows';
import { Session } from '../../../src/storage/session';
import { storedSession } from '../../support/readings';

/**
 * Two windows of the flow (the toolbar popup and the tab the hint opens) that save at the same
 * moment each hear the other's save. Written with the outcome decided before the code was run:
 * copies that differ only in their time stamps end as one and the same session in both windows,
 * whatever order the saves arrive in, and a real change made in the other window is taken over.
 */

const at = '2026-11-25T09:00:00.000Z';
const base = (): Session => Session.parse(storedSession(at));
const later = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();
/** What each window shows after hearing the other's save. */
const settle = (a: Session, b: Session) => ({
  a: takesOver(a, b) ? b : a,
  b: takesOver(b, a) ? a : b,
});

/** The same page reading applied in two windows, a moment apart. */
function withReading(session: Session, readAt: string, updatedAt: string): Session {
  return {
    ...session,
    facts: {
      ...session.facts,
      appleBackupStatus: 'issue',
      sources: {
        ...session.facts.sources,
        appleBackupStatus: {
          source: 'apple-status',
          at: readAt,
          url: 'https://www.apple.com/support/systemstatus/',
        },
      },
    },
    updatedAt,
  };
}

describe('two windows saving at once', () => {
  it.each<[string, (s: Session) => Session, (s: Session) => Session]>([
    [
      'the same reading, saved a second apart',
      (s) => withReading(s, at, later(at, 60)),
      (s) => withReading(s, at, later(at, 61)),
    ],
    [
      'the same reading, read a second apart, saved at the same instant',
      (s) => withReading(s, at, later(at, 60)),
      (s) => withReading(s, later(at, 1), later(at, 60)),
    ],
    [
      'the same step recorded in both, a second apart',
      (s) => ({
        ...s,
        stepLog: [
          ...s.stepLog,
          { stepId: 'restart_device', outcome: 'no_change', at: later(at, 5) },
        ],
        updatedAt: later(at, 5),
      }),
      (s) => ({
        ...s,
        stepLog: [
          ...s.stepLog,
          { stepId: 'restart_device', outcome: 'no_change', at: later(at, 6) },
        ],
        updatedAt: later(at, 6),
      }),
    ],
    [
      'only the last change differs',
      (s) => ({ ...s, updatedAt: later(at, 30) }),
      (s) => ({ ...s, updatedAt: later(at, 31) }),
    ],
  ])('%s: both windows end with one session', (_label, inA, inB) => {
    const a = inA(base());
    const b = inB(base());
    const one = settle(a, b);
    expect(one.a).toEqual(one.b);
    // In the other order of arrival too.
    const other = settle(b, a);
    expect(other.a).toEqual(other.b);
    expect(other.a).toEqual(one.a);
  });

  it('takes over an answer the other window changed', () => {
    const mine = base();
    const theirs: Session = { ...base(), facts: { ...base().facts, wifi: 'none' }, updatedAt: at };
    expect(takesOver(mine, theirs)).toBe(true);
  });

  it('takes over a change even when its time stamp is older (a clock behind)', () => {
    const mine: Session = { ...base(), updatedAt: later(at, 60) };
    const theirs: Session = { ...base(), screen: 'escalation' };
    expect(takesOver(mine, theirs)).toBe(true);
  });

  it('leaves an identical session alone, whatever the order of its fields', () => {
    const mine = base();
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(mine).reverse())),
    );
    expect(takesOver(mine, reordered as Session)).toBe(false);
  });
});
