import * as z from 'zod/mini';
import { Facts } from '../engine/facts.ts';
import { LOCALES, STEP_OUTCOMES } from '../knowledge/ids.ts';
import { LIKELIHOODS } from './likelihood.ts';
import { MASK_KINDS } from './redact.ts';

/**
 * The exported summary as JSON: versioned so a later extension can read it (or refuse it
 * clearly). `facts` are exactly what the engine takes, free text already redacted, so
 * `diagnose(facts, { now: createdAt })` reproduces `diagnosis`.
 */
export const SUMMARY_FORMAT = 'backup-rescue-summary';
export const SUMMARY_VERSION = 1;

const iso = z.iso.datetime({ offset: true });

export const StepLogEntry = z.strictObject({
  stepId: z.string(),
  outcome: z.enum(STEP_OUTCOMES),
  at: iso,
});
export type StepLogEntry = z.infer<typeof StepLogEntry>;

/** A page read by the extension: which site, whether it could be used, when and where. */
export const Reading = z.strictObject({
  site: z.enum(['status', 'icloud']),
  state: z.enum(['fresh', 'stale', 'unreadable']),
  at: iso,
  url: z.url(),
  /** Start of Apple's current iCloud Backup event, when the page said so. */
  since: z.optional(z.string()),
});
export type Reading = z.infer<typeof Reading>;

const ExportedEvidence = z.strictObject({
  id: z.string(),
  direction: z.enum(['for', 'against']),
  summary: z.string(),
});

export const ExportedDiagnosis = z.strictObject({
  causes: z.array(
    z.strictObject({
      id: z.string(),
      score: z.number(),
      /** The score in words, as the popup and the summary say it (optional: added later). */
      likelihood: z.optional(z.enum(LIKELIHOODS)),
      evidence: z.array(ExportedEvidence),
    }),
  ),
  plan: z.array(
    z.strictObject({
      stepId: z.string(),
      kind: z.enum(['fix', 'wait', 'escalation', 'alternative']),
      disruption: z.enum(['none', 'low', 'medium', 'high']),
      heldBack: z.optional(z.boolean()),
    }),
  ),
  nextQuestion: z.optional(z.strictObject({ id: z.string(), fact: z.string() })),
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
  facts: Facts,
  stepLog: z.array(StepLogEntry),
  readings: z.array(Reading),
  diagnosis: ExportedDiagnosis,
  masked: z.array(z.strictObject({ kind: z.enum(MASK_KINDS), count: z.int().check(z.minimum(1)) })),
});
export type SummaryJson = z.infer<typeof SummaryJson>;
