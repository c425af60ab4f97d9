import { keys, knowledge, text, type CauseId } from '../knowledge/index.ts';
import type { AlertMatch } from './alerts.ts';
import { allHold, DERIVED_FROM, type Values } from './derive.ts';
import type { Facts } from './facts.ts';
import type { Evidence, Params } from './types.ts';
import { usedParams } from './explain.ts';

/**
 * Scoring: each cause starts at the log-odds of its prior; every piece of evidence adds (for) or
 * subtracts (against) its weight; the score is the logistic of the sum. Additive log-odds keep
 * conflicting evidence readable ("+4.5 storage does not fit, -2.5 Wi-Fi is stable") and the
 * result deterministic.
 */

export interface CauseTally {
  id: CauseId;
  logit: number;
  evidence: Evidence[];
}

const logit = (p: number) => Math.log(p / (1 - p));
/** 3 decimals, kept inside (0, 1): evidence never makes a cause certain or impossible. */
export const toScore = (l: number) =>
  Math.min(0.999, Math.max(0.001, Math.round((1 / (1 + Math.exp(-l))) * 1000) / 1000));

const factsOf = (fact: string) => DERIVED_FROM[fact as keyof typeof DERIVED_FROM] ?? [fact];
const STEPS = new Map(knowledge.steps.map((s) => [s.id, s]));
/** The facts each rule rests on, worked out once (derived values traced back to facts). */
const RULE_FACTS = new Map(
  knowledge.rules.map((r) => [r.id, [...new Set(r.when.flatMap((c) => factsOf(c.fact)))]]),
);

function evidence(
  partial: Omit<Evidence, 'direction' | 'weight' | 'summary'>,
  weight: number,
  params: Params,
): Evidence {
  const text_ = { key: partial.text.key, params: usedParams(partial.text.key, params) };
  return {
    ...partial,
    text: text_,
    direction: weight >= 0 ? 'for' : 'against',
    weight: Math.round(Math.abs(weight) * 100) / 100,
    summary: text('en', text_.key, text_.params),
  };
}

/**
 * Scores every cause. With `explain: false` no evidence texts are rendered: the question chooser
 * calls this many times on hypothetical answers and only needs the numbers.
 */
export function tally(
  facts: Facts,
  values: Values,
  alert: AlertMatch | undefined,
  params: Params,
  explain = true,
): CauseTally[] {
  const byCause = new Map<CauseId, CauseTally>(
    knowledge.causes.map((c) => [c.id, { id: c.id, logit: logit(c.prior), evidence: [] }]),
  );
  const add = (cause: CauseId, make: () => Evidence, signed: number) => {
    const t = byCause.get(cause);
    if (!t) return;
    t.logit += signed;
    if (explain) t.evidence.push(make());
  };

  const proven = new Set<CauseId>();
  for (const rule of knowledge.rules) {
    if (!allHold(rule.when, values)) continue;
    if (rule.proof && rule.weight > 0) proven.add(rule.cause);
    const make = () =>
      evidence(
        {
          id: rule.id,
          origin: 'fact',
          facts: [...RULE_FACTS.get(rule.id)!],
          text: { key: keys.rule(rule.id) },
          sources: rule.sources,
        },
        rule.weight,
        params,
      );
    add(rule.cause, make, rule.weight);
  }

  const symptom = knowledge.symptoms.find((s) => s.id === facts.symptom);
  for (const { cause, weight } of symptom?.causes ?? []) {
    const make = () =>
      evidence(
        {
          id: symptom!.id,
          origin: 'symptom',
          facts: ['symptom'],
          text: { key: 'evidence.symptom' },
          sources: symptom!.sources,
        },
        weight,
        { ...params, symptom: `@${keys.symptom(symptom!.id).title}` },
      );
    add(cause, make, weight);
  }

  const matched = alert?.recognized ? alert.alert : undefined;
  if (matched) {
    const confidence = alert?.confidence ?? 1;
    for (const { cause, weight } of matched.causes) {
      const signed = weight * confidence;
      const make = () =>
        evidence(
          {
            id: matched.id,
            origin: 'alert',
            facts: ['alertText'],
            messageId: matched.id,
            text: { key: 'evidence.alert' },
            sources: matched.sources,
          },
          signed,
          { ...params, alert: `@${keys.alert(matched.id).title}` },
        );
      add(cause, make, signed);
    }
  }

  // A fix that changed nothing makes its specific causes less likely; one that fixed the problem
  // points at them. Broad steps (many causes) say little about each. A step that only looks
  // (kind "check") proves nothing either way when nothing changed, and no step outcome argues
  // against a cause that a measurement proves (the backup does not fit, Apple reports a problem).
  for (const [stepId, outcome] of Object.entries(facts.stepsTried ?? {})) {
    const step = STEPS.get(stepId);
    if (!step || outcome === 'skipped') continue;
    const fixed = outcome === 'fixed';
    if (!fixed && step.kind !== 'fix') continue;
    const signed = fixed ? 1.5 : step.addresses.length <= 2 ? -1.2 : -0.4;
    for (const cause of step.addresses) {
      if (!fixed && proven.has(cause)) continue;
      const make = () =>
        evidence(
          {
            id: step.id,
            origin: 'step',
            facts: ['stepsTried'],
            text: { key: fixed ? 'evidence.step_fixed' : 'evidence.step_no_change' },
            sources: step.sources,
          },
          signed,
          { ...params, step: `@${keys.step(step.id).title}` },
        );
      add(cause, make, signed);
    }
  }

  return [...byCause.values()];
}

/** Sorted by score, then by the order causes are listed in the knowledge (most common first). */
export function rankTallies(tallies: CauseTally[]): CauseTally[] {
  const order = new Map(knowledge.causes.map((c, i) => [c.id, i]));
  return [...tallies].sort(
    (a, b) => toScore(b.logit) - toScore(a.logit) || order.get(a.id)! - order.get(b.id)!,
  );
}
