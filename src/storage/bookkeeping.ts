import type { Facts } from '../engine/facts';
import type { StepOutcome } from '../knowledge/ids';
import type { StepLogEntry } from '../report/schema';

/**
 * What the facts say about an answer besides its value (where it came from, that a message was
 * picked, which steps were tried) kept in step with the answers themselves, for values that were
 * not written by the flow as it is: a restore that dropped a damaged answer, an edited summary.
 */

/** Whether the facts hold an answer to `name`: a value, or "not sure". */
export const isRecorded = (facts: Facts, name: string): boolean =>
  Object.hasOwn(facts, name) || (facts.unsure?.includes(name) ?? false);

/**
 * The facts without marks of an answer that is not there (of those `gone` names, by default
 * all): a source would make an older page reading lose to an answer nobody holds, and "picked"
 * describes no message.
 */
export function withoutStrayMarks(
  facts: Facts,
  gone: (name: string) => boolean = () => true,
): Facts {
  const { alertPicked, sources, ...rest } = facts;
  const stray = (name: string) => !Object.hasOwn(facts, name) && gone(name);
  const kept = Object.entries(sources ?? {}).filter(([name]) => !stray(name));
  return {
    ...rest,
    ...(alertPicked && !stray('alertText') && { alertPicked }),
    ...(sources && kept.length > 0 && { sources: Object.fromEntries(kept) }),
  };
}

/**
 * Steps the log records that the steps tried lack (and that `lost` says lost their record), each
 * with its latest outcome: every step taken is written to both, and a step missing from the steps
 * tried would be offered again as untried.
 */
function loggedSteps(
  facts: Facts,
  stepLog: readonly StepLogEntry[],
  lost: (stepId: string) => boolean = () => true,
): Record<string, StepOutcome> {
  const missing: Record<string, StepOutcome> = {};
  for (const { stepId, outcome } of stepLog) {
    if (!Object.hasOwn(facts.stepsTried ?? {}, stepId) && lost(stepId)) missing[stepId] = outcome;
  }
  return missing;
}

/** The facts with the steps only the log records added to the steps tried. */
export function withLoggedSteps(
  facts: Facts,
  stepLog: readonly StepLogEntry[],
  lost?: (stepId: string) => boolean,
): Facts {
  const missing = loggedSteps(facts, stepLog, lost);
  if (Object.keys(missing).length === 0) return facts;
  return { ...facts, stepsTried: { ...facts.stepsTried, ...missing } };
}
