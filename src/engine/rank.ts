import { keys, knowledge, stepsById, text, type CauseId } from '../knowledge/index.ts';
import type { AlertMatch } from './alerts.ts';
import { allHold, DERIVED_FROM, outlived, provenByReading, type Values } from './derive.ts';
import type { Facts } from './facts.ts';
import type { Evidence, Params } from './types.ts';
import { asAnswered, SOURCE_NAMED_FACT, usedParams } from './explain.ts';

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

/** Adds `weight` log-odds to `cause`; `make` renders the evidence only when it is explained. */
type Add = (cause: CauseId, weight: number, make: () => Evidence) => void;

/**
 * Scores every cause. With `explain: false` no evidence texts are rendered: the question chooser
 * calls this on hypothetical answers and only needs the numbers.
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
  const add: Add = (cause, weight, make) => {
    const t = byCause.get(cause);
    if (!t) return;
    t.logit += weight;
    if (explain) t.evidence.push(make());
  };
  const proven = addRuleEvidence(facts, values, params, add);
  const seen = addSymptomEvidence(facts, params, add);
  addAlertEvidence(alert, facts.alertPicked === true, seen, params, add);
  addStepEvidence(facts, values, proven, params, add);
  if (facts.symptom !== 'restore_fails') addRuledOutEvidence(byCause, params, add);
  return [...byCause.values()];
}

/** The rules on Apple's status, whose texts name who reported it (see asAnswered). */
const NAMES_SOURCE = new Set(
  knowledge.rules.filter((r) => RULE_FACTS.get(r.id)!.includes(SOURCE_NAMED_FACT)).map((r) => r.id),
);

/** Evidence from facts; returns the causes a measurement proves (see `Rule.proof`). */
function addRuleEvidence(facts: Facts, values: Values, params: Params, add: Add): Set<CauseId> {
  const proven = new Set<CauseId>();
  for (const rule of knowledge.rules) {
    if (!allHold(rule.when, values)) continue;
    if (rule.proof && rule.weight > 0) proven.add(rule.cause);
    add(rule.cause, rule.weight, () =>
      evidence(
        {
          id: rule.id,
          origin: 'fact',
          facts: [...RULE_FACTS.get(rule.id)!],
          text: {
            key: NAMES_SOURCE.has(rule.id)
              ? asAnswered(facts, keys.rule(rule.id))
              : keys.rule(rule.id),
          },
          sources: rule.sources,
        },
        rule.weight,
        params,
      ),
    );
  }
  return proven;
}

/** The question that asks for the symptom: its options are the words the user chose. */
const SYMPTOM_QUESTION = knowledge.questions.find((q) => q.fact === 'symptom');

/** Adds the symptom's evidence; returns what it counted for each cause. */
function addSymptomEvidence(facts: Facts, params: Params, add: Add): Map<CauseId, number> {
  const symptom = knowledge.symptoms.find((s) => s.id === facts.symptom);
  if (!symptom) return new Map();
  // "You reported: a message that the backup could not be created or completed", as the
  // user chose it, not a message title in quotes, which they may never have seen.
  const words = SYMPTOM_QUESTION
    ? keys.option(SYMPTOM_QUESTION.id, symptom.id)
    : keys.symptom(symptom.id).title;
  const withSymptom = { ...params, symptom: `@${words}` };
  for (const { cause, weight } of symptom.causes) {
    add(cause, weight, () =>
      evidence(
        {
          id: symptom.id,
          origin: 'symptom',
          facts: ['symptom'],
          text: { key: weight < 0 ? 'evidence.symptom_against' : 'evidence.symptom' },
          sources: symptom.sources,
        },
        weight,
        withSymptom,
      ),
    );
  }
  return new Map(symptom.causes.map((c) => [c.cause, c.weight]));
}

/**
 * What an alert adds for a cause beyond what the symptom already counted for it. The symptom
 * and the alert are two reports of one failure (a backup hanging at "Estimating time remaining"
 * chosen from the list and the same words pasted): where both speak for or against a cause, the
 * stronger one counts, not their sum.
 */
function beyondSymptom(weight: number, symptomWeight = 0): number {
  if (weight * symptomWeight <= 0) return weight;
  return Math.sign(weight) * Math.max(0, Math.abs(weight) - Math.abs(symptomWeight));
}

