import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * 'An Unknown Error Occurred' is reported with two-step verification off (iOS 16.3 and later
 * need it for iCloud Backup); with it on, what is left on the account's side is a sign-in to
 * renew, the gentlest account step.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);

describe('An Unknown Error Occurred', () => {
  it('with two-factor on, signs in again first; with it off, turns it on first', () => {
    const alertText = 'An Unknown Error Occurred';
    expect(planIds(run({ alertText, twoFactor: true, iosVersion: '18.2' }))[0]).toBe(
      'sign_in_again',
    );
    expect(planIds(run({ alertText, twoFactor: false, iosVersion: '18.2' }))[0]).toBe(
      'turn_on_two_factor',
    );
  });

  it('with two-factor on keeps an account problem ahead of a Wi-Fi nothing points at', () => {
    const d = run({ alertText: 'An Unknown Error Occurred', twoFactor: true });
    const rank = (id: string) => d.causes.findIndex((c) => c.id === id);
    expect(rank('account_auth')).toBeLessThan(rank('network'));
  });
});
