import * as z from '../pages/check';
import { LOCALES } from '../knowledge/ids';
import type { Site } from '../pages/site';

/** The in-page hint's "Continue troubleshooting" button. */
const OpenFlow = z.object({ type: z.literal('open-flow') });

/**
 * What the status page's hint asks with its reading: its texts in one language (the page's, see
 * hintLocale) for one situation (hintSituation). The worker has none for a situation the user
 * dismissed.
 */
export const HintRequest = z.object({ locale: z.enum(LOCALES), situation: z.string() });
export type HintRequest = z.Infer<typeof HintRequest>;

/**
 * A reading, checked against its own site's schema (the status page cannot report storage). It
 * may ask for the hint's texts in the same message, so a page that reads once pays one message.
 * That request is checked apart (src/background/router.ts): one the worker cannot serve costs
 * the page its hint, not its reading.
 */
const readingFrom = (site: Site) =>
  z.object({
    type: z.literal('observation'),
    site: z.literal(site.id),
    observation: site.schema,
    hint: z.optional(z.unknown()),
  });

/**
 * Content script -> background, from a content script on `site`'s pages. Named by direction so
 * a handler never answers the wrong side.
 */
export function contentToBackground(site: Site) {
  return z.union([readingFrom(site), OpenFlow]);
}
export type ContentToBackground =
  | z.Infer<typeof OpenFlow>
  | { type: 'observation'; site: string; observation: z.Infer<Site['schema']>; hint?: HintRequest };
