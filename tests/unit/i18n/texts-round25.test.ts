import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import {
  generalStatusWordings,
  ISSUE_ANSWERED,
  lintText,
  OUTAGE_READ,
} from '../../support/texts-lint';
import { buildSummary, importSummary, renderSummary, SUMMARY_FORMATS } from '../../../src/report';
import { importErrorText } from '../../../src/ui/export/import-error';
import type { Facts } from '../../../src/engine/facts';
import { diagnose } from '../../../src/engine/diagnose';
import { textsFor } from '../../../src/ui/locale-context';
import { durationWords } from '../../../src/ui/duration';
import { diagnoseFacts } from '../cli/run-diagnose';
import { CREATED_AT, sampleInput } from '../report/fixtures';

const at = CREATED_AT.toISOString();

/**
 * Round 25 of the text audit: a range's noun takes the plural form of the range ("0–1 minute"
 * in French, "0–1 minutes" in English), Apple's known status reaches every sentence through one
 * place (the popup's notices and steps, the summary, the command line's English summaries), and
 * every popup screen and summary is free of leftovers, English and misplaced punctuation.
 */
describe('a range of durations takes the plural form of the range', () => {
  // Intl.PluralRules.selectRange: "0–1" is "one" in French, German and Italian, "other" in English.
  const ZERO_TO_ONE: Record<Locale, string> = {
    en: '0–1 minutes',
    de: '0–1 Minute',
    es: '0–1 minutos',
    fr: '0 à 1 minute',
    it: '0–1 minuto',
    ja: '0〜1分',
    zh: '0–1 分钟',
  };
  it.each(LOCALES)('%s: 0 to 1 minute', (locale) => {
    const { key, params } = durationWords(0, 1);
    expect(textsFor(locale).t(key, params)).toBe(ZERO_TO_ONE[locale]);
  });

  const ONE_TO_TWO_HOURS: Record<Locale, string> = {
    en: '1–2 hours',
    de: '1–2 Stunden',
    es: '1–2 horas',
    fr: '1 à 2 heures',
    it: '1–2 ore',
    ja: '1〜2時間',
    zh: '1–2 小时',
  };
  it.each(LOCALES)('%s: 1 to 2 hours', (locale) => {
    const { key, params } = durationWords(60, 120);
    expect(textsFor(locale).t(key, params)).toBe(ONE_TO_TWO_HOURS[locale]);
  });

  it.each(LOCALES)('%s: every range text names its noun by the range', (locale) => {
    for (const [key, template] of Object.entries(catalogOf('ui', locale)!)) {
      if (!key.startsWith('duration.range.') || locale === 'ja' || locale === 'zh') continue;
      expect(template, key).toMatch(/\{min-max\|/);
    }
  });
});

describe('Apple’s known status reaches every sentence through one place', () => {
  it.each(LOCALES)('%s: the popup’s texts given the facts say the known state', (locale) => {
    const general = generalStatusWordings(locale);
    const { t } = textsFor(locale, ['ui'], OUTAGE_READ);
    const diagnosis = diagnose(OUTAGE_READ, { now: CREATED_AT });
    const said = [
      ...diagnosis.notices.map((n) => t(n.text)),
      ...diagnosis.plan.map((p) => t(p.reason)),
      ...diagnosis.plan.flatMap((p) => (p.heldBackReason ? [t(p.heldBackReason)] : [])),
    ];
    expect(said.length).toBeGreaterThan(0);
    for (const sentence of said) {
      for (const wording of general) expect(sentence).not.toContain(wording);
    }
  });

  it.each(LOCALES)('%s: without facts, the general wording stays', (locale) => {
    const { t } = textsFor(locale);
    expect(t({ key: 'notice.outage_wait', params: {} })).toContain(
      generalStatusWordings(locale).find((w) =>
        catalogOf('knowledge', locale)!['notice.outage_wait']!.includes(`other:${w}`),
      ),
    );
  });

  const cli = diagnoseFacts;

  it.each([
    ['an outage read from the page', OUTAGE_READ, /an outage/],
    ['an issue the user answered', ISSUE_ANSWERED, /an issue/],
  ])('the command line’s English summaries say %s', (_, facts, state) => {
    const diagnosis = cli(facts);
    const general = generalStatusWordings('en');
    const summaries = [
      ...diagnosis.notices.map((n) => n.summary),
      ...diagnosis.plan.map((p) => p.summary),
    ];
    expect(summaries.some((s) => state.test(s))).toBe(true);
    for (const summary of summaries) {
      for (const wording of general) expect(summary).not.toContain(wording);
    }
  });
});

const VARIANTS: Record<string, Partial<Facts>> = {
  'an outage read from the page': OUTAGE_READ,
  'an issue the user answered': ISSUE_ANSWERED,
  'maintenance, storage nearly full': {
    appleBackupStatus: 'maintenance',
    sources: { appleBackupStatus: { source: 'apple-status', at } },
    storageUsedBytes: 4_900_000_000,
    storageTotalBytes: 5_000_000_000,
  },
  'status unknown, old backup, a fix tried': {
    appleBackupStatus: undefined,
    lastSuccessfulBackup: '2026-09-01',
    stepsTried: { restart_device: 'fixed' },
  },
};

describe('every summary variant reads clean in every language', () => {
  for (const [name, facts] of Object.entries(VARIANTS)) {
    it.each(LOCALES)(`%s: ${name}`, (locale) => {
      const base = sampleInput({ uiLanguage: locale });
      const input = {
        ...base,
        facts: { ...base.facts, notes: undefined, alertText: undefined, ...facts },
      };
      const summary = buildSummary(input, { language: locale, leaveOutFreeText: false });
      for (const format of SUMMARY_FORMATS.filter((f) => f !== 'json')) {
        // Only the sentences: URLs and masked values are not words of the language.
        const out = renderSummary(summary, format).replace(/https?:\/\/\S+/g, '');
        lintText(locale, out, `${name} (${format})`);
      }
      // The JSON's sentences are the evidence's, in the summary's language.
      const data = JSON.parse(renderSummary(summary, 'json')) as typeof summary.data;
      const evidence = data.diagnosis.causes.flatMap((c) => c.evidence.map((e) => e.summary));
      expect(evidence.length).toBeGreaterThan(0);
      lintText(locale, evidence.join('\n'), `${name} (json)`);
      if (facts.appleBackupStatus === 'outage' || facts.appleBackupStatus === 'issue') {
        const out = renderSummary(summary, 'text');
        for (const wording of generalStatusWordings(locale)) expect(out).not.toContain(wording);
      }
    });
  }
});

describe('French knowledge texts set : ; « » apart with a no-break space', () => {
  // french-spacing.test.ts checks the page catalogs; the knowledge's sentences show in the same
  // popup, and a plain space lets a line start with the mark.
  it('knowledge.json', () => {
    const breakable = Object.entries(catalogOf('knowledge', 'fr')!).filter(([, text]) =>
      / [:;?!»]|« /.test(text),
    );
    expect(breakable.map(([key]) => key)).toEqual([]);
  });
});

describe('why an imported file was refused reads clean in every language', () => {
  const exported = () =>
    JSON.parse(
      renderSummary(
        buildSummary(sampleInput(), { language: 'de', leaveOutFreeText: false }),
        'json',
      ),
    );
  const files: Record<string, string> = {
    'not JSON': '{"format": "backup-rescue-summary", ',
    'the readable summary': '# Backup Rescue: diagnostic summary\n\n## About\n',
    'a newer version': JSON.stringify({ ...exported(), version: 99 }),
    'damaged fields': JSON.stringify(
      (() => {
        const file = exported();
        file.facts.power = 'solar';
        file.facts.storageTotalBytes = -5;
        file.facts.notes = 'n'.repeat(12_000);
        file.stepLog[1].stepId = 'reboot the moon';
        file.facts.stepsTried = Object.fromEntries(
          Array.from({ length: 12 }, (_, i) => [`x ${i}`, 'fixed']),
        );
        return file;
      })(),
    ),
  };
  for (const [name, file] of Object.entries(files)) {
    it.each(LOCALES)(`%s: ${name}`, (locale) => {
      const result = importSummary(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const said = importErrorText(result.error, textsFor(locale, ['export', 'ui']).t);
      expect(said.length).toBeGreaterThan(20);
      lintText(locale, said, name);
    });
  }
});

describe('Japanese and Chinese punctuation between sentences', () => {
  // After a full-width ？ or ！ inside a text, Japanese typesetting (JIS X 4051) leaves a
  // full-width space, Chinese none; a half-width one is a slip of English habits.
  it.each(['ja', 'zh'] as const)('%s: no half-width space after ？ ！ 。', (locale) => {
    for (const family of ['ui', 'knowledge', 'report', 'export', 'guide'] as const) {
      const slips = Object.entries(catalogOf(family, locale) ?? {}).filter(([, text]) =>
        /[？！。] \S/.test(text),
      );
      expect(
        slips.map(([key]) => key),
        family,
      ).toEqual([]);
    }
  });
});
