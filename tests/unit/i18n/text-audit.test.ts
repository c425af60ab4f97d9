import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, FAMILIES as ALL_FAMILIES, type Family } from '../../../src/knowledge/catalogs';
import { buildSummary, importSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { maskedSentence } from '../../../src/report/words';
import { ageUnit } from '../../../src/knowledge/age';
import { interpolate } from '../../../src/knowledge/catalogs';
import { importErrorText } from '../../../src/ui/export/import-error';
import { textsFor } from '../../../src/ui/locale-context';
import { formatDateTime } from '../../../src/ui/format';
import { diagnose } from '../../../src/engine/diagnose';
import { textRefs } from '../../support/text-refs';
import { sampleInput } from '../report/fixtures';

/**
 * An audit of the screens' own texts (not the knowledge, which has its own suites), by class of
 * fault a reader in another language notices: English left inside a sentence, a size written
 * with the wrong decimal mark or unit, a name for a Settings item other than Apple's, an error
 * that does not say what its number counts, a line saying Apple reports what only the user said.
 */
const FAMILIES: Family[] = ['ui', 'guide', 'report', 'inpage', 'export'];
const OTHER = LOCALES.filter((l) => l !== 'en');
const entries = (family: Family, locale: Locale) => Object.entries(catalogOf(family, locale)!);

/**
 * English words no other of the seven languages spells the same way (so not "also", "was",
 * "will", "in", "on", "an", "no", "beta"), written in a translation as a word of its own.
 * Apple's and the app's names that stay English are taken out first.
 */
const ENGLISH_WORDS =
  /(?<![\p{L}\p{N}_-])(?:the|and|with|your|you|this|that|is|are|were|have|from|please|tap|click|should|would|could|not|what|which|when|where|yet|been|only|still|about|after|before|there|their|they|here|now|than|then|storage|settings|device|devices|step|steps|answer|summary|failed|unknown|none|more|less|open|close|copy|reload|check)(?![\p{L}\p{N}_-])/iu;
const KEPT_NAMES =
  /Backup Rescue|App Store|Apple (?:Support|Account|One|Watch|TV)|iCloud\+?|iPhone|iPad|Finder|iTunes|Wi-Fi|Face ID|Touch ID|Markdown|JSON|UTF-8|Shift-JIS|ANSI|\{\w+(?:\|[^{}]*)?\}|https?:\/\/\S+/g;

describe('no English left inside a translation', () => {
  it.each(OTHER)('%s: no English word in a sentence of the screens', (locale) => {
    const left: string[] = [];
    for (const family of FAMILIES)
      for (const [key, text] of entries(family, locale)) {
        const found = ENGLISH_WORDS.exec(text.replace(KEPT_NAMES, ' '));
        if (found) left.push(`${family} ${key}: “${found[0]}” in ${text}`);
      }
    expect(left).toEqual([]);
  });

  it.each(OTHER)('%s: a name English words in its own order is translated', (locale) => {
    // "iOS beta" is English word order; Apple writes "versión beta de iOS", "Beta-Version" …
    for (const family of ['ui', 'report'] as const)
      expect(catalogOf(family, locale)!['fact.iosBeta'], `${family} fact.iosBeta`).not.toBe(
        'iOS beta',
      );
  });

  it('finds English words and leaves the other languages’ look-alikes alone', () => {
    expect('Tippe auf the button').toMatch(ENGLISH_WORDS);
    expect('Ouvrez les Settings').toMatch(ENGLISH_WORDS);
    expect('Das ist also was anderes, es will nicht').not.toMatch(ENGLISH_WORDS);
    expect('in corso, no, on verra, an beta').not.toMatch(ENGLISH_WORDS);
    expect('Backup Rescue auf dem iPhone'.replace(KEPT_NAMES, ' ')).not.toMatch(ENGLISH_WORDS);
  });
});

/** Sessions that between them give every answer a value the summary words. */
const ANSWER_SETS = [0, 1, 2].map((i): SummaryInput['facts'] => ({
  ...sampleInput().facts,
  alertText: '',
  notes: '',
  iosBeta: i === 0,
  twoFactor: i === 1,
  emailVerified: i === 0,
  backupEnabled: i === 1,
  deviceLocked: i === 0,
  sideloadedApps: i === 1,
  largeOfflineAppData: i === 0,
  profileOrRestrictions: i === 1,
  computerBackupFails: i === 0,
  storageStatus: (['full', 'plenty', 'almost_full'] as const)[i],
  wifi: (['unstable', 'none', 'stable'] as const)[i],
  power: (['battery', 'charging', 'charging'] as const)[i],
  appleBackupStatus: (['issue', 'maintenance', 'outage'] as const)[i],
  unsure: ['deviceLocked'],
  lastSuccessfulBackup: i === 2 ? '2022-01-01' : '2026-11-20',
}));

describe('no English left in a rendered summary', () => {
  const cases = OTHER.flatMap((l) => ANSWER_SETS.map((_, i) => [l, i] as const));
  it.each(cases)('%s, answers %i: every line is in the language', (locale, i) => {
    const input = sampleInput({ uiLanguage: locale, facts: ANSWER_SETS[i]! });
    const rendered = renderSummary(
      buildSummary(input, { language: locale, leaveOutFreeText: false }),
      'markdown',
    );
    const english = rendered
      .split('\n')
      .filter((line) => ENGLISH_WORDS.test(line.replace(KEPT_NAMES, ' ')));
    expect(english).toEqual([]);
  });
});

/** Sizes and Settings' items as they stand in the seven languages' rendered summaries. */
const SIZE = /(\d+(?:[.,]\d+)?)\s?(GB|MB|TB|KB|Go|Mo|To|Ko)(?!\p{L})/gu;
const DECIMAL_COMMA = new Set<Locale>(['de', 'es', 'fr', 'it']);
const FRENCH_UNITS = new Set(['Go', 'Mo', 'To', 'Ko']);

/** Whole bytes, as the readers give them. */
const tib = (n: number) => Math.round(n * 2 ** 40);
/** Sessions whose sizes all have a decimal part, in every place a size is written. */
const SIZED = {
  'the free plan, nearly full': {
    storageUsedBytes: 5_100_000_000,
    storageTotalBytes: 5_368_709_120,
    backupSizeBytes: 1_700_000_000,
    storageByCategory: { photos: 2_500_000_000, backup: 1_600_000_000, mail: 370_000_000 },
  },
  'a 2 TB plan, the backup too big for what is left': {
    storageUsedBytes: tib(1.7),
    storageTotalBytes: tib(2),
    backupSizeBytes: tib(0.45),
    storageByCategory: { photos: tib(1.2), backup: tib(0.35), docs: 163_000_000_000 },
  },
} as const;

function sizedInput(language: Locale, sizes: (typeof SIZED)[keyof typeof SIZED]): SummaryInput {
  return sampleInput({
    uiLanguage: language,
    facts: {
      ...sampleInput().facts,
      ...sizes,
      // The user's own text may write sizes any way: it is not part of this check.
      alertText: '',
      notes: '',
    },
  });
}

describe('sizes in the rendered summary, in each language’s form', () => {
  const cases = LOCALES.flatMap((l) => Object.keys(SIZED).map((name) => [l, name] as const));
  it.each(cases)('%s, %s: every size has the language’s decimal mark and units', (locale, name) => {
    const input = sizedInput(locale, SIZED[name as keyof typeof SIZED]);
    const rendered = renderSummary(
      buildSummary(input, { language: locale, leaveOutFreeText: false }),
      'text',
    );
    const sizes = [...rendered.matchAll(SIZE)];
    // Used, total, next backup, three categories, free space in the engine's sentence.
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    for (const [whole, number, unit] of sizes) {
      expect(number, whole).not.toMatch(DECIMAL_COMMA.has(locale) ? /\./ : /,/);
      expect(FRENCH_UNITS.has(unit!), whole).toBe(locale === 'fr');
    }
  });
});

describe('sizes in the popup’s sentences from the engine, in each language’s form', () => {
  const cases = LOCALES.flatMap((l) => Object.keys(SIZED).map((name) => [l, name] as const));
  it.each(cases)('%s, %s: the engine’s sizes are said the language’s way', (locale, name) => {
    const facts = sizedInput(locale, SIZED[name as keyof typeof SIZED]).facts;
    const { t } = textsFor(locale);
    const sentences = textRefs(diagnose(facts)).map((ref) => t(ref));
    const sizes = sentences.flatMap((s) => [...s.matchAll(SIZE)]);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const [whole, number, unit] of sizes) {
      expect(number, whole).not.toMatch(DECIMAL_COMMA.has(locale) ? /\./ : /,/);
      expect(FRENCH_UNITS.has(unit!), whole).toBe(locale === 'fr');
    }
  });
});