/** A message picked from the list is said as picked: the user did not type its wording. */
function addAlertEvidence(
  alert: AlertMatch | undefined,
  picked: boolean,
  seen: Map<CauseId, number>,
  params: Params,
  add: Add,
): void {
  if (!alert?.recognized) return;
  for (const one of [alert, ...(alert.others ?? [])]) addOneAlert(one, picked, seen, params, add);
}

const ALERT_EVIDENCE = {
  typed: { for: 'evidence.alert', against: 'evidence.alert_against' },
  picked: { for: 'evidence.alert_picked', against: 'evidence.alert_picked_against' },
} as const;

function addOneAlert(
  alert: AlertMatch,
  picked: boolean,
  seen: Map<CauseId, number>,
  params: Params,
  add: Add,
): void {
  const words = ALERT_EVIDENCE[picked ? 'picked' : 'typed'];
  const matched = alert.alert;
  if (!matched) return;
  const confidence = alert.confidence ?? 1;
  const withAlert = { ...params, alert: `@${keys.alert(matched.id).title}` };
  for (const { cause, weight } of matched.causes) {
    const signed = beyondSymptom(weight * confidence, seen.get(cause));
    if (signed === 0) continue;
    add(cause, signed, () =>
      evidence(
        {
          id: matched.id,
          origin: 'alert',
          facts: ['alertText'],
          messageId: matched.id,
          text: { key: signed < 0 ? words.against : words.for },
          sources: matched.sources,
        },
        signed,
        withAlert,
      ),
    );
  }
}

/**
 * Most log-odds the fixes for one cause that changed nothing take from it together: two specific
 * fixes' worth. They fail for shared reasons (a next backup bigger than anything freed, an account
 * problem no sign-in touches), so the third and later say little more, and an alert that names the
 * cause ('Not enough iCloud storage') outweighs a whole list of them.
 */
const NO_CHANGE_CAP = 2.4;

/**
 * Specific fixes that test only part of a cause, and what their changing nothing takes from it.
 * The guides blame a backup that stops part way on "corrupted app data or a media file": leaving
 * apps out one by one clears every app's data, but a damaged photo, video or system database
 * stays possible once no app turned out to stop it.
 */
const PARTIAL_NO_CHANGE: ReadonlyMap<string, ReadonlyMap<CauseId, number>> = new Map([
  ['find_app_that_stops_backup', new Map<CauseId, number>([['corrupted_local_data', -0.8]])],
]);

/**
 * Causes a retry (starting the backup again, restarting the phone) cannot clear: a damaged photo
 * or database and an app's oversized data are still there on the next try, so a backup that
 * stops again is what they predict and takes nothing from them. A dropped connection is the kind
 * of trouble a retry does clear: it still counts against the network.
 */
const OUTLASTS_RETRY: ReadonlySet<CauseId> = new Set([
  'corrupted_local_data',
  'app_data_too_large',
]);

/**
 * A fix that changed nothing makes its specific causes less likely; one that fixed the problem
 * points at them. Broad steps (many causes) and retries say little about each. A step that only
 * looks (kind "check") proves nothing either way when nothing changed, a backup made another way
 * proves nothing at all, and no step outcome argues against a cause that a measurement proves
 * (the backup does not fit, Apple reports a problem).
 */
function addStepEvidence(
  facts: Facts,
  values: Values,
  proven: Set<CauseId>,
  params: Params,
  add: Add,
): void {
  const against = new Map<CauseId, number>();
  // Causes a page reading proves now: asked only of a fix that worked (the question chooser
  // tallies every trial answer, and most sessions have none).
  let provenNow: Set<CauseId> | undefined;
  for (const [stepId, outcome] of Object.entries(facts.stepsTried ?? {})) {
    const step = stepsById.get(stepId);
    if (!step || outcome === 'skipped' || step.kind === 'alternative') continue;
    const fixed = outcome === 'fixed';
    if (!fixed && step.kind !== 'fix') continue;
    // A fix cannot have removed a cause it does not address: with a page showing that cause
    // now, what it fixed then is not what fails now, and it names no cause of this failure.
    const reading = fixed ? (provenNow ??= provenByReading(facts, values)) : undefined;
    if (reading && [...reading].some((c) => !step.addresses.includes(c))) continue;
    // Nor does a fix the user described the problem after: the backup failed again since.
    if (fixed && outlived(values, stepId)) continue;
    const specific = step.addresses.length <= 2 && !step.retry;
    // A specific fix that worked all but names its cause, whatever a later reading says (Apple's
    // status is green again once the outage that was waited out is over).
    const signed = fixed ? (specific ? 5 : 1.5) : specific ? -1.2 : -0.4;
    const withStep = { ...params, step: `@${keys.step(step.id).title}` };
    const stepEvidence = (weight: number) => () =>
      evidence(
        {
          id: step.id,
          origin: 'step',
          facts: ['stepsTried'],
          text: { key: fixed ? 'evidence.step_fixed' : 'evidence.step_no_change' },
          sources: step.sources,
        },
        weight,
        withStep,
      );
    if (!fixed)
      for (const { cause, weight } of step.noChangePoints ?? [])
        add(cause, weight, stepEvidence(weight));
    for (const cause of step.addresses) {
      if (!fixed && (proven.has(cause) || (step.retry && OUTLASTS_RETRY.has(cause)))) continue;
      const weight = fixed
        ? signed
        : Math.max(
            PARTIAL_NO_CHANGE.get(step.id)?.get(cause) ?? signed,
            -(NO_CHANGE_CAP - (against.get(cause) ?? 0)),
          );
      if (weight === 0) continue;
      if (!fixed) against.set(cause, (against.get(cause) ?? 0) - weight);
      add(cause, weight, stepEvidence(weight));
    }
  }
}

