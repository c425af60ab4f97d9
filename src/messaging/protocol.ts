import * as z from 'zod/mini';

/** Where an observation came from; stored with it so the popup can name it and show its age. */
export const ObservationKind = z.enum(['apple-status', 'icloud-storage', 'unknown']);

/**
 * The envelope every page reader sends. The payload stays opaque here: each reader's own
 * module owns its shape, and the receiver validates the envelope before storing anything.
 */
export const ObservationEnvelope = z.object({
  kind: ObservationKind,
  url: z.url({ protocol: /^https$/ }),
  observedAt: z.iso.datetime(),
  parserVersion: z.int().check(z.minimum(1)),
  data: z.record(z.string(), z.unknown()),
});
export type ObservationEnvelope = z.infer<typeof ObservationEnvelope>;

/** Content script -> background. Named by direction so a handler never answers the wrong side. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('observation'), observation: ObservationEnvelope }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;
