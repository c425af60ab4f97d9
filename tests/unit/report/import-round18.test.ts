import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report';
import { importSummary, importSummaryFile } from '../../../src/report/import';
import {
  editedSummary,
  exportedSummary,
  importOutcome,
  problemPaths,
  summaryJson,
  utf16be,
  utf16le,
  utf8,
} from '../../support/summary-files';

/**
 * Files picked on the import screen that are not the summary as exported: damaged, in another
 * encoding, another version's, another tool's. Each outcome was written down before the code ran.
 */

/** As Windows' "ANSI" (code page 1252) saves it: typographic quotes in its own places. */
const CP1252: Record<string, number> = {
  '\u2019': 0x92,
  '\u2018': 0x91,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2013': 0x96,
  '\u2026': 0x85,
};
const ansi = (text: string) =>
  Uint8Array.from(
    Array.from(text),
    (c) => CP1252[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f),
  );
const fileOf = (text: string) => importOutcome(importSummaryFile(utf8(text)));

describe('damaged or odd summary files', () => {
  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(0), 'not-json'],
    ['only spaces and line breaks', utf8('  \n\r\n\t '), 'not-json'],
    ['only a byte-order mark', utf8('\ufeff'), 'not-json'],
    ['a UTF-8 summary with a byte-order mark', utf8(`\ufeff${summaryJson('ja')}`), 'ok'],
    ['a UTF-16LE summary with its mark', utf16le(`\ufeff${summaryJson('zh')}`), 'ok'],
    ['a UTF-16BE summary without a mark', utf16be(summaryJson('de')), 'ok'],
    [
      'a UTF-16LE summary cut inside a character',
      utf16le(summaryJson('fr')).slice(0, 301),
      'not-json',
    ],
    ['a UTF-8 summary cut inside a character', utf8(summaryJson('ja')).slice(0, -2), 'not-json'],
    ['a French summary saved as Windows-1252', ansi(summaryJson('fr')), 'not-json:encoding'],
    ['an Italian summary saved as Windows-1252', ansi(summaryJson('it')), 'not-json:encoding'],
    [
      'a PNG picked by mistake',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'not-json',
    ],
    ['a 10 MB file', new Uint8Array(10 * 1024 * 1024).fill(0x20), 'too-large'],
    [
      'the JSON summary as the last line of a 2 MB log',
      utf8(`${'x'.repeat(2_000_000)}\n${summaryJson()}`),
      'too-large',
    ],
  ])('%s', (_label, bytes, expected) => {
    expect(importOutcome(importSummaryFile(bytes))).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['JSON cut in the middle', summaryJson().slice(0, 400), 'not-json'],
    ['JSON cut before its last brace', summaryJson().trimEnd().slice(0, -1), 'not-json'],
    ['null', 'null', 'not-summary'],
    ['a number', '42', 'not-summary'],
    ['a text in quotes', '"backup-rescue-summary"', 'not-summary'],
    ['a list of one summary', `[${summaryJson()}]`, 'not-summary'],
    ['an empty object', '{}', 'not-summary'],
    [
      'the facts file the command line reads',
      '{"wifi":"stable","power":"charging"}',
      'not-summary',
    ],
    [
      "another tool's report",
      '{"format":"imazing-backup-report","version":3,"device":"iPhone"}',
      'not-summary',
    ],
    ['a trailing comma', summaryJson().replace(/\n}\s*$/, ',\n}'), 'not-json'],
    ['a comment line', `// exported\n${summaryJson()}`, 'not-json'],
    [
      'a format name in capitals',
      editedSummary((s) => (s.format = 'BACKUP-RESCUE-SUMMARY')),
      'not-summary',
    ],
    ['version 2', editedSummary((s) => (s.version = 2)), 'newer-version:2'],
    [
      'version 17 with fields this one lacks',
      editedSummary((s) => {
        s.version = 17;
        s.facts.batteryHealth = 'poor';
      }),
      'newer-version:17',
    ],
    ['version as text "1"', editedSummary((s) => (s.version = '1')), 'invalid'],
    ['version 0', editedSummary((s) => (s.version = 0)), 'invalid'],
    ['version 1.5', editedSummary((s) => (s.version = 1.5)), 'invalid'],
    ['version missing', editedSummary((s) => delete s.version), 'invalid'],
    [
      'a deeply nested value',
      `{"format":"backup-rescue-summary","version":1,"facts":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
      'invalid',
    ],
    [
      'a number beyond double range',
      summaryJson().replace('"storageUsedBytes": 5000000000', '"storageUsedBytes": 1e400'),
      'invalid',
    ],
    [
      'a name given twice',
      summaryJson().replace('"wifi": "stable"', '"wifi": "none", "wifi": "stable"'),
      'invalid',
    ],
  ])('%s', (_label, text, expected) => {
    expect(fileOf(text)).toBe(expected);
  });

  it('names __proto__ among the facts as an unknown field, and keeps the prototype alone', () => {
    const text = summaryJson().replace('"facts": {', '"facts": {"__proto__": {"polluted": true},');
    const result = importSummary(text);
    expect(importOutcome(result)).toBe('invalid');
    expect(problemPaths(result)).toContain('facts.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names constructor at the top as an unknown field', () => {
    const result = importSummary(editedSummary((s) => (s.constructor = 'x')));
    expect(problemPaths(result)).toContain('constructor');
  });

  it.each([
    [
      'created in the year 1900, steps after it',
      (s: Record<string, unknown>) => (s.createdAt = '1900-01-01T00:00:00Z'),
      'invalid',
    ],
    [
      'created in the year 9999',
      (s: Record<string, unknown>) => (s.createdAt = '9999-12-31T23:59:59Z'),
      'ok',
    ],
    [
      'a step log as one object',
      (s: Record<string, unknown>) => (s.stepLog = { 0: (s.stepLog as unknown[])[0] }),
      'invalid',
    ],
    ['readings as a text', (s: Record<string, unknown>) => (s.readings = 'status'), 'invalid'],
    [
      'the same step twice at the same time',
      (s: Record<string, unknown>) => {
        const log = s.stepLog as unknown[];
        log.push(log[0]);
      },
      'ok',
    ],
  ])('%s', (_label, change, expected) => {
    expect(fileOf(editedSummary(change as (s: unknown) => void))).toBe(expected);
  });

  it.each(['en', 'de', 'es', 'fr', 'it', 'ja', 'zh'] as const)(
    'the readable %s summary, Markdown and text, is named as the readable one',
    (language) => {
      for (const format of ['markdown', 'text'] as const) {
        const text = renderSummary(exportedSummary(language), format);
        expect(fileOf(text)).toBe('not-json:summary-text');
        expect(importOutcome(importSummaryFile(utf16le(`\ufeff${text}`)))).toBe(
          'not-json:summary-text',
        );
      }
    },
  );

  it('the JSON summary pasted into a code fence of a chat message', () => {
    expect(fileOf(`\`\`\`json\n${summaryJson()}\n\`\`\``)).toBe('not-json');
  });

  it('answers a 1 MB file of a single long text within a second', () => {
    const started = performance.now();
    expect(fileOf(`"${'a'.repeat(999_000)}"`)).toBe('not-summary');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
