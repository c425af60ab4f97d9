import { describe, expect, it } from 'vitest';
import {
  describeImportError,
  importSummary,
  importSummaryFile,
  type ImportResult,
} from '../../../src/report/import';
import { LOCALES } from '../../../src/knowledge/ids';
import { importErrorText } from '../../../src/ui/export/import-error';
import { textsFor } from '../../../src/ui/locale-context';
import {
  editedSummary,
  importOutcome,
  problemPaths,
  summaryJson,
  utf16le,
  utf8,
  type Loose,
} from '../../support/summary-files';

/**
 * Round 26 probes of re-imported summaries, each outcome written down before the code ran:
 * byte-order marks given more than once, line endings of every kind, bytes that are not UTF-8,
 * files cut short, a wrong type in every field, dates out of range, names given twice or of the
 * object prototype, huge lists and a newer format. Each ends in the summary read, or a message
 * that says what to do; never a crash or a summary read as something it does not say.
 */

const read = (edit: (s: Loose) => void) => importSummary(editedSummary(edit));
const json = summaryJson('fr');
const at = '2026-11-25T09:05:00.000Z';
/** Text saved as Latin-1 ("ANSI"), with '?' for what it cannot hold, as Notepad writes it. */
const ansi = (text: string) =>
  new Uint8Array(Buffer.from(text.replace(/[^\0-\xff]/g, '?'), 'latin1'));

describe('byte-order marks', () => {
  // Decided this round: a mark says nothing about the summary, however many times a tool saved
  // it with one (Windows PowerShell 5's Set-Content -Encoding UTF8 adds one to text that kept
  // its own); refusing it as "not JSON" sent people looking for damage they could not see.
  it.each<[string, string]>([
    ['two marks', `\ufeff\ufeff${json}`],
    ['three marks', `\ufeff\ufeff\ufeff${json}`],
    ['two marks and CRLF line ends', `\ufeff\ufeff${json.replace(/\n/g, '\r\n')}`],
  ])('%s: read', (_label, text) => {
    expect(importOutcome(importSummary(text))).toBe('ok');
  });
  it('two marks as UTF-8 bytes: read', () => {
    expect(importOutcome(importSummaryFile(utf8(`\ufeff\ufeff${json}`)))).toBe('ok');
  });
  it('two marks as UTF-16 bytes: read', () => {
    expect(importOutcome(importSummaryFile(utf16le(`\ufeff\ufeff${json}`)))).toBe('ok');
  });
  it('a mark inside a value is the value itself, not taken away', () => {
    const result = read((s) => (s.facts.notes = '\ufeffnote'));
    expect(result.ok && result.summary.facts.notes).toBe('\ufeffnote');
  });
  it('marks and nothing else: not JSON', () => {
    expect(importOutcome(importSummary('\ufeff\ufeff'))).toBe('not-json');
  });
});

describe('line endings', () => {
  it.each<[string, string]>([
    ['CR alone (old Mac)', json.replace(/\n/g, '\r')],
    ['CRLF and LF mixed', json.replace(/\n/g, (_m, i: number) => (i % 2 ? '\r\n' : '\n'))],
    ['a line separator U+2028 inside the notes', json.replace('"notes": "', '"notes": "\u2028')],
  ])('%s: read', (_label, text) => {
    expect(importOutcome(importSummary(text))).toBe('ok');
  });
  it('a raw line break inside a value (an editor wrapped the notes) is not JSON', () => {
    expect(importOutcome(importSummary(json.replace('"notes": "', '"notes": "\r\n')))).toBe(
      'not-json',
    );
  });
});

