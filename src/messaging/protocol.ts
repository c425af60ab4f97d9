import * as z from '../pages/check';
import { MAX_FEED_BYTES } from '../inpage/page-feed';
import { MAX_LIGHT_CLASSES, MAX_LINK_TEXT, MAX_SERVICES } from '../pages/apple-status/page-rows';
import { site as statusSite } from '../pages/apple-status/site';
import type { Site } from '../pages/site';

/** The in-page hint's "Continue troubleshooting" button. */
const OpenFlow = z.object({ type: z.literal('open-flow') });

/**
 * A reading from its own site. The reading itself is checked once, against that site's schema,
 * where it is stored (`keep`, src/background/router.ts), as the status page's parsed rows are:
 * the status page cannot report storage.
 */
const readingFrom = (site: Site) =>
  z.object({
    type: z.literal('observation'),
    site: z.literal(site.id),
    observation: z.unknown(),
  });

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The status page's rows as its script read them (src/pages/apple-status/page-rows.ts): the
 * worker parses them, stores the reading and answers with the hint (src/background/status-page.ts),
 * so the page runs no parser (tests/bench/README.md).
 */
const StatusRows = z.object({
  type: z.literal('status-rows'),
  rows: z
    .array(
      z.object({
        link: z.optional(text(MAX_LINK_TEXT)),
        name: text(MAX_LINK_TEXT),
        lights: text(MAX_LIGHT_CLASSES),
      }),
    )
    .check(z.maxLength(MAX_SERVICES)),
  total: z.int().check(z.minimum(0)),
  /** The page's `navigator.language`: with its address, the hint's language (hintLocale). */
  language: text(100),
  /** No read follows this one: a page without iCloud Backup's row is read as such. */
  last: z.literal([true, false]),
  /** The page's own status feed ('' when it cannot be had), once the worker asked for it. */
  feed: z.optional(text(MAX_FEED_BYTES)),
});
export type StatusRows = z.Infer<typeof StatusRows>;

/**
 * Content script -> background, from a content script on `site`'s pages. Named by direction so
 * a handler never answers the wrong side. Only the status page sends its rows.
 */
export function contentToBackground(site: Site) {
  return z.union([readingFrom(site), OpenFlow, ...(site.id === statusSite.id ? [StatusRows] : [])]);
}
export type ContentToBackground =
  | z.Infer<typeof OpenFlow>
  | StatusRows
  | { type: 'observation'; site: string; observation: z.Infer<Site['schema']> };
