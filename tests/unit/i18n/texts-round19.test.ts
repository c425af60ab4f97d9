import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { ageText, text } from '../../../src/knowledge/text';
import { knowledge } from '../../../src/knowledge';
import { buildSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { reportText } from '../../../src/report/words';
import { summaryValueText } from '../../../src/report/fact-values';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import { textRefs } from '../../support/text-refs';
import { textsFor } from '../../../src/ui/locale-context';
import { CREATED_AT, sampleInput } from '../report/fixtures';
import { ownText } from '../../support/own-text';

/**
 * An audit of what a reader in each of the seven languages sees, rendered from varied sessions
 * (a status read from Apple's page, given as an answer, or unknown; storage with and without a
 * total, or only as the user judged it; steps that helped, changed nothing or were skipped; an
 * old backup, none at all; an alert typed in another language), in every summary format and in
 * the popup's sentences.
 */
const { causes, sources, steps } = knowledge;
const AT = '2026-11-25T08:58:00.000Z';
const USER = { source: 'user', at: AT } as const;
const PAGE = {
  source: 'apple-status',
  at: AT,
  url: 'https://www.apple.com/support/systemstatus/',
} as const;
const NO_READINGS: SummaryInput['readings'] = [];

type Variant = { facts: Partial<Facts>; readings?: SummaryInput['readings'] };
const base = (): Facts => ({ ...sampleInput().facts, sources: {} });

const VARIANTS: Record<string, Variant> = {
  'outage read from the page, full storage with a total': {
    facts: {
      appleBackupStatus: 'outage',
      sources: { appleBackupStatus: PAGE },
      storageUsedBytes: 5_300_000_000,
      storageTotalBytes: 5_368_709_120,
    },
  },
  'issue given as an answer, used storage without a total': {
    facts: {
      appleBackupStatus: 'issue',
      sources: { appleBackupStatus: USER },
      storageTotalBytes: undefined,
    },
    readings: NO_READINGS,
  },
  'status unknown, storage only as the user judged it': {
    facts: {
      appleBackupStatus: 'unknown',
      storageUsedBytes: undefined,
      storageTotalBytes: undefined,
      backupSizeBytes: undefined,
      storageByCategory: undefined,
      storageStatus: 'almost_full',
    },
    readings: NO_READINGS,
  },
  'no status at all, disruptive steps tried, a backup four years old': {
    facts: {
      appleBackupStatus: undefined,
      lastSuccessfulBackup: '2022-11-20',
      stepsTried: {
        sign_out_in: 'no_change',
        reset_all_settings: 'skipped',
        delete_old_device_backups: 'fixed',
        reset_network_settings: 'no_change',
      },
    },
  },
  'no backup date, a Japanese alert, maintenance answered': {
    facts: {
      lastSuccessfulBackup: undefined,
      alertText: 'iPhoneバックアップに失敗しました',
      appleBackupStatus: 'maintenance',
      sources: { appleBackupStatus: USER },
      wifi: 'unstable',
      power: 'battery',
    },
  },
  'a French alert, two-factor off, beta, profile, sideloaded apps': {
    facts: {
      alertText: 'Échec de la sauvegarde de l’iPhone',
      twoFactor: false,
      iosBeta: true,
      profileOrRestrictions: true,
      sideloadedApps: true,
      computerBackupFails: true,
      lastSuccessfulBackup: '2025-09-01',
    },
  },
  'an unknown alert in Chinese, a 2 TB plan, backup today': {
    facts: {
      alertText: '出现未知错误，请稍后再试',
      storageUsedBytes: 1_900_000_000_000,
      storageTotalBytes: 2_199_023_255_552,
      backupSizeBytes: 400_000_000_000,
      lastSuccessfulBackup: '2026-11-25',
    },
  },
};

function inputOf(locale: Locale, name: string): SummaryInput {
  const variant = VARIANTS[name]!;
  const facts = { ...base(), ...variant.facts } as Facts;
  for (const key of Object.keys(facts) as (keyof Facts)[])
    if (facts[key] === undefined) delete facts[key];
  const input = sampleInput({ uiLanguage: locale, facts });
  if (variant.readings) input.readings = variant.readings;
  input.stepLog = Object.entries(facts.stepsTried ?? {}).map(([stepId, outcome], i) => ({
    stepId,
    outcome,
    at: new Date(CREATED_AT.getTime() - (i + 1) * 600_000).toISOString(),
  })) as SummaryInput['stepLog'];
  return input;
}

const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;
/** A text key shown as itself: a catalog had no text for it. */
const RAW_KEY =
  /(?<![\p{L}\p{N}_.-])(?:step|cause|question|alert|rule|consequence|path|support|fact|value|age|source|outcome|notice|thirdPerson|likelihood|section|masked|language|evidence|reason)\.[a-z_]+(?:\.[\w-]+)*/u;

/** English words no other of the seven languages writes the same way. */
const ENGLISH =
  /(?<![\p{L}\p{N}_-])(?:the|and|with|your|you|this|that|is|are|have|from|should|would|not|which|when|been|only|still|about|after|before|their|they|than|storage|settings|device|step|steps|answer|answered|summary|failed|unknown|none|outage|fixed|skipped|done|days|weeks|months|years|user|users|reported)(?![\p{L}\p{N}_-])/iu;
const KEPT =
  /Backup Rescue|App Store|Apple (?:Support|Account|One|Watch|TV)|iCloud\+?|iPhone|iPad|Finder|iTunes|Wi-Fi|Face ID|Touch ID|Markdown|JSON/g;

const SUMMARY_CASES = LOCALES.flatMap((l) => Object.keys(VARIANTS).map((v) => [l, v] as const));

describe('every summary variant, every format, every language', () => {
  it.each(SUMMARY_CASES)('%s, %s: nothing unfilled, no key shown as itself', (locale, name) => {
    for (const leaveOutFreeText of [false, true]) {
      const summary = buildSummary(inputOf(locale, name), { language: locale, leaveOutFreeText });
      for (const format of ['markdown', 'text'] as const) {
        const lines = ownText(renderSummary(summary, format)).split('\n');
        expect(
          lines.filter((l) => PLACEHOLDER.test(l)),
          format,
        ).toEqual([]);
        expect(
          lines.filter((l) => RAW_KEY.test(l)),
          format,
        ).toEqual([]);
      }
      const json = JSON.parse(renderSummary(summary, 'json'));
      expect(json.language).toBe(locale);
      // The machine's copy keeps plain numbers, never a language's way of writing them.
      if (json.facts.storageUsedBytes !== undefined)
        expect(typeof json.facts.storageUsedBytes).toBe('number');
    }
  });

  it.each(SUMMARY_CASES.filter(([l]) => l !== 'en'))(
    '%s, %s: no English word in the summary’s own lines',
    (locale, name) => {
      const summary = buildSummary(inputOf(locale, name), {
        language: locale,
        leaveOutFreeText: false,
      });
      for (const format of ['markdown', 'text'] as const) {
        const english = ownText(renderSummary(summary, format))
          .split('\n')
          .filter((line) => ENGLISH.test(line.replace(KEPT, ' ')));
        expect(english, format).toEqual([]);
      }
    },
  );

  it('finds what it looks for', () => {
    expect('Schritt: step.sign_out_in.title').toMatch(RAW_KEY);
    expect('outcome.declined').toMatch(RAW_KEY);
    expect('https://support.apple.com/en-us/HT203977'.replace(/https?:\/\/\S+/g, ' ')).not.toMatch(
      RAW_KEY,
    );
    expect('Seit {age}').toMatch(PLACEHOLDER);
    expect('Der Status: unknown').toMatch(ENGLISH);
    expect('Backup Rescue und iCloud+'.replace(KEPT, ' ')).not.toMatch(ENGLISH);
  });
});

describe('the popup’s sentences for every variant', () => {
  it.each(SUMMARY_CASES)('%s, %s: filled, found, in the language', (locale, name) => {
    const { t } = textsFor(locale);
    const facts = inputOf(locale, name).facts;
    const sentences = textRefs(diagnose(facts)).map((ref) => t(ref));
    expect(sentences.length).toBeGreaterThan(3);
    expect(sentences.filter((s) => PLACEHOLDER.test(s))).toEqual([]);
    expect(sentences.filter((s) => RAW_KEY.test(s))).toEqual([]);
    if (locale !== 'en')
      expect(sentences.filter((s) => ENGLISH.test(s.replace(KEPT, ' ')))).toEqual([]);
  });
});

/**
 * Four years are said in years in every line, the evidence too (round 20): no four-digit count
 * of days beside "about 4 years". Counts still grouped the language's way: numbers-in-texts.
 */
describe('counts in the summary are the language’s own', () => {
  it.each(LOCALES)('%s: no four-digit count of days beside the years', (locale) => {
    const name = 'no status at all, disruptive steps tried, a backup four years old';
    const rendered = ownText(
      renderSummary(
        buildSummary(inputOf(locale, name), { language: locale, leaveOutFreeText: false }),
        'text',
      ),
    );
    const days = Math.floor((CREATED_AT.getTime() - Date.parse('2022-11-20')) / 86_400_000);
    expect(rendered).not.toContain(new Intl.NumberFormat(locale).format(days));
    expect(rendered).not.toMatch(new RegExp(`(?<![\\d.,])${days}(?![\\d.,])`));
    expect(rendered).toMatch(YEARS[locale]);
  });
});

/**
 * A span of years is said in years: "about 48 months" makes a reader divide. From two years on
 * the summary counts years, with the language's plural.
 */
const YEARS: Record<Locale, RegExp> = {
  en: /about 4 years/,
  de: /etwa 4 Jahren/,
  es: /unos 4 años/,
  fr: /environ 4 ans/,
  it: /circa 4 anni/,
  ja: /約4年/,
  zh: /约 4 年/,
};

describe('how long backups have been failing, over years', () => {
  it.each(LOCALES)('%s: four years are “about 4 years”, not 48 months', (locale) => {
    const name = 'no status at all, disruptive steps tried, a backup four years old';
    const summary = buildSummary(inputOf(locale, name), {
      language: locale,
      leaveOutFreeText: false,
    });
    const row = summary.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'rows' ? b.rows : []))
      .find((r) => r.label === reportText(locale, 'support.failingFor'));
    expect(row?.value).toMatch(YEARS[locale]);
    expect(row?.value).not.toMatch(/48/);
  });

  it('switches to years at two years, rounding to whole years', () => {
    const said = (days: number) => ageText('en', days);
    expect(said(700)).toBe('about 23 months');
    expect(said(730)).toBe('about 2 years');
    expect(said(1_466)).toBe('about 4 years');
    expect(said(3_650)).toBe('about 10 years');
  });

  it.each(LOCALES)('%s: a year and a half is still counted in months', (locale) => {
    const input = inputOf(locale, 'a French alert, two-factor off, beta, profile, sideloaded apps');
    input.facts.lastSuccessfulBackup = '2025-05-25';
    const rendered = renderSummary(
      buildSummary(input, { language: locale, leaveOutFreeText: false }),
      'text',
    );
    expect(rendered).toContain(text(locale, 'age.months', { n: 18 }));
  });
});

