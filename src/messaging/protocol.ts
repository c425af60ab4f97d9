import * as z from 'zod/mini';
import { LOCALES } from '../knowledge/ids';
import type { Site } from '../pages/site';

/** The in-page hint's "Continue troubleshooting" button. */
const OpenFlow = z.object({ type: z.literal('open-flow') });

/**
 * The status page's hint asks for its texts in one language (the page's, see hintLocale), for
 * one situation (hintSituation): the worker has none for a situation the user dismissed.
 */
const HintTexts = z.object({
  type: z.literal('hint-texts'),
  locale: z.enum(LOCALES),
  situation: z.string(),
});

/** A reading, checked against its own site's schema: the status page cannot report storage. */
const readingFrom = (site: Site) =>
  z.object({ type: z.literal('observation'), site: z.literal(site.id), observation: site.schema });

/**
 * Content script -> background, from a content script on `site`'s pages. Named by direction so
 * a handler never answers the wrong side.
 */
export function contentToBackground(site: Site) {
  return z.union([readingFrom(site), OpenFlow, HintTexts]);
}
export type ContentToBackground =
  | z.infer<typeof OpenFlow>
  | z.infer<typeof HintTexts>
  | { type: 'observation'; site: string; observation: z.infer<Site['schema']> };
