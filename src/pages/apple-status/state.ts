import type { ServiceState, StatusEvent } from '../observation';

/**
 * State from the class of the page's light, which is the same in every language. Each class
 * that starts with "light-" must be one Apple is known to draw: light-available, a type
 * (issue, outage, performance, maintenance), or a type no longer current ("resolved",
 * "upcoming", "completed" before it: light-resolvedissue, light-upcoming-maintenance), which
 * Apple draws green. Matching whole classes, not words inside them, keeps "light-unresolved-issue"
 * from reading as resolved and "light-no-issues" as an issue. Any other "light-" class, no
 * light class at all, or two that disagree is `unknown`, never `available`.
 */
export function stateFromLightClass(className: string): ServiceState {
  const states = new Set<string>();
  for (const token of className.toLowerCase().split(/\s+/)) {
    // The cell's own classes, beside a state drawn on the cell (STATUS_SELECTORS.light).
    if (!token.startsWith('light-') || token === 'light-content' || token === 'light-image') {
      continue;
    }
    const match = LIGHT_CLASS.exec(token);
    states.add(
      !match ? 'unknown' : match[1] ? 'available' : match[2]!.replace('performance', 'issue'),
    );
  }
  return states.size === 1 ? ([...states][0] as ServiceState) : 'unknown';
}

/** 1: no longer current (never before "available"), 2: the type. */
const LIGHT_CLASS =
  /^light-(?:(resolved|upcoming|completed)-?(?!a))?(available|issue|outage|performance|maintenance)$/;

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
