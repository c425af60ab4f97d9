import { describe, expect, it } from 'vitest';
import { importSummary, importSummaryFile } from '../../../src/report/import';
import {
  editedSummary,
  importOutcome,
  problemPaths,
  summaryJson,
  utf16be,
  utf16le,
  utf8,
  type Loose,
} from '../../support/summary-files';

/**
 * Summary files in shapes of their own, each with the outcome decided before the code was run:
 * a file still whole is read in any language and encoding it was saved in; anything else is
 * refused with the field that is wrong, or a reason true for the file, and nothing throws.
 */

describe('a summary as an editor saved it again', () => {
  it.each<[string, () => Uint8Array, string]>([
    ['Chinese, UTF-16LE with its mark', () => utf16le(`\ufeff${summaryJson('zh')}`), 'ok'],
    [
      'Italian, UTF-8 with a mark and Windows line ends',
      () => utf8(`\ufeff${summaryJson('it').replace(/\n/g, '\r\n')}`),
      'ok',
    ],
    ['Japanese, UTF-16BE without a mark', () => utf16be(summaryJson('ja')), 'ok'],
    [
      'Spanish, indented with tabs',
      () => utf8(JSON.stringify(JSON.parse(summaryJson('es')), null, '\t')),
      'ok',
    ],
    ['German, on one line', () => utf8(JSON.stringify(JSON.parse(summaryJson('de')))), 'ok'],
    [
      'German, cut inside its last letter',
      () => utf8(`${summaryJson('de')}ü`).slice(0, -1),
      'not-json',
    ],
    [
      'French, with its closing brace lost',
      () => utf8(summaryJson('fr').trimEnd().slice(0, -1)),
      'not-json',
    ],
    ['padded with NUL bytes by a sync tool', () => utf8(`${summaryJson()}\0\0\0\0`), 'not-json'],
  ])('%s: %s', (_label, bytes, expected) => {
    expect(importOutcome(importSummaryFile(bytes()))).toBe(expected);
  });
});

describe('another version, or no summary at all', () => {
  it.each<[string, string, string]>([
    ['a later version', editedSummary((s) => (s.version = 2)), 'newer-version:2'],
    [
      "another app's JSON",
      JSON.stringify({ name: 'backup', version: 1, items: [] }),
      'not-summary',
    ],
    ['the summary inside a list', `[${summaryJson()}]`, 'not-summary'],
    ['the summary wrapped by another tool', `{"summary":${summaryJson()}}`, 'not-summary'],
    ['null', 'null', 'not-summary'],
    [
      'its format name in capitals',
      editedSummary((s) => (s.format = 'BACKUP-RESCUE-SUMMARY')),
      'not-summary',
    ],
  ])('%s: %s', (_label, text, expected) => {
    expect(importOutcome(importSummary(text))).toBe(expected);
  });
});

describe('a field of the wrong kind or value is named', () => {
  it.each<[string, (s: Loose) => void, string]>([
    ['a version as text', (s) => (s.version = '1'), 'version'],
    ['a version 1.5', (s) => (s.version = 1.5), 'version'],
    ['a version 0', (s) => (s.version = 0), 'version'],
    ['an export time in words', (s) => (s.createdAt = 'yesterday'), 'createdAt'],
    ['an export on 30 February', (s) => (s.createdAt = '2026-02-30T10:00:00Z'), 'createdAt'],
    ['an export in the year 10000', (s) => (s.createdAt = '+010000-01-01T00:00:00Z'), 'createdAt'],
    ['a Wi-Fi answer as a number', (s) => (s.facts.wifi = 1), 'facts.wifi'],
    [
      'a used storage of minus one byte',
      (s) => (s.facts.storageUsedBytes = -1),
      'facts.storageUsedBytes',
    ],
    [
      'a last backup in month 13',
      (s) => (s.facts.lastSuccessfulBackup = '2026-13-01'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'a last backup after the export',
      (s) => (s.facts.lastSuccessfulBackup = '2027-01-01'),
      'facts.lastSuccessfulBackup',
    ],
    ['a language this version lacks', (s) => (s.uiLanguage = 'pt'), 'uiLanguage'],
    ['notes of 200,000 letters', (s) => (s.facts.notes = 'n'.repeat(200_000)), 'facts.notes'],
    ['a free-text flag as text', (s) => (s.freeTextLeftOut = 'no'), 'freeTextLeftOut'],
  ])('%s: refused, naming %s', (_label, change, path) => {
    const result = importSummary(editedSummary(change));
    expect(importOutcome(result)).toBe('invalid');
    expect(problemPaths(result)).toContain(path);
  });

  // Round 20: an answer of another version is left out and named, the rest read.
  it('an answer this version does not know: read without it, named', () => {
    const result = importSummary(editedSummary((s) => (s.facts.batteryHealth = 80)));
    expect(result.ok && result.leftOut).toEqual(['facts.batteryHealth']);
    expect(result.ok && result.summary.facts).not.toHaveProperty('batteryHealth');
  });

  it('a language given twice is refused and named', () => {
    const text = summaryJson().replace('"language":', '"language": "ja",\n  "language":');
    expect(problemPaths(importSummary(text))).toContain('language');
  });

  it('a Wi-Fi answer given twice inside the facts is refused and named', () => {
    const text = summaryJson().replace('"wifi":', '"wifi": "none",\n    "wifi":');
    expect(problemPaths(importSummary(text))).toContain('facts.wifi');
  });
});
