import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../../src/engine/diagnose.ts';
import { deriveValues } from '../../../src/engine/derive.ts';
import { eligibleQuestions } from '../../../src/engine/questions.ts';

/**
 * Someone who says only "iOS 16" may be on any 16.x, and nearly everyone still on 16 has one from
 * 16.3 on, where users report backups failing without two-factor authentication. A bare major
 * counts as its newest release for that report; a point release below 16.3 still does not.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });

describe('an iOS version given as a bare major', () => {
  it.each<[string, Facts]>([
    ['iPhone 8', { iosVersion: '16', deviceModel: 'iPhone 8', twoFactor: false }],
    [
      'iPad, charging',
      {
        iosVersion: '16',
        deviceModel: 'iPad (9th generation)',
        twoFactor: false,
        power: 'charging',
      },
    ],
    [
      'German unknown error',
      { iosVersion: '16', twoFactor: false, alertText: 'Ein unbekannter Fehler ist aufgetreten' },
    ],
    [
      'storage plenty, Wi-Fi stable',
      { iosVersion: '16', twoFactor: false, storageStatus: 'plenty', wifi: 'stable' },
    ],
  ])('counts two-factor off on "16" like on 16.3 and later (%s)', (_, facts) => {
    const d = run(facts);
    expect(d.causes[0]!.id).toBe('account_auth');
    expect(d.plan[0]!.stepId).toBe('turn_on_two_factor');
  });

  it('leaves a point release before 16.3, and two-factor on, alone', () => {
    for (const facts of [
      { iosVersion: '16.2', twoFactor: false },
      { iosVersion: '15', twoFactor: false },
      { iosVersion: '16', twoFactor: true },
    ] as Facts[]) {
      const d = run(facts);
      const at = JSON.stringify(facts);
      expect(d.causes[0]!.id, at).not.toBe('account_auth');
      expect(
        d.plan.slice(0, 2).map((p) => p.stepId),
        at,
      ).not.toContain('turn_on_two_factor');
    }
  });
});

describe('the two-factor question for a bare major', () => {
  const asked = (iosVersion: string) =>
    eligibleQuestions({ iosVersion }, deriveValues({ iosVersion }, now)).some(
      (q) => q.fact === 'twoFactor',
    );

  it('is asked for "16" and "17", as for 16.3 and later, and not for "15" or 16.2', () => {
    expect(asked('16')).toBe(true);
    expect(asked('17')).toBe(true);
    expect(asked('16.3')).toBe(true);
    expect(asked('16.2')).toBe(false);
    expect(asked('15')).toBe(false);
  });
});
