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
 * The cause a step's engine reason names when that reason carries a score ("Helps with X (97 %)"):
 * steps are not ranked by likelihood for the reader, so the caller says it in its own words
 * without the number. Undefined when the reason has no score and can be shown as it is.
 */
export function scoredReasonCause(reason: TextRef): string | undefined {
  const cause = reason.params?.cause;
  if (reason.params?.score === undefined || typeof cause !== 'string') return undefined;
  return cause.startsWith('@') ? cause.slice(1) : cause;
}
