import { describe, expect, it } from 'vitest';
import { resumeFromSummary } from '../../../src/flow/summary-session';
import { LOCALES } from '../../../src/knowledge/ids';
import { buildSummary, importSummary, renderSummary } from '../../../src/report';
import { importSummaryFile, type ImportResult } from '../../../src/report/import';
import { restoreSession } from '../../../src/storage/session';
import { sampleInput } from '../report/fixtures';

/**
 * Summaries the import accepts although they are odd (made on a clock far ahead, a step logged
 * twice, no steps at all, free text left out), decided first: the session they resume is one
 * storage reads back whole, so an import never turns into "progress dropped" on the next open.
 */

const NOW = new Date('2026-11-26T10:00:00Z');
const text = (language: (typeof LOCALES)[number], leaveOutFreeText = false) =>
  renderSummary(buildSummary(sampleInput(), { language, leaveOutFreeText }), 'json');
const edit = (json: string, change: (s: Record<string, unknown>) => void) => {
  const value = JSON.parse(json) as Record<string, unknown>;
  change(value);
  return JSON.stringify(value);
};
const stepLog = (s: Record<string, unknown>) => s.stepLog as Record<string, unknown>[];

const utf16 = (json: string) => new Uint8Array(Buffer.from(`\ufeff${json}`, 'utf16le'));

const cases: [string, () => ImportResult][] = [
  ...LOCALES.map((l): [string, () => ImportResult] => [
    `made in ${l}`,
    () => importSummary(text(l)),
  ]),
  ['free text left out', () => importSummary(text('en', true))],
  [
    'made on a clock years ahead',
    () => importSummary(edit(text('en'), (s) => (s.createdAt = '2099-01-01T00:00:00Z'))),
  ],
  ['with no step taken', () => importSummary(edit(text('de'), (s) => (s.stepLog = [])))],
  [
    'with a step logged twice',
    () => importSummary(edit(text('fr'), (s) => stepLog(s).push({ ...stepLog(s)[0] }))),
  ],
  ['saved again as UTF-16', () => importSummaryFile(utf16(text('ja')))],
];

describe('a session resumed from an odd but valid summary', () => {
  it.each(cases)('%s is stored and read back whole', (_l, read) => {
    const imported = read();
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const session = resumeFromSummary(imported.summary, NOW);
    const restored = restoreSession(JSON.parse(JSON.stringify(session)), NOW);
    expect(restored.dropped).toEqual([]);
    expect(restored.session).toEqual(session);
    expect(session.screen).toBe('results');
  });
});
