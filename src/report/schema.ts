import * as z from 'zod/mini';
import { FACT_NAMES, Facts, FactSource, PERSON_SOURCES } from '../engine/facts.ts';
import { DISRUPTIONS, LOCALES, STEP_KINDS, STEP_OUTCOMES } from '../knowledge/ids.ts';
import { knowledge } from '../knowledge/index.ts';
import { allSites, siteById } from '../pages/registry.ts';
import { siteFactsOf } from '../pages/site-facts.ts';
import { readingUrl } from '../pages/sites.ts';
import { LIKELIHOODS } from './likelihood.ts';
import { MASK_KINDS } from './mask-kinds.ts';
import { MAX_STEP_LOG } from './step-log.ts';

export { MAX_STEP_LOG };

/**
 * The exported summary as JSON: versioned so a later extension can read it (or refuse it
 * clearly). `facts` are exactly what the engine takes, free text already redacted, so
 * `diagnose(facts, { now: createdAt })` reproduces `diagnosis`.
 */
export const SUMMARY_FORMAT = 'backup-rescue-summary';
export const SUMMARY_VERSION = 1;

const iso = z.iso.datetime({ offset: true });

/** An id that one of this version's knowledge lists holds; anything else is named as unknown. */
function knownId(list: readonly { id: string }[], message: string) {
  const ids: ReadonlySet<string> = new Set(list.map((item) => item.id));
  return z.string().check(z.refine((id) => ids.has(id), message));
}

/** A step this version knows: anything else would render as a raw key, once per entry. */
export const StepId = knownId(knowledge.steps, 'unknown step');
/** The diagnosis of an export is this version's own (the engine reproduces it from the facts). */
const CauseId = knownId(knowledge.causes, 'unknown cause');
const QuestionId = knownId(knowledge.questions, 'unknown question');

/** As long as a reading's address may be (src/pages/sites.ts), which sources copy. */
export const MAX_URL_LENGTH = 300;

const FACT_NAME_SET: ReadonlySet<string> = new Set(FACT_NAMES);
/** The name of a fact the engine knows (for history, "not sure" and sources). */
export const FactNameText = z
  .string()
  .check(z.refine((name) => FACT_NAME_SET.has(name), 'unknown fact'));

/**
 * Whether facts can come from there: a person (PERSON_SOURCES) or a page this version reads.
 * Any other would be named to the user by a text that does not exist (`source.<name>`).
 */
const isKnownSource = (source: string) =>
  (PERSON_SOURCES as readonly string[]).includes(source) ||
  allSites().some((site) => siteFactsOf(site.id)?.source === source);

/**
 * The engine's facts as a summary or a stored session holds them: every step, "not sure" and
 * source names something this version knows, and sources carry short https addresses (the
 * pages read are https only; no other scheme is ever a page's address).
 */
export const RecordedFacts = z.extend(Facts, {
  stepsTried: z.optional(z.record(StepId, z.enum(STEP_OUTCOMES))),
  stepsTriedAt: z.optional(z.record(StepId, iso)),
  unsure: z.optional(z.array(FactNameText).check(z.maxLength(FACT_NAMES.length))),
  sources: z.optional(
    z.record(
      FactNameText,
      z.extend(FactSource, {
        source: z.string().check(z.refine(isKnownSource, 'unknown source')),
        url: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(MAX_URL_LENGTH))),
      }),
    ),
  ),
});

export const StepLogEntry = z.strictObject({
  stepId: StepId,
  outcome: z.enum(STEP_OUTCOMES),
  at: iso,
});
export type StepLogEntry = z.infer<typeof StepLogEntry>;

/**
 * Whether the address is one of the pages its site reads, as every address a reading carries is
 * (https, the site's own host and paths): nothing else (`javascript:`, another host) is taken
 * for the page read. An unknown site is named by its own check.
 */
function isPageOfSite(reading: { site: string; url: string }): boolean {
  const site = siteById(reading.site);
  return site === undefined || readingUrl(reading.url, site.isPage) !== undefined;
}

/** A page read by the extension: which site, whether it could be used, when and where. */
export const Reading = z
  .strictObject({
    site: z.string().check(z.refine((id) => siteById(id) !== undefined, 'unknown site')),
    state: z.enum(['fresh', 'stale', 'unreadable']),
    at: iso,
    url: z.url().check(z.maxLength(MAX_URL_LENGTH)),
    /** Start of Apple's current iCloud Backup event, when the page said so. */
    since: z.optional(iso),
  })
  .check(z.refine(isPageOfSite, { message: 'not a page of that site', path: ['url'] }));
export type Reading = z.infer<typeof Reading>;

const ExportedEvidence = z.strictObject({
  id: z.string(),
  direction: z.enum(['for', 'against']),
  summary: z.string(),
});

export const ExportedDiagnosis = z.strictObject({
  causes: z.array(
    z.strictObject({
      id: CauseId,
      score: z.number(),
      /** The score in words, as the popup and the summary say it (optional: added later). */
      likelihood: z.optional(z.enum(LIKELIHOODS)),
      evidence: z.array(ExportedEvidence),
    }),
  ),
  plan: z.array(
    z.strictObject({
      stepId: StepId,
      kind: z.enum(STEP_KINDS),
      disruption: z.enum(DISRUPTIONS),
      heldBack: z.optional(z.boolean()),
    }),
  ),
  nextQuestion: z.optional(z.strictObject({ id: QuestionId, fact: FactNameText })),
});
export type ExportedDiagnosis = z.infer<typeof ExportedDiagnosis>;

export const SummaryJson = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(SUMMARY_VERSION),
  createdAt: iso,
  extension: z.strictObject({ version: z.string() }),
  /** Language of the texts in this file (evidence summaries). */
  language: z.enum(LOCALES),
  uiLanguage: z.enum(LOCALES),
  /** True when the user left out the typed message and notes (see build.ts). */
  freeTextLeftOut: z.boolean(),
  facts: RecordedFacts,
  stepLog: z.array(StepLogEntry).check(z.maxLength(MAX_STEP_LOG)),
  /** One reading per site at most (the latest replaces the one before). */
  readings: z
    .array(Reading)
    .check(
      z.refine(
        (list) => new Set(list.map((r) => r.site)).size === list.length,
        'more than one reading of a site',
      ),
    ),
  diagnosis: ExportedDiagnosis,
  masked: z.array(z.strictObject({ kind: z.enum(MASK_KINDS), count: z.int().check(z.minimum(1)) })),
});
export type SummaryJson = z.infer<typeof SummaryJson>;
