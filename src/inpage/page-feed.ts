import { findFeedUrl } from '../pages/apple-status/feed-times';

/** Apple's feed is a few dozen KB; a larger answer is not read. */
export const MAX_FEED_BYTES = 2_000_000;

/**
 * Reads again the status feed the page itself loaded (same origin, usually from the cache), so
 * the hint can say since when Apple reports a problem. The one request this extension makes;
 * the README declares it.
 */
export async function loadPageFeed(): Promise<{ url: string; text: string } | undefined> {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  const url = findFeedUrl(resources, location.href);
  if (!url) return undefined;
  const response = await fetch(url, { credentials: 'omit', cache: 'force-cache' });
  const text = response.ok ? await readBounded(response, MAX_FEED_BYTES) : undefined;
  return text === undefined ? undefined : { url, text };
}

/** The body as text, or undefined (and the download cancelled) once it passes `maxBytes`. */
export async function readBounded(
  response: Response,
  maxBytes: number,
): Promise<string | undefined> {
  if (!response.body) return undefined;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
