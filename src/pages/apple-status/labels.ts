import type { EventStatus, EventType, StatusEvent } from '../observation';
import { MAX_EVENTS } from '../limits';
import { normalizeSpace } from '../text';
import { foldName } from './services';
import { SAYS_STATE } from './state';

/**
 * Parses the label of a service's link on the System Status page, the part after the last
 * " - " in "iCloud Backup - 1 Issue, 1 Resolved Issue" (parts split on commas, and on the
 * Japanese and Chinese ones: "、", "，"). The words are English on the pages captured so far;
 * other languages are unconfirmed, so a part that does not match the known grammar becomes an
 * event of `unknown` type instead of a guess: `resolved` (not current) when a word of it says
 * the event is over or planned, or it is a time (SAYS_STATE), else of `unknown` status too.
 */
export function parseLinkLabel(label: string): StatusEvent[] {
  const text = normalizeSpace(label);
  if (!text) return [];
  return (
    text
      // One space at most around a comma: the text's spaces are single (normalizeSpace).
      .split(/ ?[,\u3001\uff0c] ?/)
      // Apple's labels list one to three events; a longer list is cut rather than stored whole.
      .slice(0, MAX_EVENTS)
      .map(parseLabelPart)
  );
}

const COUNTED = /^(\d{1,4}) (.+)$/;

function parseLabelPart(part: string): StatusEvent {
  const counted = COUNTED.exec(part);
  // Folded as names are (no case, accents or punctuation, a space at each end): "gelöst",
  // "vyřešen" and "zakończona" then hold the plain stems SAYS_STATE looks for.
  const event = readPhrase(foldName(counted?.[2] ?? part));
  if (counted) event.count = +counted[1]!;
  return event;
}

/**
 * Read on the folded part (a space at each end). Only the combinations Apple is known to use are accepted: Issue / Outage / Performance
 * (ongoing) and their "Resolved" forms (1: status, 2: type); "Upcoming" and "Completed"
 * Maintenance (3, 4) and "Maintenance In Progress" (5, ongoing). A bare "Maintenance" or a
 * "Resolved Maintenance" is not in it.
 */
const PHRASE =
  /^ (?:(resolved) )?(issue|outage|performance)s? $|^ (?:(upcoming|completed) (maintenance)s?|(maintenance)s? in progress) $/;

function readPhrase(phrase: string): StatusEvent {
  const match = PHRASE.exec(phrase);
  return match
    ? {
        type: (match[2] ?? match[4] ?? match[5]) as EventType,
        status: (match[1] ?? match[3] ?? 'ongoing') as EventStatus,
      }
    : { type: 'unknown', status: SAYS_STATE.test(phrase) ? 'resolved' : 'unknown' };
}

/**
 * Splits "<Service> - <Label>" on the LAST dash between spaces, because some service names
 * contain one. The dash may be typeset (an en or em dash, a minus, a full-width "－": "iCloud
 * Backup – Outage"): read as no separator, the whole link became the name and the row
 * nobody's. Returns undefined when there is no separator.
 */
export function splitLinkText(text: string): [name: string, label: string] | undefined {
  return SEPARATED.exec(normalizeSpace(text))?.slice(1) as [string, string] | undefined;
}

/**
 * Greedy before the dash, so the last one splits: hyphen-minus, U+2010 to U+2015 (hyphens, en
 * and em dashes), the minus sign and the full-width hyphen-minus of Chinese and Japanese text,
 * or a colon written against the name ("iCloud Backup: Outage", the full-width "：" of Japanese
 * and Chinese, with or without a space after it), which no service's name holds; not a time's
 * ("Outage since 23:50"). Nor is a dash before a time ("Issue, 10:00 PM – 1:30 AM"): as
 * the last one, it gave the name the label's first part, and the row was nobody's.
 */
const SEPARATED = /^(.+)(?: [-\u2010-\u2015\u2212\uff0d] (?!\d+:)|[:\uff1a](?!\d) ?)(.+)$/;
