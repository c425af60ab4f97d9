import * as z from 'zod/mini';
import {
  ALERT_LANGUAGES,
  CAUSE_IDS,
  DISRUPTIONS,
  IOS_VERSION_PATTERN,
  STEP_KINDS,
  STORAGE_CATEGORIES,
  SYMPTOM_IDS,
} from './ids.ts';
import { WORDING_SEPARATOR } from './start-slice.ts';

/**
 * Schemas for content/knowledge/*.json. Structure (ids, weights, links) lives in these files;
 * every user-visible sentence lives in content/locales/<locale>/knowledge.json under a key that
 * is either named explicitly in the data or derived by convention (see `keys` in index.ts).
 */

const id = z.string().check(z.regex(/^[a-z0-9_]+$/));
const textKey = z.string().check(z.regex(/^[a-z0-9_.]+$/));
const sourceIds = z.array(id).check(z.minLength(1));
const iosVersion = z.string().check(z.regex(IOS_VERSION_PATTERN));
/** When an aging fact (a price, an iOS version, a cost) was last checked against its source. */
const asOf = z.iso.date();
export const CauseIdSchema = z.enum(CAUSE_IDS);

export const Source = z.strictObject({
  id,
  kind: z.enum(['apple', 'guide', 'user-reports', 'third-party']),
  url: z.optional(z.url()),
});

/**
 * One test on a fact or a derived value (see src/engine/derive.ts). `versionLt`/`versionGte`
 * compare dotted iOS versions numerically; `known`/`unknown` ignore `value`.
 */
export const Condition = z.strictObject({
  fact: z.string(),
  op: z.enum(['eq', 'ne', 'in', 'lt', 'gte', 'versionLt', 'versionGte', 'known', 'unknown']),
  value: z.optional(
    z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
  ),
});
export type Condition = z.infer<typeof Condition>;

export const Cause = z.strictObject({
  id: CauseIdSchema,
  /** Starting likelihood before any evidence, 0..1 (how common the guides and reports say). */
  prior: z.number().check(z.gt(0), z.lt(1)),
  sources: sourceIds,
});
export type Cause = z.infer<typeof Cause>;

/** Evidence from facts: when every condition holds, `weight` log-odds points go to `cause`. */
export const Rule = z.strictObject({
  id,
  cause: CauseIdSchema,
  when: z.array(Condition).check(z.minLength(1)),
  weight: z.number().check(z.gte(-8), z.lte(8)),
  /**
   * Measured proof (numbers, Apple's own status): while it holds, steps that made no difference
   * do not count against the cause, because the measurement says it is still there.
   */
  proof: z.optional(z.boolean()),
  sources: sourceIds,
});
export type Rule = z.infer<typeof Rule>;

const CauseWeight = z.strictObject({ cause: CauseIdSchema, weight: z.number() });

/** A Settings path valid for an inclusive iOS version range; open ends mean "any". */
export const PathVariant = z.strictObject({
  minIos: z.optional(iosVersion),
  maxIos: z.optional(iosVersion),
  key: textKey,
});
export type PathVariant = z.infer<typeof PathVariant>;

const ConditionSets = z.array(z.array(Condition));

