/**
 * Addresses as the readers and the receiving side treat them. Plain code without zod, so the
 * content scripts may use it; which pages a site reads is its own `isPage` (src/pages/<site>/).
 */

/**
 * A reading's address as stored: no query, no fragment, no credentials, at most this long.
 * Real status and icloud.com paths are under 100 characters.
 */
export const MAX_READING_URL_LENGTH = 300;

/** An https address without port or credentials, parsed; undefined for anything else. */
export function parseHttps(url: string): URL | undefined {
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

/**
 * The address a reading may carry: the page's own address cut at its query and fragment (a
 * crafted link must not make the extension store megabytes, nor keep what a link carries
 * after `?` or `#`). Undefined when `isPage` refuses it or it is still too long.
 */
export function readingUrl(url: string, isPage: (url: URL) => boolean): string | undefined {
  const parsed = parseHttps(withoutQuery(url));
  if (!parsed) return undefined;
  const clean = `${parsed.origin}${parsed.pathname}`;
  return clean.length <= MAX_READING_URL_LENGTH && isPage(parsed) ? clean : undefined;
}

/** An address cut at its query and fragment. */
export function withoutQuery(url: string): string {
  return url.split(/[?#]/, 1)[0]!;
}
