import type { Facts, FactName, FactSource } from '../engine/facts';
import { isStale, type Observation } from '../pages/observation';
import { allSites } from '../pages/registry';
import { siteFactsOf } from '../pages/site-facts';
import type { ObservationsBySite } from '../storage/observations';
import type { Reading } from '../report/schema';

/** What the popup and the summary say about a page read (the summary's `Reading`). */
export type SiteReading = Reading;

/** A fact's source as the reading it came from, for the readings' own rule on age (isStale). */
const asReading = (source: FactSource): Observation => ({
  kind: source.source,
  url: source.url ?? '',
  observedAt: source.at,
  parserVersion: 1,
});

/**
 * Whether a time lies further ahead than clocks drift (or cannot be read): stamped by a clock
 * set wrong, it is newer than nothing and current for no longer than its page allows.
 */
const isAhead = (at: string, now: Date) =>
  isStale(asReading({ source: 'user', at }), Number.POSITIVE_INFINITY, now);

/**
 * Facts a page reading filled, once that reading is older than its page's readings stand for (a
 * status read three days ago, a storage bar read two months ago), or dated ahead of the clock:
 * taken out, so that they are asked or looked up again instead of passing for the present. What
 * the user answered stays.
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
    if (limit === undefined || !isStale(asReading(source), limit, now)) continue;
    delete next[name];
    delete sources[name];
  }
  if (facts.sources) next.sources = sources;
  return next as Facts;
}

/**
 * Prefills facts from the page readers, each reading through its own site (none dated ahead of
 * the clock). A reading fills a
 * fact unless the user (or a newer reading) set it after the reading was taken, so a correction
 * sticks until the page is read again; a correction dated ahead of the clock does not outlast
 * every reading. Stale readings are reported but fill nothing: a
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
    // Dated ahead of the clock (the clock was set back since): no age can be said of it ("from
    // just now, too old to rely on"), and it says nothing about now, so it is not reported.
    if (!observation || isAhead(observation.observedAt, now)) continue;
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
    // A start after the page was read is no start the page could show (a feed's or a clock's
    // error): said as "since" it would be a false date.
    if (since && !isAhead(since, new Date(observation.observedAt))) reading.since = since;
    readings.push(reading);
    if (state !== 'fresh' || !meaning) continue;
    const source: FactSource = {
      source: meaning.source,
      at: observation.observedAt,
      url: observation.url,
    };
    for (const [name, value] of Object.entries(observed) as [FactName, unknown][]) {
      // A source left without its answer (an older build's restore) holds no value to keep.
      const previous = Object.hasOwn(next, name) ? next.sources?.[name] : undefined;
      const newer = previous && Date.parse(previous.at) >= Date.parse(source.at);
      if (newer && !isAhead(previous.at, now)) continue;
      Object.assign(next, { [name]: value });
      next.sources = { ...next.sources, [name]: source };
    }
  }
  return { facts: next, readings };
}