/**
 * A cause known only from what users have reported (no Apple page, no guide) says so in its own sentence, in every
 * language: the popup shows its description before the sources, and a reader takes an
 * unhedged sentence for an established fact.
 */
const USERS_REPORT: Record<Locale, RegExp> = {
  en: /\b(?:users report|reported by users|user reports)\b/i,
  de: /berichten|Berichte|berichtet/,
  es: /(?:cuentan|informan|según (?:lo que )?cuentan|experiencias)/i,
  fr: /signal(?:ent|ements|é)/i,
  it: /segnala(?:no|zioni|to)/i,
  ja: /報告/,
  zh: /报告/,
};
const kindsOf = (ids: readonly string[]) =>
  new Set(ids.map((id) => sources.find((s) => s.id === id)?.kind));

describe('what only users report is said to be reported by users', () => {
  const userOnly = causes.filter((c) => {
    const kinds = kindsOf(c.sources);
    return kinds.size === 1 && kinds.has('user-reports');
  });

  it('there are such causes', () => {
    expect(userOnly.map((c) => c.id)).toEqual(
      expect.arrayContaining(['ios_beta', 'sideloaded_apps', 'restrictions_or_profile']),
    );
  });

  it.each(LOCALES)('%s: their descriptions name the users’ reports', (locale) => {
    const knowledge = catalogOf('knowledge', locale)!;
    const unhedged = userOnly
      .map((c) => `cause.${c.id}.description`)
      .filter((key) => !USERS_REPORT[locale].test(knowledge[key] ?? ''));
    expect(unhedged).toEqual([]);
  });
});

