import type { ServiceState, StatusEvent } from '../observation';

/**
 * State from the class of the page's light, which is the same in every language.
 * "resolved / upcoming / completed" are checked first: Apple draws those lights green, and
 * their class also names the event type ("…resolved…outage…"), which is no longer current.
 * A class that matches nothing known is `unknown`, never `available`.
 */
export function stateFromLightClass(className: string): ServiceState {
  const lower = className.toLowerCase();
  if (/resolved|upcoming|completed/.test(lower)) return 'available';
  if (lower.includes('outage')) return 'outage';
  if (/issue|performance/.test(lower)) return 'issue';
  if (lower.includes('maintenance')) return 'maintenance';
  if (/(^|\s)light-available(\s|$)/.test(lower)) return 'available';
  return 'unknown';
}

/**
 * Worst CURRENT state from a service's events: outage > issue (incl. performance) >
 * maintenance in progress > available. Resolved, completed and upcoming events are not
 * current. An ongoing event of unknown type (Apple has sent `statusType: ""`), or an event
 * whose status is unreadable, could be anything up to an outage, so it makes the state
 * `unknown` unless an outage is already known; it never reads as `available`.
 */
export function worstCurrentState(events: readonly StatusEvent[]): ServiceState {
  let worst: keyof typeof RANK = 'available';
  let uncertain = false;
  for (const event of events) {
    if (event.status === 'unknown') {
      uncertain = true;
      continue;
    }
    if (event.status !== 'ongoing') continue;
    if (event.type === 'unknown') {
      uncertain = true;
      continue;
    }
    const state = event.type === 'performance' ? 'issue' : event.type;
    if (RANK[state] > RANK[worst]) worst = state;
  }
  if (worst === 'outage') return worst;
  return uncertain ? 'unknown' : worst;
}

const RANK: Record<Exclude<ServiceState, 'unknown'>, number> = {
  available: 0,
  maintenance: 1,
  issue: 2,
  outage: 3,
};

/** Several readings of one service (duplicates) agree, or the result is `unknown`. */
export function agreedState(states: readonly ServiceState[]): ServiceState {
  const first = states[0];
  if (first === undefined) return 'unknown';
  return states.every((state) => state === first) ? first : 'unknown';
}
