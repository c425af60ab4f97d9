import type {
  AppleStatusObservation,
  ServiceObservation,
  ServiceState,
  StatusEvent,
} from '../observation';
import { decodeEntities, normalizeSpace, stripInvisible, textWithin } from '../text';
import { parseLinkLabel, splitLinkText } from './labels';
import { MAX_SERVICE_NAME } from '../limits';
import { statusObservation } from './observe';
import { LIGHT, LINK, NAME, NOT_NAME, SERVICE_ROWS, UNSHOWN } from './selectors';
import { canonicalServiceId } from './services';
import { stateFromLightClass, worstCurrentState } from './state';

/** A link reads "<Service> - <Label>": the longest name plus a list of events. */
const MAX_LINK_TEXT = 1000;
/** Apple lists about 80 services; past READING_LIMITS.services the background refuses a reading. */
export const MAX_SERVICES = 500;

/**
 * Reads the rendered Apple System Status page. One querySelectorAll for the services, then
 * small scoped lookups per service, at most MAX_SERVICES of them; textContent only (no layout
 * reads), with every text read bounded, so it stays linear and cheap on a page of ~80 services
 * and bounded on any other.
 */
export function parseStatusPage(
  root: ParentNode,
  url: string,
  now: Date = new Date(),
): AppleStatusObservation {
  return readStatusPage(root, url, now).observation;
}

/** The reading plus the page element of iCloud Backup's first row (to highlight it). */
export function readStatusPage(
  root: ParentNode,
  url: string,
  now: Date = new Date(),
): { observation: AppleStatusObservation; row?: Element } {
  const problems = new Set<string>();
  const services: ServiceObservation[] = [];
  let row: Element | undefined;
  const containers = root.querySelectorAll(SERVICE_ROWS);
  // Sliced from the list itself, not from a copy of it: a page of a million rows costs 500.
  for (const element of ([] as Element[]).slice.call(containers, 0, MAX_SERVICES)) {
    if (element.closest(UNSHOWN)) continue;
    const service = readService(element, problems);
    if (!service) continue;
    services.push(service);
    if (service.id === 'icloud-backup') row ??= element;
  }
  if (containers.length > MAX_SERVICES) problems.add('too-many-services');
  if (!containers.length) problems.add('no-service-lights-found');
  return { observation: statusObservation('page', services, url, now, problems), row };
}

function readService(container: Element, problems: Set<string>): ServiceObservation | undefined {
  const [link] = own(container, LINK, NOT_NAME);
  const [nameCell] = own(container, NAME, NOT_NAME);
  // The name cell's text, read only when the link gives no name (most rows have no link).
  const cell = () => textOf(nameCell);
  let name = '';
  let events: StatusEvent[] = [];
  if (link) {
    const text = textOf(link);
    // Without " - " a link labels the name beside it in the name cell: "iCloud Backup
    // <a>Outage</a>". A link that is the whole name has an unreadable label: read as one part
    // ("?") that names no event and says nothing of it.
    const [named, label] = splitLinkText(text) ?? [cell().replace(text, '').trim(), text];
    name = named;
    if (!named) problems.add('link-text-unreadable');
    events = parseLinkLabel(named ? label : '?');
  }
  name ||= cell();
  if (!name || name.length > MAX_SERVICE_NAME) {
    problems.add('service-name-unreadable');
    return undefined;
  }
  // Every own light's classes: two lights that disagree read unknown (stateFromLightClass).
  const lights = own(container, LIGHT, NOT_OWN_LIGHT, true);
  const state = stateFromLight(
    lights.map((light) => light.getAttribute('class')).join(' '),
    events,
    problems,
  );
  const id = canonicalServiceId(name);
  // No id: no key at all (an `id: undefined` would not pass the reading's schema).
  return { name, ...(id && { id }), state, events };
}

/**
 * The row's `selector`s outside what `skip` matches within the row: a popover, tooltip,
 * dialog, the body of a disclosure or a hidden element holds another event's light, link or
 * name (a history, or another row's "iCloud Drive - Outage"), and taking it for the row's
 * would read another service, or green for a row in an outage. The row's own ones after it are read. Such an ancestor is looked for up to the row
 * only: Apple's cell around it is an "info-tooltip-wrapper", and closest() would test every
 * ancestor up to the page's root, for each light, link and name. A light is also passed
 * over when it matches `skip` `itself` (hidden, or screen-reader text in its cell); a link or a
 * name cell is not, as either may carry a tooltip's trigger class.
 */
function own(row: Element, selector: string, skip: string, itself?: boolean): Element[] {
  return [...row.querySelectorAll(selector)].filter((element) => {
    let node = itself ? element : element.parentElement!;
    for (; !node.matches(skip); node = node.parentElement!) if (node === row) return true;
    return false;
  });
}

/** Nor is a light in the name cell or among what is left out of a name: it is an event's. */
const NOT_OWN_LIGHT = `${NAME},${NOT_NAME}`;

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

/**
 * A link's or a name cell's text, without what is not the row's own; none (no such element, an
 * oversized or runaway text) reads as empty: the name is then unreadable.
 */
function textOf(element: Element | undefined): string {
  const text = (element && textWithin(element, NOT_NAME, MAX_LINK_TEXT)) || '';
  return normalizeSpace(stripInvisible(decodeEntities(normalizeSpace(text))));
}
