import type {
  AppleStatusObservation,
  ServiceObservation,
  ServiceState,
  StatusEvent,
} from '../observation';
import { decodeEntities, normalizeSpace, stripInvisible } from '../text';
import { parseLinkLabel, splitLinkText } from './labels';
import { MAX_SERVICE_NAME } from '../limits';
import { statusObservation } from './observe';
import { MAX_SERVICES, type PageRow } from './page-rows';
import { canonicalServiceId } from './services';
import { stateFromLightClass, worstCurrentState } from './state';

/**
 * What the status page's rows (page-rows.ts) say: the reading, and which row is iCloud Backup's
 * first (its index in `rows`, to highlight it). Strings only, so the worker parses what the
 * page's script read (tests/bench/README.md).
 */
export function parseRows(
  page: { rows: readonly PageRow[]; total: number },
  url: string,
  now: Date,
): { observation: AppleStatusObservation; row?: number } {
  const problems = new Set<string>();
  const services: ServiceObservation[] = [];
  let row: number | undefined;
  page.rows.forEach((raw, index) => {
    const service = readService(raw, problems);
    if (!service) return;
    services.push(service);
    if (service.id === 'icloud-backup') row ??= index;
  });
  // The page counts its rows from the same list it sent: fewer than it sent is no page's count.
  const total = Math.max(page.total, page.rows.length);
  if (total > MAX_SERVICES) problems.add('too-many-services');
  if (!total) problems.add('no-service-lights-found');
  return { observation: statusObservation('page', services, url, now, problems), row };
}

function readService(raw: PageRow, problems: Set<string>): ServiceObservation | undefined {
  let name = '';
  let events: StatusEvent[] = [];
  if (raw.link !== undefined) {
    const text = clean(raw.link);
    // Without " - " a link labels the name beside it in the name cell: "iCloud Backup
    // <a>Outage</a>". A link that is the whole name has an unreadable label: read as one part
    // ("?") that names no event and says nothing of it.
    const [named, label] = splitLinkText(text) ?? [clean(raw.name).replace(text, '').trim(), text];
    name = named;
    if (!named) problems.add('link-text-unreadable');
    events = parseLinkLabel(named ? label : '?');
  }
  name ||= clean(raw.name);
  if (!name || name.length > MAX_SERVICE_NAME) {
    problems.add('service-name-unreadable');
    return undefined;
  }
  const state = stateFromLight(raw.lights, events, problems);
  const id = canonicalServiceId(name);
  // No id: no key at all (an `id: undefined` would not pass the reading's schema).
  return { name, ...(id && { id }), state, events };
}

/**
 * The light decides the state (`className`: the classes of all the row's own lights, so two
 * that disagree read unknown), cross-checked against the label, since Apple draws the worst
 * current event (every captured page agrees). A green light beside a current event the label
 * names, or, when every part of the label was read, a light of any other state than its worst
 * current event (maintenance beside "Outage", an outage beside "Resolved Outage"), is a
 * contradiction, reported as unknown. A part in a language the reader does not know counts as
 * read, and not current, when it says the event is over or planned ("Behobener Ausfall") or is
 * a time ("23:00 – 01:00"): parseLinkLabel. Any other such part could be the current event the
 * light shows ("1 Problem, 1 behobenes Problem" beside an issue light): the light stands.
 */
function stateFromLight(
  className: string,
  events: readonly StatusEvent[],
  problems: Set<string>,
): ServiceState {
  if (!className.trim()) {
    problems.add('light-missing');
    return 'unknown';
  }
  const known = events.filter((e) => e.status !== 'unknown');
  const told = worstCurrentState(known);
  const allRead = known.length && known.length === events.length;
  const state = stateFromLightClass(className);
  if (state === 'unknown') problems.add('light-class-unknown');
  else if (told !== state && (state === 'available' || allRead)) {
    problems.add('light-contradicts-label');
    return 'unknown';
  }
  return state;
}

/** A link's or a name cell's text as shown: entities decoded, invisible characters and runs of space gone. */
const clean = (text: string) =>
  normalizeSpace(stripInvisible(decodeEntities(normalizeSpace(text))));
