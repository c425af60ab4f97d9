import { knowledge, type CauseId, type Rule } from '../knowledge/index.ts';
import { allHold, DERIVED_FROM, type Values } from './derive.ts';
import type { Facts } from './facts.ts';

/**
 * How much a hypothetical answer would move each cause, computed from the evidence the answer
 * can touch (the rules that read its fact, directly or through a derived value, and the symptom)
 * instead of re-scoring everything: the question chooser tries every answer of every open
 * question on each diagnosis, so this keeps `diagnose()` fast.
 */

const sourcesOf = (fact: string) => DERIVED_FROM[fact as keyof typeof DERIVED_FROM] ?? [fact];

const RULES_BY_FACT = new Map<string, Rule[]>();
for (const rule of knowledge.rules) {
  for (const fact of new Set(rule.when.flatMap((c) => sourcesOf(c.fact)))) {
    RULES_BY_FACT.set(fact, [...(RULES_BY_FACT.get(fact) ?? []), rule]);
  }
}

const symptomWeights = (id: unknown) => knowledge.symptoms.find((s) => s.id === id)?.causes ?? [];

/**
 * Log-odds change per cause when `fact` changes from `facts` to `hypo` (values derived from
 * each). Undefined when a proof rule is involved and steps were tried: a proof changes how step
 * outcomes count, so the caller must re-score in full.
 */
export function evidenceDelta(
  fact: string,
  facts: Facts,
  values: Values,
  hypo: Facts,
  hypoValues: Values,
): Map<CauseId, number> | undefined {
  const rules = RULES_BY_FACT.get(fact) ?? [];
  const triedSteps = Object.keys(facts.stepsTried ?? {}).length > 0;
  if (triedSteps && rules.some((r) => r.proof)) return undefined;
  const delta = new Map<CauseId, number>();
  const add = (cause: CauseId, weight: number) =>
    delta.set(cause, (delta.get(cause) ?? 0) + weight);
  for (const rule of rules) {
    const change = Number(allHold(rule.when, hypoValues)) - Number(allHold(rule.when, values));
    if (change !== 0) add(rule.cause, change * rule.weight);
  }
  if (fact === 'symptom' && hypo.symptom !== facts.symptom) {
    for (const { cause, weight } of symptomWeights(facts.symptom)) add(cause, -weight);
    for (const { cause, weight } of symptomWeights(hypo.symptom)) add(cause, weight);
  }
  return delta;
}
