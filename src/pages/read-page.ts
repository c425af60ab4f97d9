import { parseStatusPage } from './apple-status/parse-dom';
import { readStatusFeedData } from './apple-status/parse-feed';
import { parseIcloudPage } from './icloud/parse-dom';
import { readStorageUsageData } from './icloud/parse-usage-json';
import { isRecord, parseJsonText } from './json-text';
import { unknownObservation, type Observation } from './observation';
import { pageSiteOf, readingUrl, type SiteId } from './sites';

export interface ReadPageOptions {
  now?: Date;
  /** Turns HTML into a document; defaults to the global DOMParser where there is one. */
  parseHtml?: (html: string) => ParentNode;
}

function defaultParseHtml(html: string): ParentNode | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? new Parser().parseFromString(html, 'text/html') : undefined;
}

/**
 * Reads a saved page or data file as the content script on its site would: the status page
 * (HTML) or Apple's status feed (JSON/JSONP) for a status address, icloud.com (HTML) or a
 * storageUsageInfo JSON for an icloud.com address. The reading carries the address as the
 * extension stores it (no query or fragment). An address the extension does not read, or
 * anything else it cannot read, is `kind: "unknown"`.
 */
export function readPage(input: string, url: string, options: ReadPageOptions = {}): Observation {
  const now = options.now ?? new Date();
  const address = readingUrl(url);
  const site = address === undefined ? undefined : pageSiteOf(address);
  if (address === undefined || site === undefined) {
    return unknownObservation(url, now, 'unsupported-address');
  }
  try {
    const text = input.replace(/^\ufeff/, '').trim();
    if (text.startsWith('<')) return readMarkup(text, address, site, now, options.parseHtml);
    const data = parseJsonText(text);
    if (data === undefined) return unknownObservation(address, now, 'unrecognized-format');
    if (site === 'status' && isRecord(data) && 'services' in data) {
      return readStatusFeedData(data, address, now);
    }
    if (site === 'icloud' && isRecord(data) && 'storageUsageInfo' in data) {
      return readStorageUsageData(data, address, now);
    }
    return unknownObservation(address, now, 'unrecognized-json');
  } catch {
    // The readers are written not to throw; this is the last line for a DOM library's quirks.
    return unknownObservation(address, now, 'reader-error');
  }
}

function readMarkup(
  text: string,
  url: string,
  site: SiteId,
  now: Date,
  parseHtml: ReadPageOptions['parseHtml'],
): Observation {
  if (/^<\?xml[^>]*>\s*<rss|^<rss/i.test(text))
    return unknownObservation(url, now, 'rss-not-supported');
  const root = parseHtml ? parseHtml(text) : defaultParseHtml(text);
  if (!root) return unknownObservation(url, now, 'no-html-parser');
  return site === 'status' ? parseStatusPage(root, url, now) : parseIcloudPage(root, url, now);
}
