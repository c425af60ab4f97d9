import { describe, expect, it } from 'vitest';
import { editedSummary, type Loose } from '../../support/summary-files';
import { runDiagnose } from './run-diagnose';
import { tempFiles } from './temp-files';
import { runReadPage } from '../../../src/cli/read-page';

/**
 * Round 25 (second half) probes of what the command-line tools are given, each outcome decided
 * before the code ran: exit 0 for what they can read, else exit 2 with one clear line that says
 * what to do, and never a stack trace.
 */

const { dir, file } = tempFiles('cli-round25-', '.json');
const summary = (edit: (s: Loose) => void = () => undefined) => editedSummary(edit, 'ja');
const diagnose = runDiagnose;

async function readPage(path: string, url = 'https://www.apple.com/support/systemstatus/') {
  let stdout = '';
  let stderr = '';
  const code = await runReadPage(['--url', url, path], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: new Date('2026-11-25T10:00:00Z'),
  });
  return { code, stdout, stderr };
}

const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
]);

describe('diagnose, round 25', () => {
  it.each<[string, () => string | Uint8Array, number, RegExp]>([
    ['only whitespace', () => ' \n\t\n', 2, /invalid JSON/],
    ['a PNG', () => PNG, 2, /not a text file/],
    [
      'facts in Latin-1 with an accented alert',
      () => latin1('{"alertText":"La sauvegarde a échoué"}'),
      2,
      /UTF-8/,
    ],
    [
      'facts in UTF-16 with a mark',
      () => new Uint8Array(Buffer.from('\ufeff{"wifi":"hotspot"}', 'utf16le')),
      0,
      /^$/,
    ],
    [
      'a size as a text of digits',
      () => '{"storageUsedBytes":"5000000000"}',
      2,
      /invalid field storageUsedBytes/,
    ],
    ['NaN', () => '{"storageUsedBytes": NaN}', 2, /invalid JSON/],
    ['a trailing comma', () => '{"wifi":"stable",}', 2, /invalid JSON/],
    [
      'a name given twice through an escape',
      () => '{"wifi":"stable","wi\\u0066i":"none"}',
      2,
      /wifi: given twice/,
    ],
    [
      'the readable summary',
      () => 'Backup Rescue: 概要\n\nBackup Rescue 0.1.0\n',
      2,
      /readable summary/,
    ],
    [
      'a summary with three damaged fields and 12 unknown logged steps',
      () =>
        summary((s) => {
          s.facts.power = 'solar';
          s.facts.storageUsedBytes = -5;
          s.facts.notes = 'x'.repeat(12_000);
          for (let i = 0; i < 12; i++)
            s.stepLog.push({
              stepId: `made up ${i}`,
              outcome: 'fixed',
              at: '2026-11-25T09:30:00.000Z',
            });
        }),
      2,
      /stepLog\.2\.stepId: unknown step \(and 11 more like it\)/,
    ],
    [
      'a summary with __proto__ among the steps tried',
      () => summary().replace('"stepsTried": {', '"stepsTried": {"__proto__": "fixed",'),
      2,
      /stepsTried\.__proto__/,
    ],
    [
      'a summary of a newer version (a newer fact)',
      () => summary((s) => (s.facts.satelliteLink = 'on')),
      0,
      /facts\.satelliteLink/,
    ],
  ])('%s: exit %i', (_label, content, code, stderr) => {
    const result = diagnose(file(content()));
    expect(result.code).toBe(code);
    expect(result.err).toMatch(stderr);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it.each<[string, string, RegExp]>([
    [
      'among the steps tried',
      '{"wifi":"stable","stepsTried":{"__proto__":"fixed","check_wifi":"fixed"}}',
      /invalid field stepsTried\.__proto__/,
    ],
    [
      'among the sizes by category',
      '{"storageByCategory":{"__proto__":5}}',
      /storageByCategory\.__proto__/,
    ],
    [
      'at the top, beside an answer',
      '{"__proto__":{"wifi":"none"},"power":"battery"}',
      /invalid field __proto__/,
    ],
  ])('a facts file with __proto__ %s is refused, named once', (_label, json, stderr) => {
    const result = diagnose(file(json));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(stderr);
    expect(result.err.match(/__proto__/g)).toHaveLength(1);
  });

  it('a file of 3 MB is refused after 1 MB', () => {
    const result = diagnose(file(' '.repeat(3 * 2 ** 20)));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/larger than 1 MB/);
  });
  it('a directory is said to be one it cannot read', () => {
    const result = diagnose(dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot read/);
  });
});

describe('read-page, round 25', () => {
  it('a directory: exit 2, said', async () => {
    const result = await readPage(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read/);
  });
  it('an empty file: an unknown reading, exit 0', async () => {
    const result = await readPage(file(''));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).kind).toBe('unknown');
  });
  it('a PNG saved as the page: said to be no text file, exit 2', async () => {
    const result = await readPage(file(PNG));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a text file/);
  });
  it('a page of 3 MB: refused unread', async () => {
    const result = await readPage(file(`<p>${'x'.repeat(3 * 2 ** 20)}</p>`));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/larger than 2 MB/);
  });
  it('a page with a name and an email in a service row keeps neither', async () => {
    const html = '<ul><li>iCloud Backup</li><li>anna.smith@example.com</li></ul>';
    const result = await readPage(file(html));
    expect(result.stdout).not.toContain('anna.smith');
  });
});
