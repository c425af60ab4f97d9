import type { Facts } from '../engine/facts';
import type { SummaryJson } from '../report/schema';
import { newSession, type Session } from '../storage/session';

/**
 * A session resumed from an imported summary: its facts (each marked as coming from the
 * import, at its original time, so newer page readings still win) and what was tried. It opens
 * on the results, where the user can review the plan or go on answering.
 */
export function resumeFromSummary(summary: SummaryJson, now: Date): Session {
  const sources = summary.facts.sources;
  const facts: Facts = {
    ...summary.facts,
    ...(sources && {
      sources: Object.fromEntries(
        Object.entries(sources).map(([name, source]) => [name, { ...source, source: 'import' }]),
      ),
    }),
  };
  return { ...newSession(now), facts, stepLog: summary.stepLog, screen: 'results' };
}

/** Notes for Apple Support; empty notes are removed rather than stored as "". */
export function setNotes(session: Session, notes: string, now: Date): Session {
  const { notes: _previous, ...facts } = session.facts;
  return {
    ...session,
    facts: notes.trim() ? { ...facts, notes } : facts,
    updatedAt: now.toISOString(),
  };
}
