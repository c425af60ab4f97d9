import { retentionDays, retentionWarningDays } from '../../content/knowledge/storage.json';

export const AGE_UNITS = ['today', 'days', 'weeks', 'months', 'years'] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

/**
 * How a span of days is said, the one way every screen and summary says it: exact up to two
 * weeks, then weeks, months, and from two years on years ("about 48 months" makes the reader
 * divide). In the weeks before Apple deletes a backup the days stay exact, since the days left
 * to that limit are what the user acts on; but not when the day itself is a guess ("about 5
 * months ago", or weeks counted by Apple's reminder), where an exact count would claim a
 * precision nobody gave.
 */
export function ageUnit(days: number, approximate = false): { unit: AgeUnit; n: number } {
  if (days < 1) return { unit: 'today', n: 0 };
  const nearLimit = !approximate && days >= retentionWarningDays && days < retentionDays;
  if (days < 14 || nearLimit) return { unit: 'days', n: days };
  if (days < 60) return { unit: 'weeks', n: Math.round(days / 7) };
  const months = Math.round(days / 30.44);
  if (months < 24) return { unit: 'months', n: months };
  return { unit: 'years', n: Math.round(days / 365.25) };
}