describe('bytes that are not UTF-8, and files cut short', () => {
  it('the French summary saved again as Latin-1 ("ANSI"): an encoding to change', () => {
    const text = summaryJson('fr').replace('"notes": "', '"notes": "été ');
    expect(importOutcome(importSummaryFile(ansi(text)))).toBe('not-json:encoding');
  });
  it('a stray byte 0xFF inside the notes: an encoding to change', () => {
    const [head, tail] = json.split('"notes": "');
    const bytes = new Uint8Array([...utf8(`${head}"notes": "`), 0xff, 0x80, ...utf8(tail ?? '')]);
    expect(importOutcome(importSummaryFile(bytes))).toBe('not-json:encoding');
  });
  it('a file cut inside a letter at its end: not JSON, not a crash', () => {
    const bytes = utf8(summaryJson('ja'));
    const inside = bytes.findLastIndex((b) => b >= 0xc0);
    expect(importOutcome(importSummaryFile(bytes.slice(0, inside + 1)))).toBe('not-json');
  });
  it.each([1, 10, 100, 1000])('the last %i bytes lost: not JSON', (n) => {
    // From the last brace: the export ends with a line end, which JSON does without.
    const bytes = utf8(json.trimEnd());
    expect(importOutcome(importSummaryFile(bytes.slice(0, bytes.length - n)))).toBe('not-json');
  });
  it('a NUL byte inside the file: not JSON', () => {
    expect(importOutcome(importSummaryFile(utf8(json.replace('"notes": "', '"notes": "\0'))))).toBe(
      'not-json',
    );
  });
  it('UTF-32: an encoding to change', () => {
    const bytes = new Uint8Array(json.length * 4);
    for (let i = 0; i < json.length; i++) bytes[i * 4] = json.charCodeAt(i) & 0xff;
    expect(importOutcome(importSummaryFile(bytes))).toBe('not-json:encoding');
  });
});

describe('a wrong type in every field: refused at that field', () => {
  it.each<[string, (s: Loose) => void, string]>([
    ['the facts as a list', (s) => (s.facts = []), 'facts'],
    ['the facts as null', (s) => (s.facts = null), 'facts'],
    ['wifi as a number', (s) => (s.facts.wifi = 1), 'facts.wifi'],
    ['power as true', (s) => (s.facts.power = true), 'facts.power'],
    ['the iOS version as a number', (s) => (s.facts.iosVersion = 17.5), 'facts.iosVersion'],
    ['the device model as a list', (s) => (s.facts.deviceModel = ['iPhone']), 'facts.deviceModel'],
    ['unsure as a text', (s) => (s.facts.unsure = 'twoFactor'), 'facts.unsure'],
    ['the steps tried as a list', (s) => (s.facts.stepsTried = ['check_wifi']), 'facts.stepsTried'],
    [
      'a category size as a text',
      (s) => (s.facts.storageByCategory.photos = '3 GB'),
      'facts.storageByCategory.photos',
    ],
    ['the step log as an object', (s) => (s.stepLog = { 0: s.stepLog[0] }), 'stepLog'],
    ['a step time as a number', (s) => (s.stepLog[0].at = 1), 'stepLog.0.at'],
    ['the readings as null', (s) => (s.readings = null), 'readings'],
    ['the diagnosis as a text', (s) => (s.diagnosis = 'storage full'), 'diagnosis'],
    ['the masks as a text', (s) => (s.masked = 'email'), 'masked'],
    ['the extension as a list', (s) => (s.extension = ['0.1.0']), 'extension'],
    ['free text left out as "no"', (s) => (s.freeTextLeftOut = 'no'), 'freeTextLeftOut'],
    ['the language as null', (s) => (s.language = null), 'language'],
  ])('%s', (_label, edit, path) => {
    expect(problemPaths(read(edit))).toContain(path);
  });
});

