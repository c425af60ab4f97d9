import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report';
import { importSummaryFile, MAX_SUMMARY_BYTES } from '../../../src/report/import';
import {
  editedSummary as edit,
  exportedSummary,
  importOutcome as outcome,
  problemPaths as paths,
  summaryJson as json,
  utf16be,
  utf16le,
  utf8,
} from '../../support/summary-files';

/**
 * Summary files as they reach the import screen after an editor, a mail program, another app or
 * a hand edit had them, each with the outcome decided before the code was run: a summary still
 * whole is read, anything else is refused for a reason true of that file, and nothing throws or
 * reaches another object.
 */

const file = (text: string) => importSummaryFile(utf8(text));
const cutAt = (data: Uint8Array, share: number) => data.slice(0, Math.floor(data.length * share));
/** Nested `depth` lists deep, as JSON text, built without recursion. */
const deepList = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('encodings and cut files', () => {
  it.each<[string, () => Uint8Array, string]>([
    ['UTF-16LE with its mark (ja)', () => utf16le(`\ufeff${json('ja')}`), 'ok'],
    ['UTF-16BE without a mark (zh)', () => utf16be(json('zh')), 'ok'],
    [
      'UTF-8 with a mark and Windows line ends (fr)',
      () => utf8(`\ufeff${json('fr').replaceAll('\n', '\r\n')}`),
      'ok',
    ],
    ['cut at 60 % (de)', () => cutAt(utf8(json('de')), 0.6), 'not-json'],
    [
      'cut inside a Japanese letter',
      () => {
        const data = utf8(json('ja'));
        const lead = data.findIndex((byte) => byte >= 0xe0);
        return data.slice(0, lead + 1);
      },
      'not-json',
    ],
    [
      'UTF-16 cut inside a letter (odd length, es)',
      () => utf16le(json('es')).slice(0, 1001),
      'not-json',
    ],
    ['empty', () => new Uint8Array(), 'not-json'],
    ['a byte-order mark alone', () => utf8('\ufeff'), 'not-json'],
    ['only line breaks and spaces', () => utf8('\n \r\n\t'), 'not-json'],
    // Both are dropped (the decoder's and the import's own): the summary itself is whole.
    ['two byte-order marks', () => utf8(`\ufeff\ufeff${json()}`), 'ok'],
    ['text after the JSON', () => utf8(`${json('it')}\n-- \nSent from my phone`), 'not-json'],
    [
      'NaN among the figures',
      () => utf8(json().replace(/"storageUsedBytes": \d+/, '"storageUsedBytes": NaN')),
      'not-json',
    ],
    [
      'UTF-32LE with its mark',
      () => new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]),
      'not-json:encoding',
    ],
    [
      'Latin-1 with accented letters (fr)',
      () => new Uint8Array([...'{"notes":"sauvegarde échouée"}'].map((c) => c.charCodeAt(0))),
      'not-json:encoding',
    ],
    [
      'a PNG',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'not-json',
    ],
    [
      'the Markdown summary (ja)',
      () => utf8(renderSummary(exportedSummary('ja'), 'markdown')),
      'not-json:summary-text',
    ],
    [
      'the text summary (zh)',
      () => utf8(renderSummary(exportedSummary('zh'), 'text')),
      'not-json:summary-text',
    ],
    ['one byte over the size limit', () => new Uint8Array(MAX_SUMMARY_BYTES + 1), 'too-large'],
    [
      'notes of two million letters',
      () => utf8(edit((s) => (s.facts.notes = 'n'.repeat(2e6)))),
      'too-large',
    ],
  ])('%s', (_label, bytes, expected) => {
    expect(outcome(importSummaryFile(bytes()))).toBe(expected);
  });
});

describe('versions and other files', () => {
  it.each<[string, string, string]>([
    ['version 2', edit((s) => (s.version = 2)), 'newer-version:2'],
    ['version 0', edit((s) => (s.version = 0)), 'invalid'],
    ['version as text', edit((s) => (s.version = '1')), 'invalid'],
    ['version 1.5', edit((s) => (s.version = 1.5)), 'invalid'],
    [
      'the format in other capitals',
      edit((s) => (s.format = 'Backup-Rescue-Summary')),
      'not-summary',
    ],
    [
      "a browser's bookmarks",
      '{"checksum":"ab12","roots":{"bookmark_bar":{"children":[]}},"version":1}',
      'not-summary',
    ],
    ['the summary inside a list', `[${json()}]`, 'not-summary'],
    ['null', 'null', 'not-summary'],
    ['the format name alone', '"backup-rescue-summary"', 'not-summary'],
    ['the summary under a prototype name', `{"__proto__":${json()}}`, 'not-summary'],
  ])('%s: %s', (_label, text, expected) => {
    expect(outcome(file(text))).toBe(expected);
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });
});

