import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge';
import { LOCALES } from '../../../src/i18n';
import { USER_SAYS } from '../../support/user-says';
import { thirdPerson } from '../../../src/report/words';
import '../../support/catalogs';

/**
 * A reason that joins the user's answer to the message they saw ("two-factor authentication is
 * off and iOS showed an unknown error") still rests on what the user says; the summary's reader
 * must not take the answer for something the extension saw. Those reasons open with the user
 * as their source, in the words tests/unit/i18n/who-says.test.ts holds the others to.
 */
/** Facts only the user's answers give (as in who-says.test.ts). */
const ANSWERED = new Set(['wifi', 'power', 'deviceLocked', 'twoFactor', 'backupEnabled']);
/** What the user saw or typed, and what is worked out from answers. */
const SEEN = new Set(['alertId', 'symptom', 'iosNewestRelease', 'iosVersion']);
/**
 * Reasons that state a general rule and no answer ("running on battery holds back automatic
 * backups, not a restore"): nothing in them reads as observed.
 */
const GENERAL = new Set([
  'restore_not_held_by_battery',
  'restore_not_held_by_lock',
  'restore_not_held_by_switch',
]);

const { rules } = knowledge;
const answerAndMessage = rules.filter(({ id, when }) => {
  const facts = when.map(({ fact }) => fact);
  return (
    !GENERAL.has(id) &&
    facts.some((f) => ANSWERED.has(f)) &&
    facts.some((f) => SEEN.has(f)) &&
    facts.every((f) => ANSWERED.has(f) || SEEN.has(f))
  );
});

describe('who says what a reason joins to the message', () => {
  it('finds the reasons that join an answer to a message', () => {
    expect(answerAndMessage.map(({ id }) => id)).toEqual(
      expect.arrayContaining([
        'unknown_error_no_2fa_older_ios',
        'enabling_fails_switch_off',
        'not_completed_on_stable_wifi',
      ]),
    );
  });

  it.each(LOCALES)('%s: each of them opens with the user as its source', (locale) => {
    const unsaid = answerAndMessage
      .map(({ id }) => [
        id,
        thirdPerson(locale, { key: `rule.${id}`, params: { version: '16.4' } }),
      ])
      .filter(([, text]) => !USER_SAYS[locale].test(text!));
    expect(unsaid).toEqual([]);
  });
});
