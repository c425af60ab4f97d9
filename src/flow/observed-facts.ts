import type { Facts, FactName, FactSource } from '../engine/facts';
import { isStale } from '../pages/observation';
import { allSites } from '../pages/registry';
import { siteFactsOf } from '../pages/site-facts';
import type { ObservationsBySite } from '../storage/observations';
import type { Reading } from '../report/schema';

/** What the popup and the summary say about a page read (the summary's `Reading`). */
export type SiteReading = Reading;

/**
 * Facts a page reading filled, once that reading is older than its page's readings stand for (a
 * status read three days ago, a storage bar read two months ago): taken out, so that they are
 * asked or looked up again instead of passing for the present. What the user answered stays.
 */
export function withoutStaleReadings(facts: Facts, now: Date): Facts {
  const maxAge = new Map<string, number>();
  for (const site of allSites()) {
    const source = siteFactsOf(site.id)?.source;
    if (source) maxAge.set(source, site.maxAgeMs);
  }
  const next: Record<string, unknown> = { ...facts };
  const sources = { ...facts.sources };
  for (const [name, source] of Object.entries(facts.sources ?? {})) {
    const limit = maxAge.get(source.source);
    const age = now.getTime() - Date.parse(source.at);
    if (limit === undefined || (Number.isFinite(age) && age <= limit)) continue;
    delete next[name];
    delete sources[name];
  }
  if (facts.sources) next.sources = sources;
  return next as Facts;
}

/**
 * Prefills facts from the page readers, each reading through its own site. A reading fills a
 * fact unless the user (or a newer reading) set it after the reading was taken, so a correction
 * sticks until the page is read again. Stale readings are reported but fill nothing: a
 * 2-hour-old "outage" is no evidence.
 */
export function applyObservations(
  facts: Facts,
  observations: ObservationsBySite,
  now: Date,
): { facts: Facts; readings: SiteReading[] } {
  const next: Facts = withoutStaleReadings(facts, now);
  const readings: SiteReading[] = [];
  for (const site of allSites()) {
    const observation = observations[site.id];
    if (!observation) continue;
    const meaning = siteFactsOf(site.id);
    const observed = observation.kind === 'unknown' ? {} : (meaning?.facts(observation) ?? {});
    const state =
      Object.keys(observed).length === 0
        ? 'unreadable'
        : isStale(observation, site.maxAgeMs, now)
          ? 'stale'
          : 'fresh';
    const reading: SiteReading = {
      site: site.id,
      state,
      at: observation.observedAt,
      url: observation.url,
    };
    const since = observation.kind === 'unknown' ? undefined : meaning?.since?.(observation);
    if (since) reading.since = since;
    readings.push(reading);
    if (state !== 'fresh' || !meaning) continue;
    const source: FactSource = {
      source: meaning.source,
      at: observation.observedAt,
      url: observation.url,
    };
    for (const [name, value] of Object.entries(observed) as [FactName, unknown][]) {
      const previous = next.sources?.[name];
      if (previous && Date.parse(previous.at) >= Date.parse(source.at)) continue;
      Object.assign(next, { [name]: value });
      next.sources = { ...next.sources, [name]: source };
    }
  }
  return { facts: next, readings };
}
