import { describe, expect, it } from 'vitest';
import { tempFiles } from './temp-files';
import { main, nodeIo } from '../../../src/cli/diagnose.ts';
import { buildSummary, renderSummary } from '../../../src/report';
import { sampleInput } from '../report/fixtures';
import { editedSummary, summaryJson, utf16le, type Loose } from '../../support/summary-files';

/**
 * Round 21 probes of `diagnose` given summaries as people pass them on, each outcome written down
 * before the code ran: what it reads it diagnoses (and says what it left out), what it refuses it
 * names with what to do, on stderr, exit 2.
 */

const { file } = tempFiles('diagnose-round21-', '.json');
function run(content: string | Uint8Array) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([file(content)], {
    ...nodeIo,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const edited = (edit: (s: Loose) => void) => editedSummary(edit, 'es');

describe('summaries it reads: exit 0, the diagnosis on stdout', () => {
  it.each<[string, () => string | Uint8Array]>([
    ['with CRLF line endings', () => summaryJson('ja').replace(/\n/g, '\r\n')],
    ['as UTF-16 with a mark', () => utf16le(`\ufeff${summaryJson('zh')}`)],
    ['minified', () => JSON.stringify(JSON.parse(summaryJson('it')))],
  ])('%s', (_label, content) => {
    const { code, out, err } = run(content());
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('causes');
    expect(err).toBe('');
  });

  it('a summary naming a newer step says on stderr what it left out', () => {
    const { code, out, err } = run(
      edited((s) => {
        s.facts.stepsTried.update_carrier = 'fixed';
        s.stepLog.push({ stepId: 'update_carrier', outcome: 'fixed', at: s.createdAt });
      }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('plan');
    expect(err).toMatch(/left out/);
    expect(err).toContain('facts.stepsTried.update_carrier');
    expect(err).toContain('stepLog.2');
  });
});

describe('what it refuses: exit 2 and what to do', () => {
  it.each<[string, () => string | Uint8Array, RegExp]>([
    [
      'a summary in a language this version lacks',
      () => edited((s) => (s.language = 'pt')),
      /another version.*update/i,
    ],
    ['a summary of format version 2', () => edited((s) => (s.version = 2)), /newer version/],
    [
      'the Markdown summary',
      () =>
        renderSummary(
          buildSummary(sampleInput(), { language: 'de', leaveOutFreeText: false }),
          'markdown',
        ),
      /readable summary.*JSON/,
    ],
    [
      'the text summary',
      () =>
        renderSummary(
          buildSummary(sampleInput(), { language: 'fr', leaveOutFreeText: false }),
          'text',
        ),
      /readable summary.*JSON/,
    ],
    ['a summary pasted twice', () => `${summaryJson()}\n${summaryJson()}`, /invalid JSON/],
    ['a summary cut short', () => summaryJson().slice(0, 500), /invalid JSON/],
    [
      'storage used as a text of digits',
      () => edited((s) => (s.facts.storageUsedBytes = '5000000000')),
      /facts\.storageUsedBytes/,
    ],
    [
      'a facts file with a number as text',
      () => '{"storageUsedBytes":"5"}',
      /invalid field storageUsedBytes/,
    ],
    [
      'a facts file naming a fact twice',
      () => '{"wifi":"none","wifi":"stable"}',
      /wifi: given twice/,
    ],
  ])('%s', (_label, content, reason) => {
    const { code, err } = run(content());
    expect(code).toBe(2);
    expect(err).toMatch(reason);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
