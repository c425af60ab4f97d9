import { foundByFolder } from './found';
import { parseHttps } from './sites';
import type { Site } from './site';

/**
 * The one registry of the sites the extension reads: every folder of src/pages with a
 * `site.ts` is one, found by its path and never imported by name, so adding a site touches
 * its folder only. Vite bundles find them below; Node without Vite (the CLIs, wxt.config.ts)
 * hands them over with `provideSites` (src/cli/sites.ts), as it does the text catalogs.
 */
const sites = foundByFolder<Site>(
  (site) => site.id,
  () => import.meta.glob<Site>('./*/site.ts', { eager: true, import: 'site' }),
);

// A function, not `sites.provide` itself: a bundle that never provides keeps no trace of it.
export function provideSites(list: Iterable<Site>): void {
  sites.provide(list);
}
export const allSites = sites.all;
export const siteById = sites.get;

/** The site whose content script runs on an address; undefined where none does. */
export function siteOf(url: string): Site | undefined {
  const parsed = parseHttps(url);
  return parsed ? allSites().find((site) => site.isPage(parsed)) : undefined;
}
