import { describe, expect, it } from 'vitest';
import { resumeFromSummary, setNotes } from '../../../src/flow/summary-session';
import { buildSummary } from '../../../src/report';
import { newSession, Session } from '../../../src/storage/session';
import { sampleInput } from '../report/fixtures';

const now = new Date('2026-12-01T08:00:00.000Z');

describe('resumeFromSummary', () => {
  const { data } = buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false });

  it('opens the results with the same facts and steps, facts marked as imported', () => {
    const session = resumeFromSummary(data, now);
    expect(Session.safeParse(session).success).toBe(true);
    expect(session.screen).toBe('results');
    expect(session.stepLog).toEqual(data.stepLog);
    const { sources, ...facts } = session.facts;
    const { sources: exportedSources, ...exportedFacts } = data.facts;
    expect(facts).toEqual(exportedFacts);
    expect(sources?.wifi).toEqual({ ...exportedSources?.wifi, source: 'import' });
    expect(Object.values(sources ?? {}).every((s) => s.source === 'import')).toBe(true);
    expect(session.startedAt).toBe(now.toISOString());
  });
});

describe('setNotes', () => {
  it('stores notes and removes empty ones', () => {
    const withNotes = setNotes(newSession(now), 'Tried twice', now);
    expect(withNotes.facts.notes).toBe('Tried twice');
    expect('notes' in setNotes(withNotes, '  ', now).facts).toBe(false);
  });
});
