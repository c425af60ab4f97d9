import { foundByFolder } from './found';
import { parseJsonText, isRecord } from './json-text';
import { unknownObservation } from './observation';
import type { Observation } from './observation-schema';
import { siteOf } from './registry';
import type { SiteReader } from './site';
import { readingUrl } from './sites';

export interface ReadPageOptions {
  now?: Date;
  /** Turns HTML into a document; defaults to the global DOMParser where there is one. */
  parseHtml?: (html: string) => ParentNode;
}

/** Each site's reader (`src/pages/<site>/read.ts`), found like the sites themselves. */
const readers = foundByFolder<SiteReader>(
  (reader) => reader.site,
  () => import.meta.glob<SiteReader>('./*/read.ts', { eager: true, import: 'reader' }),
);
export const provideReaders = readers.provide;

function defaultParseHtml(html: string): ParentNode | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? new Parser().parseFromString(html, 'text/html') : undefined;
}

/**
 * Reads a saved page or data file as the content script on its site would, with the reader of
 * the site the address belongs to. The reading carries the address as the extension stores it
 * (no query or fragment). An address the extension does not read, or anything else it cannot
 * read, is `kind: "unknown"`.
 */
export function readPage(input: string, url: string, options: ReadPageOptions = {}): Observation {
  const now = options.now ?? new Date();
  const site = siteOf(url);
  const address = site && readingUrl(url, site.isPage);
  const reader = site && readers.get(site.id);
  if (address === undefined || reader === undefined) {
    return unknownObservation(url, now, 'unsupported-address');
  }
  try {
    const text = input.replace(/^\ufeff/, '').trim();
    if (text.startsWith('<')) return readMarkup(text, address, reader, now, options.parseHtml);
    const data = parseJsonText(text);
    if (data === undefined) return unknownObservation(address, now, 'unrecognized-format');
    return (
      (isRecord(data) ? reader.json(data, address, now) : undefined) ??
      unknownObservation(address, now, 'unrecognized-json')
    );
  } catch {
    // The readers are written not to throw; this is the last line for a DOM library's quirks.
    return unknownObservation(address, now, 'reader-error');
  }
}

function readMarkup(
  text: string,
  url: string,
  reader: SiteReader,
  now: Date,
  parseHtml: ReadPageOptions['parseHtml'],
): Observation {
  if (/^<\?xml[^>]*>\s*<rss|^<rss/i.test(text))
    return unknownObservation(url, now, 'rss-not-supported');
  const root = parseHtml ? parseHtml(text) : defaultParseHtml(text);
  if (!root) return unknownObservation(url, now, 'no-html-parser');
  return reader.html(root, url, now);
}
