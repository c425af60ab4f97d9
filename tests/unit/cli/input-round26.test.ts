import { describe, expect, it } from 'vitest';
import { editedSummary, type Loose } from '../../support/summary-files';
import { runDiagnose } from './run-diagnose';
import { tempFiles } from './temp-files';

/**
 * Round 26 probes of the files the diagnose command is given, each outcome decided before it
 * ran (those with two byte-order marks after the import's fix, which this command shares): exit
 * 0 for what it can read, else exit 2 with one line that says what is wrong, never a stack trace.
 */

const { file } = tempFiles('cli-round26-', '.json');
const summary = (edit: (s: Loose) => void = () => undefined) => editedSummary(edit, 'de');
const diagnose = runDiagnose;

/** "Hello" in Shift-JIS, which is not UTF-8. */
const SHIFT_JIS = [0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd];

describe('diagnose, round 26', () => {
  it.each<[string, () => string | Uint8Array, number, RegExp]>([
    ['facts with two byte-order marks', () => '\ufeff\ufeff{"wifi":"hotspot"}', 0, /^$/],
    ['a summary with two byte-order marks', () => `\ufeff\ufeff${summary()}`, 0, /^$/],
    ['facts with CR line ends only', () => '{\r"wifi": "stable",\r"power": "battery"\r}', 0, /^$/],
    ['facts with mixed line ends', () => '{\r\n"wifi": "stable",\n"power": "battery"\r}', 0, /^$/],
    ['an empty file', () => '', 2, /invalid JSON/],
    ['a summary cut in the middle', () => summary().slice(0, 400), 2, /invalid JSON/],
    ['a summary of format version 2', () => summary((s) => (s.version = 2)), 2, /newer version/],
    [
      'facts with the last backup in month 13',
      () => '{"lastSuccessfulBackup":"2026-13-01"}',
      2,
      /lastSuccessfulBackup/,
    ],
    [
      'facts with constructor at the top',
      () => '{"constructor":"x","wifi":"stable"}',
      2,
      /constructor/,
    ],
    [
      'facts in Shift-JIS',
      () => new Uint8Array([...Buffer.from('{"alertText":"'), ...SHIFT_JIS, ...Buffer.from('"}')]),
      2,
      /UTF-8/,
    ],
    [
      'facts whose notes are a list nested 100,000 deep',
      () => `{"notes": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      2,
      /notes/,
    ],
    ['a list of facts', () => '[{"wifi":"stable"}]', 2, /./],
  ])('%s: exit %i', (_label, content, code, stderr) => {
    const result = diagnose(file(content()));
    expect(result.code).toBe(code);
    expect(result.err).toMatch(stderr);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