describe('versions and dates out of range', () => {
  it.each<[string, unknown, string]>([
    ['2', 2, 'newer-version:2'],
    ['2.5', 2.5, 'invalid'],
    ['"2"', '2', 'invalid'],
    ['0', 0, 'invalid'],
    ['null', null, 'invalid'],
  ])('the version %s', (_label, version, outcome) => {
    expect(importOutcome(read((s) => (s.version = version)))).toBe(outcome);
  });
  it.each<[string, (s: Loose) => void, string]>([
    [
      'the export dated past what a date holds',
      (s) => (s.createdAt = '+275760-09-13T00:00:00.001Z'),
      'createdAt',
    ],
    ['the export at hour 25', (s) => (s.createdAt = '2026-11-25T25:00:00Z'), 'createdAt'],
    [
      'the last backup in month 13',
      (s) => (s.facts.lastSuccessfulBackup = '2026-13-01'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'the last backup a day after the export',
      (s) => (s.facts.lastSuccessfulBackup = '2026-11-27'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'a source time with a letter in it',
      (s) => (s.facts.sources.wifi.at = '2026-11-25Tnoon'),
      'facts.sources.wifi.at',
    ],
  ])('%s: named', (_label, edit, path) => {
    expect(problemPaths(read(edit))).toContain(path);
  });
  it('a step dated in year 9999 (a clock run ahead) is a record: read', () => {
    expect(importOutcome(read((s) => (s.stepLog[0].at = '9999-12-31T23:59:59.000Z')))).toBe('ok');
  });
});

describe('names given twice or of the prototype', () => {
  it.each<[string, string, string]>([
    ['the format given twice', json.replace('{', '{"format": "backup-rescue-summary",'), 'format'],
    [
      'a step of the steps tried twice, the same outcome',
      json.replace('"stepsTried": {', '"stepsTried": {"check_wifi": "no_change",'),
      'facts.stepsTried.check_wifi',
    ],
    [
      'an outcome in the log twice',
      json.replace(`"stepId": "check_wifi",`, `"stepId": "check_wifi", "outcome": "fixed",`),
      'stepLog.0.outcome',
    ],
    [
      'constructor among the steps tried',
      json.replace('"stepsTried": {', '"stepsTried": {"constructor": "fixed",'),
      'facts.stepsTried.constructor',
    ],
    [
      '__proto__ among the sources',
      json.replace(
        '"sources": {',
        '"sources": {"__proto__": {"source": "user", "at": "2026-11-25T09:01:00.000Z"},',
      ),
      'facts.sources.__proto__',
    ],
    [
      '__proto__ in a masks entry',
      json.replace('"masked": [\n    {', '"masked": [\n    {"__proto__": 1,'),
      'masked.0.__proto__',
    ],
    ['hasOwnProperty at the top', json.replace('{', '{"hasOwnProperty": 1,'), 'hasOwnProperty'],
  ])('%s: refused, named', (_label, text, path) => {
    expect(problemPaths(importSummary(text))).toContain(path);
  });
});

describe('huge structures', () => {
  it('a step log of 10,000 entries (over a megabyte) is too large, unread', () => {
    const result = read((s) => {
      s.stepLog = Array.from({ length: 10_000 }, () => ({
        stepId: 'check_wifi',
        outcome: 'fixed',
        at,
      }));
    });
    expect(importOutcome(result)).toBe('too-large');
  });
  it('a step log of 1,000 entries is refused at the log, quickly', () => {
    const started = performance.now();
    const result = read((s) => {
      s.stepLog = Array.from({ length: 1_000 }, () => ({
        stepId: 'check_wifi',
        outcome: 'fixed',
        at,
      }));
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(problemPaths(result)).toEqual(['stepLog']);
  });
  it('10,000 categories of storage: refused, not read', () => {
    const result = read((s) => {
      for (let i = 0; i < 10_000; i++) s.facts.storageByCategory[`cat${i}`] = 1;
    });
    expect(importOutcome(result)).toBe('invalid');
  });
  it('a source nested 20,000 deep: refused at the facts, not a crash', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = json.replace('"wifi": {', `"wifi": ${deep}, "x": {`);
    expect(problemPaths(importSummary(text)).some((p) => p.startsWith('facts.sources'))).toBe(true);
  });
});

describe('every refusal said in every language, with nothing left unfilled', () => {
  const refused: [string, ImportResult][] = [
    ['cut', importSummary(json.slice(0, 50))],
    ['latin-1', importSummaryFile(ansi(json.replace('"notes": "', '"notes": "é')))],
    ['newer', read((s) => (s.version = 7))],
    ['wrong types', read((s) => ((s.facts.wifi = 1), (s.stepLog = {})))],
    ['too large', importSummaryFile(new Uint8Array(4_000_000))],
  ];
  it.each(refused)('%s', (_label, result) => {
    if (result.ok) throw new Error('imported');
    expect(describeImportError(result.error)).not.toMatch(/undefined|\{|\}/);
    for (const locale of LOCALES) {
      const { t } = textsFor(locale, ['export', 'ui']);
      const text = importErrorText(result.error, t);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\{\w+\}|\{\{/);
    }
  });
});
