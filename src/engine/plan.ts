import { keys, knowledge, pathFor, text, type CauseId, type Step } from '../knowledge/index.ts';
import { anyHolds, type Values } from './derive.ts';
import type { Facts } from './facts.ts';
import { toScore, type CauseTally } from './rank.ts';
import type { Disruption, Params, PlanItem } from './types.ts';
import { usedParams } from './explain.ts';

/**
 * The plan: steps for every cause that is still plausible, with steps the facts contradict and
 * steps already tried left out. Order: waiting (only while Apple reports a problem), fixes by
 * likelihood of their cause minus a penalty for disruption, the local-backup alternative,
 * escalation, and last any held-back steps. Contacting Apple is always present (unless tried), so
 * no plan dead-ends.
 */

/** Causes below this score get no steps of their own. The top cause always does. */
export const PLAN_MIN_SCORE = 0.15;
const DISRUPTION_LEVEL: Record<Disruption, number> = { none: 0, low: 1, medium: 2, high: 3 };
/** How much one disruption level costs against likelihood when ordering fixes. */
const DISRUPTION_PENALTY = 0.15;
const KIND_ORDER = { wait: 0, fix: 1, alternative: 2, escalation: 3 } as const;

export const APPLE_PROBLEM_STATES = ['issue', 'outage', 'maintenance'] as const;

export function appleReportsProblem(values: Values): boolean {
  return (APPLE_PROBLEM_STATES as readonly unknown[]).includes(values.appleBackupStatus);
}

export function buildPlan(
  facts: Facts,
  values: Values,
  ranked: CauseTally[],
  params: Params,
): PlanItem[] {
  const scores = new Map(ranked.map((t) => [t.id, toScore(t.logit)]));
  const included = new Set<CauseId>(
    ranked.filter((t, i) => i === 0 || toScore(t.logit) >= PLAN_MIN_SCORE).map((t) => t.id),
  );
  const tried = facts.stepsTried ?? {};
  const alreadyDone = (s: Step) => tried[s.id] === 'fixed' || tried[s.id] === 'no_change';
  const outage = appleReportsProblem(values);

  const likelihood = (s: Step) =>
    Math.max(0, ...s.addresses.filter((c) => included.has(c)).map((c) => scores.get(c) ?? 0));
  const wanted = (s: Step) => s.id === 'contact_apple' || s.addresses.some((c) => included.has(c));
  const chosen = knowledge.steps.filter(
    (s) => wanted(s) && !alreadyDone(s) && !anyHolds(s.skipWhen, values),
  );

  const order = new Map(knowledge.steps.map((s, i) => [s.id, i]));
  const priority = (s: Step) => likelihood(s) - DISRUPTION_PENALTY * DISRUPTION_LEVEL[s.disruption];
  const held = (s: Step) => outage && s.holdDuringOutage;
  chosen.sort(
    (a, b) =>
      Number(held(a)) - Number(held(b)) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      priority(b) - priority(a) ||
      DISRUPTION_LEVEL[a.disruption] - DISRUPTION_LEVEL[b.disruption] ||
      order.get(a.id)! - order.get(b.id)!,
  );
  const ordered = placePrerequisites(chosen, alreadyDone);

  return ordered.map((s) => toItem(s, facts, included, scores, params, held(s)));
}

/** Moves (or adds) each required step right before the step that needs it. */
function placePrerequisites(steps: Step[], alreadyDone: (s: Step) => boolean): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    for (const id of step.requires ?? []) {
      const required = knowledge.steps.find((s) => s.id === id);
      if (!required || alreadyDone(required) || out.includes(required)) continue;
      out.push(required);
    }
    if (!out.includes(step)) out.push(step);
  }
  return out;
}

function toItem(
  s: Step,
  facts: Facts,
  included: Set<CauseId>,
  scores: Map<CauseId, number>,
  params: Params,
  heldBack: boolean,
): PlanItem {
  const causes = s.addresses.filter((c) => included.has(c));
  const top = [...causes].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))[0];
  const reasonKey =
    s.kind === 'wait'
      ? 'why.step.wait'
      : s.kind === 'escalation'
        ? 'why.step.escalation'
        : s.kind === 'alternative'
          ? 'why.step.alternative'
          : 'why.step.fix';
  const reasonKey_ = top ? reasonKey : 'why.step.always';
  const reasonParams = usedParams(reasonKey_, {
    ...params,
    ...(top && {
      cause: `@${keys.cause(top).title}`,
      score: Math.round((scores.get(top) ?? 0) * 100),
    }),
  });
  const path = pathFor(s, facts.iosVersion);
  const item: PlanItem = {
    stepId: s.id,
    kind: s.kind,
    causes,
    disruption: s.disruption,
    minutes: s.minutes,
    consequences: s.consequences.map((key) => ({ key })),
    ...(path && { path: { key: path.key } }),
    reason: { key: reasonKey_, params: reasonParams },
    summary: `${text('en', keys.step(s.id).title)}: ${text('en', reasonKey_, reasonParams)}`,
  };
  if (heldBack) {
    item.heldBack = true;
    item.heldBackReason = { key: 'why.step.held_back' };
    item.summary = `${item.summary} ${text('en', 'why.step.held_back')}`;
  }
  return item;
}