/** A sentence that says what Apple does stands on a cause or step with an Apple source. */
const APPLE_DOES = /\bApple (?:deletes|keeps|recommends|says|documents|requires|states)\b/;

describe('what Apple does is said only with an Apple source', () => {
  it('every cause and step text that says what Apple does has an Apple source', () => {
    const en = catalogOf('knowledge', 'en')!;
    const unsourced: string[] = [];
    for (const [kind, list] of [
      ['cause', causes],
      ['step', steps],
    ] as const)
      for (const item of list) {
        if (kindsOf(item.sources).has('apple')) continue;
        for (const [key, text] of Object.entries(en))
          if (key.startsWith(`${kind}.${item.id}.`) && APPLE_DOES.test(text))
            unsourced.push(`${key}: ${text}`);
      }
    expect(unsourced).toEqual([]);
  });
});

/**
 * A step that tells the user to delete, erase, remove, reset, sign out or switch something off
 * lists what that costs, so the popup shows it before the step is taken.
 */
const DISRUPTIVE = /\b(?:delete|erase|remove|reset|sign out|turn off|switch off)\b/i;

describe('consequences come with every step that takes something away', () => {
  it('each such step lists its consequences', () => {
    const en = catalogOf('knowledge', 'en')!;
    const missing = steps
      .filter((s) => DISRUPTIVE.test(en[`step.${s.id}.instructions`] ?? ''))
      .filter((s) => s.consequences.length === 0)
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });
});

