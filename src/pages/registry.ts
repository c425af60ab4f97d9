import { parseHttps } from './sites';
import type { Site } from './site';

/**
 * The one registry of the sites the extension reads: every folder of src/pages with a
 * `site.ts` is one, found by its path and never imported by name, so adding a site touches
 * its folder only. Vite bundles find them below; Node without Vite (the CLIs, wxt.config.ts)
 * hands them over with `provideSites` (src/cli/sites.ts), as it does the text catalogs.
 */
const sites = new Map<string, Site>();

export function provideSites(list: Iterable<Site>): void {
  for (const site of list) sites.set(site.id, site);
}

function globbed(): Record<string, Site> {
  try {
    return import.meta.glob<Site>('./*/site.ts', { eager: true, import: 'site' });
  } catch {
    // Not built by Vite: import.meta.glob does not exist.
    return {};
  }
}
provideSites(Object.values(globbed()));

export const allSites = (): Site[] => [...sites.values()];

export const siteById = (id: string): Site | undefined => sites.get(id);

/** The site whose content script runs on an address; undefined where none does. */
export function siteOf(url: string): Site | undefined {
  const parsed = parseHttps(url);
  return parsed ? allSites().find((site) => site.isPage(parsed)) : undefined;
}
