import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { Facts } from '../engine/facts';
import { LOCALES } from '../i18n';

export const SCREENS = ['start', 'questions', 'results', 'success', 'escalation'] as const;
export type Screen = (typeof SCREENS)[number];

const iso = z.iso.datetime({ offset: true });

/** One troubleshooting session: the engine's facts plus what only the flow needs. */
export const Session = z.object({
  facts: Facts,
  screen: z.enum(SCREENS),
  /** Facts answered through questions, in order, so Back undoes the latest. */
  history: z.array(z.string()),
  /** A fact the user chose to change: its question comes next, whatever the engine prefers. */
  asking: z.optional(z.string()),
  /** Disruptive steps whose consequences the user confirmed having read. */
  acknowledged: z.array(z.string()),
  /** Every outcome with its time, for the diagnostic summary ("what was tried, when"). */
  stepLog: z.array(
    z.object({
      stepId: z.string(),
      outcome: z.enum(['fixed', 'no_change', 'skipped']),
      at: iso,
    }),
  ),
  startedAt: iso,
  updatedAt: iso,
});
export type Session = z.infer<typeof Session>;

export function newSession(now: Date): Session {
  const at = now.toISOString();
  return {
    facts: {},
    screen: 'start',
    history: [],
    acknowledged: [],
    stepLog: [],
    startedAt: at,
    updatedAt: at,
  };
}

/**
 * Stored as `unknown` on purpose: what comes back from storage is checked with the schema on
 * every load, because an older build, a sync glitch or a hand edit can leave anything there.
 */
export const sessionItem = storage.defineItem<unknown>('local:session', {
  fallback: null,
  version: 1,
});

export const preferencesItem = storage.defineItem<unknown>('local:preferences', {
  fallback: null,
  version: 1,
});

export const Preferences = z.object({ locale: z.optional(z.enum(LOCALES)) });
export type Preferences = z.infer<typeof Preferences>;

export type RestoreNotice = 'reset' | 'recovered' | null;

/**
 * Valid stored progress is used as is. When only the shape around them is damaged, the facts
 * (the answers that took the user time) are kept and the rest starts over; otherwise a fresh
 * session. The notice lets the UI say which happened instead of failing silently.
 */
export function restoreSession(
  stored: unknown,
  now: Date,
): { session: Session; notice: RestoreNotice } {
  if (stored === null || stored === undefined) return { session: newSession(now), notice: null };
  const parsed = Session.safeParse(stored);
  if (parsed.success) return { session: parsed.data, notice: null };
  const facts = Facts.safeParse((stored as { facts?: unknown } | null)?.facts);
  if (facts.success && Object.keys(facts.data).length > 0) {
    return {
      session: { ...newSession(now), facts: facts.data, screen: 'questions' },
      notice: 'recovered',
    };
  }
  return { session: newSession(now), notice: 'reset' };
}

export function restorePreferences(stored: unknown): Preferences {
  const parsed = Preferences.safeParse(stored);
  return parsed.success ? parsed.data : {};
}
