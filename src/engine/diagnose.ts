/**
 * The diagnosis engine: pure, deterministic TypeScript (no browser API, no DOM, no Preact).
 *
 * What it exports:
 * - `diagnose(facts, { now? }): Diagnosis` — ranked causes with evidence for and against, the
 *   next question worth asking (or null), the plan, the alert match, storage math and notices.
 *   `now` (default: the current time) only affects date arithmetic such as backup age.
 * - `Facts` / `parseFacts(input)` (facts.ts) — the zod/mini input schema and a validator that
 *   names each bad field. Answers are recorded by the popup's session (src/flow/actions.ts).
 * - `matchAlert(text)` (alerts.ts), `computeStorage(facts)` / `formatBytes` (storage-math.ts).
 * - `render(locale, textRef)` (explain.ts) — localised why-texts.
 * - Types: `Diagnosis`, `RankedCause`, `Evidence`, `PlanItem`, `NextQuestion`, … (types.ts).
 *
 * Plan policy: only while Apple reports an iCloud Backup issue, outage or maintenance in progress
 * does the plan start with waiting; disruptive steps (resets, sign-out, deleting the backup) are
 * then kept at the end with `heldBack: true` and a reason, plus an `outage_wait` /
 * `maintenance_wait` notice. With the status unknown the plan may only suggest checking it.
 * A decisive fact (on battery, hotspot, backup off...) puts its specific fix first.
 */
import { devices, keys, knowledge, stepsById, text } from '../knowledge/index.ts';
import { approximateParam } from '../knowledge/text.ts';
import { matchAlert } from './alerts.ts';
import { deriveValues, fixedSteps, modelCannotRun, outlived, type Values } from './derive.ts';
import { asAnswered, causeWhy } from './explain.ts';
import type { Facts } from './facts.ts';
import { buildPlan, CONFIRMING } from './plan.ts';
import { textParams } from './params.ts';
import { chooseQuestion } from './questions.ts';
import { rankTallies, tally, toScore } from './rank.ts';
import { computeStorage } from './storage-math.ts';
import type { AlertResult, Diagnosis, Evidence, Notice, Params, RankedCause } from './types.ts';

export type * from './types.ts';
export { Facts, FactSource, parseFacts, FACT_NAMES, type FactName } from './facts.ts';
export { questionForFact } from './questions.ts';
export { matchAlert } from './alerts.ts';
export { computeStorage, formatBytes, planBytes, GIB, TIB } from './storage-math.ts';
export { render, ENGINE_TEXT_KEYS } from './explain.ts';
export { DERIVED_NAMES } from './derive.ts';

const { retentionDays, retentionWarningDays } = knowledge.storage;

const byStrength = (a: Evidence, b: Evidence) =>
  (a.direction === b.direction ? 0 : a.direction === 'for' ? -1 : 1) ||
  b.weight - a.weight ||
  a.id.localeCompare(b.id);

export function diagnose(facts: Facts, options: { now?: Date } = {}): Diagnosis {
  const now = options.now ?? new Date();
  const alertMatch = facts.alertText?.trim() ? matchAlert(facts.alertText) : undefined;
  const values = deriveValues(facts, now, alertMatch);
  const params = textParams(facts, values);
  const tallies = tally(facts, values, alertMatch, params);

  const ranked = rankTallies(tallies);
  const causes: RankedCause[] = ranked.map((t) => {
    const score = toScore(t.logit);
    const evidence = [...t.evidence].sort(byStrength);
    return { id: t.id, score, evidence, why: causeWhy(t.id, score, evidence) };
  });

  const storage = computeStorage(facts);
  const plan = buildPlan(facts, values, ranked, params, storage);
  // The search went on past a fix that worked (a reading shows the problem is still there).
  const notHeld = fixedSteps(facts).length > 0 && plan.some((p) => !CONFIRMING.includes(p.stepId));
  const notices = collectNotices(facts, values, params, alertMatch?.recognized === false, notHeld);

  // The matched knowledge record stays internal; the output carries only its id.
  const alert: AlertResult | undefined = alertMatch && {
    recognized: alertMatch.recognized,
    ...(alertMatch.id !== undefined && { id: alertMatch.id }),
    ...(alertMatch.confidence !== undefined && { confidence: alertMatch.confidence }),
    ...(alertMatch.language !== undefined && { language: alertMatch.language }),
    ...(alertMatch.others && { also: alertMatch.others.map((a) => a.id!) }),
  };

  return {
    causes,
    nextQuestion: chooseQuestion(facts, values, tallies, alertMatch, params, now),
    plan,
    ...(alert && { alert }),
    ...(storage && { storage }),
    notices,
  };
}

function collectNotices(
  facts: Facts,
  values: Values,
  params: Params,
  alertUnrecognized: boolean,
  fixNotHeld: boolean,
): Notice[] {
  const notices: Notice[] = [];
  const notice = (id: string, p: Params = {}, key = `notice.${id}`) =>
    notices.push({ id, text: { key, params: p }, summary: text('en', key, p) });
  if (values.appleBackupStatus === 'issue' || values.appleBackupStatus === 'outage') {
    notice('outage_wait', {}, asAnswered(facts, 'notice.outage_wait'));
  } else if (values.appleBackupStatus === 'maintenance') {
    notice('maintenance_wait', {}, asAnswered(facts, 'notice.maintenance_wait'));
  }
  if (alertUnrecognized) notice('alert_unrecognized');
  for (const [stepId, outcome] of Object.entries(facts.stepsTried ?? {})) {
    if (outcome !== 'fixed') continue;
    // A backup made another way keeps the data safe; iCloud Backup itself may still fail.
    const alternative = stepsById.get(stepId)?.kind === 'alternative';
    const step = { step: `@${keys.step(stepId).title}` };
    // Said as what shows it: the problem the user described since, or a page read now.
    if (!alternative && outlived(values, stepId))
      notice('fix_not_held', step, 'notice.fix_not_held_described');
    else
      notice(alternative ? 'alternative_done' : fixNotHeld ? 'fix_not_held' : 'step_fixed', step);
  }
  const device = facts.deviceModel === undefined ? undefined : devices.resolve(facts.deviceModel);
  if (device && facts.iosVersion && modelCannotRun(device.lastOs, facts.iosVersion)) {
    notice('model_version_mismatch', {
      model: String(params.model),
      version: facts.iosVersion,
      target: String(params.target),
    });
  }
  const days = values.daysSinceBackup;
  // Said as a guess when the day was one (params.ts).
  const guessed = approximateParam('days');
  const age = (n: number): Params =>
    params[guessed] === undefined ? { days: n } : { days: n, [guessed]: params[guessed] };
  if (typeof days === 'number' && days >= retentionDays) {
    notice('retention_passed', { ...age(days), retention: retentionDays });
  } else if (typeof days === 'number' && days >= retentionWarningDays) {
    notice('retention_risk', {
      ...age(days),
      left: retentionDays - days,
      retention: retentionDays,
    });
  }
  return notices;
}
