import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report';
import { importSummaryFile, MAX_SUMMARY_BYTES } from '../../../src/report/import';
import type { LOCALES } from '../../../src/knowledge/ids';
import {
  editedSummary as edit,
  exportedSummary as exported,
  importOutcome as outcome,
  problemPaths as paths,
  summaryJson as json,
  utf16le,
  utf8,
} from '../../support/summary-files';

/**
 * Files picked on the import screen after they went through a mail program, a chat app, a notes
 * app or an editor, each with the outcome decided before the code was run: the readable summary
 * (Markdown or text) is named as such however it was passed on, so the user knows to pick the
 * JSON file; anything else is refused for a reason true of that file, and nothing throws.
 */

type Locale = (typeof LOCALES)[number];
const markdown = (language: Locale) => renderSummary(exported(language), 'markdown');
const text = (language: Locale) => renderSummary(exported(language), 'text');
const file = (content: string) => outcome(importSummaryFile(utf8(content)));
/** The readable summary as a rendered view shows it, without Markdown's marks. */
const unmarked = (markdownText: string) => markdownText.replace(/^#+ /gm, '').replaceAll('**', '');

describe('the readable summary, passed on', () => {
  it.each<[string, () => string]>([
    ['Markdown as exported (it)', () => markdown('it')],
    ['plain text as exported (ja)', () => text('ja')],
    [
      'Markdown with a greeting above it (en)',
      () => `Hi,\n\nhere is my summary:\n\n${markdown('en')}`,
    ],
    ['plain text with a greeting above it (de)', () => `Hallo,\n\n${text('de')}`],
    ['Markdown quoted in a reply (fr)', () => markdown('fr').replace(/^/gm, '> ')],
    ['plain text quoted in a reply (es)', () => text('es').replace(/^/gm, '> ')],
    ['Markdown copied from a rendered view (zh)', () => unmarked(markdown('zh'))],
    ['Markdown copied from a rendered view (en)', () => unmarked(markdown('en'))],
    [
      'Markdown with its heading in bold instead (de)',
      () => markdown('de').replace(/^# (.*)$/m, '**$1**'),
    ],
    [
      'Markdown after a forwarded-mail header (en)',
      () =>
        `---------- Forwarded message ---------\nFrom: Anna\nSubject: backup\n\n${markdown('en')}`,
    ],
    [
      'plain text with Windows line ends and a mark (fr)',
      () => `\ufeff${text('fr').replaceAll('\n', '\r\n')}`,
    ],
    ['Markdown as a second-level heading (ja)', () => markdown('ja').replace(/^# /m, '## ')],
  ])('%s: named as the readable summary', (_label, content) => {
    expect(file(content())).toBe('not-json:summary-text');
  });

  it('Markdown saved again as UTF-16 (it): named as the readable summary', () => {
    expect(outcome(importSummaryFile(utf16le(`\ufeff${markdown('it')}`)))).toBe(
      'not-json:summary-text',
    );
  });

  it.each<[string, string]>([
    ['a note that names the extension', 'Backup Rescue is an extension I tried.\nIt said: wait.'],
    ['a to-do list', '- [ ] back up phone\n- [ ] Backup Rescue: check later'],
    ['a README heading of another project', '# Backup Rescue tool\n\nA script that copies files.'],
    ['an empty Markdown heading', '#\n'],
    ['a note whose first line looks like the title', 'Backup Rescue: check later\nmilk, eggs'],
  ])('%s: not JSON, nothing more said', (_label, content) => {
    expect(file(content)).toBe('not-json');
  });
});

describe('sizes', () => {
  it('a 10 MB file is refused by its size at once', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    const started = performance.now();
    expect(outcome(importSummaryFile(big))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('a summary padded past a million characters within the byte limit: too large', () => {
    const padded = json('de').replace('{', `{${' '.repeat(1_000_001)}`);
    expect(padded.length).toBeLessThan(MAX_SUMMARY_BYTES);
    expect(file(padded)).toBe('too-large');
  });

  it('notes far past their limit in a file of normal size: refused, the notes named', () => {
    const result = importSummaryFile(
      utf8(edit((s) => (s.facts.notes = 'メモ'.repeat(40_000)), 'ja')),
    );
    expect(outcome(result)).toBe('invalid');
    expect(paths(result)).toEqual(['facts.notes']);
  });

  it('8,000 entries in the step log: refused, at most 21 reasons listed', () => {
    const result = importSummaryFile(
      utf8(
        edit(
          (s) =>
            (s.stepLog = Array.from({ length: 8_000 }, () => ({
              ...s.stepLog[0],
              outcome: 'worked',
            }))),
        ),
      ),
    );
    expect(outcome(result)).toBe('invalid');
    expect(paths(result).length).toBeLessThanOrEqual(21);
  });
});

describe('odd JSON', () => {
  it.each<[string, () => string, string]>([
    [
      'its fields in reverse order, indented by four (es)',
      () =>
        JSON.stringify(
          Object.fromEntries(Object.entries(JSON.parse(json('es'))).reverse()),
          null,
          4,
        ),
      'ok',
    ],
    [
      'every letter beyond ASCII escaped (ja)',
      () =>
        json('ja').replace(
          /[^\0-\x7f]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      'ok',
    ],
    ['classic Mac line ends (it)', () => json('it').replaceAll('\n', '\r'), 'ok'],
    ['the summary as a JSON string (double-encoded)', () => JSON.stringify(json()), 'not-summary'],
    ['a trailing comma after the last field', () => json().replace(/\n}\s*$/, ',\n}'), 'not-json'],
    [
      'a used size of 1e400 (Infinity once read)',
      () => json().replace(/"storageUsedBytes": \d+/, '"storageUsedBytes": 1e400'),
      'invalid',
    ],
    [
      'a "__proto__" answer among the facts',
      () => json().replace('"facts": {', '"facts": {"__proto__": {"wifi": "none"},'),
      'invalid',
    ],
    [
      'a "constructor" step among the steps tried',
      () => edit((s) => (s.facts.stepsTried = { ...s.facts.stepsTried, constructor: 'fixed' })),
      'invalid',
    ],
    ['a step log that is one word', () => edit((s) => (s.stepLog = 'check_wifi')), 'invalid'],
    [
      'an export time in year 275760',
      () => edit((s) => (s.createdAt = '+275760-09-13T00:00:00.000Z')),
      'invalid',
    ],
    [
      'made in 1971, steps in 1971',
      () =>
        edit(
          (s) => (
            (s.createdAt = '1971-01-01T00:00:00.000Z'),
            (s.stepLog = s.stepLog.map((e: { at: string }) => ({
              ...e,
              at: '1970-12-31T00:00:00.000Z',
            }))),
            (s.readings = []),
            (s.facts.sources = {}),
            delete s.facts.lastSuccessfulBackup
          ),
        ),
      'ok',
    ],
  ])('%s', (_label, content, expected) => {
    expect(file(content())).toBe(expected);
    expect(({} as Record<string, unknown>).wifi).toBeUndefined();
  });
});
