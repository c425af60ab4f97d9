import { CAUSE_IDS, LOCALES, SYMPTOM_IDS, type Locale } from './ids.ts';
import { FIXED_KEYS, keys } from './keys.ts';
import type { Condition, Knowledge } from './schema.ts';

export interface CheckOptions {
  /** Fact and derived-value names that conditions may use (owned by the engine). */
  factNames: readonly string[];
  /** Text keys the engine itself uses; they must exist in every locale too. */
  engineKeys: readonly string[];
}

/** Every text key the data needs, by convention or by explicit reference. */
export function requiredKeys(k: Knowledge): Set<string> {
  const out = new Set<string>(FIXED_KEYS);
  const add = (...ks: string[]) => ks.forEach((key) => out.add(key));
  k.sources.forEach((s) => add(keys.source(s.id).title));
  k.causes.forEach((c) => add(...Object.values(keys.cause(c.id))));
  k.rules.forEach((r) => add(keys.rule(r.id)));
  for (const s of k.steps) {
    add(...Object.values(keys.step(s.id)), ...s.consequences, ...(s.notes ?? []));
    s.paths?.forEach((p) => add(p.key));
  }
  add(keys.unsure);
  for (const q of k.questions) {
    add(keys.question(q.id).text);
    q.options.forEach((o) => add(keys.option(q.id, o)));
    q.help?.forEach((p) => add(p.key));
  }
  k.symptoms.forEach((s) => add(keys.symptom(s.id).title));
  k.alerts.forEach((a) => add(...Object.values(keys.alert(a.id))));
  k.plans.forEach((p) => add(keys.plan(p.id).name));
  k.storage.includes.forEach((id) => add(keys.storageIncludes(id)));
  k.storage.excludes.forEach((id) => add(keys.storageExcludes(id)));
  k.storage.typical.forEach((t) => add(keys.storageTypical(t.id)));
  k.storage.categories.forEach((c) => add(keys.storageCategory(c)));
  k.checklist.forEach((i) => add(keys.checklist(i.id)));
  k.faq.forEach((i) => add(...Object.values(keys.faq(i.id))));
  k.comparison.forEach((i) => add(...Object.values(keys.comparison(i.id))));
  k.strategy.forEach((i) => add(keys.strategy(i.id)));
  k.recoveryCosts.forEach((i) => add(keys.recoveryCost(i.id)));
  k.recoveryScenarios.forEach((i) => add(keys.recoveryScenario(i.id)));
  k.salvage.forEach((i) => add(keys.salvage(i.id)));
  k.corrections.forEach((i) => add(keys.correction(i.id)));
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Values a condition on an alert or a symptom names that the knowledge does not define. */
function unknownIds(c: Condition, k: Knowledge): string[] {
  const pool =
    c.fact === 'alertId'
      ? k.alerts.map((a) => a.id)
      : c.fact === 'symptom'
        ? k.symptoms.map((s) => s.id)
        : undefined;
  if (!pool || c.value === undefined) return [];
  const named = Array.isArray(c.value) ? c.value : [c.value];
  return named.map(String).filter((v) => !pool.includes(v));
}

type Named = { id: string; sources?: readonly string[] };

/** Every collection of the knowledge with ids, named as the problems name them. */
function collections(k: Knowledge): [string, readonly Named[]][] {
  return [
    ['source', k.sources],
    ['cause', k.causes],
    ['rule', k.rules],
    ['step', k.steps],
    ['question', k.questions],
    ['symptom', k.symptoms],
    ['alert', k.alerts],
    ['plan', k.plans],
    ['checklist', k.checklist],
    ['faq', k.faq],
    ['comparison', k.comparison],
    ['strategy', k.strategy],
    ['recovery cost', k.recoveryCosts],
    ['recovery scenario', k.recoveryScenarios],
    ['salvage', k.salvage],
    ['correction', k.corrections],
    ['storage', [{ id: 'storage', sources: k.storage.sources }]],
  ];
}

/** No id twice in a collection, and every cited source defined. */
function checkIdsAndSources(k: Knowledge): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(k.sources.map((s) => s.id));
  for (const [kind, items] of collections(k)) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) problems.push(`duplicate ${kind} id "${item.id}"`);
      seen.add(item.id);
      for (const s of item.sources ?? []) {
        if (!sourceIds.has(s)) problems.push(`${kind} "${item.id}" cites unknown source "${s}"`);
      }
    }
  }
  return problems;
}

/** Every cause and symptom the code names is defined; every cause can be raised and fixed. */
function checkCauses(k: Knowledge): string[] {
  const problems: string[] = [];
  for (const id of CAUSE_IDS) {
    if (!k.causes.some((c) => c.id === id)) problems.push(`cause "${id}" is not defined`);
    if (!k.steps.some((s) => s.addresses.includes(id) && s.kind !== 'escalation'))
      problems.push(`cause "${id}" has no fix step`);
    const evidenced =
      k.rules.some((r) => r.cause === id && r.weight > 0) ||
      k.symptoms.some((s) => s.causes.some((c) => c.cause === id && c.weight > 0)) ||
      k.alerts.some((a) => a.causes.some((c) => c.cause === id && c.weight > 0));
    if (!evidenced) problems.push(`cause "${id}" has no evidence that can raise it`);
  }
  for (const id of SYMPTOM_IDS) {
    if (!k.symptoms.some((s) => s.id === id)) problems.push(`symptom "${id}" is not defined`);
  }
  return problems;
}

