import { describe, expect, it } from 'vitest';
import { importSummary, importSummaryFile, MAX_SUMMARY_BYTES } from '../../../src/report/import';
import {
  editedSummary as edit,
  importCode as code,
  problemPaths as paths,
  summaryJson as json,
  utf16be,
  utf16le,
  utf8,
  type Loose,
} from '../../support/summary-files';

/**
 * Damaged summaries written by hand, each with its outcome decided before the code was run: a
 * file is read whole or refused with a reason that is true for it, the reason names the field
 * that is wrong, and nothing throws.
 */

describe('hardening probes: how a summary file arrives', () => {
  it.each<[string, () => Uint8Array, string]>([
    ['UTF-8, in Japanese', () => utf8(json('ja')), 'ok'],
    ['UTF-16LE with its mark, in French', () => utf16le(`\ufeff${json('fr')}`), 'ok'],
    ['UTF-16BE without a mark, in German', () => utf16be(json('de')), 'ok'],
    [
      'UTF-8 with a mark and Windows line ends, in Spanish',
      () => utf8(`\ufeff${json('es').replace(/\n/g, '\r\n')}`),
      'ok',
    ],
    ['cut in half', () => utf8(json().slice(0, json().length / 2)), 'not-json'],
    ['empty', () => new Uint8Array(0), 'not-json'],
    ['a byte-order mark alone', () => utf8('\ufeff'), 'not-json'],
    ['only spaces and line breaks', () => utf8(' \n\t\r\n '), 'not-json'],
    ['two summaries one after the other', () => utf8(json() + json()), 'not-json'],
    ['a summary followed by a comment', () => utf8(`${json()}\n// kept for Apple`), 'not-json'],
    [
      'a PNG picked by mistake',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
      'not-json',
    ],
    ['one byte past the size limit', () => new Uint8Array(MAX_SUMMARY_BYTES + 1), 'too-large'],
  ])('%s: %s', (_label, bytes, expected) => {
    expect(code(importSummaryFile(bytes()))).toBe(expected);
  });
});

describe('hardening probes: not a summary, or not this version', () => {
  it.each<[string, string, string]>([
    ['a package.json', '{"name":"x","version":"1.0.0","dependencies":{}}', 'not-summary'],
    ['a list', '[1,2,3]', 'not-summary'],
    ['null', 'null', 'not-summary'],
    ['a number', '42', 'not-summary'],
    ['a string', '"backup-rescue-summary"', 'not-summary'],
    ['browser bookmarks', '{"roots":{"bookmark_bar":{"children":[]}},"version":1}', 'not-summary'],
    ['the format in capitals', edit((s) => (s.format = 'Backup-Rescue-Summary')), 'not-summary'],
    ['version 2', edit((s) => (s.version = 2)), 'newer-version'],
    [
      'version 40 with fields this one lacks',
      edit((s) => ((s.version = 40), (s.extra = { a: 1 }))),
      'newer-version',
    ],
    ['version 0', edit((s) => (s.version = 0)), 'invalid'],
    ['version "1" as text', edit((s) => (s.version = '1')), 'invalid'],
    ['version 1.5', edit((s) => (s.version = 1.5)), 'invalid'],
    ['no version', edit((s) => delete s.version), 'invalid'],
  ])('%s: %s', (_label, text, expected) => {
    expect(code(importSummary(text))).toBe(expected);
  });
});

