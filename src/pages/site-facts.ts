import { foundByFolder } from './found';
import type { SiteFacts } from './site';

/**
 * What each site's readings mean for the diagnosis (`src/pages/<site>/facts.ts`), found like
 * the sites themselves; only the popup's flow needs it, so the worker never bundles it.
 */
const found = foundByFolder<SiteFacts>(
  (facts) => facts.site,
  () => import.meta.glob<SiteFacts>('./*/facts.ts', { eager: true, import: 'siteFacts' }),
);

export const provideSiteFacts = found.provide;
export const siteFactsOf = found.get;
export const allSiteFacts = found.all;

/** The site whose reading answers a question, if one does. */
export const siteAnswering = (fact: string): SiteFacts | undefined =>
  found.all().find((meaning) => meaning.answers.some((name) => name === fact));