export const Step = z.strictObject({
  id,
  kind: z.enum(STEP_KINDS),
  disruption: z.enum(DISRUPTIONS),
  minutes: z.strictObject({ min: z.int().check(z.gte(0)), max: z.int().check(z.gte(0)) }),
  addresses: z.array(CauseIdSchema).check(z.minLength(1)),
  /** Text keys shown before the user acts (what is lost or must be re-entered). */
  consequences: z.array(textKey),
  paths: z.optional(z.array(PathVariant)),
  /** Dropped from the plan when any of these condition sets holds (facts contradict the step). */
  skipWhen: z.optional(ConditionSets),
  /** Planned only when one of these condition sets holds (e.g. waiting needs Apple's report). */
  onlyWhen: z.optional(ConditionSets),
  /**
   * The facts for which this step is THE specific fix: when one set holds, the step leads the
   * plan (after waiting for Apple), ahead of generic checks.
   */
  leadWhen: z.optional(ConditionSets),
  /**
   * In every plan its conditions allow, whatever its causes score: contacting Apple (so no plan
   * dead-ends) and looking at Apple's status page while the status is unknown (free, and the
   * guides' first check before anything disruptive).
   */
  always: z.optional(z.boolean()),
  /**
   * Costs money (a bigger plan): ordered after the free fixes of its causes, as the guides free
   * space before buying more. Its disruption stays what it does to the device.
   */
  paid: z.optional(z.boolean()),
  /**
   * The storage category this step empties (old backups, message attachments, photos): ordered
   * by how much of the used storage that category takes, where icloud.com showed it.
   */
  frees: z.optional(z.enum(STORAGE_CATEGORIES)),
  /**
   * The storage category a step empties without `frees`' head start, as it deletes the data
   * from every device (photos): still no lead where icloud.com shows that category too small.
   */
  empties: z.optional(z.enum(STORAGE_CATEGORIES)),
  /** Held back while Apple reports an iCloud Backup problem. */
  holdDuringOutage: z.boolean(),
  /** Steps that must come first when both are planned. */
  requires: z.optional(z.array(id)),
  /**
   * Steps this one cannot work without: once one of them changed nothing, this one is left out
   * ("Back Up Now" needs the switch that would not turn on).
   */
  needs: z.optional(z.array(id)),
  /**
   * What it says when it changed nothing, beyond counting against its own causes: a backup
   * switch that will not turn on points at a restriction or the account.
   */
  noChangePoints: z.optional(z.array(z.strictObject({ cause: CauseIdSchema, weight: z.number() }))),
  /**
   * Steps this one repeats as part of itself (restarting a stuck backup taps "Back Up Now"
   * again): once this one is done, they are done too.
   */
  covers: z.optional(z.array(id)),
  /**
   * A retry (restart, start the backup again): it fixes passing glitches, so that it changed
   * nothing says little against any cause it addresses.
   */
  retry: z.optional(z.boolean()),
  /**
   * Only warns (like a check, which only looks): it cannot fix the backup, so it is marked done,
   * never "fixed", and being done says nothing for or against a cause.
   */
  informs: z.optional(z.boolean()),
  /** Extra explanatory note keys, e.g. where a guide is out of date. */
  notes: z.optional(z.array(textKey)),
  sources: sourceIds,
});
export type Step = z.infer<typeof Step>;

export const Question = z.strictObject({
  id,
  fact: z.string(),
  input: z.enum(['choice', 'version', 'date', 'model']),
  /** Choice values; for version/date inputs, `probes` are values the engine tries hypothetically. */
  options: z.array(z.union([z.string(), z.boolean()])),
  probes: z.optional(z.array(z.union([z.string(), z.number()]))),
  /** Asked only when one of these condition sets holds (omitted: always eligible). */
  askWhen: z.optional(ConditionSets),
  /** Asked before the most telling question while one of these condition sets holds. */
  askFirstWhen: z.optional(ConditionSets),
  help: z.optional(z.array(PathVariant)),
  sources: sourceIds,
});
export type Question = z.infer<typeof Question>;

export const Symptom = z.strictObject({
  id: z.enum(SYMPTOM_IDS),
  causes: z.array(CauseWeight).check(z.minLength(1)),
  sources: sourceIds,
});
export type Symptom = z.infer<typeof Symptom>;

/**
 * An alert's wordings in one language, set off by WORDING_SEPARATOR (read through
 * `alertWordings`): each of two characters or more, with no space at either end and no "|", so
 * that splitting gives them back whole.
 */
const wordings = z
  .string()
  .check(
    z.refine(
      (joined) =>
        joined
          .split(WORDING_SEPARATOR)
          .every((w) => w.length >= 2 && w === w.trim() && !w.includes('|')),
      'each wording: two characters or more, no space at either end, no "|"',
    ),
  );

/** Alert texts as users see them, per language; matched fuzzily by src/engine/alerts.ts. */
export const Alert = z.strictObject({
  id,
  patterns: z.partialRecord(z.enum(ALERT_LANGUAGES), wordings),
  /** Words that make a text about something else, e.g. "iCloud" for the device's own storage. */
  excludedBy: z.optional(z.array(z.string().check(z.minLength(2)))),
  /**
   * What the alert is about, in any language and its synonyms ("account", "Apple ID", "Konto"):
   * its other words (a verb, "cannot access") are said of other things too, so a text naming
   * none of these counts as little for it as one without its naming word (`score` in
   * src/engine/alerts.ts). A phrase counts when all its words are said.
   */
  subject: z.optional(z.array(z.string().check(z.minLength(2)))),
  /**
   * Says only that a backup did not work ("Backup failed", "could not be created"), not why:
   * when the rest of the text names a reason another alert stands for ("not enough space"),
   * that alert is the match.
   */
  generic: z.optional(z.literal(true)),
  causes: z.array(CauseWeight),
  sources: sourceIds,
});
export type Alert = z.infer<typeof Alert>;

