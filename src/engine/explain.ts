import { anyTemplate, keys, text, type Locale } from '../knowledge/index.ts';
import { approximateParam } from '../knowledge/text.ts';
import { givenByPerson, type Facts } from './facts.ts';
import type { Evidence, Params, TextRef } from './types.ts';

/**
 * Localised "why" sentences. The engine returns text keys with params; these helpers render them
 * in the user's language. Keys listed in ENGINE_TEXT_KEYS must exist in every locale (meta-test).
 */

export const ENGINE_TEXT_KEYS = [
  'evidence.symptom',
  'evidence.symptom_against',
  'evidence.alert',
  'evidence.alert_against',
  'evidence.alert_picked',
  'evidence.alert_picked_against',
  'evidence.step_fixed',
  'evidence.step_no_change',
  'evidence.common_causes_ruled_out',
  'why.cause.likely',
  'why.cause.possible',
  'why.cause.unlikely',
  'why.cause.prior',
  'why.question.separates',
  'why.question.checks',
  'why.question.reopened',
  'why.step.wait',
  'why.step.check',
  'why.step.fix',
  'why.step.alternative',
  'why.step.escalation',
  'why.step.always',
  'why.step.held_back',
  'why.step.wait_answered',
  'why.step.held_back_answered',
  'notice.outage_wait',
  'notice.maintenance_wait',
  'notice.outage_wait_answered',
  'notice.maintenance_wait_answered',
  // Apple's status as the user answered it (rank.ts), beside the rules' own texts.
  'rule.status_outage_answered',
  'rule.status_issue_answered',
  'rule.status_maintenance_answered',
  'rule.status_available_answered',
  'notice.alert_unrecognized',
  'notice.step_fixed',
  'notice.fix_not_held',
  'notice.fix_not_held_described',
  'notice.alternative_done',
  'notice.model_version_mismatch',
  'notice.retention_risk',
  'notice.retention_passed',
] as const;

/**
 * Apple's status is the one fact a page reads and a person answers whose sentences name who
 * reported it ("Apple reports an outage"): from a person's answer they are said with the same
 * key's `_answered` text instead (ENGINE_TEXT_KEYS lists them).
 */
export const SOURCE_NAMED_FACT = 'appleBackupStatus';

/** Whether Apple's status is a person's answer, not a reading of Apple's page. */
export const statusAnswered = (facts: Facts): boolean => givenByPerson(facts, SOURCE_NAMED_FACT);

/** `key`, or its `_answered` text when a person gave Apple's status. */
export const asAnswered = (facts: Facts, key: string): string =>
  statusAnswered(facts) ? `${key}_answered` : key;

export const LIKELY_SCORE = 0.7;

const PLACEHOLDERS = new Map<string, string[]>();
/**
 * The `{name}` placeholders of a text, `{name|…}` forms included (the same in every locale, meta-tested), parsed once per
 * key; undefined while no locale's knowledge catalog is loaded.
 */
function placeholdersOf(key: string): string[] | undefined {
  let names = PLACEHOLDERS.get(key);
  if (!names) {
    const template = anyTemplate('knowledge', key);
    if (template === undefined) return undefined;
    // An age (`{days|age}`) also keeps the param that marks it as a guess.
    names = [...template.matchAll(/\{(\w+)(\|age)?[}|]/g)].flatMap((m) =>
      m[2] ? [m[1]!, approximateParam(m[1]!)] : [m[1]!],
    );
    PLACEHOLDERS.set(key, names);
  }
  return names;
}

/**
 * Only the params a text (and the texts it refers to with "@key") actually uses, so the output
 * carries what the sentence needs and nothing else. Any loaded locale gives the placeholders;
 * before one is (the popup loads its language while it reads storage) every param is kept, so
 * the sentence still renders whole once the texts arrive.
 */
export function usedParams(key: string, params: Params, depth = 0): Params {
  const names = placeholdersOf(key);
  if (names === undefined) return { ...params };
  const out: Params = {};
  for (const name of names) {
    const value = params[name];
    if (value === undefined) continue;
    out[name] = value;
    if (typeof value === 'string' && value.startsWith('@') && depth < 2)
      Object.assign(out, usedParams(value.slice(1), params, depth + 1));
  }
  return out;
}

/**
 * Picks the sentence for a cause from its score and its strongest evidence. `evidence` comes
 * sorted strongest first within each direction (as `diagnose` orders it), so the first of a
 * direction is its strongest.
 */
export function causeWhy(id: string, score: number, evidence: Evidence[]): TextRef {
  const strongest = (direction: Evidence['direction']) =>
    evidence.find((e) => e.direction === direction);
  const pro = strongest('for');
  const con = strongest('against');
  const base: Params = { cause: `@${keys.cause(id).title}`, score: Math.round(score * 100) };
  const withEvidence = (e: Evidence, key: string): TextRef => ({
    key,
    params: usedParams(key, { ...e.text.params, ...base, evidence: `@${e.text.key}` }),
  });
  if (pro)
    return withEvidence(pro, score >= LIKELY_SCORE ? 'why.cause.likely' : 'why.cause.possible');
  if (con) return withEvidence(con, 'why.cause.unlikely');
  return { key: 'why.cause.prior', params: base };
}

export function render(locale: Locale, ref: TextRef): string {
  return text(locale, ref.key, ref.params);
}
