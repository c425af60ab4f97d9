import * as z from 'zod/mini';
import { Observation } from './observation-schema';

/** Which page a reading came from; one latest reading is kept per site. */
export const ObservedSite = z.enum(['status', 'icloud']);
export type ObservedSite = z.infer<typeof ObservedSite>;

/** Content script -> background. Named by direction so a handler never answers the wrong side. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('observation'), site: ObservedSite, observation: Observation }),
  /** The in-page hint's "Continue troubleshooting" button. */
  z.object({ type: z.literal('open-flow') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;
