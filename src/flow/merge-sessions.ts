import type { Facts } from '../engine/facts';
import { MAX_STEP_LOG } from '../report/step-log';
import { isRecorded } from '../storage/bookkeeping';
import type { Session } from '../storage/session';
import { canonicalJson } from './canonical-json';

/**
 * Two windows of the flow that change the session at the same moment each save their own copy,
 * and the one stored last would otherwise win whole: a step ticked in the other window was lost.
 * The window that hears the other's save instead keeps the other's changes and puts its own back
 * on top, part by part, each part judged against `base`, the copy it last saw stored: an answer
 * (with its source and "not sure" mark), a step's outcome, the screen. Step-log entries and
 * confirmed steps only ever add up, so both windows' are kept.
 */

/** Marks of an answer kept beside it (bookkeeping.ts): not answers themselves. */
const MARKS: ReadonlySet<string> = new Set([
  'sources',
  'unsure',
  'stepsTried',
  'stepsTriedAt',
  'alertPicked',
]);

/** Equal values, whatever order their names were written in (a restored copy orders them anew). */
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** An answer with everything that describes it, to tell whether a window changed it. */
const answerOf = (facts: Facts, name: string) => [
  (facts as Record<string, unknown>)[name],
  facts.sources?.[name],
  facts.unsure?.includes(name) ?? false,
  name === 'alertText' ? facts.alertPicked : undefined,
];

function answerNames(...all: Facts[]): string[] {
  const names = all.flatMap((facts) => [
    ...Object.keys(facts).filter((name) => !MARKS.has(name)),
    ...Object.keys(facts.sources ?? {}),
    ...(facts.unsure ?? []),
  ]);
  return [...new Set(names)];
}

/** The answer `name` as `from` holds it, written into `facts`. */
function copyAnswer(facts: Facts, from: Facts, name: string): Facts {
  const next: Record<string, unknown> = { ...facts };
  const { [name]: _source, ...sources } = facts.sources ?? {};
  const source = from.sources?.[name];
  next.sources = source ? { ...sources, [name]: source } : sources;
  next.unsure = (facts.unsure ?? []).filter((n) => n !== name);
  if (from.unsure?.includes(name)) (next.unsure as string[]).push(name);
  if (Object.hasOwn(from, name)) next[name] = (from as Record<string, unknown>)[name];
  else delete next[name];
  if (name === 'alertText') {
    if (from.alertPicked) next.alertPicked = true;
    else delete next.alertPicked;
  }
  return next as Facts;
}

/** Without bookkeeping left empty by the copies: an empty record is no data the flow writes. */
function tidy(facts: Facts): Facts {
  const { sources, unsure, stepsTried, stepsTriedAt, ...rest } = facts;
  return {
    ...rest,
    ...(sources && Object.keys(sources).length > 0 && { sources }),
    ...(unsure && unsure.length > 0 && { unsure }),
    ...(stepsTried && Object.keys(stepsTried).length > 0 && { stepsTried }),
    ...(stepsTriedAt && Object.keys(stepsTriedAt).length > 0 && { stepsTriedAt }),
  };
}

function mergedFacts(base: Facts, mine: Facts, theirs: Facts): Facts {
  let facts = theirs;
  for (const name of answerNames(base, mine, theirs)) {
    if (!same(answerOf(mine, name), answerOf(base, name))) facts = copyAnswer(facts, mine, name);
  }
  const steps = { ...theirs.stepsTried };
  // Each outcome keeps the time it was given with it.
  const times = { ...theirs.stepsTriedAt };
  for (const [id, outcome] of Object.entries(mine.stepsTried ?? {})) {
    if (base.stepsTried?.[id] === outcome) continue;
    steps[id] = outcome;
    const at = mine.stepsTriedAt?.[id];
    if (at === undefined) delete times[id];
    else times[id] = at;
  }
  return tidy({ ...facts, stepsTried: steps, stepsTriedAt: times });
}

/** Both windows' step-log entries, each once, in time order, bounded as the flow bounds them. */
function mergedLog(mine: Session, theirs: Session): Session['stepLog'] {
  const seen = new Set(theirs.stepLog.map((entry) => JSON.stringify(entry)));
  const added = mine.stepLog.filter((entry) => !seen.has(JSON.stringify(entry)));
  if (added.length === 0) return theirs.stepLog;
  const all = [...theirs.stepLog, ...added];
  return all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_STEP_LOG);
}

/**
 * The session this window keeps on hearing `theirs`, the other window's save: `theirs` itself
 * when this window changed nothing since `base`, or when either window started a new session
 * since (starting over, importing a summary: nothing of the old one is mixed into the new).
 */
export function mergeSessions(base: Session, mine: Session, theirs: Session): Session {
  if (same(mine, base) || mine.startedAt !== base.startedAt) {
    return mine.startedAt === base.startedAt ? theirs : mine;
  }
  if (theirs.startedAt !== base.startedAt) return theirs;
  const facts = mergedFacts(base.facts, mine.facts, theirs.facts);
  const history = [...theirs.history, ...mine.history.filter((n) => !theirs.history.includes(n))];
  const { asking: _asked, ...rest } = theirs;
  const asking = mine.asking !== base.asking ? mine.asking : theirs.asking;
  return {
    ...rest,
    facts,
    history: history.filter((name) => isRecorded(facts, name)),
    acknowledged: [...new Set([...theirs.acknowledged, ...mine.acknowledged])],
    stepLog: mergedLog(mine, theirs),
    screen: mine.screen !== base.screen ? mine.screen : theirs.screen,
    ...(asking !== undefined && { asking }),
    updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
  };
}
