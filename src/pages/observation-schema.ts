import * as z from 'zod/mini';
import { pageSiteOf, readingUrl, type SiteId } from './sites';
import { appleBytes, MAX_BYTES } from './units';
import { READING_LIMITS as LIMIT } from './limits';
import { SERVICE_IDS, SERVICE_STATES, STORAGE_CATEGORIES } from '../vocab';

/**
 * The one definition of a page reading: the readers' output type is inferred from it, the
 * background checks every message against it, and every read from storage goes through it.
 * Only the receiving side imports this module at runtime: content scripts import its types
 * only, so zod never ships in them.
 *
 * What a page can make the extension store is bounded here: byte counts are safe integers up
 * to MAX_BYTES, every string and list has a length limit, the address is one of the
 * extension's own pages without query or fragment, and a whole reading is at most
 * MAX_READING_BYTES of JSON. Unknown keys are dropped; anything else malformed is refused
 * whole, so nobody downstream sees a half-valid reading.
 */

/** UTF-8 bytes of a reading as JSON. Real readings are 0.2 to 7 KB (80 services, feed texts). */
export const MAX_READING_BYTES = 32 * 1024;

export const EVENT_TYPES = ['issue', 'outage', 'performance', 'maintenance', 'unknown'] as const;
export const EVENT_STATUSES = ['ongoing', 'resolved', 'upcoming', 'completed', 'unknown'] as const;
export const STORAGE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

const iso = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));
/** Machine-readable words such as `plan-ambiguous`: never page text. */
const code = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,79}$/));
const bytes = z.int().check(z.minimum(0), z.maximum(MAX_BYTES));
const state = z.enum(SERVICE_STATES);

/** One of the extension's pages, cut at query and fragment (see readingUrl). */
function pageUrl(site: SiteId | undefined) {
  // A check that rewrites the value, not a pipe into a transform: same result, and the
  // background worker bundles two fewer zod schema kinds (README, "Performance").
  return z.string().check(
    z.overwrite((raw: string) => readingUrl(raw) ?? ''),
    z.refine(
      (url: string) => url !== '' && (site === undefined || pageSiteOf(url) === site),
      'not a page this extension reads',
    ),
  );
}

const meta = (site: SiteId | undefined) => ({
  url: pageUrl(site),
  observedAt: iso,
  /** Bumped whenever a parser's output for the same input changes meaning. */
  parserVersion: z.int().check(z.minimum(1), z.maximum(1000)),
});

const StatusEvent = z.object({
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  /** From link labels such as "2 Issues"; absent when the label has no number. */
  count: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  /** ISO 8601; only from feeds, and only when the epoch is plausible. */
  start: z.optional(iso),
  end: z.optional(iso),
  /** Apple's public event text (feeds only). */
  message: z.optional(text(LIMIT.eventMessage)),
});

const ServiceObservation = z.object({
  /** As displayed, entities decoded, accessibility suffix removed. */
  name: text(LIMIT.serviceName),
  id: z.optional(z.enum(SERVICE_IDS)),
  state,
  events: z.array(StatusEvent).check(z.maxLength(LIMIT.events)),
});

/** Machine-readable notes about what could not be read (never page text). */
const problems = z.optional(z.array(code).check(z.maxLength(LIMIT.problems)));

const fitsStorage = z.refine(
  (reading: unknown) =>
    new TextEncoder().encode(JSON.stringify(reading)).length <= MAX_READING_BYTES,
  `a reading is at most ${MAX_READING_BYTES} bytes`,
);

const appleStatusShape = {
  kind: z.literal('apple-status'),
  source: z.literal('apple-status'),
  /** Whether the services came from the rendered page or from a saved feed file. */
  format: z.enum(['page', 'feed']),
  ...meta('status'),
  services: z.array(ServiceObservation).check(z.maxLength(LIMIT.services)),
  icloudBackup: z.object({ state, since: z.optional(iso) }),
  problems,
};
export const AppleStatusObservation = z.object(appleStatusShape).check(fitsStorage);

