import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { lookup } from '../../../src/knowledge/catalogs';
import { ageText, formatCount } from '../../../src/knowledge/text';
import { fillQuoted, knowledgeText } from '../../../src/report/quotes';
import { maskedSentence, reportText, thirdPerson } from '../../../src/report/words';

/**
 * A number put into a sentence is written the way its language writes numbers: grouped
 * thousands ("1,250", "1.250", French "1 250" with a no-break space), not the digits as
 * JavaScript prints them. The expected form is Intl's for that language, decided apart from
 * the code under test.
 */
const written = (locale: Locale, n: number) => new Intl.NumberFormat(locale).format(n);

describe('numbers in sentences, in the language’s own form', () => {
  it.each(LOCALES)('%s: a count is grouped the language’s way', (locale) => {
    expect(formatCount(locale, 27_318)).toBe(written(locale, 27_318));
    expect(formatCount(locale, 7)).toBe('7');
  });

  it.each(LOCALES)('%s: the summary says a long-ago backup’s age in years', (locale) => {
    // Someone who dates their last backup in 2022 reads "about 4 years", as the support row
    // says it, not a four-digit count of days (round 20).
    const sentence = thirdPerson(locale, {
      key: 'notice.retention_passed',
      params: { days: 1_461, retention: 180 },
    });
    expect(sentence).toContain(ageText(locale, 1_461));
    expect(sentence).not.toContain(written(locale, 1_461));
  });

  it.each(LOCALES)('%s: the summary counts removed data that way', (locale) => {
    const sentence = maskedSentence([{ kind: 'phone', count: 2_048 }], locale);
    expect(sentence).toContain(written(locale, 2_048));
  });

  it.each(LOCALES)('%s: a report text filled directly writes numbers that way', (locale) => {
    expect(reportText(locale, 'masked.email', { n: 3_650 })).toContain(written(locale, 3_650));
  });

  it.each(LOCALES)('%s: a popup text filled in its language writes numbers that way', (locale) => {
    const template = lookup('export', locale, 'import.problem.tooBig')!;
    expect(fillQuoted(template, { limit: 20_000 }, locale)).toContain(written(locale, 20_000));
  });

  it.each(LOCALES)('%s: a knowledge count with no plural form is written that way', (locale) => {
    // {left} is said without a plural form in every language: "days left: about {left}".
    const sentence = knowledgeText(locale, 'notice.retention_risk', {
      days: 170,
      left: 1_010,
      retention: 180,
    });
    expect(sentence).toContain(written(locale, 1_010));
  });

  it('leaves a count a plural form picks by as a number, so the form is still chosen', () => {
    const sentence = knowledgeText('en', 'rule.last_backup_recent', { days: 1 });
    expect(sentence).toContain('1 day');
    expect(sentence).not.toMatch(/\{days/);
  });

  it('writes no number the language’s way unless the language is given', () => {
    // The export's machine-readable JSON and any caller without a language keep plain digits.
    expect(fillQuoted('{n} items', { n: 1_500 })).toBe('1500 items');
  });
});

/**
 * The knowledge's renderer (src/knowledge/text.ts) picks the plural form by the number and then
 * writes it the language's way: "1,461 days", not "1461 days".
 */
describe('a count a plural form picks by', () => {
  // Spanish and Italian group no four-digit number, so they show nothing here.
  const PLURAL_LANGUAGES = ['en', 'de', 'fr'] as const;
  it.each(PLURAL_LANGUAGES)('%s: is written the language’s way too', (locale) => {
    const sentence = knowledgeText(locale, 'age.days', { n: 1_461 });
    expect(sentence).toContain(written(locale, 1_461));
  });

  it.each(['ja', 'zh'] as const)('%s: is written the language’s way', (locale) => {
    const sentence = knowledgeText(locale, 'age.days', { n: 1_461 });
    expect(sentence).toContain(written(locale, 1_461));
  });
});

/** The popup (src/ui/locale-context.ts) and the summary (src/report/build.ts) fill their own
 * catalogs' texts with the language, so their counts are written its way too. */
describe('the popup’s own texts', () => {
  it('write a count the language’s way', async () => {
    const { textsFor } = await import('../../../src/ui/locale-context');
    const { t } = textsFor('de', ['export', 'ui']);
    expect(t('import.problem.tooBig', { limit: 20_000 })).toContain('20.000');
  });
});