/**
 * Where the English of a screen names a Settings item or button, the translation names it as
 * Apple's iOS does in that language (the knowledge's paths use the same words); Apple's System
 * Status page is named by the title Apple gives it in that language.
 */
const APPLE_TERMS: { en: RegExp; term: Record<Exclude<Locale, 'en'>, RegExp> }[] = [
  {
    en: /\bSettings\b/,
    term: {
      de: /Einstellungen/,
      es: /Ajustes/i,
      fr: /Réglages/i,
      it: /Impostazioni/i,
      ja: /設定/,
      zh: /设置/,
    },
  },
  {
    en: /\bBack Up Now\b/,
    term: {
      de: /Backup jetzt erstellen/,
      es: /Realizar copia de seguridad ahora/,
      fr: /Sauvegarder maintenant/,
      it: /Esegui backup adesso/,
      ja: /今すぐバックアップを作成/,
      zh: /立即备份/,
    },
  },
  {
    en: /\biCloud Backup\b/,
    term: {
      de: /iCloud-Backup/,
      es: /Copia (?:en|de seguridad de) iCloud/i,
      fr: /Sauvegarde iCloud|sauvegarde iCloud/,
      it: /Backup (?:di )?iCloud/i,
      ja: /iCloudバックアップ/,
      zh: /iCloud 云备份/,
    },
  },
  {
    // iOS 17 renamed "Manage Storage"; both names stand in paths for older and newer iOS.
    en: /\bManage Account Storage\b/,
    term: {
      de: /Accountspeicher verwalten/,
      es: /Gestionar almacenamiento de la cuenta/,
      fr: /Gérer le stockage du compte/,
      it: /Gestisci spazio account/,
      ja: /アカウントのストレージを管理/,
      zh: /管理账户储存空间/,
    },
  },
  {
    en: /\bManage Storage\b/,
    term: {
      de: /(?<!Account)Speicher verwalten/,
      es: /Gestionar almacenamiento(?! de la cuenta)/,
      fr: /Gérer le stockage(?! du compte)/,
      it: /Gestisci spazio(?! account)/,
      ja: /(?<!アカウントの)ストレージを管理/,
      zh: /管理储存空间/,
    },
  },
  {
    en: /\bSystem Status\b/,
    term: {
      de: /Systemstatus/,
      es: /Estado del sistema/i,
      fr: /État du système|état du système/,
      it: /Stato del sistema/i,
      ja: /システム状況/,
      zh: /系统状态/,
    },
  },
];

