import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../src/report/import';
import { resumeFromSummary } from '../../../src/flow/summary-session';
import { Session } from '../../../src/storage/session';
import { editedSummary } from '../../support/summary-files';

/**
 * A summary made while the clock ran ahead (steps, answers and a page dated after the export),
 * resumed: outcomes written down before the code ran.
 */

const NOW = new Date('2026-11-26T08:00:00.000Z');
const hourAfter = (summary: { createdAt: string }) =>
  new Date(Date.parse(summary.createdAt) + 3_600_000).toISOString();

describe('resuming an export whose records are dated after it', () => {
  const read = importSummary(
    editedSummary((s) => {
      for (const entry of s.stepLog) entry.at = hourAfter(s);
      s.facts.sources.wifi.at = hourAfter(s);
      s.facts.sources.appleBackupStatus.at = '2099-01-01T00:00:00.000Z';
    }),
  );
  if (!read.ok) throw new Error('expected the summary to be read');
  const session = resumeFromSummary(read.summary, NOW);

  it('is a valid session holding every step tried, at its recorded time', () => {
    expect(Session.safeParse(session).success).toBe(true);
    expect(session.stepLog.map((e) => e.stepId)).toEqual(read.summary.stepLog.map((e) => e.stepId));
    expect(session.stepLog.every((e) => e.at === hourAfter(read.summary))).toBe(true);
    expect(Object.keys(session.facts.stepsTried ?? {})).toEqual(
      Object.keys(read.summary.facts.stepsTried ?? {}),
    );
  });

  it('keeps the answer given, marked as imported', () => {
    expect(session.facts.wifi).toBe('stable');
    expect(session.facts.sources?.wifi?.source).toBe('import');
  });

  it('drops a page reading dated ahead of this clock: no news of now', () => {
    expect(session.facts.appleBackupStatus).toBeUndefined();
  });
});
