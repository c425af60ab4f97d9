import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report';
import { importSummary, importSummaryFile } from '../../../src/report/import';
import { LOCALES } from '../../../src/knowledge/ids';
import {
  editedSummary,
  exportedSummary,
  importOutcome,
  problemPaths,
  summaryJson,
  utf16le,
  utf8,
} from '../../support/summary-files';

/**
 * Round 19 probes of summary files picked on the import screen; each outcome was written down
 * before the code ran. `ok`, or the error the popup words in the user's language.
 */

const text = (value: string) => importOutcome(importSummary(value));
const file = (bytes: Uint8Array) => importOutcome(importSummaryFile(bytes));
const crlf = (value: string) => value.replace(/\n/g, '\r\n');
const minutesAfterExport = (summary: { createdAt: string }, n: number) =>
  new Date(Date.parse(summary.createdAt) + n * 60_000).toISOString();

describe('the readable summaries picked instead of the JSON one, in every language', () => {
  it.each(LOCALES.flatMap((l) => [[l, 'markdown'] as const, [l, 'text'] as const]))(
    '%s %s, with CRLF line ends and as UTF-16: found to be the readable summary',
    (language, format) => {
      const rendered = renderSummary(exportedSummary(language), format);
      expect(text(crlf(rendered))).toBe('not-json:summary-text');
      expect(file(utf16le(`\ufeff${rendered}`))).toBe('not-json:summary-text');
    },
  );
});

describe('the JSON summary as a mail or an editor passes it on', () => {
  it.each<[string, string, string]>([
    ['with CRLF line ends', crlf(summaryJson('de')), 'ok'],
    ['with a mark and CRLF', `\ufeff${crlf(summaryJson('ja'))}`, 'ok'],
    ['indented with tabs', JSON.stringify(JSON.parse(summaryJson('zh')), null, '\t'), 'ok'],
    ['on one line', JSON.stringify(JSON.parse(summaryJson('it'))), 'ok'],
    ['cut in half', summaryJson('es').slice(0, 900), 'not-json'],
    ['cut before its last brace', summaryJson('fr').trimEnd().slice(0, -1), 'not-json'],
    ['with a mail signature after it', `${summaryJson()}\n--\nSent from my iPhone`, 'not-json'],
    ['as a JSON text of itself', JSON.stringify(summaryJson()), 'not-summary'],
    ['inside a list', `[${summaryJson()}]`, 'not-summary'],
    ['with NaN as a score', summaryJson().replace(/"score": [\d.]+/, '"score": NaN'), 'not-json'],
    [
      'with a score of 1e400',
      summaryJson().replace(/"score": [\d.]+/, '"score": 1e400'),
      'invalid',
    ],
  ])('%s: %s', (_label, value, outcome) => {
    expect(text(value)).toBe(outcome);
  });
});

describe("other products' JSON and other versions", () => {
  it.each<[string, unknown, string]>([
    ['a package.json', { name: 'backup-rescue', version: '1.0.0' }, 'not-summary'],
    [
      'an iMazing-like report',
      { format: 'backup-report', version: 1, device: 'iPhone' },
      'not-summary',
    ],
    ['the format in capitals', { format: 'BACKUP-RESCUE-SUMMARY', version: 1 }, 'not-summary'],
    [
      'a newer version with new fields only',
      { format: 'backup-rescue-summary', version: 2, pages: [] },
      'newer-version:2',
    ],
    ['version 99', { format: 'backup-rescue-summary', version: 99 }, 'newer-version:99'],
    ['version 0', { format: 'backup-rescue-summary', version: 0 }, 'invalid'],
    ['version as text', { format: 'backup-rescue-summary', version: '2' }, 'invalid'],
    ['version 1.5', { format: 'backup-rescue-summary', version: 1.5 }, 'invalid'],
    ['null', null, 'not-summary'],
    ['a number', 12, 'not-summary'],
  ])('%s: %s', (_label, value, outcome) => {
    expect(text(JSON.stringify(value))).toBe(outcome);
  });

  // Round 20: another version's names are left out and named, the rest read (other-version.ts).
  it('an export whose step names a step this version lacks is read without that step', () => {
    const edited = editedSummary((s) => (s.stepLog[0].stepId = 'reset_keychain_v9'));
    const read = importSummary(edited);
    expect(read.ok && read.leftOut).toEqual(['stepLog.0']);
    expect(read.ok && read.summary.stepLog.map((e) => e.stepId)).toEqual(['restart_device']);
  });

  it('an export naming a cause this version lacks is read, the plan computed again', () => {
    const edited = editedSummary((s) => (s.diagnosis.causes[0].id = 'carrier_outage_v9'));
    const read = importSummary(edited);
    expect(read.ok).toBe(true);
    expect(read.ok && read.leftOut).toBeUndefined();
  });
});

describe('times of an export made while the clock ran ahead, then was set right', () => {
  it.each<[string, (s: ReturnType<typeof JSON.parse>) => void]>([
    ['a step an hour after the export', (s) => (s.stepLog[0].at = minutesAfterExport(s, 60))],
    [
      'every step a day after',
      (s) => s.stepLog.forEach((e: { at: string }) => (e.at = minutesAfterExport(s, 1440))),
    ],
    ['an answer given an hour after', (s) => (s.facts.sources.wifi.at = minutesAfterExport(s, 60))],
    ['a page read an hour after', (s) => (s.readings[0].at = minutesAfterExport(s, 60))],
  ])('%s: accepted as made', (_label, change) => {
    expect(text(editedSummary(change))).toBe('ok');
  });

  it('a last backup days after the export is still refused: the plan would take it for recent', () => {
    const edited = editedSummary((s) => (s.facts.lastSuccessfulBackup = '2026-12-25'));
    expect(problemPaths(importSummary(edited))).toEqual(['facts.lastSuccessfulBackup']);
  });
});

describe('sizes and depths', () => {
  it.each<[string, () => Uint8Array, string]>([
    ['10 MB of JSON', () => utf8(`{"a":"${'x'.repeat(10 * 2 ** 20)}"}`), 'too-large'],
    [
      'the summary padded to just under the limit',
      () => utf8(summaryJson() + ' '.repeat(990_000)),
      'ok',
    ],
    ['500,000 nested lists', () => utf8('['.repeat(499_999) + ']'.repeat(499_999)), 'not-summary'],
    [
      '150,000 nested objects',
      () => utf8('{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000)),
      'not-summary',
    ],
    [
      'a record of 60,000 names',
      () =>
        utf8(
          JSON.stringify(
            Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i])),
          ),
        ),
      'not-summary',
    ],
    [
      'a summary with 1,000 steps',
      () =>
        utf8(editedSummary((s) => (s.stepLog = Array.from({ length: 1000 }, () => s.stepLog[0])))),
      'invalid',
    ],
    [
      'a summary with 20,000 steps (over a million characters)',
      () =>
        utf8(
          editedSummary((s) => (s.stepLog = Array.from({ length: 20_000 }, () => s.stepLog[0]))),
        ),
      'too-large',
    ],
  ])('%s: %s, without throwing', (_label, bytes, outcome) => {
    expect(file(bytes())).toBe(outcome);
  });
});
