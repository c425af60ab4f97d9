import { FACT_NAMES } from '../engine/facts';
import { siteById } from '../pages/registry';
import { isPrototypeName } from '../storage/salvage';
import { NEWER_VERSION } from './newer-version';

const isSite = (name: string | undefined): name is string =>
  name !== undefined && siteById(name) !== undefined;

/**
 * What a restore left out, in the terms the popup tells the user: which answers, how many
 * records of steps tried, which page readings, and whether anything else went (the screen,
 * the order of answers, times). `reset` when nothing of the session could be used.
 */
export interface DroppedSummary {
  reset: boolean;
  facts: string[];
  steps: number;
  readings: string[];
  other: boolean;
  /**
   * What a newer version of the extension saved was written over by this one, which keeps the
   * answers and steps but not what only the newer one records.
   */
  newer: boolean;
}

/** Answers the user gave (or a page filled); `sources` and `unsure` are bookkeeping. */
const ANSWERS: ReadonlySet<string> = new Set([...FACT_NAMES, 'notes']);

/**
 * Paths as the storage checks name them: `session`, `facts.<name>[.<entry>]`, `stepLog.<i>`,
 * `reading.<site>`, anything else (e.g. `screen`, `history.2`, `preferences.locale`).
 */
export function summarizeDropped(paths: readonly string[]): DroppedSummary {
  const summary: DroppedSummary = {
    reset: false,
    facts: [],
    steps: 0,
    readings: [],
    other: false,
    newer: false,
  };
  let stepLog = 0;
  let stepsTried = 0;
  for (const path of paths) {
    const [head, name, ...inside] = path.split('.');
    if (path === 'session') summary.reset = true;
    else if (path === NEWER_VERSION) summary.newer = true;
    // A field inside an entry that was kept (one a newer build added) costs no step.
    else if (head === 'stepLog' && inside.length === 0) stepLog++;
    else if (head === 'facts' && name === 'stepsTried') {
      // A record named like Object.prototype's own (`__proto__`) is damage, no step anyone took.
      if (isPrototypeName(inside[0] ?? '')) summary.other = true;
      else stepsTried++;
    } else if (head === 'reading' && isSite(name)) {
      if (!summary.readings.includes(name)) summary.readings.push(name);
    } else if (head === 'facts' && name && ANSWERS.has(name)) {
      if (!summary.facts.includes(name)) summary.facts.push(name);
    } else summary.other = true;
  }
  // A step outcome is in the step log and among the steps tried: count it once.
  summary.steps = Math.max(stepLog, stepsTried);
  return summary;
}
