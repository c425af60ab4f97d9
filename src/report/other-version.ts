import { isRecord } from '../pages/json-text';
import { isPrototypeName, keepValid, MAX_EXAMINED } from '../storage/salvage';
import { SummaryJson } from './schema';
import type { ImportProblem } from './import';
import { MAX_STEP_LOG } from './step-log';

/**
 * A summary made by another version of the extension (the format is the same, version 1) names
 * steps, causes, facts, answers or sites this version does not know, or fields it does not have:
 * refusing the file for that lost the person's every other answer and step. Such a file is read as
 * far as this version knows it, as a stored session is (src/storage/salvage.ts), and what the
 * resumed session goes without is named. Damage (a value of the wrong kind, an impossible date, a
 * name given twice, a field missing) is still refused whole: a person who edited the file can
 * undo the edit, and nothing would tell a typo from a newer name there.
 */

/** How the schemas' refinements name an id this version's lists do not hold ('unknown step'). */
const UNKNOWN_NAME = /^unknown /;

/**
 * What a name of any version looks like (`reset_network_settings`, `vpnActive`, `apple-status`):
 * one with spaces, control characters or thousands of letters was written by no version, and a
 * name of the prototype is none either.
 */
const isName = (name: string) => /^[a-z][\w-]{0,63}$/i.test(name) && !isPrototypeName(name);

/** The value a problem's path names in the file ('(root)' and missing parts: undefined). */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.'))
    value =
      isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * Whether a problem is a name this version does not know, rather than damage: a field it does not
 * have, an id its lists do not hold (as a value or as a record's key: the refinements check texts
 * only), or a text where it expects one of its own choices. A value of another kind there
 * (`"power": 42`), or a name no version writes (isName), is damage.
 */
function isOtherVersions(root: unknown, problem: ImportProblem): boolean {
  const value = valueAt(root, problem.path);
  const named = typeof value === 'string' && isName(value);
  if (!problem.path.split('.').every((key) => isName(key) || /^\d+$/.test(key))) return false;
  return (
    problem.kind === 'unknownField' ||
    (named && problem.kind === 'notAllowed') ||
    // A record's key is the unknown name there, and the path holds it.
    ((named || typeof value !== 'string') &&
      problem.kind === 'invalid' &&
      UNKNOWN_NAME.test(problem.message))
  );
}

/**
 * At most a step log full of another version's steps and a record's examined entries: a file
 * naming more was written by no version (30,000 made-up step ids), and is refused as before,
 * without comparing every part left out with every problem.
 */
const MAX_OTHER_NAMES = MAX_STEP_LOG + MAX_EXAMINED;

/** Whether one path lies inside the other (or is it): a dropped entry and a field of it. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * What is passed on to a resumed session (src/flow/summary-session.ts): the facts and the step
 * log. The diagnosis, the readings' list and the masks are the export's own account, which the
 * import does not take over (the plan is computed again from the facts).
 */
const RESUMED = /^(facts|stepLog)\./;

/**
 * Whether every problem found is a name another version writes, and none is damage: such a file
 * is read without them where it can be, and otherwise refused as another version's (a language
 * this one does not have is required), which the person cannot mend by undoing an edit.
 */
export const onlyOtherNames = (value: unknown, problems: readonly ImportProblem[]): boolean =>
  problems.length > 0 &&
  problems.length <= MAX_OTHER_NAMES &&
  problems.every((p) => isOtherVersions(value, p));

export interface ReadAsKnown {
  value: unknown;
  /** Paths of what the resumed session goes without, as the stored-state checks name them. */
  leftOut: string[];
}

/**
 * The summary without what another version named, when every problem found is such a name and
 * nothing else had to go; else undefined (the file is refused as it was). The value is copied,
 * not changed.
 */
export function readAsKnown(value: unknown, problems: ImportProblem[]): ReadAsKnown | undefined {
  if (!onlyOtherNames(value, problems)) return undefined;
  const dropped: string[] = [];
  const kept = keepValid(SummaryJson, value, '', dropped);
  // Each part left out is one a problem named (or holds one): anything else was damage that the
  // first check could not see beside the names (an object's own checks run once its fields pass).
  const explained = dropped.every((path) => problems.some((p) => related(path, p.path)));
  if (kept === undefined || !explained) return undefined;
  return { value: kept, leftOut: dropped.filter((path) => RESUMED.test(path)) };
}
