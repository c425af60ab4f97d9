import { describe, expect, it } from 'vitest';
import { summarizeDropped } from '../../../src/flow/dropped';
import { applyObservations } from '../../../src/flow/observed-facts';
import { restoreSession } from '../../../src/storage/session';
import { statusReading, storedSession } from '../../support/readings';

/**
 * What the popup is told after a restore, and what page readings do to answers, for stored
 * values written by hand; each outcome decided before the code was run.
 */

const now = new Date('2026-11-25T10:00:00Z');
const at = '2026-11-25T09:00:00.000Z';
/** A value as JSON.parse gives it: a hand edit may write anything at any depth. */
type Stored = ReturnType<typeof JSON.parse>;
const restored = (edit: (s: Stored) => void) => {
  const s = storedSession(at) as Stored;
  edit(s);
  return restoreSession(s, now);
};

describe('probes: a restore that lost every answer says so', () => {
  it.each<[string, unknown]>([
    ['a word', 'garbage'],
    ['a list', [{ wifi: 'stable' }]],
    ['null', null],
    ['a number', 7],
  ])('facts stored as %s: a fresh start, not "everything else was kept"', (_l, facts) => {
    const { session, dropped } = restored((s) => (s.facts = facts));
    expect(session.screen).toBe('start');
    expect(session.stepLog).toHaveLength(1);
    expect(summarizeDropped(dropped).reset).toBe(true);
  });

  it('facts whose every answer is damaged: each named, not a fresh start', () => {
    const { session, dropped } = restored((s) => {
      s.facts.wifi = 'X';
      s.facts.power = 'Y';
    });
    expect(session.screen).toBe('start');
    expect(summarizeDropped(dropped)).toMatchObject({ reset: false, facts: ['wifi', 'power'] });
  });
});

describe('probes: page readings against answers', () => {
  const answered = (value: string, when: string) => ({
    appleBackupStatus: value as 'available',
    sources: { appleBackupStatus: { source: 'user' as const, at: when } },
  });

  it.each<[string, string, string, string]>([
    [
      'an answer after the reading stays',
      '2026-11-25T09:30:00.000Z',
      '2026-11-25T09:00:00.000Z',
      'available',
    ],
    [
      'a reading after the answer wins',
      '2026-11-25T09:00:00.000Z',
      '2026-11-25T09:45:00.000Z',
      'issue',
    ],
    [
      'an answer dated in 2099 does not outlast a reading',
      '2099-01-01T00:00:00.000Z',
      '2026-11-25T09:45:00.000Z',
      'issue',
    ],
  ])('%s', (_l, answerAt, readAt, expected) => {
    const { facts } = applyObservations(
      answered('available', answerAt),
      { status: statusReading(readAt, 'issue') },
      now,
    );
    expect(facts.appleBackupStatus).toBe(expected);
  });

  it('a reading dated an hour ahead fills nothing and is not reported', () => {
    const result = applyObservations(
      {},
      { status: statusReading('2026-11-25T11:00:00.000Z') },
      now,
    );
    expect(result).toEqual({ facts: {}, readings: [] });
  });
});