/** Conditions of rules, steps and questions test known facts with values they can take. */
function checkConditions(k: Knowledge, facts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const check = (where: string, conditions: Condition[]) => {
    for (const c of conditions) {
      if (!facts.has(c.fact)) problems.push(`${where} tests unknown fact "${c.fact}"`);
      if (!['known', 'unknown'].includes(c.op) && c.value === undefined)
        problems.push(`${where} compares "${c.fact}" without a value`);
      for (const v of unknownIds(c, k)) problems.push(`${where} tests undefined ${c.fact} "${v}"`);
    }
  };
  k.rules.forEach((r) => check(`rule "${r.id}"`, r.when));
  for (const s of k.steps) {
    for (const sets of [s.skipWhen, s.onlyWhen, s.leadWhen])
      sets?.forEach((set) => check(`step "${s.id}"`, set));
  }
  for (const q of k.questions) {
    for (const sets of [q.askWhen, q.askFirstWhen])
      sets?.forEach((set) => check(`question "${q.id}"`, set));
  }
  return problems;
}

/** Steps name known steps, state the consequences of disruptive ones and a sane time. */
function checkSteps(k: Knowledge): string[] {
  const problems: string[] = [];
  const stepIds = new Set(k.steps.map((s) => s.id));
  for (const s of k.steps) {
    for (const [field, ids] of [
      ['requires', s.requires],
      ['covers', s.covers],
      ['needs', s.needs],
    ] as const) {
      for (const other of ids ?? [])
        if (!stepIds.has(other)) problems.push(`step "${s.id}" ${field} unknown step "${other}"`);
    }
    if (['medium', 'high'].includes(s.disruption) && s.consequences.length === 0)
      problems.push(`step "${s.id}" is ${s.disruption} disruption but lists no consequences`);
    if (s.minutes.min > s.minutes.max) problems.push(`step "${s.id}" has minutes min > max`);
  }
  return problems;
}

/** Questions set known facts and can be answered; corrections are about something defined. */
function checkQuestionsAndCorrections(k: Knowledge, facts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const q of k.questions) {
    if (!facts.has(q.fact)) problems.push(`question "${q.id}" sets unknown fact "${q.fact}"`);
    if (q.input === 'choice' && q.options.length < 2)
      problems.push(`question "${q.id}" needs at least two options`);
    if (q.input !== 'choice' && (q.probes ?? []).length === 0)
      problems.push(`question "${q.id}" needs probe values`);
  }
  const pool: Record<string, { id: string }[]> = {
    cause: k.causes,
    step: k.steps,
    plan: k.plans,
    faq: k.faq,
    alert: k.alerts,
    question: k.questions,
  };
  for (const c of k.corrections) {
    const [kind, id] = c.about.split(':');
    if (kind !== 'storage' && !pool[kind ?? '']?.some((i) => i.id === id))
      problems.push(`correction "${c.id}" is about undefined ${c.about}`);
  }
  return problems;
}

/** Every needed text in every language, no unused ones, the same placeholders in each. */
function checkTexts(
  k: Knowledge,
  locales: Record<Locale, Record<string, string>>,
  engineKeys: readonly string[],
): string[] {
  const problems: string[] = [];
  const needed = new Set([...requiredKeys(k), ...engineKeys]);
  for (const locale of LOCALES) {
    const texts = locales[locale];
    for (const key of needed) {
      if (!(key in texts)) problems.push(`locale ${locale} misses text "${key}"`);
    }
    for (const key of Object.keys(texts)) {
      if (!needed.has(key)) problems.push(`locale ${locale} has unused text "${key}"`);
    }
  }
  for (const key of Object.keys(locales.en)) {
    const other = locales.de[key];
    if (other !== undefined && placeholders(other).join() !== placeholders(locales.en[key]!).join())
      problems.push(`text "${key}" uses different placeholders in en and de`);
  }
  return problems;
}

/**
 * Cross-reference problems in the knowledge, as readable sentences (empty when consistent):
 * undefined ids, causes without a fix, unknown facts in conditions, missing or orphaned texts.
 */
export function checkKnowledge(
  k: Knowledge,
  locales: Record<Locale, Record<string, string>>,
  options: CheckOptions,
): string[] {
  const facts = new Set(options.factNames);
  return [
    ...checkIdsAndSources(k),
    ...checkCauses(k),
    ...checkConditions(k, facts),
    ...checkSteps(k),
    ...checkQuestionsAndCorrections(k, facts),
    ...checkTexts(k, locales, options.engineKeys),
  ];
}
