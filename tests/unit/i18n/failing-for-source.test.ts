import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { buildSummary, type Summary } from '../../../src/report';
import { reportText } from '../../../src/report/words';
import { sampleInput } from '../report/fixtures';

/**
 * How long backups have been failing is only the time since the last successful backup the
 * user dated: nothing the extension read. The summary's row says whose date it counts from, in
 * every language, so a support agent does not take it for a log.
 */
const THE_USER: Record<Locale, RegExp> = {
  en: /\bthe user\b/,
  de: /\bPerson\b/,
  es: /\bpersona\b/i,
  fr: /\bpersonne\b/i,
  it: /\bpersona\b/i,
  ja: /ユーザ/,
  zh: /用户/,
};

const failingRow = (summary: Summary, locale: Locale) =>
  summary.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'rows' ? b.rows : []))
    .find((r) => r.label === reportText(locale, 'support.failingFor'));

describe('how long backups have been failing', () => {
  it.each(LOCALES)('%s: is said to count from the date the user gave', (locale) => {
    const summary = buildSummary(sampleInput({ stepLog: [], readings: [] }), {
      language: locale,
      leaveOutFreeText: false,
    });
    const row = failingRow(summary, locale);
    expect(row?.value).toMatch(THE_USER[locale]);
    // The age itself is still there: about 8 weeks before the sample's export.
    expect(row?.value).toContain('8');
  });

  it.each(LOCALES)('%s: is "not known" without a date, with no source to name', (locale) => {
    const input = sampleInput({ stepLog: [], readings: [] });
    const { lastSuccessfulBackup: _, ...facts } = input.facts;
    const summary = buildSummary(
      { ...input, facts },
      { language: locale, leaveOutFreeText: false },
    );
    expect(failingRow(summary, locale)?.value).toBe(reportText(locale, 'support.notKnown'));
  });
});
