import type {
  AppleStatusObservation,
  CanonicalId,
  ServiceObservation,
  ServiceState,
  StatusEvent,
} from '../observation';
import { decodeEntities, normalizeSpace, textWithout } from '../text';
import { parseLinkLabel, splitLinkText } from './labels';
import { statusObservation } from './observe';
import { STATUS_SELECTORS as S } from './selectors';
import { canonicalServiceId } from './services';
import { stateFromLightClass } from './state';

const MAX_NAME_LENGTH = 200;

/**
 * Reads the rendered Apple System Status page. One querySelectorAll for the services, then
 * small scoped lookups per service; textContent only (no layout reads), so it stays linear
 * and cheap on a page of ~80 services.
 */
export function parseStatusPage(
  root: ParentNode,
  url: string,
  now: Date = new Date(),
): AppleStatusObservation {
  const problems = new Set<string>();
  const services = readServices(root, problems).map(({ service }) => service);
  if (services.length === 0 && root.querySelector(S.service) === null) {
    problems.add('no-service-lights-found');
  }
  return statusObservation('page', services, url, now, problems);
}

/** The page element of one service, found by canonical id (to highlight its row). */
export function findServiceElement(root: ParentNode, id: CanonicalId): Element | undefined {
  return readServices(root, new Set()).find(({ service }) => service.id === id)?.element;
}

function readServices(root: ParentNode, problems: Set<string>) {
  const found: { element: Element; service: ServiceObservation }[] = [];
  for (const element of root.querySelectorAll(S.service)) {
    const service = readService(element, problems);
    if (service) found.push({ element, service });
  }
  return found;
}

function readService(container: Element, problems: Set<string>): ServiceObservation | undefined {
  const link = container.querySelector(S.link);
  const nameCell = container.querySelector(S.name);
  let name = '';
  let events: StatusEvent[] = [];
  if (link) {
    const split = splitLinkText(cleanText(textWithout(link, S.a11y)));
    if (split) {
      name = split.name;
      events = parseLinkLabel(split.label);
    } else {
      problems.add('link-text-unreadable');
      events = [{ type: 'unknown', status: 'unknown' }];
    }
  }
  if (name === '' && nameCell) name = cleanText(textWithout(nameCell, S.a11y));
  if (name === '' || name.length > MAX_NAME_LENGTH) {
    problems.add('service-name-unreadable');
    return undefined;
  }
  const state = stateFromLight(container.querySelector(S.light), events, problems);
  const id = canonicalServiceId(name);
  return id === undefined ? { name, state, events } : { name, id, state, events };
}

/**
 * The light decides the state. One cross-check guards against a misread class: a green
 * light next to a label announcing an ongoing event is a contradiction, reported as unknown.
 */
function stateFromLight(
  light: Element | null,
  events: readonly StatusEvent[],
  problems: Set<string>,
): ServiceState {
  const className = light?.getAttribute('class') ?? '';
  if (className.trim() === '') {
    problems.add('light-missing');
    return 'unknown';
  }
  const state = stateFromLightClass(className);
  if (state === 'unknown') problems.add('light-class-unknown');
  if (state === 'available' && events.some((e) => e.status === 'ongoing' && e.type !== 'unknown')) {
    problems.add('light-contradicts-label');
    return 'unknown';
  }
  return state;
}

function cleanText(text: string): string {
  return normalizeSpace(decodeEntities(normalizeSpace(text)));
}
