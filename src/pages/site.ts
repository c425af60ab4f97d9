import type { Schema } from './check';
import type { Facts, FactName } from '../engine/facts';
import { siteReading, type Observation, type UnknownObservation } from './observation-schema';
import type { ServiceState } from '../vocab';

/**
 * A page the extension reads, declared once in its folder (`src/pages/<id>/site.ts`, read by
 * src/pages/registry.ts). Everything that serves every site goes through this: the background
 * routes and stores a reading by it and the toolbar badge follows it; the flow, the summary and
 * the popup name it. What a reading means for the diagnosis is its `facts.ts` (SiteFacts).
 */
export interface Site<R extends Observation = Observation> {
  /** Names the site in messages, storage (`observations.<id>`) and texts (`site.<id>`). */
  id: string;
  /** The content script's manifest `matches`, and the same test as code. */
  matches: readonly string[];
  isPage: (url: URL) => boolean;
  /** Its own kind of reading or `unknown`, from its own pages (see siteReading). */
  schema: Schema<R | UnknownObservation>;
  /** How long a reading counts as current: a status moves fast, storage slowly. */
  maxAgeMs: number;
  /** A current problem the toolbar badge should flag while the reading is current. */
  alert?: (reading: R) => Extract<ServiceState, 'issue' | 'outage'> | undefined;
}

/**
 * What a site's readings mean for the diagnosis: `src/pages/<id>/facts.ts`, read by
 * src/pages/site-facts.ts, apart from the site so the worker does not bundle it.
 */
export interface SiteFacts<R extends Observation = Observation> {
  site: string;
  /** Where its facts come from, as facts record it (`source.<source>` and `from.<source>`). */
  source: string;
  /** The facts a current reading fills in (none when it could not read them). */
  facts: (reading: R) => Partial<Facts>;
  /** Since when the page says the problem it shows has lasted, for the summary's line. */
  since?: (reading: R) => string | undefined;
  /** The questions a reading answers: asked, they offer to open `page`. */
  answers: readonly FactName[];
  /** The page to open for a reading, in the popup's language (a `Locale`) where Apple has one. */
  page: (locale: string) => string;
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

/** A site's own kind of reading, as `readingObject` builds it. */
type OwnReading<R> = Schema<R>;

/**
 * A site, or what its readings mean, with its own reading type, as the registries hold them:
 * their functions are only ever handed readings the site's schema accepted, never `unknown`.
 */
export function defineSite<R extends Observation>(
  site: Omit<Site<R>, 'schema'> & { reading: () => OwnReading<R> },
): Site {
  // Built on first use: the worker at rest holds no schema (tests/bench/README.md).
  let schema: Site<R>['schema'] | undefined;
  return {
    ...site,
    get schema() {
      return (schema ??= siteReading(site.reading(), site.isPage));
    },
  } as unknown as Site;
}

export function defineSiteFacts<R extends Observation>(facts: SiteFacts<R>): SiteFacts {
  return facts as unknown as SiteFacts;
}
