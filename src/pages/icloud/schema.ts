import * as z from '../check';
import { READING_LIMITS as LIMIT } from '../limits';
import { bytes, pageName, readingObject, type PageTest } from '../observation-schema';
import { appleBytes, MAX_BYTES } from '../units';
import { STORAGE_CATEGORIES } from '../../vocab';

export const STORAGE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size as displayed, with the bytes it stands for. Sizes read from text count a displayed
 * "GB" as 2^30 bytes, as Apple's own account data does (see appleBytes); bytes from Apple's
 * JSON are exact. Both readings of the amount stay within MAX_BYTES.
 */
const storageAmount = () =>
  z
    .object({ value: z.number().check(z.minimum(0)), unit: z.enum(STORAGE_UNITS), bytes })
    .check(z.refine((amount) => appleBytes(amount) <= MAX_BYTES));

const storageCategory = () =>
  z.object({
    id: z.enum(STORAGE_CATEGORIES),
    /** The label as Apple shows it (from a fixed list of known labels, or Apple's JSON). */
    label: pageName(LIMIT.categoryLabel),
    bytes: z.optional(bytes),
    amount: z.optional(storageAmount()),
  });

/** A boolean, as its two values. */
const flag = z.literal([true, false]);

/** A reading of the storage bar on icloud.com (or of the storage JSON behind it). */
export const icloudStorageReading = (isPage: PageTest) =>
  readingObject(isPage, {
    kind: z.literal('icloud-storage'),
    source: z.literal('icloud'),
    /** `displayed-decimal`: bytes from visible text (see StorageAmount); `exact`: from Apple's JSON. */
    basis: z.enum(['displayed-decimal', 'exact']),
    usedBytes: z.optional(bytes),
    totalBytes: z.optional(bytes),
    used: z.optional(storageAmount()),
    total: z.optional(storageAmount()),
    /** Normalized, e.g. "iCloud+ 50 GB". */
    plan: z.optional(pageName(LIMIT.plan)),
    categories: z.array(storageCategory()).check(z.maxLength(LIMIT.categories)),
    /** Only from Apple's JSON (`quotaStatus`). */
    quota: z.optional(
      z.object({
        overQuota: z.optional(flag),
        almostFull: z.optional(flag),
        paid: z.optional(flag),
      }),
    ),
  }).check(
    // What the fields cannot check alone. A plan of 0 is a misreading, not a plan with no room:
    // every account has at least the free plan, and src/engine/storage-math.ts reads 0 as
    // unknown. Categories are summed per kind, so their total too must stay a byte count.
    z.refine(
      (reading) =>
        reading.totalBytes !== 0 &&
        reading.total?.value !== 0 &&
        reading.categories.reduce(
          (sum, c) => sum + Math.max(c.bytes ?? 0, c.amount ? appleBytes(c.amount) : 0),
          0,
        ) <= MAX_BYTES,
    ),
  );

export type IcloudStorageObservation = z.Infer<ReturnType<typeof icloudStorageReading>>;
export type StorageAmount = z.Infer<ReturnType<typeof storageAmount>>;
export type StorageCategory = z.Infer<ReturnType<typeof storageCategory>>;
export type StorageUnit = (typeof STORAGE_UNITS)[number];