/**
 * A size as displayed. Apple shows decimal units for usage (1 GB = 10^9 bytes) but names
 * plan sizes in round "GB" that are binary in the data (the free "5 GB" is 5 GiB =
 * 5,368,709,120 bytes). Rule here: bytes parsed from TEXT always use decimal multipliers
 * (KB 10^3 ... TB 10^12) and the displayed value and unit are kept next to them, so the
 * popup can count them as Apple does (see appleBytes). Bytes from Apple's JSON are exact.
 * Both readings of the amount stay within MAX_BYTES.
 */
const StorageAmount = z
  .object({ value: z.number().check(z.minimum(0)), unit: z.enum(STORAGE_UNITS), bytes })
  .check(z.refine((amount) => appleBytes(amount) <= MAX_BYTES, 'too large'));

const StorageCategory = z.object({
  id: z.enum(STORAGE_CATEGORIES),
  /** The label as Apple shows it (from a fixed list of known labels, or Apple's JSON). */
  label: text(LIMIT.categoryLabel),
  bytes: z.optional(bytes),
  amount: z.optional(StorageAmount),
});

/** Categories are summed per kind, so their total too must stay a byte count. */
const categoriesFit = z.refine<z.infer<typeof StorageCategory>[]>(
  (categories) =>
    categories.reduce(
      (sum, c) => sum + Math.max(c.bytes ?? 0, c.amount ? appleBytes(c.amount) : 0),
      0,
    ) <= MAX_BYTES,
  'categories add up to too much',
);

const icloudStorageShape = {
  kind: z.literal('icloud-storage'),
  source: z.literal('icloud'),
  ...meta('icloud'),
  /** `displayed-decimal`: bytes from visible text (see StorageAmount); `exact`: from Apple's JSON. */
  basis: z.enum(['displayed-decimal', 'exact']),
  usedBytes: z.optional(bytes),
  totalBytes: z.optional(bytes),
  used: z.optional(StorageAmount),
  total: z.optional(StorageAmount),
  /** Normalized, e.g. "iCloud+ 50 GB". */
  plan: z.optional(text(LIMIT.plan)),
  categories: z.array(StorageCategory).check(z.maxLength(LIMIT.categories), categoriesFit),
  /** Only from Apple's JSON (`quotaStatus`). */
  quota: z.optional(
    z.object({
      overQuota: z.optional(z.boolean()),
      almostFull: z.optional(z.boolean()),
      paid: z.optional(z.boolean()),
    }),
  ),
  problems,
};
export const IcloudStorageObservation = z.object(icloudStorageShape).check(fitsStorage);

/** A page the reader ran on but could not read; `reason` is fixed, machine-readable. */
const unknownFor = (site: SiteId | undefined) =>
  z.object({ kind: z.literal('unknown'), ...meta(site), reason: code });
export const UnknownObservation = unknownFor(undefined);

export const Observation = z.discriminatedUnion('kind', [
  AppleStatusObservation,
  IcloudStorageObservation,
  UnknownObservation,
]);

/**
 * What each site may report: its own kind of reading, or `unknown`, from its own pages. Only
 * ever asked whether a value is valid, so a plain union: the two options' `kind` literals
 * already exclude each other, and the worker bundles no discriminated union.
 */
export const READING_FOR_SITE = {
  status: z.union([AppleStatusObservation, unknownFor('status')]),
  icloud: z.union([IcloudStorageObservation, unknownFor('icloud')]),
} as const satisfies Record<SiteId, z.ZodMiniType>;

export type Observation = z.infer<typeof Observation>;
export type AppleStatusObservation = z.infer<typeof AppleStatusObservation>;
export type IcloudStorageObservation = z.infer<typeof IcloudStorageObservation>;
export type UnknownObservation = z.infer<typeof UnknownObservation>;
export type StatusEvent = z.infer<typeof StatusEvent>;
export type ServiceObservation = z.infer<typeof ServiceObservation>;
export type StorageAmount = z.infer<typeof StorageAmount>;
export type StorageCategory = z.infer<typeof StorageCategory>;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type StorageUnit = (typeof STORAGE_UNITS)[number];