describe('Apple’s names for Settings and its buttons', () => {
  it.each(OTHER)('%s: a text naming them in English names them Apple’s way', (locale) => {
    const missing: string[] = [];
    for (const family of ALL_FAMILIES)
      for (const [key, english] of entries(family, 'en'))
        for (const { en, term } of APPLE_TERMS) {
          const text = catalogOf(family, locale)![key] ?? '';
          if (en.test(english) && !term[locale].test(text))
            missing.push(`${family} ${key}: ${String(term[locale])} not in ${text}`);
        }
    expect(missing).toEqual([]);
  });
});

/** A refusal whose limit counts characters (the notes) and one whose limit counts entries. */
function limitRefusals() {
  const summary = JSON.parse(
    renderSummary(buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false }), 'json'),
  );
  const long = structuredClone(summary);
  long.facts.notes = 'x'.repeat(100_000);
  const many = structuredClone(summary);
  many.stepLog = Array.from({ length: 2_000 }, () => summary.stepLog[0]);
  return [long, many].map((file) => {
    const result = importSummary(JSON.stringify(file));
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  });
}

/** What a limit counts, in each language's words. */
const COUNTS: Record<Locale, { characters: RegExp; entries: RegExp }> = {
  en: { characters: /\bcharacters\b/, entries: /\bentries\b/ },
  de: { characters: /\bZeichen\b/, entries: /\bEinträge\b/ },
  es: { characters: /\bcaracteres\b/, entries: /\bentradas\b/ },
  fr: { characters: /\bcaractères\b/, entries: /\bentrées\b/ },
  it: { characters: /\bcaratteri\b/, entries: /\bvoci\b/ },
  ja: { characters: /文字/, entries: /件/ },
  zh: { characters: /个字符/, entries: /条/ },
};

