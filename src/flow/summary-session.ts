import type { Facts } from '../engine/facts';
import type { SummaryJson } from '../report/schema';
import { TEXT_LIMITS } from '../engine/text-limits';
import { withoutStaleReadings } from './observed-facts';
import { withLoggedSteps, withoutStrayMarks } from '../storage/bookkeeping';
import { newSession, type Session } from '../storage/session';

/**
 * A session resumed from an imported summary: its facts and what was tried. What the person
 * answered is marked as coming from the import, at its original time, so newer page readings
 * still win. What a page filled keeps its page, and goes once that reading is older than its
 * page stands for, as in the popup: a week-old "outage" in a summary is not Apple's status now.
 * It opens on the results, where the user can review the plan or go on answering.
 */
export function resumeFromSummary(summary: SummaryJson, now: Date): Session {
  const current = withoutStaleReadings(summary.facts, now);
  const sources = current.sources;
  const facts: Facts = {
    ...current,
    ...(sources && {
      sources: Object.fromEntries(
        Object.entries(sources).map(([name, source]) => [
          name,
          source.source === 'user' ? { ...source, source: 'import' } : source,
        ]),
      ),
    }),
  };
  return {
    ...newSession(now),
    facts: withoutStrayMarks(withLoggedSteps(facts, summary.stepLog)),
    stepLog: summary.stepLog,
    screen: 'results',
  };
}

/**
 * Notes for Apple Support; empty notes are removed rather than stored as "". Cut where the
 * session's schema stops, as the message is (describeProblem), so a restore keeps them.
 */
export function setNotes(session: Session, notes: string, now: Date): Session {
  const { notes: _previous, ...facts } = session.facts;
  return {
    ...session,
    facts: notes.trim() ? { ...facts, notes: notes.slice(0, TEXT_LIMITS.notes) } : facts,
    updatedAt: now.toISOString(),
  };
}
