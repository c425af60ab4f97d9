import * as z from 'zod/mini';

/**
 * Receiver-side check of what a page reader sends (src/pages/observation.ts has the types).
 * Unknown keys are dropped; anything malformed is refused whole, so the popup never sees a
 * half-valid reading.
 */
const iso = z.iso.datetime({ offset: true });
const state = z.enum(['available', 'issue', 'outage', 'maintenance', 'unknown']);
const bytes = z.number().check(z.minimum(0), z.refine(Number.isFinite));
const shortText = (max: number) => z.string().check(z.maxLength(max));
const problems = z.optional(z.array(shortText(80)).check(z.maxLength(50)));
const meta = {
  url: z.url({ protocol: /^https$/ }),
  observedAt: iso,
  parserVersion: z.int().check(z.minimum(1)),
};

const StatusEvent = z.object({
  type: z.enum(['issue', 'outage', 'performance', 'maintenance', 'unknown']),
  status: z.enum(['ongoing', 'resolved', 'upcoming', 'completed', 'unknown']),
  count: z.optional(z.int().check(z.minimum(0))),
  start: z.optional(iso),
  end: z.optional(iso),
  message: z.optional(shortText(2000)),
});

export const AppleStatusObservation = z.object({
  kind: z.literal('apple-status'),
  source: z.literal('apple-status'),
  format: z.enum(['page', 'feed']),
  ...meta,
  services: z
    .array(
      z.object({
        name: shortText(200),
        id: z.optional(shortText(60)),
        state,
        events: z.array(StatusEvent).check(z.maxLength(50)),
      }),
    )
    .check(z.maxLength(500)),
  icloudBackup: z.object({ state, since: z.optional(iso) }),
  problems,
});

const Amount = z.object({ value: bytes, unit: z.enum(['KB', 'MB', 'GB', 'TB']), bytes });

export const IcloudStorageObservation = z.object({
  kind: z.literal('icloud-storage'),
  source: z.literal('icloud'),
  ...meta,
  basis: z.enum(['displayed-decimal', 'exact']),
  usedBytes: z.optional(bytes),
  totalBytes: z.optional(bytes),
  used: z.optional(Amount),
  total: z.optional(Amount),
  plan: z.optional(shortText(60)),
  categories: z
    .array(
      z.object({
        id: z.enum(['photos', 'backups', 'documents', 'mail', 'messages', 'family', 'other']),
        label: shortText(80),
        bytes: z.optional(bytes),
        amount: z.optional(Amount),
      }),
    )
    .check(z.maxLength(20)),
  quota: z.optional(
    z.object({
      overQuota: z.optional(z.boolean()),
      almostFull: z.optional(z.boolean()),
      paid: z.optional(z.boolean()),
    }),
  ),
  problems,
});

export const UnknownObservation = z.object({
  kind: z.literal('unknown'),
  ...meta,
  reason: shortText(80),
});

export const Observation = z.discriminatedUnion('kind', [
  AppleStatusObservation,
  IcloudStorageObservation,
  UnknownObservation,
]);
