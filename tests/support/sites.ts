/** The registered sites as tests name them: their schemas and address checks by id. */
import { siteById, siteOf } from '../../src/pages/registry';
import { readingUrl } from '../../src/pages/sites';

const schemaOf = (id: string) => {
  const site = siteById(id);
  if (!site) throw new Error(`no site ${id} registered`);
  return site.schema;
};

export const READING_FOR_SITE = { status: schemaOf('status'), icloud: schemaOf('icloud') };

export const pageSiteOf = (url: string) => siteOf(url)?.id;

/** The address a reading of `url` carries, as its site's schema keeps it. */
export function storedUrl(url: string): string | undefined {
  const site = siteOf(url);
  return site && readingUrl(url, site.isPage);
}
