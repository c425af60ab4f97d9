import type { TextRef } from '../engine/types.ts';

/**
 * Likelihood in words, for the popup and the summary alike. The engine's scores are separate
 * logistic scores per cause (they do not add up to 100 %, and a 0.97 read as "97 %" sounds like
 * certainty), so people see four plain bands instead of numbers. Thresholds (README "How it
 * decides"): very likely from 0.8, likely from 0.5, possible from 0.2, unlikely below.
 */
export const LIKELIHOODS = ['very_likely', 'likely', 'possible', 'unlikely'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

const BANDS: [Likelihood, number][] = [
  ['very_likely', 0.8],
  ['likely', 0.5],
  ['possible', 0.2],
];

export function likelihoodOf(score: number): Likelihood {
  if (!Number.isFinite(score)) return 'unlikely';
  return BANDS.find(([, from]) => score >= from)?.[0] ?? 'unlikely';
}

/**
 * What a step is for, said without the score its engine reason may carry ("Helps with X (97 %)"):
 * steps are not ranked by likelihood for the reader, so the caller says it in its own words.
 * Only checks and fixes rule a cause out or fix it: a copy kept elsewhere does neither, whichever
 * cause ranks first, and a last resort (Apple, a lab, a warning) is only for a possible cause,
 * even when it leads the plan. Undefined when the reason has no score and can be shown as it is.
 */
export type StepPurpose =
  { key: 'because' | 'forCause'; cause: string } | { key: 'keepData'; cause?: undefined };

export function stepPurpose(reason: TextRef): StepPurpose | undefined {
  const cause = reason.params?.cause;
  if (reason.params?.score === undefined || typeof cause !== 'string') return undefined;
  if (reason.key === 'why.step.alternative') return { key: 'keepData' };
  const key = reason.key === 'why.step.escalation' ? 'forCause' : 'because';
  return { key, cause: cause.startsWith('@') ? cause.slice(1) : cause };
}