describe('a limit in an import error says what it counts', () => {
  const [long, many] = limitRefusals();

  it.each(LOCALES)('%s: characters for a text, entries for a list', (locale) => {
    const { t } = textsFor(locale, ['export', 'ui']);
    const tooLong = importErrorText(long!, t);
    const tooMany = importErrorText(many!, t);
    expect(tooLong).toMatch(COUNTS[locale].characters);
    expect(tooLong).not.toMatch(COUNTS[locale].entries);
    expect(tooMany).toMatch(COUNTS[locale].entries);
    expect(tooMany).not.toMatch(COUNTS[locale].characters);
  });
});

/**
 * A status the user gave (they looked at Apple's page themselves, or said what they think) is
 * their answer: the popup's banner and the summary say so, and only a reading of the page says
 * "Apple reports".
 */
const APPLE_REPORTS: Record<Locale, RegExp> = {
  en: /\bApple (?:\S+ ){0,3}?reports?\b/,
  de: /(?<!\p{L})Apple (?:(?:ein|eine|einen) \S+ )?meldet\b/u,
  // Apple as the subject, not the owner of a page ("la page … d’Apple indique").
  es: /(?<!de )Apple (?:\S+ ){0,3}?(?:informa|indica|notifica|comunica)\b/,
  fr: /(?<!d’|d')Apple (?:\S+ ){0,3}?(?:signale|indique)\b/,
  it: /(?<!di )Apple (?:\S+ ){0,3}?(?:segnala|indica)\b/,
  ja: /Appleが[^。]*(?:報告|発表)/,
  zh: /Apple (?:\S+ )?(?:报告|表示)/,
};

function answeredOutage(language: Locale) {
  const input = sampleInput({ uiLanguage: language, readings: [] });
  input.facts = {
    ...input.facts,
    appleBackupStatus: 'outage',
    storageUsedBytes: 1_000_000_000,
    // Wi-Fi trouble brings in the resets that wait while Apple's service is down.
    wifi: 'unstable',
    sources: { appleBackupStatus: { source: 'user', at: '2026-11-25T08:58:00.000Z' } },
  };
  return input;
}

describe('the user’s answer about Apple’s page is not Apple’s report', () => {
  it.each(LOCALES)('%s: the summary says no “Apple reports” for an answer', (locale) => {
    const summary = buildSummary(answeredOutage(locale), {
      language: locale,
      leaveOutFreeText: false,
    });
    expect(JSON.stringify(summary.data)).toContain('"heldBack":true');
    expect(renderSummary(summary, 'text')).not.toMatch(APPLE_REPORTS[locale]);
  });

  it.each(LOCALES)('%s: the popup’s banner titles have a wording for an answer', (locale) => {
    const ui = catalogOf('ui', locale)!;
    for (const kind of ['issue', 'outage', 'maintenance']) {
      const answered = ui[`banner.${kind}.title_answered`];
      expect(answered, `banner.${kind}.title_answered`).toBeDefined();
      expect(answered).not.toMatch(APPLE_REPORTS[locale]);
    }
  });
});

/**
 * An error tells the reader what to do next, in every language: the English names an action,
 * and no translation drops the sentence that holds it.
 */
const ERROR_KEY =
  /^(?:import\.error\.|paste\.error$|question\.dayError$|export\.copyFailed$|notice\.deleteFailed$|reading\.unreadable\.)/;
const ACTION = /\b(?:choose|update|type|enter|select|try|check|answer|reload|copy|save)\b/i;
const sentenceCount = (text: string) =>
  text.split(/[.!?](?=\s|$)|[。！？]/u).filter((s) => /\p{L}/u.test(s)).length;

describe('an error says what to do', () => {
  const errors = (['ui', 'export'] as const).flatMap((family) =>
    entries(family, 'en')
      .filter(([key]) => ERROR_KEY.test(key))
      .map(([key, english]) => ({ family, key, english })),
  );

  it('finds the errors, and each names an action in English', () => {
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const { family, key, english } of errors)
      expect(english, `${family} ${key}`).toMatch(ACTION);
  });

  it.each(OTHER)('%s: no translation drops a sentence of an error', (locale) => {
    for (const { family, key, english } of errors) {
      const text = catalogOf(family, locale)![key] ?? '';
      expect(sentenceCount(text), `${family} ${key}: ${text}`).toBeGreaterThanOrEqual(
        sentenceCount(english),
      );
    }
  });
});

