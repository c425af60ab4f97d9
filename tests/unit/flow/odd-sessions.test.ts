import { describe, expect, it } from 'vitest';
import { back, describeProblem, recordStep } from '../../../src/flow/actions';
import { setNotes } from '../../../src/flow/summary-session';
import { MAX_STEP_LOG } from '../../../src/report/step-log';
import { restoreSession, Session } from '../../../src/storage/session';
import { storedSession } from '../../support/readings';

/**
 * The flow's changes made to sessions at the edges of what storage holds (a full step log, texts
 * past their limit, answers in order that name nothing), each with the outcome decided before
 * the code was run: what the change saves is a session the next restore keeps whole.
 */

const AT = '2026-11-25T09:00:00.000Z';
const NOW = new Date('2026-11-25T10:00:00.000Z');
const base = (): Session => Session.parse(storedSession(AT));
/** The change's result as the popup restores it when next opened. */
const reopened = (session: Session) => restoreSession(JSON.parse(JSON.stringify(session)), NOW);

describe('changes at the edges', () => {
  it.each<[string, () => Session]>([
    [
      'a step recorded on a full step log',
      () => {
        const full = { ...base(), stepLog: Array(MAX_STEP_LOG).fill(base().stepLog[0]) };
        return recordStep(full, 'restart_device', 'no_change', NOW);
      },
    ],
    [
      'a pasted message of 10,000 Chinese letters',
      () => describeProblem(base(), { alertText: '备份失败'.repeat(2500) }, NOW),
    ],
    ['notes of 20,000 letters (it)', () => setNotes(base(), 'nota '.repeat(4000), NOW)],
    [
      'Back over answers in order that name nothing stored',
      () => back({ ...base(), history: ['wifi', 'power', 'iosVersion', 'deviceModel'] }, NOW),
    ],
  ])('%s: restored whole', (_label, change) => {
    expect(reopened(change()).dropped).toEqual([]);
  });

  it('Back over answers in order that name nothing stored undoes the latest real one', () => {
    const session = back({ ...base(), history: ['wifi', 'power', 'iosVersion'] }, NOW);
    expect(session.facts.power).toBeUndefined();
    expect(session.facts.wifi).toBe('stable');
  });
});