export const Plan = z.strictObject({
  id,
  /** Nominal size as Apple labels it ("50 GB"); bytes are binary (see storage.json). */
  gb: z.number().check(z.gt(0)),
  usdMonthly: z.number().check(z.gte(0)),
  /** False when only third parties report the price. */
  priceConfirmed: z.boolean(),
  asOf,
  sources: sourceIds,
});
export type Plan = z.infer<typeof Plan>;

const Range = z.strictObject({ min: z.number(), max: z.number() });

export const StorageFacts = z.strictObject({
  freeTierBytes: z.int(),
  /** Apple deletes a device's backup this many days after the device stops backing up. */
  retentionDays: z.int(),
  /** From this many days without a backup on, the diagnosis warns that the deletion nears. */
  retentionWarningDays: z.int(),
  asOf,
  lowFreeWarningBytes: z.int(),
  includes: z.array(id),
  excludes: z.array(id),
  /** Typical durations (minutes) and sizes (GB) from the guides. */
  typical: z.array(
    z.strictObject({
      id,
      unit: z.enum(['minutes', 'hours', 'gb']),
      // Open-ended where the guide only says "several hours".
      range: z.strictObject({ min: z.number(), max: z.optional(z.number()) }),
    }),
  ),
  categories: z.array(z.enum(STORAGE_CATEGORIES)),
  sources: sourceIds,
});

/** Simple lists: checklist items, FAQ entries, table rows, corrections. Text keys by convention. */
export const Item = z.strictObject({ id, sources: sourceIds });
export const CostRow = z.strictObject({
  id,
  usd: Range,
  days: Range,
  asOf,
  sources: sourceIds,
});

export const Correction = z.strictObject({
  id,
  /** What the correction is about, as `<kind>:<id>` (e.g. `step:reset_all_settings`). */
  about: z.string().check(z.regex(/^(cause|step|plan|faq|storage|alert|question):[a-z0-9_]+$/)),
  sources: sourceIds,
});

/** One iPhone, iPad or iPod touch model and the newest system it can run. */
export const Device = z.strictObject({
  id,
  /** Apple's marketing name, as in "Identify your iPhone model". */
  name: z.string().check(z.minLength(1)),
  family: z.enum(['iphone', 'ipad', 'ipod']),
  identifiers: z
    .array(z.string().check(z.regex(/^(iPhone|iPad|iPod)\d+,\d+$/)))
    .check(z.minLength(1)),
  /** Other names people use ("iPhone SE 2020"). */
  aliases: z.optional(z.array(z.string())),
  released: z.int(),
  /** Newest iOS/iPadOS major(.minor) it can run; omitted while it runs the current one. */
  lastOs: z.optional(iosVersion),
  /** An iPhone with 5G: the carrier may allow iCloud Backup over cellular. */
  cellularBackup: z.optional(z.boolean()),
});
export type Device = z.infer<typeof Device>;

export const DeviceTable = z.strictObject({
  asOf,
  /** The newest major iOS the data knows; anything at or above it counts as current. */
  currentIos: z.strictObject({
    version: iosVersion,
    released: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
    asOf,
    sources: sourceIds,
  }),
  devices: z.array(Device),
  sources: sourceIds,
});
export type DeviceTable = z.infer<typeof DeviceTable>;

export const Knowledge = z.strictObject({
  sources: z.array(Source),
  causes: z.array(Cause),
  rules: z.array(Rule),
  steps: z.array(Step),
  questions: z.array(Question),
  symptoms: z.array(Symptom),
  alerts: z.array(Alert),
  plans: z.array(Plan),
  storage: StorageFacts,
  devices: DeviceTable,
  checklist: z.array(Item),
  faq: z.array(Item),
  comparison: z.array(Item),
  strategy: z.array(Item),
  recoveryCosts: z.array(CostRow),
  recoveryScenarios: z.array(Item),
  salvage: z.array(Item),
  corrections: z.array(Correction),
});
export type Knowledge = z.infer<typeof Knowledge>;

export const LocaleTexts = z.record(z.string(), z.string().check(z.minLength(1)));