describe('hardening probes: one field wrong, the field named', () => {
  it.each<[string, (s: Loose) => void, string]>([
    ['Wi-Fi as a number', (s) => (s.facts.wifi = 1), 'facts.wifi'],
    [
      'storage used as "5 GB"',
      (s) => (s.facts.storageUsedBytes = '5 GB'),
      'facts.storageUsedBytes',
    ],
    ['storage used negative', (s) => (s.facts.storageUsedBytes = -1), 'facts.storageUsedBytes'],
    ['storage used 1e300', (s) => (s.facts.storageUsedBytes = 1e300), 'facts.storageUsedBytes'],
    [
      'steps tried as a list of names',
      (s) => (s.facts.stepsTried = ['check_wifi']),
      'facts.stepsTried',
    ],
    ['"not sure" as a word', (s) => (s.facts.unsure = 'twoFactor'), 'facts.unsure'],
    ['facts as null', (s) => (s.facts = null), 'facts'],
    ['no diagnosis', (s) => delete s.diagnosis, 'diagnosis'],
    ['an unknown language', (s) => (s.language = 'xx'), 'language'],
    ['a mask counted 0 times', (s) => s.masked.push({ kind: 'email', count: 0 }), 'masked.'],
    ['left-out free text as "no"', (s) => (s.freeTextLeftOut = 'no'), 'freeTextLeftOut'],
    ['the extension as a word', (s) => (s.extension = '0.1.0'), 'extension'],
    [
      'a step log entry with a time in words',
      (s) => (s.stepLog[0].at = 'yesterday'),
      'stepLog.0.at',
    ],
    ['501 step log entries', (s) => (s.stepLog = Array(501).fill(s.stepLog[0])), 'stepLog'],
    ['two status readings', (s) => s.readings.push(s.readings[0]), 'readings'],
    [
      'the export time as a day of the month first',
      (s) => (s.createdAt = '25/11/2026'),
      'createdAt',
    ],
    [
      'the export time without an offset',
      (s) => (s.createdAt = '2026-11-25T10:00:00'),
      'createdAt',
    ],
    ['the export time as a number', (s) => (s.createdAt = 1764064800000), 'createdAt'],
    ['the export on 30 February', (s) => (s.createdAt = '2026-02-30T10:00:00.000Z'), 'createdAt'],
    [
      'a step taken on 31 April',
      (s) => (s.stepLog[0].at = '2026-04-31T10:00:00.000Z'),
      'stepLog.0.at',
    ],
    [
      'a source dated 31 September',
      (s) => (s.facts.sources.wifi.at = '2026-09-31T09:01:00.000Z'),
      'facts.sources.wifi.at',
    ],
    [
      'a reading dated 29 February of a common year',
      (s) => (s.readings[0].at = '2025-02-29T08:58:00.000Z'),
      'readings.0.at',
    ],
    [
      'a last backup on 29 February of a common year',
      (s) => (s.facts.lastSuccessfulBackup = '2026-02-29'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'a last backup in month 13',
      (s) => (s.facts.lastSuccessfulBackup = '2026-13-01'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'a last backup after the export',
      (s) => (s.facts.lastSuccessfulBackup = '2026-12-01'),
      'facts.lastSuccessfulBackup',
    ],
    [
      'a message of 100,000 letters',
      (s) => (s.facts.alertText = 'x'.repeat(100_000)),
      'facts.alertText',
    ],
    [
      'a "__proto__" inside the facts',
      (s) =>
        Object.defineProperty(s.facts, '__proto__', { value: { wifi: 'none' }, enumerable: true }),
      'facts.__proto__',
    ],
  ])('%s: refused, naming %s', (_label, change, path) => {
    const result = importSummary(edit(change));
    expect(code(result)).toBe('invalid');
    expect(paths(result).some((p) => p === path || p.startsWith(path))).toBe(true);
  });

  const deep = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n);
  it.each<[string, string, string]>([
    [
      'Wi-Fi nested 100,000 lists deep',
      json().replace('"stable"', deep('[', ']', 1e5)),
      'facts.wifi',
    ],
    [
      'notes nested 100,000 objects deep',
      json().replace(/"notes": "[^"]*"/, `"notes": ${'{"a":'.repeat(1e5)}1${'}'.repeat(1e5)}`),
      'facts.notes',
    ],
    [
      'Wi-Fi given twice',
      json().replace('"wifi": "stable"', '"wifi": "none", "wifi": "stable"'),
      'facts.wifi',
    ],
    [
      'the export time given twice',
      json().replace('"createdAt"', '"createdAt": "2020-01-01T00:00:00Z", "createdAt"'),
      'createdAt',
    ],
  ])('%s: refused, naming %s', (_label, text, path) => {
    expect(paths(importSummary(text))).toContain(path);
  });

  it('reads a summary made in a year far ahead, as its times are weighed against its own', () => {
    const later = edit((s) => {
      s.createdAt = '2099-01-01T00:00:00.000Z';
    });
    expect(code(importSummary(later))).toBe('ok');
  });

  it('refuses a file nested 500,000 lists deep as no summary, without throwing', () => {
    expect(code(importSummary(`${'['.repeat(5e5)}${']'.repeat(5e5)}`))).toBe('not-summary');
  });
});
