/**
 * The pages this extension reads, as the content scripts' manifest `matches` name them:
 * Apple's System Status page (any country) and www.icloud.com. Plain code without zod, so the
 * content scripts may use it; the receiving side builds its reading schema on it.
 */

import type { SiteId } from '../vocab';

export type { SiteId };

/**
 * A reading's address as stored: no query, no fragment, no credentials, at most this long.
 * Real status and icloud.com paths are under 100 characters.
 */
export const MAX_READING_URL_LENGTH = 300;

const STATUS_HOST = 'www.apple.com';
const ICLOUD_HOST = 'www.icloud.com';
/** `/support/systemstatus/*` and `/*\/support/systemstatus/*` (the `*` may hold slashes). */
const STATUS_PATH = /^\/(?:.*\/)?support\/systemstatus\//;

/** Which of the extension's sites an address is on; undefined where no content script runs. */
export function pageSiteOf(url: string): SiteId | undefined {
  const parsed = parseHttps(url);
  if (!parsed) return undefined;
  if (parsed.hostname === STATUS_HOST && STATUS_PATH.test(parsed.pathname)) return 'status';
  if (parsed.hostname === ICLOUD_HOST) return 'icloud';
  return undefined;
}

/**
 * The address a reading may carry: the page's own address cut at its query and fragment (a
 * crafted link must not make the extension store megabytes, nor keep what a link carries
 * after `?` or `#`). Undefined when it is not one of the extension's sites or still too long.
 */
export function readingUrl(url: string): string | undefined {
  const cut = url.search(/[?#]/);
  const parsed = parseHttps(cut === -1 ? url : url.slice(0, cut));
  if (!parsed) return undefined;
  const clean = `${parsed.origin}${parsed.pathname}`;
  return clean.length <= MAX_READING_URL_LENGTH && pageSiteOf(clean) ? clean : undefined;
}

function parseHttps(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed;
}
