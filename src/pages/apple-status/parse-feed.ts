import {
  unknownObservation,
  type AppleStatusObservation,
  type EventStatus,
  type EventType,
  type ServiceObservation,
  type StatusEvent,
  type UnknownObservation,
} from '../observation';
import { isRecord, parseJsonText } from '../json-text';
import { MAX_EVENT_MESSAGE, MAX_SERVICE_NAME } from '../limits';
import { decodeEntities, normalizeSpace, stripInvisible } from '../text';
import { backupLine, statusObservation } from './observe';
import { canonicalServiceId } from './services';
import { worstCurrentState } from './state';

// Epochs outside 2000..2100 are not Apple's milliseconds (hand-made fixtures use seconds
// since 2001), so they are dropped rather than turned into a wrong date.
// 2000-01-01 and 2100-01-01 UTC, written out: Date.UTC() twice cost the status page's script.
const MIN_EPOCH_MS = 946684800000;
const MAX_EPOCH_MS = 4102444800000;

/**
 * Reads a saved copy of Apple's status feed (`system_status_<ll>_<CC>.js`): JSON or JSONP.
 * statusType and eventStatus are English in every locale, so the state never depends on
 * the localized names or messages.
 */
export function parseStatusFeed(
  text: string,
  url: string,
  now: Date = new Date(),
): AppleStatusObservation | UnknownObservation {
  return readStatusFeedData(parseJsonText(text), url, now);
}

/** `data` is the feed's parsed JSON: undefined when the text was not JSON. */
export function readStatusFeedData(
  data: unknown,
  url: string,
  now: Date,
): AppleStatusObservation | UnknownObservation {
  return readFeed(data, url, now);
}

/**
 * iCloud Backup's line of the feed as the status page's script takes it (withFeedTimes): the
 * same state and start as parseStatusFeed's, from the events' types, statuses and starts
 * alone and without building the rest of a reading. What is no feed gives no line; a feed
 * without the service gives an unknown one: neither adds a start. That code then stays out of
 * the script, which has a size budget (README, "Performance").
 */
export function feedBackupLine(text: string): AppleStatusObservation['icloudBackup'] | undefined {
  // A field of anything but an object (a list, a number, null) is undefined, as isRecord says.
  const services = (parseJsonText(text) as Entry)?.services;
  if (!Array.isArray(services)) return undefined;
  // Entries of one name are one service, as in readFeed; undefined: an entry's events unreadable.
  const byName = new Map<string, StatusEvent[] | undefined>();
  for (const raw of services as Entry[]) {
    const name = readName(raw?.serviceName);
    if (!name || canonicalServiceId(name) !== 'icloud-backup') continue;
    const events = raw!.events;
    const before = byName.has(name) ? byName.get(name) : [];
    byName.set(
      name,
      before && Array.isArray(events) ? [...before, ...events.map(readEventTimes)] : undefined,
    );
  }
  return backupLine(
    [...byName.values()].map((events) => ({
      state: events ? worstCurrentState(events) : 'unknown',
      events: events ?? [],
    })),
  );
}

type Entry = Partial<Record<string, unknown>> | undefined;

function readFeed(
  data: unknown,
  url: string,
  now: Date,
): AppleStatusObservation | UnknownObservation {
  if (data === undefined) return unknownObservation(url, now, 'not-json');
  if (!isRecord(data) || !Array.isArray(data.services)) {
    return unknownObservation(url, now, 'not-a-status-feed');
  }
  const problems = new Set<string>();
  // Duplicate service entries are merged by name, and repeated events collapse to one.
  const byName = new Map<string, { events: StatusEvent[]; keys: Set<string>; readable: boolean }>();
  for (const raw of data.services) {
    const name = isRecord(raw) ? readName(raw.serviceName) : undefined;
    if (name === undefined) {
      problems.add('service-name-unreadable');
      continue;
    }
    const entry = byName.get(name) ?? { events: [], keys: new Set(), readable: true };
    byName.set(name, entry);
    const events = (raw as Record<string, unknown>).events;
    if (!Array.isArray(events)) {
      problems.add('events-unreadable');
      entry.readable = false;
      continue;
    }
    for (const rawEvent of events) {
      const event = readEvent(rawEvent);
      const key = eventKey(rawEvent, event);
      if (entry.keys.has(key)) continue;
      entry.keys.add(key);
      entry.events.push(event);
    }
  }
  if (byName.size === 0) return unknownObservation(url, now, 'no-readable-services');
  const services: ServiceObservation[] = [];
  for (const [name, { events, readable }] of byName) {
    const state = readable ? worstCurrentState(events) : 'unknown';
    const id = canonicalServiceId(name);
    services.push({ name, ...(id && { id }), state, events });
  }
  return statusObservation('feed', services, url, now, problems);
}

function readName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = normalizeSpace(stripInvisible(decodeEntities(value)));
  return !name || name.length > MAX_SERVICE_NAME ? undefined : name;
}

// Patterns rather than sets: they repeat the label reader's words, which the status page's
// script then holds once (its size budget, README "Performance").
const TYPES = /^(issue|outage|maintenance|performance)$/;
const STATUSES = /^(ongoing|resolved|upcoming|completed)$/;

/** An event's type, status and start: all that decides a state and since when. */
function readEventTimes(value: unknown): StatusEvent {
  // What is no record has none of these fields (Object() wraps a string or number, and makes
  // null {}): an event of unknown type and status, without a start.
  const raw = Object(value) as Record<string, unknown>;
  const type = lowerWord(raw.statusType);
  const status = lowerWord(raw.eventStatus);
  const event: StatusEvent = {
    type: TYPES.test(type) ? (type as EventType) : 'unknown',
    status: STATUSES.test(status) ? (status as EventStatus) : 'unknown',
  };
  const start = epochToIso(raw.epochStartDate);
  if (start) event.start = start;
  return event;
}

function readEvent(raw: unknown): StatusEvent {
  const event = readEventTimes(raw);
  if (!isRecord(raw)) return event;
  const end = epochToIso(raw.epochEndDate);
  if (end !== undefined) event.end = end;
  if (typeof raw.message === 'string') {
    const message = normalizeSpace(stripInvisible(decodeEntities(raw.message))).slice(
      0,
      MAX_EVENT_MESSAGE,
    );
    if (message !== '') event.message = message;
  }
  return event;
}

function lowerWord(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function epochToIso(value: unknown): string | undefined {
  // Written so that NaN (no date) fails the range, as Infinity does.
  if (typeof value === 'number' && value >= MIN_EPOCH_MS && value <= MAX_EPOCH_MS) {
    return new Date(value).toISOString();
  }
}

function eventKey(raw: unknown, event: StatusEvent): string {
  const messageId = isRecord(raw) && typeof raw.messageId === 'string' ? raw.messageId : '';
  return JSON.stringify([messageId, event.type, event.status, event.start, event.message]);
}
