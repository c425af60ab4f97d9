import { parseStatusPage } from './apple-status/parse-dom';
import { readStatusFeedData } from './apple-status/parse-feed';
import { STATUS_SELECTORS } from './apple-status/selectors';
import { parseIcloudPage } from './icloud/parse-dom';
import { readStorageUsageData } from './icloud/parse-usage-json';
import { isRecord, parseJsonText } from './json-text';
import { unknownObservation, type Observation } from './observation';

export interface ReadPageOptions {
  now?: Date;
  /** Turns HTML into a document; defaults to the global DOMParser where there is one. */
  parseHtml?: (html: string) => ParentNode;
}

type Site = 'apple-status' | 'icloud' | undefined;

function siteOf(url: string): Site {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  if (/(^|\.)apple\.com$/.test(host) && /\/support\/systemstatus\//.test(parsed.pathname)) {
    return 'apple-status';
  }
  if (/(^|\.)icloud\.com(\.cn)?$/.test(host)) return 'icloud';
  return undefined;
}

function defaultParseHtml(html: string): ParentNode | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? new Parser().parseFromString(html, 'text/html') : undefined;
}

/**
 * Reads a saved page or data file: the status page or icloud.com as HTML, Apple's status
 * feed (JSON/JSONP), or a storageUsageInfo JSON. The URL picks the HTML reader; data files
 * are recognized by their shape. Anything else, or any failure, is `kind: "unknown"`.
 */
export function readPage(input: string, url: string, options: ReadPageOptions = {}): Observation {
  const now = options.now ?? new Date();
  try {
    const text = input.replace(/^\ufeff/, '').trim();
    if (text.startsWith('<')) return readMarkup(text, url, now, options.parseHtml);
    const data = parseJsonText(text);
    if (data === undefined) return unknownObservation(url, now, 'unrecognized-format');
    if (isRecord(data) && 'services' in data) return readStatusFeedData(data, url, now);
    if (isRecord(data) && 'storageUsageInfo' in data) return readStorageUsageData(data, url, now);
    return unknownObservation(url, now, 'unrecognized-json');
  } catch {
    // The readers are written not to throw; this is the last line for a DOM library's quirks.
    return unknownObservation(url, now, 'reader-error');
  }
}

function readMarkup(
  text: string,
  url: string,
  now: Date,
  parseHtml: ReadPageOptions['parseHtml'],
): Observation {
  if (/^<\?xml[^>]*>\s*<rss|^<rss/i.test(text))
    return unknownObservation(url, now, 'rss-not-supported');
  const root = parseHtml ? parseHtml(text) : defaultParseHtml(text);
  if (!root) return unknownObservation(url, now, 'no-html-parser');
  const site = siteOf(url);
  if (site === 'apple-status') return parseStatusPage(root, url, now);
  if (site === 'icloud') return parseIcloudPage(root, url, now);
  // An unknown address is only trusted when the page has the status table's structure.
  if (root.querySelector(STATUS_SELECTORS.service)) return parseStatusPage(root, url, now);
  return unknownObservation(url, now, 'unrecognized-page');
}
