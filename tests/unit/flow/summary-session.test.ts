import { describe, expect, it } from 'vitest';
import { resumeFromSummary, setNotes } from '../../../src/flow/summary-session';
import { buildSummary } from '../../../src/report';
import { newSession, Session } from '../../../src/storage/session';
import { sampleInput } from '../report/fixtures';

const now = new Date('2026-12-01T08:00:00.000Z');

describe('resumeFromSummary', () => {
  const { data } = buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false });

  it('opens the results with the same facts and steps, answers marked as imported', () => {
    // Imported when the export's status reading (08:58) was still current.
    const importedAt = new Date('2026-11-25T09:10:00.000Z');
    const session = resumeFromSummary(data, importedAt);
    expect(Session.safeParse(session).success).toBe(true);
    expect(session.screen).toBe('results');
    expect(session.stepLog).toEqual(data.stepLog);
    const { sources, ...facts } = session.facts;
    const { sources: exportedSources, ...exportedFacts } = data.facts;
    expect(facts).toEqual(exportedFacts);
    expect(sources?.wifi).toEqual({ ...exportedSources?.wifi, source: 'import' });
    // What a page read keeps its page, so that it ages like any reading.
    expect(sources?.appleBackupStatus).toEqual(exportedSources?.appleBackupStatus);
    expect(sources?.storageUsedBytes).toEqual(exportedSources?.storageUsedBytes);
    expect(session.startedAt).toBe(importedAt.toISOString());
  });

  it('leaves out what a page read once that reading is old, and keeps what was answered', () => {
    // Six days after the export: Apple's status read then says nothing about Apple now.
    const session = resumeFromSummary(data, now);
    expect(session.facts.appleBackupStatus).toBeUndefined();
    expect(session.facts.sources?.appleBackupStatus).toBeUndefined();
    expect(session.facts.storageUsedBytes).toBe(data.facts.storageUsedBytes);
    expect(session.facts.wifi).toBe(data.facts.wifi);
    expect(session.facts.sources?.wifi?.source).toBe('import');
    expect(Session.safeParse(session).success).toBe(true);
  });
});

describe('setNotes', () => {
  it('stores notes and removes empty ones', () => {
    const withNotes = setNotes(newSession(now), 'Tried twice', now);
    expect(withNotes.facts.notes).toBe('Tried twice');
    expect('notes' in setNotes(withNotes, '  ', now).facts).toBe(false);
  });
});
