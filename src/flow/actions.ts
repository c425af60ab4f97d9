import type { Facts, FactName } from '../engine/facts';
import type { StepOutcome } from '../knowledge/ids';
import { MAX_STEP_LOG } from '../report/step-log';
import { TEXT_LIMITS } from '../engine/text-limits';
import { isRecorded } from '../storage/bookkeeping';
import type { Screen, Session } from '../storage/session';

export type FactValue = string | number | boolean;

/**
 * Every change the flow makes to a session, as pure functions: the UI calls them and stores
 * the result, tests call them directly. Each stamps `updatedAt` with the caller's clock.
 */
function touch(session: Session, now: Date, patch: Partial<Session>): Session {
  const { asking: _done, ...rest } = session;
  // A reopened question stays first only until the next move, whatever it is.
  return { ...rest, ...patch, updatedAt: now.toISOString() };
}

function withoutFact(facts: Facts, name: FactName): Facts {
  const next: Facts = { ...facts };
  delete next[name];
  if (next.sources?.[name]) {
    const { [name]: _removed, ...rest } = next.sources;
    next.sources = rest;
  }
  if (next.unsure?.includes(name)) next.unsure = next.unsure.filter((n) => n !== name);
  return next;
}

/**
 * The first screen's answer: a message (typed, pasted or picked from the known ones), a
 * symptom, or neither.
 */
export function describeProblem(
  session: Session,
  answer: { alertText?: string; picked?: boolean; symptom?: Facts['symptom'] },
  now: Date,
): Session {
  const { alertPicked: _wasPicked, ...earlier } = session.facts;
  let facts = withoutFact(withoutFact(earlier, 'alertText'), 'symptom');
  // Cut where the session's schema stops: a longer text (an input whose limit did not hold) would
  // be dropped whole when the popup next restores the session.
  const alertText = answer.alertText?.trim().slice(0, TEXT_LIMITS.alertText);
  if (alertText) facts = { ...facts, alertText, ...(answer.picked && { alertPicked: true }) };
  if (answer.symptom) facts = { ...facts, symptom: answer.symptom };
  // "I don't know / no message" answers "What do you see?": it is not asked again.
  else if (!alertText) facts = { ...facts, unsure: [...(facts.unsure ?? []), 'symptom'] };
  facts = stampedAsGiven(facts, session.facts, now);
  return touch(session, now, { facts, screen: 'questions' });
}

/**
 * The problem's description stamped with when it was given, so that one given after a fix was
 * marked as having worked tells a new failure from the one the fix was for. Given again as it
 * was (the first screen passed through once more), it keeps its first time.
 */
function stampedAsGiven(facts: Facts, before: Facts, now: Date): Facts {
  const sources = { ...facts.sources };
  for (const name of ['alertText', 'symptom'] as const) {
    if (facts[name] === undefined) continue;
    const kept = facts[name] === before[name] ? before.sources?.[name] : undefined;
    sources[name] = kept ?? { source: 'user', at: now.toISOString() };
  }
  return Object.keys(sources).length > 0 ? { ...facts, sources } : facts;
}

/**
 * Records an answer (`null` = "not sure", so the question is not asked again); `approximate`
 * when the person gave it as "about N weeks / months ago".
 */
export function answer(
  session: Session,
  fact: FactName,
  value: FactValue | null,
  now: Date,
  approximate = false,
): Session {
  let facts = withoutFact(session.facts, fact);
  if (value === null) {
    facts = { ...facts, unsure: [...(facts.unsure ?? []), fact] };
  } else {
    facts = {
      ...facts,
      [fact]: value,
      sources: {
        ...facts.sources,
        [fact]: { source: 'user', at: now.toISOString(), ...(approximate && { approximate }) },
      },
    };
  }
  const history = [...session.history.filter((name) => name !== fact), fact];
  return touch(session, now, { facts, history });
}

/** Undoes the latest answer; with none left, goes back to the first screen. */
export function back(session: Session, now: Date): Session {
  // Past entries whose answer is not there (a stored session from an older build or a hand
  // edit): undoing one would change nothing, and Back would seem not to work.
  const { facts } = session;
  const history = session.history.slice(
    0,
    session.history.findLastIndex((name) => isRecorded(facts, name)) + 1,
  );
  const last = history.at(-1);
  if (last === undefined) return touch(session, now, { screen: 'start', history });
  return touch(session, now, {
    facts: withoutFact(facts, last as FactName),
    history: history.slice(0, -1),
    screen: 'questions',
  });
}

/** Forgets one fact (prefilled or answered) so the flow asks for it again. */
export function reopen(session: Session, fact: FactName, now: Date): Session {
  return touch(session, now, {
    facts: withoutFact(session.facts, fact),
    history: session.history.filter((name) => name !== fact),
    screen: 'questions',
    asking: fact,
  });
}

export function acknowledge(session: Session, stepId: string, now: Date): Session {
  if (session.acknowledged.includes(stepId)) return session;
  return {
    ...session,
    acknowledged: [...session.acknowledged, stepId],
    updatedAt: now.toISOString(),
  };
}

/**
 * "This fixed it" ends on the success screen; other outcomes let the plan move on, and so does a
 * backup made another way that worked (`endsFlow` false): iCloud Backup itself is not fixed.
 */
export function recordStep(
  session: Session,
  stepId: string,
  outcome: StepOutcome,
  now: Date,
  endsFlow = true,
): Session {
  const at = now.toISOString();
  const { stepsTried, stepsTriedAt } = session.facts;
  return touch(session, now, {
    facts: {
      ...session.facts,
      stepsTried: { ...stepsTried, [stepId]: outcome },
      stepsTriedAt: { ...stepsTriedAt, [stepId]: at },
    },
    // Bounded like every stored list: the oldest entries go first.
    stepLog: [...session.stepLog, { stepId, outcome, at }].slice(-MAX_STEP_LOG),
    screen: outcome === 'fixed' && endsFlow ? 'success' : session.screen,
  });
}

export function goTo(session: Session, screen: Screen, now: Date): Session {
  return touch(session, now, { screen });
}
