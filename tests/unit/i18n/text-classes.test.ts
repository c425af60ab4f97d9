import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';

/** The catalogs this suite holds to: the screens' own texts (the knowledge has its own tests). */
const FAMILIES: Family[] = ['ui', 'guide', 'report', 'inpage', 'export'];
const OTHER = LOCALES.filter((l) => l !== 'en');
const catalog = (family: Family, locale: Locale) => catalogOf(family, locale) ?? {};

/** Names a text fills in, a plural form's `{n|one:…}` counting as its name. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe('every language fills in the same values', () => {
  it.each(OTHER)('%s: each text uses exactly the English placeholders', (locale) => {
    for (const family of FAMILIES)
      for (const [key, english] of Object.entries(catalog(family, 'en')))
        expect(placeholders(catalog(family, locale)[key] ?? ''), `${family} ${key}`).toEqual(
          placeholders(english),
        );
  });
});

/**
 * Where the English summary says a value is the user's answer ("The user says …", "as the user
 * sees it"), every language says so too: without it a support agent reads an answer as a fact
 * the extension found. Japanese and Chinese name the user with the same word throughout.
 */
const THE_USER: Record<Locale, RegExp> = {
  en: /\bthe user\b/i,
  de: /\bPerson\b/,
  es: /\bpersona\b/i,
  fr: /\bpersonne\b/i,
  it: /\bpersona\b/i,
  ja: /ユーザ/,
  zh: /用户/,
};

describe('an answer is said to be the user’s in every language', () => {
  it.each(OTHER)('%s: the summary names the user wherever the English does', (locale) => {
    for (const [key, english] of Object.entries(catalog('report', 'en'))) {
      if (!THE_USER.en.test(english)) continue;
      expect(catalog('report', locale)[key], `report ${key}`).toMatch(THE_USER[locale]);
    }
  });
});

/**
 * What Apple's page reports stays Apple's report in every language: a hint or banner that names
 * Apple in English names it in each translation, so a state read off the page is never said as
 * the extension's own finding.
 */
describe('a page’s report keeps its source', () => {
  it.each(OTHER)('%s: every text that says "Apple reports" names Apple', (locale) => {
    for (const family of FAMILIES)
      for (const [key, english] of Object.entries(catalog(family, 'en'))) {
        if (!/\bApple reports\b/.test(english)) continue;
        expect(catalog(family, locale)[key], `${family} ${key}`).toMatch(/Apple/);
      }
  });
});

/**
 * A translation left in English: two or more English words the same as the English text. Names
 * stay as they are (the app's, Apple's products).
 */
const NAMES = /^(?:Backup Rescue|Apple One)$/;

describe('nothing is left in English', () => {
  it.each(OTHER)('%s: no text of two words or more is the English one', (locale) => {
    for (const family of FAMILIES)
      for (const [key, english] of Object.entries(catalog(family, 'en'))) {
        if (NAMES.test(english) || !/\p{L}+\s+\p{L}+/u.test(english)) continue;
        expect(catalog(family, locale)[key], `${family} ${key}`).not.toBe(english);
      }
  });

  /** Heard, not seen: labels of a region, a list or a group of buttons. */
  const HEARD = {
    ui: ['start.listLabel', 'question.agoUnit', 'step.outcomes', 'known.change'],
    export: ['export.rawLabel'],
    inpage: ['hint.label', 'hint.services'],
  } as const;

  it.each(OTHER)('%s: what only a screen reader says is translated too', (locale) => {
    for (const [family, keys] of Object.entries(HEARD) as [Family, readonly string[]][])
      for (const key of keys) {
        const english = catalog(family, 'en')[key];
        expect(english, `${family} ${key} in English`).toBeDefined();
        expect(catalog(family, locale)[key], `${family} ${key}`).not.toBe(english);
      }
  });
});

/**
 * A cause that nothing points to or against is ranked by its prior, which comes from how common
 * guides and other users' reports say it is: no count of failures exists. The texts saying so
 * name those sources, with the knowledge's term for user reports.
 */
const USER_REPORTS: Record<Locale, RegExp> = {
  en: /\bguides and user reports\b/,
  de: /\bAnleitungen und Erfahrungsberichten?\b/,
  es: /\bguías y las experiencias de personas usuarias\b/,
  fr: /\bguides et les signalements de personnes concernées\b/,
  it: /\bguide e le segnalazioni di altre persone\b/,
  ja: /ガイドやユーザからの報告/,
  zh: /指南和用户报告/,
};

describe('a likelihood without evidence names what it rests on', () => {
  it.each(LOCALES)('%s: the popup and the summary name guides and user reports', (locale) => {
    expect(catalog('ui', locale)['results.noEvidence']).toMatch(USER_REPORTS[locale]);
    expect(catalog('report', locale)['evidence.none']).toMatch(USER_REPORTS[locale]);
  });
});
