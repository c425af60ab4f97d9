import { describe, expect, it } from 'vitest';
import {
  answer,
  back,
  recordStep,
  describeProblem,
  acknowledge,
  goTo,
} from '../../../src/flow/actions';
import { mergeSessions } from '../../../src/flow/merge-sessions';
import { setNotes } from '../../../src/flow/summary-session';
import { newSession, Session } from '../../../src/storage/session';
import { storedSession } from '../../support/readings';

/**
 * Two windows of the flow that change the session at the same moment, the other's save stored
 * last: what the window hearing it keeps, decided before the code was run. Each window's change
 * survives unless both changed the same part (then this window's, the later heard), and nothing
 * of a session started over is mixed into the new one.
 */

const AT = '2026-11-25T09:00:00.000Z';
const t = (seconds: number) => new Date(Date.parse(AT) + 3_600_000 + seconds * 1000);
const base = (): Session => Session.parse(storedSession(AT));
const valid = (session: Session) => expect(Session.safeParse(session).success).toBe(true);

describe('both windows changed the session at once', () => {
  it.each<[string, (s: Session) => Session, (s: Session) => Session, (m: Session) => void]>([
    [
      'a step ticked here, an answer given there',
      (s) => recordStep(s, 'restart_device', 'no_change', t(1)),
      (s) => answer(s, 'iosVersion', '17.5.1', t(2)),
      (m) => {
        expect(m.facts.stepsTried?.restart_device).toBe('no_change');
        expect(m.stepLog.map((e) => e.stepId)).toEqual(['check_wifi', 'restart_device']);
        expect(m.facts.iosVersion).toBe('17.5.1');
        expect(m.history.at(-1)).toBe('iosVersion');
      },
    ],
    [
      'two different steps ticked (de: zwei Fenster)',
      (s) => recordStep(s, 'restart_device', 'no_change', t(1)),
      (s) => recordStep(s, 'update_ios', 'fixed', t(2)),
      (m) => {
        expect(m.facts.stepsTried).toMatchObject({
          restart_device: 'no_change',
          update_ios: 'fixed',
        });
        expect(m.stepLog.map((e) => e.stepId)).toEqual([
          'check_wifi',
          'restart_device',
          'update_ios',
        ]);
        expect(m.screen).toBe('success');
      },
    ],
    [
      'an answer undone here (Back), a step ticked there',
      (s) => back(s, t(1)),
      (s) => recordStep(s, 'restart_device', 'no_change', t(2)),
      (m) => {
        expect(m.facts.power).toBeUndefined();
        expect(m.facts.sources?.power).toBeUndefined();
        expect(m.history).toEqual(['wifi']);
        expect(m.facts.stepsTried?.restart_device).toBe('no_change');
      },
    ],
    [
      '"not sure" here, a Japanese message there',
      (s) => answer(s, 'iosVersion', null, t(1)),
      (s) => describeProblem(s, { alertText: 'iPhoneのバックアップに失敗しました' }, t(2)),
      (m) => {
        expect(m.facts.unsure).toContain('iosVersion');
        expect(m.facts.alertText).toBe('iPhoneのバックアップに失敗しました');
      },
    ],
    [
      'the same answer changed in both: this window’s stays',
      (s) => answer(s, 'wifi', 'none', t(3)),
      (s) => answer(s, 'wifi', 'hotspot', t(2)),
      (m) => expect(m.facts.wifi).toBe('none'),
    ],
    [
      'notes typed here (fr), a step confirmed there',
      (s) => setNotes(s, 'Sauvegarde échoue depuis lundi', t(1)),
      (s) => acknowledge(s, 'reset_all_settings', t(2)),
      (m) => {
        expect(m.facts.notes).toBe('Sauvegarde échoue depuis lundi');
        expect(m.acknowledged).toEqual(['reset_all_settings']);
      },
    ],
  ])('%s: both kept', (_label, mine, theirs, check) => {
    const start = base();
    const merged = mergeSessions(start, mine(start), theirs(start));
    check(merged);
    valid(merged);
  });

  it('the screen moved here, not there: this window’s screen', () => {
    const start = base();
    const merged = mergeSessions(
      start,
      goTo(start, 'escalation', t(1)),
      answer(start, 'iosVersion', '18.1', t(2)),
    );
    expect(merged.screen).toBe('escalation');
  });

  it('nothing changed here: the other window’s session, as it is', () => {
    const start = base();
    const theirs = answer(start, 'wifi', 'none', t(1));
    expect(mergeSessions(start, start, theirs)).toBe(theirs);
  });

  it('started over here: the new session, nothing of the old one added', () => {
    const start = base();
    const mine = newSession(t(1));
    expect(mergeSessions(start, mine, recordStep(start, 'restart_device', 'no_change', t(2)))).toBe(
      mine,
    );
  });

  it('started over there: their new session, nothing of the old one added', () => {
    const start = base();
    const theirs = newSession(t(2));
    expect(
      mergeSessions(start, recordStep(start, 'restart_device', 'no_change', t(1)), theirs),
    ).toBe(theirs);
  });

  it('merged once more against the result: the same session (the windows settle)', () => {
    const start = base();
    const mine = recordStep(start, 'restart_device', 'no_change', t(1));
    const theirs = answer(start, 'iosVersion', '17.5.1', t(2));
    const merged = mergeSessions(start, mine, theirs);
    const again = mergeSessions(theirs, merged, merged);
    expect(again).toEqual(merged);
  });
});
