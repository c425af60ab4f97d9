import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIKELIHOODS, likelihoodOf, stepPurpose } from '../../../src/report/likelihood';

describe('likelihood in words', () => {
  it('puts each band where the README says', () => {
    expect([0.99, 0.8, 0.79, 0.5, 0.49, 0.2, 0.19, 0].map(likelihoodOf)).toEqual([
      'very_likely',
      'very_likely',
      'likely',
      'likely',
      'possible',
      'possible',
      'unlikely',
      'unlikely',
    ]);
  });

  it('never rates a lower score as more likely', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(LIKELIHOODS.indexOf(likelihoodOf(low))).toBeGreaterThanOrEqual(
            LIKELIHOODS.indexOf(likelihoodOf(high)),
          );
        },
      ),
    );
  });

  it('calls a score that is not a number unlikely instead of failing', () => {
    expect(likelihoodOf(Number.NaN)).toBe('unlikely');
    expect(likelihoodOf(Number.POSITIVE_INFINITY)).toBe('unlikely');
  });

  it('finds the cause behind a scored step reason, and leaves unscored reasons alone', () => {
    expect(
      stepPurpose({ key: 'why.step.fix', params: { cause: '@cause.network.title', score: 87 } }),
    ).toEqual({ key: 'because', cause: 'cause.network.title' });
    expect(stepPurpose({ key: 'why.step.wait' })).toBeUndefined();
    expect(stepPurpose({ key: 'why.step.always', params: { cause: 'x' } })).toBeUndefined();
  });

  // A computer backup does not rule out a sign-in problem, and a data recovery lab fixes no
  // cause: whichever cause ranks first, only checks and fixes are said to rule out or fix.
  it('says a copy kept elsewhere keeps data safe, and a last resort is for a possible cause', () => {
    const params = { cause: '@cause.account_auth.title', score: 62 };
    expect(stepPurpose({ key: 'why.step.alternative', params })).toEqual({ key: 'keepData' });
    expect(stepPurpose({ key: 'why.step.escalation', params })).toEqual({
      key: 'forCause',
      cause: 'cause.account_auth.title',
    });
    expect(stepPurpose({ key: 'why.step.check', params })?.key).toBe('because');
  });
});
