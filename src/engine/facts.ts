import * as z from 'zod/mini';
import { devices } from '../knowledge/index.ts';
import {
  APPLE_STATUS,
  IOS_VERSION_PATTERN,
  POWER_STATES,
  STEP_OUTCOMES,
  STORAGE_CATEGORIES,
  STORAGE_STATES,
  SYMPTOM_IDS,
  WIFI_STATES,
} from '../knowledge/ids.ts';
import { TEXT_LIMITS } from './text-limits.ts';

export { TEXT_LIMITS };

export const DEVICE_MODEL_MESSAGE =
  'unknown device model: expected a name like "iPhone 7" or "iPad (9th generation)", or an identifier like "iPhone9,3"';

/**
 * What the engine knows about one device and account. Every field is optional: a missing fact is
 * unknown, never "false". Answers, pasted alert text and page-reader observations all land here;
 * `sources` records where each fact came from so the popup can show its origin and age.
 */

const bytes = z.int().check(z.minimum(0));
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Facts a person gave: answered in the popup, or brought in with an imported summary. */
export const PERSON_SOURCES = ['user', 'import'] as const;

/** Whether a person gave this fact (rather than a page reading, or nobody saying where from). */
export const givenByPerson = (facts: Facts, name: string): boolean =>
  (PERSON_SOURCES as readonly string[]).includes(facts.sources?.[name]?.source ?? '');

export const FactSource = z.strictObject({
  /** One of PERSON_SOURCES, or the `source` of the site whose reading filled it in (src/pages). */
  source: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/)),
  at: z.iso.datetime({ offset: true }),
  url: z.optional(z.url()),
  /** Given as "about N weeks / months ago": the day stands for a time around it. */
  approximate: z.optional(z.literal(true)),
});
export type FactSource = z.infer<typeof FactSource>;

export const Facts = z.strictObject({
  /** Free text the user typed or pasted, in any supported language. */
  alertText: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.alertText))),
  /**
   * The message was picked from the list of known ones, so `alertText` is that message's known
   * wording, not what the device showed: said as picked, never quoted as the user's.
   */
  alertPicked: z.optional(z.literal(true)),
  storageUsedBytes: z.optional(bytes),
  storageTotalBytes: z.optional(bytes),
  /** Size of the next backup of this device (Settings shows it as "Next Backup Size"). */
  backupSizeBytes: z.optional(bytes),
  /** Per-category usage as icloud.com reports it. */
  storageByCategory: z.optional(z.partialRecord(z.enum(STORAGE_CATEGORIES), bytes)),
  /** The user's own impression when exact numbers are unknown. */
  storageStatus: z.optional(z.enum(STORAGE_STATES)),
  wifi: z.optional(z.enum(WIFI_STATES)),
  power: z.optional(z.enum(POWER_STATES)),
  deviceLocked: z.optional(z.boolean()),
  iosVersion: z.optional(
    z.string().check(z.regex(IOS_VERSION_PATTERN, 'expected a version like "16.3.1"')),
  ),
  iosBeta: z.optional(z.boolean()),
  /** A model name or identifier found in content/knowledge/devices.json (see `devices`). */
  deviceModel: z.optional(
    z.string().check(
      z.maxLength(80),
      z.refine((v) => devices.resolve(v) !== undefined, { message: DEVICE_MODEL_MESSAGE }),
    ),
  ),
  twoFactor: z.optional(z.boolean()),
  emailVerified: z.optional(z.boolean()),
  backupEnabled: z.optional(z.boolean()),
  lastSuccessfulBackup: z.optional(isoDateOrDateTime),
  appleBackupStatus: z.optional(z.enum(APPLE_STATUS)),
  sideloadedApps: z.optional(z.boolean()),
  largeOfflineAppData: z.optional(z.boolean()),
  profileOrRestrictions: z.optional(z.boolean()),
  /** A backup to a computer fails as well: evidence that the device itself is at fault. */
  computerBackupFails: z.optional(z.boolean()),
  symptom: z.optional(z.enum(SYMPTOM_IDS)),
  /** Step id -> what happened when the user tried it. */
  stepsTried: z.optional(z.record(z.string(), z.enum(STEP_OUTCOMES))),
  /**
   * Step id -> when its outcome in `stepsTried` was given. With the time the problem was
   * described (the source of `alertText` or `symptom`), it tells a message given after a fix
   * that worked from the one that fix was for. Missing (sessions saved before it), the message
   * counts as the one before the fix.
   */
  stepsTriedAt: z.optional(z.record(z.string(), z.iso.datetime({ offset: true }))),
  /**
   * Fact names the user answered "not sure" for. Nothing is recorded for the fact itself, but the
   * question counts as asked and is not asked again.
   */
  unsure: z.optional(z.array(z.string())),
  sources: z.optional(z.record(z.string(), FactSource)),
  notes: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.notes))),
});
export type Facts = z.infer<typeof Facts>;

/** Fields that record the session's course or a fact's form, not a fact a question asks. */
const NOT_FACTS = [
  'stepsTried',
  'stepsTriedAt',
  'unsure',
  'sources',
  'notes',
  'alertPicked',
] as const;
/** Names of the facts a question or rule may refer to. */
export type FactName = Exclude<keyof Facts, (typeof NOT_FACTS)[number]>;
export const FACT_NAMES = Object.keys(Facts.shape).filter(
  (name) => !(NOT_FACTS as readonly string[]).includes(name),
) as FactName[];

export type FactsParseResult =
  { ok: true; facts: Facts } | { ok: false; errors: { path: string; message: string }[] };

type Issue = z.core.$ZodIssue;

// zod/mini ships without message locales (bundle size), so messages are written here.
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.message ? issue.message : `invalid ${issue.format}`;
    case 'unrecognized_keys':
      return 'unknown field';
    case 'invalid_union':
      return 'expected an ISO date (2026-05-01) or date-time with offset';
    default:
      return issue.message || 'invalid value';
  }
}

/** Validates untrusted input (CLI, imports, storage) and names every bad field by its path. */
export function parseFacts(input: unknown): FactsParseResult {
  const result = Facts.safeParse(input);
  if (result.success) return { ok: true, facts: result.data };
  const errors = result.error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base];
    return paths.map((p) => ({ path: p.join('.') || '(root)', message: describe(issue) }));
  });
  return { ok: false, errors };
}