/**
 * With no status from Apple's page and none given, the summary says it is not known, and no
 * line names a problem, an outage or maintenance at Apple, nor that the service is available.
 */
describe('an unknown status is said as unknown', () => {
  const names = [
    'status unknown, storage only as the user judged it',
    'no status at all, disruptive steps tried, a backup four years old',
  ];
  const cases = LOCALES.flatMap((l) => names.map((n) => [l, n] as const));

  it.each(cases)('%s, %s: “not known”, and no state of Apple’s', (locale, name) => {
    const rendered = renderSummary(
      buildSummary(inputOf(locale, name), { language: locale, leaveOutFreeText: false }),
      'text',
    );
    expect(rendered).toContain(reportText(locale, 'support.notKnown'));
    for (const state of ['issue', 'outage', 'maintenance', 'available'] as const) {
      const words = summaryValueText('appleBackupStatus', state, locale, (iso) => iso);
      expect(words).not.toBe(state);
      expect(rendered).not.toContain(words);
    }
  });
});

/**
 * The popup speaks of the people whose reports it cites (a source kind, "users report that …")
 * without the generic masculine where German, Spanish, French and Italian have a word with no
 * gender of its own ("Betroffene", "personas", "personnes", "persone").
 */
const REPORTERS_MASCULINE: Partial<Record<Locale, RegExp>> = {
  de: /(?<!\p{L})(?:Nutzer|Benutzer|Anwender)(?:n|s)?(?!\p{L})|Nutzerbericht/u,
  es: /(?<!\p{L})(?:los|de|muchos|unos|algunos|otros) usuarios(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:des|d[’']|de nombreux|les|ses|tous|certains) ?utilisateurs(?!\p{L})/iu,
  it: /(?<!\p{L})(?:gli|degli|molti|alcuni|agli) utenti(?!\p{L})/iu,
};

describe('the people who report are named without the generic masculine', () => {
  it.each(Object.keys(REPORTERS_MASCULINE) as Locale[])('%s: knowledge texts', (locale) => {
    const found = Object.entries(catalogOf('knowledge', locale)!)
      .filter(([, text]) => REPORTERS_MASCULINE[locale]!.test(text))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('finds the masculine and leaves a username alone', () => {
    expect('Nutzer berichten, dass').toMatch(REPORTERS_MASCULINE.de!);
    expect('aus Nutzerberichten').toMatch(REPORTERS_MASCULINE.de!);
    expect('Betroffene berichten').not.toMatch(REPORTERS_MASCULINE.de!);
    expect('según cuentan los usuarios').toMatch(REPORTERS_MASCULINE.es!);
    expect('nombre de usuario').not.toMatch(REPORTERS_MASCULINE.es!);
    expect('Des utilisateurs signalent').toMatch(REPORTERS_MASCULINE.fr!);
    expect('Signalements d’utilisateurs').toMatch(REPORTERS_MASCULINE.fr!);
    expect('coupe tous ses utilisateurs').toMatch(REPORTERS_MASCULINE.fr!);
    expect('Gli utenti segnalano').toMatch(REPORTERS_MASCULINE.it!);
    expect('nome utente').not.toMatch(REPORTERS_MASCULINE.it!);
  });
});
