import { describe, expect, it } from 'vitest';
import { buildSummary, importSummary, renderSummary, type ImportError } from '../../../src/report';
import type { ProblemKind } from '../../../src/report/import';
import { LOCALES } from '../../../src/knowledge/ids';
import { importErrorText } from '../../../src/ui/export/import-error';
import { sentences } from '../../../src/ui/format';
import { textsFor } from '../../../src/ui/locale-context';
import { sampleInput } from '../report/fixtures';

const base = () =>
  JSON.parse(
    renderSummary(buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false }), 'json'),
  );

/** Refused files, between them holding every kind of problem the checks name. */
function refusals(): ImportError[] {
  const wrong = base();
  wrong.facts.wifi = 'great';
  wrong.facts.storageUsedBytes = 'lots';
  wrong.facts.notes = 'x'.repeat(10_000);
  wrong.stepLog[0].stepId = 'hack_the_planet';
  wrong.masked = [{ kind: 'name', count: 0 }];
  wrong.extra = true;
  const { createdAt: _c, ...missing } = base();
  const late = base();
  late.facts.lastSuccessfulBackup = '2027-01-01';
  const many = base();
  many.facts.stepsTried = Object.fromEntries(
    // Names no version writes (a space): refused, where another version's names are read.
    Array.from({ length: 40 }, (_, i) => [`s ${i}`, 'fixed']),
  );
  const notFacts = { ...base(), facts: [] };
  return [wrong, missing, late, many, notFacts].map((value) => {
    const result = importSummary(JSON.stringify(value));
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  });
}

describe('import: why a file was refused', () => {
  const errors = refusals();
  const problems = errors.flatMap((e) => (e.code === 'invalid' ? e.problems : []));

  it('covers every kind of problem', () => {
    const kinds: ProblemKind[] = [
      'missing',
      'wrongType',
      'notAllowed',
      'invalid',
      'tooSmall',
      'tooBig',
      'unknownField',
      'afterExport',
      'more',
    ];
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(kinds));
  });

  // The checks' messages are English, for the command line: 'expected string', 'unknown step',
  // 'after the export time' were shown as they were in every language.
  it.each(LOCALES.filter((l) => l !== 'en'))('%s: says each problem in the language', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    for (const error of errors) {
      const said = importErrorText(error, t);
      for (const { message } of problems) expect(said).not.toContain(message);
      expect(said).not.toMatch(/import\.|\{|\(root\)|\(more\)/);
    }
  });

  it.each(LOCALES)('%s: names the first fields and counts the rest', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    const many = errors[3]!;
    if (many.code !== 'invalid') throw new Error('expected invalid');
    const said = importErrorText(many, t);
    for (const p of many.problems.slice(0, 3)) expect(said).toContain(p.path);
    expect(said).not.toContain(many.problems[3]!.path);
    expect(said).toContain(t('import.problem.more', { n: 37 }));
  });

  // 'This summary is damaged or was edited: …, 2 more Nothing was changed.': the list ended no
  // sentence; and Japanese and Chinese take no space between sentences.
  it.each(LOCALES)('%s: the problems end a sentence before "nothing was changed"', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    for (const error of errors) {
      const said = sentences(importErrorText(error, t), t('import.unchanged'));
      const gap = locale === 'ja' || locale === 'zh' ? '' : ' ';
      expect(said.endsWith(t('import.unchanged'))).toBe(true);
      expect(said.slice(0, -t('import.unchanged').length)).toMatch(new RegExp(`[.。]${gap}$`, 'u'));
    }
  });
});

describe('import: a file that is not JSON says what it was found to be', () => {
  it.each(LOCALES)('%s', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    const plain = importErrorText({ code: 'not-json' }, t);
    const readable = importErrorText({ code: 'not-json', found: 'summary-text' }, t);
    const encoding = importErrorText({ code: 'not-json', found: 'encoding' }, t);
    expect(new Set([plain, readable, encoding]).size).toBe(3);
    for (const text of [readable, encoding]) expect(text).not.toMatch(/import\.error/);
    expect(encoding).toMatch(/UTF-8/);
    expect(readable).toMatch(/JSON/);
  });
});
