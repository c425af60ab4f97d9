/**
 * Troubleshooting knowledge for "iCloud Backup failed", as typed data.
 *
 * Public API:
 * - `knowledge`: every cause, rule, step, question, symptom, alert, plan, storage fact, checklist
 *   item, FAQ entry, table row and correction (content/knowledge/*.json). Bundled data is trusted
 *   at runtime; tests validate it with `Knowledge` (schema.ts) and `checkKnowledge`.
 * - `text(locale, key, params?)`: a knowledge sentence in a supported locale, `{name}` placeholders
 *   filled from params. Falls back to English (when loaded), then to the key itself. The texts
 *   come from the catalog registry (catalogs.ts), filled by whichever loader the page uses.
 * - `keys`: the text-key conventions (e.g. `keys.cause(id).title`).
 * - `pathFor(item, iosVersion?)`: the Settings path variant for a step or question.
 * - `sourcesOf(ids)`: source records with localisable titles, for "show source" in the UI.
 * - `devices`: resolves a device model ("iPhone 7", "iPhone9,3") to its row of devices.json,
 *   with the newest iOS it can run (`devices.resolve`, `devices.canUpdate`, `devices.names`).
 * - `checkKnowledge(knowledge, locales)`: cross-reference problems, used by the meta-tests.
 */
import sources from '../../content/knowledge/sources.json';
import causes from '../../content/knowledge/causes.json';
import rules from '../../content/knowledge/rules.json';
import steps from '../../content/knowledge/steps.json';
import questions from '../../content/knowledge/questions.json';
import symptoms from '../../content/knowledge/symptoms.json';
import alerts from '../../content/knowledge/alerts.json';
import plans from '../../content/knowledge/plans.json';
import storage from '../../content/knowledge/storage.json';
import reference from '../../content/knowledge/reference.json';
import deviceTable from '../../content/knowledge/devices.json';
import type { Knowledge, PathVariant, Step } from './schema.ts';
import type { Locale, StepOutcome } from './ids.ts';
import { catalogOf } from './catalogs.ts';
import { compareVersions } from './version.ts';
import { indexDevices } from './devices.ts';

export * from './ids.ts';
export type {
  Knowledge,
  Cause,
  Rule,
  Step,
  Question,
  Symptom,
  Alert,
  Plan,
  Condition,
  PathVariant,
  Device,
} from './schema.ts';
export { normalizeModel, type ResolvedDevice } from './devices.ts';
export { compareVersions } from './version.ts';
export { checkKnowledge } from './check.ts';
export { keys } from './keys.ts';
export * from './catalogs.ts';
export { text } from './text.ts';

/** The raw, unvalidated composition; exported for the meta-tests that validate it. */
export const rawKnowledge: unknown = {
  sources,
  causes,
  rules,
  steps,
  questions,
  symptoms,
  alerts,
  plans,
  storage,
  devices: deviceTable,
  ...reference,
};

// JSON imports widen literals to string, so the typed view is asserted here and proven by tests.
export const knowledge = rawKnowledge as Knowledge;
/** Each step by its id. */
export const stepsById: ReadonlyMap<string, Step> = new Map(knowledge.steps.map((s) => [s.id, s]));

/** A step that only looks or warns: the user marks it done, not fixed (see `Step.informs`). */
export const looksOnly = (step: Pick<Step, 'kind' | 'informs'> | undefined): boolean =>
  step?.kind === 'check' || step?.informs === true;

/** The word for a step's outcome: a step that only looks was "done", not "no change". */
export const outcomeKey = (stepId: string, outcome: StepOutcome): string =>
  outcome === 'no_change' && looksOnly(stepsById.get(stepId))
    ? 'outcome.done'
    : `outcome.${outcome}`;

export const devices = indexDevices(knowledge.devices);

/** The knowledge texts of one locale as loaded (empty until its catalog is provided). */
export const knowledgeTexts = (locale: Locale): Record<string, string> =>
  catalogOf('knowledge', locale) ?? {};

/**
 * Picks the path variant whose inclusive iOS range contains `iosVersion`. Without a version the
 * newest variant (no upper bound) wins, since most devices run a current iOS.
 */
export function pathFor(
  item: { paths?: PathVariant[]; help?: PathVariant[] },
  iosVersion?: string,
): PathVariant | undefined {
  const variants = item.paths ?? item.help ?? [];
  if (iosVersion === undefined) return variants.find((v) => v.maxIos === undefined) ?? variants[0];
  return variants.find(
    (v) =>
      (v.minIos === undefined || compareVersions(iosVersion, v.minIos) >= 0) &&
      (v.maxIos === undefined || compareVersions(iosVersion, v.maxIos) <= 0),
  );
}

export function sourcesOf(ids: readonly string[]) {
  return knowledge.sources
    .filter((s) => ids.includes(s.id))
    .map((s) => ({ ...s, titleKey: `source.${s.id}.title` }));
}
