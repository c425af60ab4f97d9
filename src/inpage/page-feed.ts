import { findFeedUrl } from '../pages/apple-status/feed-times';

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
  return response.ok ? { url, text: await response.text() } : undefined;
}