describe('wrong fields, named', () => {
  it.each<[string, string, string[]]>([
    ['a creation time in seconds', edit((s) => (s.createdAt = 1764064800)), ['createdAt']],
    [
      'a creation time on February 30th',
      edit((s) => (s.createdAt = '2026-02-30T10:00:00.000Z')),
      ['createdAt'],
    ],
    ['Wi-Fi as true', edit((s) => (s.facts.wifi = true)), ['facts.wifi']],
    ['a step log that is a record', edit((s) => (s.stepLog = {})), ['stepLog']],
    ['readings that are null', edit((s) => (s.readings = null)), ['readings']],
    ['"left out" as text', edit((s) => (s.freeTextLeftOut = 'false')), ['freeTextLeftOut']],
    [
      'storage used as text',
      edit((s) => (s.facts.storageUsedBytes = '5000000000')),
      ['facts.storageUsedBytes'],
    ],
    ['a language this version lacks', edit((s) => (s.language = 'pt')), ['language']],
    [
      'a count of masks of 0',
      edit((s) => (s.masked = [{ kind: 'email', count: 0 }])),
      ['masked.0.count'],
    ],
    [
      'two readings of one site',
      edit((s) => (s.readings = [s.readings[0], s.readings[0]])),
      ['readings'],
    ],
    [
      'a reading at a javascript: address',
      edit((s) => (s.readings[0].url = 'javascript:alert(1)')),
      ['readings.0.url'],
    ],
    ['501 steps in the log', edit((s) => (s.stepLog = Array(501).fill(s.stepLog[0]))), ['stepLog']],
    [
      'a name given twice, once escaped',
      json().replace('"facts": {', '"facts": {\n    "wif\\u0069": "none",'),
      ['facts.wifi'],
    ],
    [
      'the language given twice',
      json('de').replace('"language": "de"', '"language": "de",\n  "language": "en"'),
      ['language'],
    ],
    [
      'answers under a prototype name',
      json().replace('"facts": {', '"facts": {"__proto__": {"wifi": "none"},'),
      ['facts.__proto__'],
    ],
    [
      'a step named constructor',
      edit((s) => (s.facts.stepsTried = JSON.parse('{"constructor":"fixed"}'))),
      ['facts.stepsTried.constructor'],
    ],
  ])('%s: refused, naming it', (_label, text, named) => {
    const result = file(text);
    expect(outcome(result)).toBe('invalid');
    for (const path of named) expect(paths(result)).toContain(path);
    expect(({} as Record<string, unknown>).wifi).toBeUndefined();
  });

  it('an unknown answer named with 50,000 letters: refused, its name shown short', () => {
    const result = file(edit((s) => (s.facts['q'.repeat(50_000)] = 1)));
    expect(outcome(result)).toBe('invalid');
    expect(Math.max(...paths(result).map((p) => p.length))).toBeLessThanOrEqual(100);
  });

  it('notes nested 100,000 lists deep: refused, nothing thrown', () => {
    const text = json().replace(/"notes": "[^"]*"/, `"notes": ${deepList(100_000)}`);
    expect(['invalid', 'not-json']).toContain(outcome(file(text)));
  });
});

describe('dates weighed against the export', () => {
  it.each<[string, string, string]>([
    ['made in the year 2999', edit((s) => (s.createdAt = '2999-01-01T00:00:00.000Z')), 'ok'],
    [
      'a last backup on the day of the export',
      edit((s) => (s.facts.lastSuccessfulBackup = s.createdAt.slice(0, 10))),
      'ok',
    ],
    [
      'a last backup the day after the export',
      edit((s) => {
        const next = new Date(Date.parse(s.createdAt) + 2 * 864e5);
        s.facts.lastSuccessfulBackup = next.toISOString().slice(0, 10);
      }),
      'invalid',
    ],
  ])('%s: %s', (_label, text, expected) => {
    expect(outcome(file(text))).toBe(expected);
  });
});
