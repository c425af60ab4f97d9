import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { knowledge } from '../../../src/knowledge';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { formatCount } from '../../../src/knowledge/text';
import { buildSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { reportText } from '../../../src/report/words';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import type { TextRef } from '../../../src/engine/types';
import { textsFor } from '../../../src/ui/locale-context';
import { textRefs } from '../../support/text-refs';
import { CREATED_AT, sampleInput } from '../report/fixtures';
import { ownText } from '../../support/own-text';

/**
 * Round 20 of the text audit: the backup's age said one way on every screen and in every
 * summary, and more sessions (a device that cannot update, a message picked in German, a
 * status read as available, storage without a total, disruptive steps skipped) rendered in
 * every language and format.
 */
const DAY_MS = 86_400_000;
const dayBefore = (days: number) =>
  new Date(CREATED_AT.getTime() - days * DAY_MS).toISOString().slice(0, 10);

function summaryInput(locale: Locale, facts: Partial<Facts>): SummaryInput {
  const merged = { ...sampleInput().facts, ...facts } as Facts;
  for (const key of Object.keys(merged) as (keyof Facts)[])
    if (merged[key] === undefined) delete merged[key];
  const input = sampleInput({ uiLanguage: locale, facts: merged });
  input.stepLog = Object.entries(merged.stepsTried ?? {}).map(([stepId, outcome], i) => ({
    stepId,
    outcome,
    at: new Date(CREATED_AT.getTime() - (i + 1) * 600_000).toISOString(),
  })) as SummaryInput['stepLog'];
  return input;
}

const summaryText = (locale: Locale, facts: Partial<Facts>, format: 'markdown' | 'text') =>
  renderSummary(
    buildSummary(summaryInput(locale, facts), { language: locale, leaveOutFreeText: false }),
    format,
  );

const popupSentences = (locale: Locale, facts: Partial<Facts>, refs?: (r: TextRef) => boolean) => {
  const { t } = textsFor(locale);
  const all = textRefs(diagnose(summaryInput(locale, facts).facts, { now: CREATED_AT }));
  return all.filter(refs ?? (() => true)).map((ref) => t(ref));
};

const failingRow = (locale: Locale, facts: Partial<Facts>) => {
  const label = reportText(locale, 'support.failingFor');
  const line = summaryText(locale, facts, 'text')
    .split('\n')
    .find((l) => l.includes(label));
  return line ?? '';
};

/** A count of days in any of the ways the seven languages write it. */
const daysWritten = (locale: Locale, days: number) =>
  new RegExp(
    `(?<![\\d.,\\u202f\\u00a0])(?:${formatCount(locale, days).replace(/\./g, '\\.')}|${days})(?![\\d])`,
  );

/** About four years, as each language's summary says it in its "failing for" row. */
const FOUR_YEARS: Record<Locale, string> = {
  en: 'about 4 years',
  de: 'etwa 4 Jahren',
  es: 'unos 4 años',
  fr: 'environ 4 ans',
  it: 'circa 4 anni',
  ja: '約4年',
  zh: '约 4 年',
};
const SIX_WEEKS: Record<Locale, string> = {
  en: 'about 6 weeks',
  de: 'etwa 6 Wochen',
  es: 'unas 6 semanas',
  fr: 'environ 6 semaines',
  it: 'circa 6 settimane',
  ja: '約6週間',
  zh: '约 6 周',
};

const mentionsAge = (ref: TextRef) => typeof ref.params?.days === 'number';

describe('the backup’s age is said one way, in the popup and the summary', () => {
  it.each(LOCALES)('%s: four years are about 4 years everywhere, never 1,466 days', (locale) => {
    const facts = { lastSuccessfulBackup: dayBefore(1_466) };
    expect(failingRow(locale, facts)).toContain(FOUR_YEARS[locale]);
    const said = popupSentences(locale, facts, mentionsAge);
    expect(said.length).toBeGreaterThan(1);
    for (const sentence of said) {
      expect(sentence).toContain(FOUR_YEARS[locale]);
      expect(sentence).not.toMatch(daysWritten(locale, 1_466));
    }
    for (const format of ['markdown', 'text'] as const) {
      const summary = summaryText(locale, facts, format);
      expect(summary).not.toMatch(daysWritten(locale, 1_466));
      // Each evidence line about the age says it as the "failing for" row does.
      const evidence = summary.split('\n').filter((l) => l.includes(FOUR_YEARS[locale]));
      expect(evidence.length, format).toBeGreaterThan(2);
    }
  });

  it.each(LOCALES)('%s: six weeks are about 6 weeks in the popup too', (locale) => {
    const facts = { lastSuccessfulBackup: dayBefore(42) };
    expect(failingRow(locale, facts)).toContain(SIX_WEEKS[locale]);
    const said = popupSentences(locale, facts, mentionsAge);
    expect(said.length).toBeGreaterThan(0);
    for (const sentence of said) expect(sentence).toContain(SIX_WEEKS[locale]);
  });

  it.each(LOCALES)(
    '%s: near Apple’s 180-day deletion the count of days is exact, in both places',
    (locale) => {
      const facts = { lastSuccessfulBackup: dayBefore(170) };
      expect(failingRow(locale, facts)).toMatch(daysWritten(locale, 170));
      const said = popupSentences(locale, facts, mentionsAge);
      expect(said.length).toBeGreaterThan(1);
      for (const sentence of said) expect(sentence).toMatch(daysWritten(locale, 170));
      const summary = summaryText(locale, facts, 'text');
      // The notice's days left are the exact difference to the limit.
      expect(summary).toMatch(daysWritten(locale, 10));
    },
  );

  it.each(LOCALES)('%s: the summary never says the user gave a count of days', (locale) => {
    // The user gave a date (or weeks or months ago); a count of days is the app's arithmetic.
    const summary = summaryText(locale, { lastSuccessfulBackup: dayBefore(400) }, 'text');
    expect(summary).not.toMatch(daysWritten(locale, 400));
  });
});

const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;
const RAW_KEY =
  /(?<![\p{L}\p{N}_.-])(?:step|cause|question|alert|rule|consequence|path|support|fact|value|age|source|outcome|notice|thirdPerson|likelihood|section|masked|language|evidence|reason)\.[a-z_]+(?:\.[\w-]+)*/u;
const ENGLISH =
  /(?<![\p{L}\p{N}_-])(?:the|and|with|your|you|this|that|is|are|have|from|should|would|not|which|when|been|only|still|about|after|before|their|they|than|storage|settings|device|step|steps|answer|answered|summary|failed|unknown|none|outage|fixed|skipped|done|days|weeks|months|years|ago|user|users|reported|picked|available)(?![\p{L}\p{N}_-])/iu;
const KEPT =
  /Backup Rescue|App Store|Apple (?:Support|Account|One|Watch|TV)|iCloud\+?|iPhone|iPad|Finder|iTunes|Wi-Fi|Face ID|Touch ID|Markdown|JSON/g;

const PAGE_AT = '2026-11-25T08:58:00.000Z';
const VARIANTS: Record<string, Partial<Facts>> = {
  'an iPhone 7 on its last iOS, which cannot update': {
    deviceModel: 'iPhone 7',
    iosVersion: '15.8.3',
    lastSuccessfulBackup: dayBefore(9),
  },
  'a German message picked from the list': {
    alertText: 'Nicht genügend iCloud-Speicher',
    alertPicked: true,
    storageUsedBytes: undefined,
    storageTotalBytes: undefined,
    storageByCategory: undefined,
    backupSizeBytes: undefined,
  },
  'Apple’s status read as available, storage used without a total': {
    appleBackupStatus: 'available',
    sources: {
      appleBackupStatus: {
        source: 'apple-status',
        at: PAGE_AT,
        url: 'https://www.apple.com/de/support/systemstatus/',
      },
    },
    storageTotalBytes: undefined,
    lastSuccessfulBackup: dayBefore(1),
  },
  'disruptive steps skipped and one that changed nothing, backup off': {
    backupEnabled: false,
    lastSuccessfulBackup: dayBefore(200),
    stepsTried: {
      reset_all_settings: 'skipped',
      sign_out_in: 'skipped',
      delete_backup_and_start_over: 'no_change',
      turn_on_backup: 'fixed',
    },
  },
  'an Italian alert typed, no backup date, twelve-terabyte plan nearly full': {
    alertText: 'Impossibile eseguire il backup di iPhone',
    lastSuccessfulBackup: undefined,
    storageUsedBytes: 12_900_000_000_000,
    storageTotalBytes: 13_194_139_533_312,
    backupSizeBytes: 600_000_000_000,
  },
};
const CASES = LOCALES.flatMap((l) => Object.keys(VARIANTS).map((v) => [l, v] as const));

describe('more sessions, every language, every format', () => {
  it.each(CASES)('%s, %s: filled, found, in the language', (locale, name) => {
    const facts = VARIANTS[name]!;
    const popup = popupSentences(locale, facts);
    expect(popup.filter((s) => PLACEHOLDER.test(s) || RAW_KEY.test(s))).toEqual([]);
    if (locale !== 'en')
      expect(popup.filter((s) => ENGLISH.test(s.replace(KEPT, ' ')))).toEqual([]);
    for (const format of ['markdown', 'text'] as const) {
      const lines = ownText(summaryText(locale, facts, format)).split('\n');
      expect(
        lines.filter((l) => PLACEHOLDER.test(l) || RAW_KEY.test(l)),
        format,
      ).toEqual([]);
      if (locale !== 'en')
        expect(
          lines.filter((l) => ENGLISH.test(l.replace(KEPT, ' '))),
          format,
        ).toEqual([]);
    }
    const json = JSON.parse(
      renderSummary(
        buildSummary(summaryInput(locale, facts), { language: locale, leaveOutFreeText: true }),
        'json',
      ),
    );
    expect(json.language).toBe(locale);
  });
});

/**
 * A step that takes something away (erase, sign out, delete a backup, reset settings, turn
 * iCloud Backup off) says what it costs in every language, in words of that language.
 */
describe('consequences before every step that takes something away', () => {
  const heavy = knowledge.steps.filter((s) => s.disruption === 'medium' || s.disruption === 'high');

  it('there are such steps, and each lists what it costs', () => {
    expect(heavy.map((s) => s.id)).toEqual(
      expect.arrayContaining(['sign_out_in', 'reset_all_settings', 'delete_backup_and_start_over']),
    );
    expect(heavy.filter((s) => s.consequences.length === 0).map((s) => s.id)).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: every consequence is translated', (locale) => {
    const en = catalogOf('knowledge', 'en')!;
    const own = catalogOf('knowledge', locale)!;
    const untranslated = heavy
      .flatMap((s) => s.consequences)
      .filter((key) => !own[key] || own[key] === en[key]);
    expect(untranslated).toEqual([]);
  });
});
