import * as z from 'zod/mini';
import type { Site } from '../pages/site';

/** The in-page hint's "Continue troubleshooting" button. */
const OpenFlow = z.object({ type: z.literal('open-flow') });

/** A reading, checked against its own site's schema: the status page cannot report storage. */
const readingFrom = (site: Site) =>
  z.object({ type: z.literal('observation'), site: z.literal(site.id), observation: site.schema });

/**
 * Content script -> background, from a content script on `site`'s pages. Named by direction so
 * a handler never answers the wrong side.
 */
export function contentToBackground(site: Site) {
  return z.union([readingFrom(site), OpenFlow]);
}
export type ContentToBackground =
  | z.infer<typeof OpenFlow>
  | { type: 'observation'; site: string; observation: z.infer<Site['schema']> };
