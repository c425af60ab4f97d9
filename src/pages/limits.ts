/**
 * Bounds of a page reading, shared by the readers (which cut to them) and the reading schema
 * (which refuses anything beyond them). Plain numbers without zod, so the content scripts may
 * import them.
 */
/** A service name as displayed; Apple's longest is under 60 characters. */
export const MAX_SERVICE_NAME = 200;
/** Apple's public text of one event (feeds only). */
export const MAX_EVENT_MESSAGE = 1000;
/** Events kept per service. */
export const MAX_EVENTS = 20;

// The status page's script imports the three above alone: an object's unused fields stay in a
// bundle, and that script's bytes have a budget (README, "Performance").
export const READING_LIMITS = {
  serviceName: MAX_SERVICE_NAME,
  eventMessage: MAX_EVENT_MESSAGE,
  events: MAX_EVENTS,
  /** Services kept per reading (Apple lists about 80). */
  services: 150,
  /** A storage category's label as Apple shows it. */
  categoryLabel: 80,
  /** The normalized plan name, e.g. "iCloud+ 50 GB". */
  plan: 60,
  /** Storage categories per reading. */
  categories: 20,
  /** Machine-readable notes about what could not be read. */
  problems: 20,
} as const;
