import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.ts';
import { knowledge } from '../../../src/knowledge/index.ts';
import { alertWordings } from '../../../src/knowledge/start-slice.ts';

/** Questions a pasted alert already answers are not put to the user. */

const now = new Date('2026-06-01T12:00:00Z');

describe('questions after a pasted alert', () => {
  it('never asks whether the email is verified when the alert says it is not, in any language', () => {
    const alert = knowledge.alerts.find((a) => a.id === 'email_not_verified')!;
    let checked = 0;
    for (const wordings of Object.values(alertWordings(alert))) {
      for (const alertText of wordings) {
        // Unstable Wi-Fi as well: two likely causes, so a question is still worth asking.
        const d = diagnose({ alertText, wifi: 'unstable' }, { now });
        // Reading the wordings is the alert tests' business; this one is about the question.
        if (d.alert?.id !== 'email_not_verified') continue;
        checked++;
        expect(d.nextQuestion, alertText).not.toBeNull();
        expect(d.nextQuestion?.fact, alertText).not.toBe('emailVerified');
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('still asks it for an account alert that names no email', () => {
    const d = diagnose(
      { alertText: 'iCloud Backup can’t access your account', wifi: 'unstable' },
      { now },
    );
    expect(d.nextQuestion?.fact).toBe('emailVerified');
  });
});
