import { keys, knowledge, pathFor, type CauseId, type Question } from '../knowledge/index.ts';
import type { AlertMatch } from './alerts.ts';
import { anyHolds, deriveWithAnswer, type Values } from './derive.ts';
import { evidenceDelta } from './question-value.ts';
import { givenByPerson, type FactName, type Facts } from './facts.ts';
import { tally, toScore, type CauseTally } from './rank.ts';
import type { NextQuestion, Params } from './types.ts';

/**
 * Picks the question whose possible answers would move the likely causes the most: for each
 * cause, the spread of its log-odds across the answers, weighted by how likely the cause is now.
 * Questions already answered, observed or marked "not sure" are never asked again.
 */

/** Stop asking once one cause clearly leads: its score and its lead over the runner-up. */
export const CONFIDENT_SCORE = 0.9;
export const CONFIDENT_LEAD = 0.3;
/** Below this expected movement a question is not worth the user's time. */
export const MIN_QUESTION_VALUE = 0.1;
/**
 * At most this many questions put to the user (answered or "not sure") before the plan takes
 * over: the plan's first steps are cheap checks themselves, and a short flow keeps people going.
 * Facts read from Apple's pages cost the user nothing and do not count; each step that made no
 * difference earns one more question, since the plan alone did not get there.
 */
export const MAX_QUESTIONS = 7;

/** Answered by the person (a page's reading costs them nothing and does not count). */
export function questionsHandled(facts: Facts, values: Values): number {
  return knowledge.questions.filter(
    (q) =>
      isAnswered(q, facts, values) &&
      (facts.sources?.[q.fact] === undefined || givenByPerson(facts, q.fact)),
  ).length;
}

function questionBudget(facts: Facts): number {
  const noChange = Object.values(facts.stepsTried ?? {}).filter((o) => o === 'no_change').length;
  return MAX_QUESTIONS + noChange;
}

const DAY_MS = 86_400_000;

export function isAnswered(q: Question, facts: Facts, values: Values): boolean {
  return values[q.fact] !== undefined || (facts.unsure ?? []).includes(q.fact);
}

export function eligibleQuestions(facts: Facts, values: Values): Question[] {
  return knowledge.questions.filter(
    (q) =>
      !isAnswered(q, facts, values) && (q.askWhen === undefined || anyHolds(q.askWhen, values)),
  );
}

/** Values the engine tries for a question: its options, or its probes for free-form inputs. */
export function hypotheticalAnswers(q: Question, now: Date): (string | boolean)[] {
  if (q.input === 'choice') return q.options;
  if (q.input === 'date') {
    return (q.probes ?? []).map((days) =>
      new Date(now.getTime() - Number(days) * DAY_MS).toISOString().slice(0, 10),
    );
  }
  return (q.probes ?? []).map(String);
}

/** `values` are the facts' derived values (deriveValues with the matched alert). */
export function chooseQuestion(
  facts: Facts,
  values: Values,
  current: CauseTally[],
  alert: AlertMatch | undefined,
  params: Params,
  now: Date,
): NextQuestion | null {
  if (questionsHandled(facts, values) >= questionBudget(facts)) return null;
  const sorted = [...current].sort((a, b) => b.logit - a.logit);
  const [first, second] = sorted;
  if (
    first &&
    toScore(first.logit) >= CONFIDENT_SCORE &&
    toScore(first.logit) - toScore(second?.logit ?? -Infinity) >= CONFIDENT_LEAD
  ) {
    return null;
  }

  // A question marked to come first once its moment has come (e.g. whether a computer backup
  // fails too, after fixes failed) is asked before the merely most telling one.
  const eligible = eligibleQuestions(facts, values);
  const urgent = eligible.find((q) => anyHolds(q.askFirstWhen, values));
  let best: { q: Question; value: number; separates: CauseId[] } | undefined;
  for (const q of urgent ? [urgent] : eligible) {
    const spreads = answerSpreads(q, facts, values, current, { alert, params, now });
    const contributions = current
      .map((t) => {
        const s = spreads.get(t.id) ?? { min: 0, max: 0 };
        return { id: t.id, value: toScore(t.logit) * (s.max - s.min) };
      })
      .filter((c) => c.value > 0)
      .sort((a, b) => b.value - a.value);
    const value = contributions.reduce((sum, c) => sum + c.value, 0);
    // Strictly greater: on ties the question listed first in the knowledge wins.
    if ((urgent || value >= MIN_QUESTION_VALUE) && (!best || value > best.value + 1e-9)) {
      best = { q, value, separates: contributions.slice(0, 2).map((c) => c.id) };
    }
  }
  if (!best) return null;
  return toNextQuestion(best.q, best.separates, facts.iosVersion);
}

interface Context {
  alert: AlertMatch | undefined;
  params: Params;
  now: Date;
}

/** For each cause, the lowest and highest change in log-odds over the question's answers. */
function answerSpreads(
  q: Question,
  facts: Facts,
  values: Values,
  current: CauseTally[],
  { alert, params, now }: Context,
): Map<CauseId, { min: number; max: number }> {
  const spreads = new Map<CauseId, { min: number; max: number }>();
  const record = (cause: CauseId, delta: number) => {
    const s = spreads.get(cause) ?? { min: 0, max: 0 };
    spreads.set(cause, { min: Math.min(s.min, delta), max: Math.max(s.max, delta) });
  };
  for (const answer of hypotheticalAnswers(q, now)) {
    const { hypo, hypoValues } = deriveWithAnswer(facts, values, q.fact, answer, now, alert);
    const delta = evidenceDelta(q.fact, facts, values, hypo, hypoValues);
    if (delta) {
      delta.forEach((d, cause) => record(cause, d));
      continue;
    }
    tally(hypo, hypoValues, alert, params, false).forEach((t, i) =>
      record(t.id, t.logit - current[i]!.logit),
    );
  }
  return spreads;
}

/**
 * The question that sets `fact`, asked because the user chose to change that answer rather than
 * because it is the most telling one now; null when no question sets it.
 */
export function questionForFact(fact: FactName, facts: Facts): NextQuestion | null {
  const q = knowledge.questions.find((question) => question.fact === fact);
  if (!q) return null;
  return { ...toNextQuestion(q, [], facts.iosVersion), why: { key: 'why.question.reopened' } };
}

function toNextQuestion(q: Question, separates: CauseId[], iosVersion?: string): NextQuestion {
  const help = pathFor(q, iosVersion);
  const options = q.options.map((value) => ({ value, text: { key: keys.option(q.id, value) } }));
  return {
    id: q.id,
    fact: q.fact as FactName,
    input: q.input,
    text: { key: keys.question(q.id).text },
    ...(help && { help: { key: help.key } }),
    options: [...options, { value: null, text: { key: keys.unsure } }],
    why: {
      key: separates.length > 1 ? 'why.question.separates' : 'why.question.checks',
      params: Object.fromEntries(
        separates.map((id, i) => [`cause${i + 1}`, `@${keys.cause(id).title}`]),
      ),
    },
    separates,
  };
}
