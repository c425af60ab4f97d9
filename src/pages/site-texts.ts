/**
 * The keys of the texts every site and every fact source has in each language: the popup's
 * (`ui.json`) and the summary's (`report.json`). Plain code without zod, so any screen may use
 * it; tests/knowledge/meta.test.ts checks them for every site.
 */
export const siteTextKey = {
  /** The summary's name for the site. */
  name: (site: string) => `site.${site}`,
  /** The popup's line for a reading it cannot use. */
  problem: (state: 'stale' | 'unreadable', site: string) => `reading.${state}.${site}`,
  /** The popup's name for a reading that was damaged in storage and left out. */
  dropped: (site: string) => `notice.dropped.reading.${site}`,
  /** Where a fact came from, in the popup. */
  source: (source: string) => `source.${source}`,
  /** The popup's link that opens the site's page, on a question its reading answers. */
  open: (site: string) => `open.${site}`,
  /** Where a fact came from, in the summary. */
  from: (source: string) => `from.${source}`,
};

/** Every key a site with this fact source needs, by catalog. */
export const siteTextKeys = (site: string, source: string) => ({
  ui: [
    siteTextKey.source(source),
    siteTextKey.problem('stale', site),
    siteTextKey.problem('unreadable', site),
    siteTextKey.dropped(site),
    siteTextKey.open(site),
  ],
  report: [siteTextKey.name(site), siteTextKey.from(source)],
});