/**
 * The summary speaks of the person who used the extension, whom it does not know: Spanish,
 * French, Italian and German name them with a word that has no gender of its own ("la persona",
 * "la personne", "die Person"), never the generic masculine "el usuario", "l’utilisateur",
 * "l’utente", "der Nutzer" (a compound such as "nombre de usuario", username, names a thing).
 */
const GENERIC_MASCULINE: Partial<Record<Locale, RegExp>> = {
  es: /(?<!\p{L})(?:el|del|al|un|otros|los|unos) usuarios?(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:l[’']|un |d[’']autres |les |des )utilisateurs?(?!\p{L})/iu,
  it: /(?<!\p{L})(?:l[’']|dell[’']|dall[’']|all[’']|un |altri )utent[ei](?!\p{L})/iu,
  de: /(?<!\p{L})(?:[Dd]er|[Dd]es|dem|den|vom|[Ll]aut|[Ee]in|eines|einem|[Aa]ndere|anderen) (?:Be)?[Nn]utzers?(?!\p{L})/u,
};
const NEUTRAL_LOCALES = Object.keys(GENERIC_MASCULINE) as Locale[];

describe('the person the summary speaks of has no gender', () => {
  it('finds the generic masculine and leaves compounds alone', () => {
    expect('El usuario dice que').toMatch(GENERIC_MASCULINE.es!);
    expect('omitido por el usuario').toMatch(GENERIC_MASCULINE.es!);
    expect('según cuentan otros usuarios').toMatch(GENERIC_MASCULINE.es!);
    expect('{n} nombres de usuario').not.toMatch(GENERIC_MASCULINE.es!);
    expect('L’utilisateur indique').toMatch(GENERIC_MASCULINE.fr!);
    expect('{n} noms d’utilisateur').not.toMatch(GENERIC_MASCULINE.fr!);
    expect('dell’utente').toMatch(GENERIC_MASCULINE.it!);
    expect('{n} nomi utente').not.toMatch(GENERIC_MASCULINE.it!);
    expect('Laut Nutzer ist').toMatch(GENERIC_MASCULINE.de!);
    expect('vom Nutzer angegeben').toMatch(GENERIC_MASCULINE.de!);
    expect('{n} Benutzernamen').not.toMatch(GENERIC_MASCULINE.de!);
  });

  it.each(NEUTRAL_LOCALES)(
    '%s: no catalog of the screens names them in the masculine',
    (locale) => {
      const found: string[] = [];
      for (const family of FAMILIES)
        for (const [key, text] of entries(family, locale))
          if (GENERIC_MASCULINE[locale]!.test(text)) found.push(`${family} ${key}: ${text}`);
      expect(found).toEqual([]);
    },
  );

  it.each(NEUTRAL_LOCALES)('%s: nor does a rendered summary', (locale) => {
    for (const facts of ANSWER_SETS) {
      const input = sampleInput({ uiLanguage: locale, facts });
      input.facts.sources = {
        ...input.facts.sources,
        wifi: { source: 'user', at: '2026-11-25T09:01:00.000Z' },
      };
      const rendered = renderSummary(
        buildSummary(input, { language: locale, leaveOutFreeText: true }),
        'text',
      );
      expect(rendered.split('\n').filter((line) => GENERIC_MASCULINE[locale]!.test(line))).toEqual(
        [],
      );
    }
  });
});

/** A placeholder left as it is: `{retention}`, `{n|one:…}`. */
const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;

describe('no placeholder left unfilled', () => {
  /** Old and recent last backups, so that the retention sentences are said too. */
  const ages = ['2022-01-01', '2026-05-01', '2026-11-20'];
  const cases = LOCALES.flatMap((l) => ages.map((last) => [l, last] as const));

  it.each(cases)(
    '%s, last backup %s: the rendered summary fills every placeholder',
    (locale, last) => {
      for (const facts of ANSWER_SETS) {
        const input = sampleInput({
          uiLanguage: locale,
          facts: { ...facts, lastSuccessfulBackup: last },
        });
        for (const format of ['text', 'markdown'] as const) {
          const rendered = renderSummary(
            buildSummary(input, { language: locale, leaveOutFreeText: false }),
            format,
          );
          expect(rendered.split('\n').filter((line) => PLACEHOLDER.test(line))).toEqual([]);
        }
      }
    },
  );

  it.each(cases)(
    '%s, last backup %s: the popup’s sentences fill every placeholder',
    (locale, last) => {
      const { t } = textsFor(locale);
      for (const facts of ANSWER_SETS) {
        const sentences = textRefs(diagnose({ ...facts, lastSuccessfulBackup: last })).map((ref) =>
          t(ref),
        );
        expect(sentences.filter((s) => PLACEHOLDER.test(s))).toEqual([]);
      }
    },
  );
});