/**
 * The causes the guides and Apple name first: iCloud storage, Wi-Fi, power and lock, an old iOS,
 * Apple's servers, the account and the backup switch. Damaged data on the device or in iCloud has
 * no fact of its own to ask about; the guides turn to it once these are ruled out. Without this,
 * its low prior leaves it below causes every answer has argued against.
 */
const COMMON_CAUSES: readonly CauseId[] = [
  'storage_full',
  'network',
  'power_or_lock',
  'ios_outdated',
  'apple_outage',
  'account_auth',
  'backup_disabled',
];
/**
 * Net evidence against a cause that rules it out: steady Wi-Fi (2.5), plugged in and locked
 * (2.5), two-factor on and the email verified (2) each do; being plugged in alone (1.5) does not.
 */
const RULED_OUT_LOGITS = 2;
/** More than half of the common causes: with fewer, the ones still open stay ahead. */
const RULED_OUT_ENOUGH = 4;
const AFTER_COMMON_CAUSES: readonly { cause: CauseId; weight: number }[] = [
  { cause: 'corrupted_local_data', weight: 1.5 },
  { cause: 'corrupted_backup', weight: 1 },
];
const PRIOR_LOGIT = new Map(knowledge.causes.map((c) => [c.id, logit(c.prior)]));

/** Something speaks for the cause: it is more likely than its prior alone would make it. */
export const supported = (t: CauseTally) => t.logit > PRIOR_LOGIT.get(t.id)!;

/**
 * Raises damaged data once most common causes are ruled out, by whatever evidence. Not for a
 * failing restore: the power, the switch and the storage rules out there are beside the point of
 * a restore, not ruled out, and the device's own data is not what it reads.
 */
function addRuledOutEvidence(byCause: Map<CauseId, CauseTally>, params: Params, add: Add): void {
  const ruledOut = COMMON_CAUSES.map((id) => byCause.get(id)!).filter(
    (t) => t.logit <= PRIOR_LOGIT.get(t.id)! - RULED_OUT_LOGITS,
  );
  if (ruledOut.length < RULED_OUT_ENOUGH) return;
  const facts = () => [
    ...new Set(
      ruledOut.flatMap((t) =>
        t.evidence.filter((e) => e.direction === 'against').flatMap((e) => e.facts),
      ),
    ),
  ];
  const withCount = { ...params, count: ruledOut.length, total: COMMON_CAUSES.length };
  for (const { cause, weight } of AFTER_COMMON_CAUSES)
    add(cause, weight, () =>
      evidence(
        {
          id: 'common_causes_ruled_out',
          origin: 'fact',
          facts: facts(),
          text: { key: 'evidence.common_causes_ruled_out' },
          sources: ['guide_recovery', 'guide_backup_failed'],
        },
        weight,
        withCount,
      ),
    );
}

const CAUSE_ORDER = new Map(knowledge.causes.map((c, i) => [c.id, i]));

/** Sorted by score, then by the order causes are listed in the knowledge (most common first). */
export function rankTallies(tallies: CauseTally[]): CauseTally[] {
  // Each score once, not once per comparison.
  const score = new Map(tallies.map((t) => [t, toScore(t.logit)]));
  return [...tallies].sort(
    (a, b) => score.get(b)! - score.get(a)! || CAUSE_ORDER.get(a.id)! - CAUSE_ORDER.get(b.id)!,
  );
}
