import { describe, expect, it } from 'vitest';
import { importSummary, type ImportError } from '../../../src/report';
import type { ProblemKind } from '../../../src/report/import';
import { LOCALES } from '../../../src/knowledge/ids';
import { importErrorText } from '../../../src/ui/export/import-error';
import { sentences } from '../../../src/ui/format';
import { textsFor } from '../../../src/ui/locale-context';
import { summaryJson, wrongInTwentyFields } from '../../support/summary-files';

const base = () => JSON.parse(summaryJson());

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
  // More kinds of problem than are listed (MAX_LISTED_PROBLEMS): 22 fields, each wrong its way.
  const varied = base();
  wrongInTwentyFields(varied);
  varied.stepLog[0].outcome = 'x';
  varied.stepLog[1].at = 'x';
  return [wrong, missing, late, many, notFacts, varied].map((value) => {
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
    const varied = errors[5]!;
    if (varied.code !== 'invalid') throw new Error('expected invalid');
    const said = importErrorText(varied, t);
    for (const p of varied.problems.slice(0, 3)) expect(said).toContain(p.path);
    expect(said).not.toContain(varied.problems[3]!.path);
    expect(said).toContain(t('import.problem.more', { n: 19 }));
  });

  // 40 unknown steps are one kind of problem: named once with its count (round 25), not three of
  // them filling the list as if they were three kinds, and "37 more".
  it.each(LOCALES)('%s: names a kind found many times once, with its count', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    const many = errors[3]!;
    if (many.code !== 'invalid') throw new Error('expected invalid');
    const said = importErrorText(many, t);
    expect(said.match(/facts\.stepsTried\./g)).toHaveLength(1);
    expect(said).toContain('39');
    expect(said).not.toContain(t('import.problem.more', { n: 37 }));
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
