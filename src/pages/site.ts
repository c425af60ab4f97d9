import type * as z from 'zod/mini';
import type { Facts } from '../engine/facts';
import type { Observation, UnknownObservation } from './observation-schema';
import type { ServiceState } from '../vocab';

/**
 * A page the extension reads, declared once in its folder (`src/pages/<id>/site.ts`, read by
 * src/pages/registry.ts). Everything that serves every site goes through this: the background
 * routes and stores a reading by it, the flow turns a reading into facts, the summary and the
 * popup describe it.
 */
export interface Site<R extends Observation = Observation> {
  /** Names the site in messages, storage (`observations.<id>`) and texts (`site.<id>`). */
  id: string;
  /** Where its facts come from, as facts record it (`source.<source>` and `from.<source>`). */
  source: string;
  /** The content script's manifest `matches`, and the same test as code. */
  matches: readonly string[];
  isPage: (url: URL) => boolean;
  /** Its own kind of reading or `unknown`, from its own pages (see siteReading). */
  schema: z.ZodMiniType<R | UnknownObservation>;
  /** How long a reading counts as current: a status moves fast, storage slowly. */
  maxAgeMs: number;
  /** The facts a current reading fills in (none when it could not read them). */
  facts: (reading: R) => Partial<Facts>;
  /** Since when the page says the problem it shows has lasted, for the summary's line. */
  since?: (reading: R) => string | undefined;
  /** A current problem the toolbar badge should flag while the reading is current. */
  alert?: (reading: R) => Extract<ServiceState, 'issue' | 'outage'> | undefined;
}

/**
 * Reads a saved copy of a site's page (HTML) or of the data behind it (JSON), as `read-page`
 * does: `src/pages/<id>/read.ts`, apart from the site so the worker, which only checks and
 * stores readings, does not bundle the parsers.
 */
export interface SiteReader {
  site: string;
  html: (root: ParentNode, url: string, now: Date) => Observation;
  /** Undefined when the data is not this site's. */
  json: (data: Record<string, unknown>, url: string, now: Date) => Observation | undefined;
}

/**
 * A site with its own reading type, as the registry holds it: its functions are only ever
 * handed readings its own schema accepted, and `unknown` readings never reach them.
 */
export function defineSite<R extends Observation>(site: Site<R>): Site {
  return site as unknown as Site;
}

/**
 * The texts each site has in every language (tests/knowledge/meta.test.ts checks them for every
 * site): how the popup names its facts' source, its stale, unreadable and dropped readings
 * (`ui.json`), and how the summary names the site and its facts' source (`report.json`).
 */
export const siteTextKeys = ({ id, source }: Pick<Site, 'id' | 'source'>) => ({
  ui: [
    `source.${source}`,
    `reading.stale.${id}`,
    `reading.unreadable.${id}`,
    `notice.dropped.reading.${id}`,
  ],
  report: [`site.${id}`, `from.${source}`],
});
