import * as z from '../check';
import { READING_LIMITS as LIMIT } from '../limits';
import {
  iso,
  pageName,
  readingObject,
  serviceState,
  text,
  type PageTest,
} from '../observation-schema';
import { SERVICE_IDS } from '../../vocab';

export const EVENT_TYPES = ['issue', 'outage', 'performance', 'maintenance', 'unknown'] as const;
export const EVENT_STATUSES = ['ongoing', 'resolved', 'upcoming', 'completed', 'unknown'] as const;

// Schemas are built when first asked for (the site's `schema`), not at start: the worker at
// rest then holds none (tests/bench/README.md).
const statusEvent = () =>
  z.object({
    type: z.enum(EVENT_TYPES),
    status: z.enum(EVENT_STATUSES),
    /** From link labels such as "2 Issues"; absent when the label has no number. */
    count: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
    /** ISO 8601; only from feeds, and only when the epoch is plausible. */
    start: z.optional(iso),
    end: z.optional(iso),
    /** Apple's public event text (feeds only). */
    message: z.optional(text(LIMIT.eventMessage)),
  });

const serviceObservation = () =>
  z.object({
    /** As displayed, entities decoded, accessibility suffix removed. */
    name: pageName(LIMIT.serviceName),
    id: z.optional(z.enum(SERVICE_IDS)),
    state: serviceState,
    events: z.array(statusEvent()).check(z.maxLength(LIMIT.events)),
  });

/** A reading of Apple's System Status page (or of the feed it draws from). */
export const appleStatusReading = (isPage: PageTest) =>
  readingObject(isPage, {
    kind: z.literal('apple-status'),
    source: z.literal('apple-status'),
    /** Whether the services came from the rendered page or from a saved feed file. */
    format: z.enum(['page', 'feed']),
    services: z.array(serviceObservation()).check(z.maxLength(LIMIT.services)),
    icloudBackup: z.object({ state: serviceState, since: z.optional(iso) }),
  });

export type AppleStatusObservation = z.Infer<ReturnType<typeof appleStatusReading>>;
export type StatusEvent = z.Infer<ReturnType<typeof statusEvent>>;
export type ServiceObservation = z.Infer<ReturnType<typeof serviceObservation>>;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