/**
 * A key with plural forms (`<base>.one`, `.other`, and `.few`, `.many`, `.two`, `.zero` where a
 * language needs them) is chosen by the language's own plural rules (Intl.PluralRules): French
 * says "0 adresse" and "1,5 Go" in the singular, Russian "21 адрес". So each form writes its
 * number with the placeholder, never a literal "1" that another language's "one" would not fit.
 */
const PLURAL_KEY = /\.(?:zero|one|two|few|many|other)$/;

describe('plural forms follow each language’s plural rules', () => {
  it.each(LOCALES)('%s: every plural form writes its count as {n}', (locale) => {
    const literal: string[] = [];
    for (const family of FAMILIES)
      for (const [key, text] of entries(family, locale))
        if (
          PLURAL_KEY.test(key) &&
          (key.startsWith('age.') || key.startsWith('masked.')) &&
          !text.includes('{n}')
        )
          literal.push(`${family} ${key}: ${text}`);
    expect(literal).toEqual([]);
  });

  const COUNTS = [0, 1, 2, 5, 11, 21, 101, 1_000_000];
  it.each(LOCALES)('%s: the summary picks the form Intl.PluralRules names', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const report = catalogOf('report', locale)!;
    const form = (base: string, n: number) =>
      interpolate(report[`${base}.${rules.select(n)}`] ?? report[`${base}.other`]!, {
        n: new Intl.NumberFormat(locale).format(n),
      });
    for (const n of COUNTS) {
      const sentence = maskedSentence([{ kind: 'email', count: n }], locale);
      expect(sentence, `${n}`).toContain(form('masked.email', n));
    }
  });

  it.each(LOCALES)(
    '%s: an age in days or months picks the form Intl.PluralRules names',
    (locale) => {
      const rules = new Intl.PluralRules(locale);
      const knowledge = catalogOf('knowledge', locale)!;
      // The form each `{n|one:…|other:…}` names for n, picked here apart from the renderer.
      const formsFor = (template: string, n: number) =>
        template.replace(/\{n\|([^{}]+)\}/g, (_, forms: string) => {
          const pairs = forms.split('|').map((f) => f.split(':') as [string, string]);
          const pick =
            pairs.find(([c]) => c === rules.select(n)) ?? pairs.find(([c]) => c === 'other');
          return pick![1];
        });
      for (const days of [1, 2, 5, 11, 13, 61, 400, 700]) {
        const input = sampleInput({
          uiLanguage: locale,
          createdAt: new Date(Date.UTC(2026, 10, 25)),
        });
        input.facts = {
          ...input.facts,
          lastSuccessfulBackup: new Date(Date.UTC(2026, 10, 25) - days * 86_400_000)
            .toISOString()
            .slice(0, 10),
        };
        const rendered = renderSummary(
          buildSummary(input, { language: locale, leaveOutFreeText: true }),
          'text',
        );
        const { unit, n } = ageUnit(days);
        const template = formsFor(knowledge[`age.${unit}`]!, n);
        expect(rendered, `${days} days`).toContain(
          interpolate(template, { n: new Intl.NumberFormat(locale).format(n) }),
        );
      }
    },
  );
});

/**
 * The popup writes a date the language's way (the summary is the exception: one form for every
 * support agent, "2026-03-04 10:05 UTC+01:00", src/report/format.ts).
 */
const LOCAL_DAY: Record<Locale, RegExp> = {
  en: /^Mar 4, 2026$/,
  de: /^0?4\.0?3\.2026$/,
  es: /^4 mar 2026$/,
  fr: /^4 mars 2026$/,
  it: /^4 mar 2026$/,
  ja: /^2026\/0?3\/0?4$/,
  zh: /^2026年3月4日$/,
};

describe('dates in the popup are the language’s own', () => {
  it.each(LOCALES)('%s: a bare day and a time, never the ISO form', (locale) => {
    expect(formatDateTime('2026-03-04', locale)).toMatch(LOCAL_DAY[locale]);
    const time = formatDateTime('2026-03-04T10:05:00.000Z', locale);
    expect(time).not.toMatch(/2026-03-04|T10/);
    expect(time).toMatch(/\d{1,2}[:.]05/);
  });
});
