import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, FAMILIES, type Family } from '../../../src/knowledge/catalogs';

const OTHER: Exclude<Locale, 'en'>[] = LOCALES.filter(
  (l): l is Exclude<Locale, 'en'> => l !== 'en',
);
const OWN: Family[] = ['ui', 'guide', 'report', 'inpage', 'export'];
const texts = (family: Family, locale: Locale) => Object.entries(catalogOf(family, locale) ?? {});
const english = (family: Family, key: string) => catalogOf(family, 'en')![key]!;

/**
 * Each language quotes one way on every screen (the summary quotes what the popup showed): the
 * first mark is its opening one and no mark of another language's style appears. The inner kind
 * is allowed, for a quotation inside a quotation.
 */
const QUOTES: Record<Locale, { open: RegExp; marks: RegExp }> = {
  // English has two accepted styles: straight ones in the knowledge and the summary's plain text,
  // curly ones beside them in the popup.
  en: { open: /^["“]$/, marks: /^["'“”‘’]$/ },
  de: { open: /^„$/, marks: /^[„“‚‘]$/ },
  es: { open: /^«$/, marks: /^[«»“”]$/ },
  fr: { open: /^«$/, marks: /^[«»“”]$/ },
  it: { open: /^“$/, marks: /^[“”‘’]$/ },
  ja: { open: /^「$/, marks: /^[「」『』]$/ },
  zh: { open: /^“$/, marks: /^[“”‘’]$/ },
};
// Apostrophes (l’iPhone, po’, don't) are not quotes.
const quoteMarks = (text: string) =>
  text.replace(/(\p{L})[’'](?=\p{L}|\s|$)/gu, '$1').match(/["“”„‚‘’«»「」『』‹›]/g) ?? [];

describe('one way of quoting per language', () => {
  it.each(LOCALES)('%s: every catalog quotes in the language’s own marks', (locale) => {
    const { open, marks } = QUOTES[locale];
    for (const family of FAMILIES)
      for (const [key, text] of texts(family, locale)) {
        const found = quoteMarks(text);
        if (found.length === 0) continue;
        expect(found[0], `${family} ${key}: ${text}`).toMatch(open);
        for (const mark of found) expect(mark, `${family} ${key}: ${text}`).toMatch(marks);
      }
  });

  it('tells quotes from apostrophes', () => {
    expect(quoteMarks('dall’App Store, un po’ e l’iPhone')).toEqual([]);
    expect(quoteMarks('Tocca «Impostazioni»')).toEqual(['«', '»']);
    expect(quoteMarks('tap "Back Up Now"')).toEqual(['"', '"']);
  });
});

/**
 * A failure that happened is said in the past in every language: "couldn't read this page" is
 * not "cannot read this page", which claims it will never work. Only one-sentence texts are
 * checked, where the English has no present tense beside the past.
 */
const PRESENT_FAILURE: Record<Exclude<Locale, 'en'>, RegExp> = {
  de: /\b(?:kann|können) [^.]*\bnicht\b/,
  es: /\bno (?:se )?(?:puede|pueden)\b/,
  fr: /\bne (?:peut|peuvent) pas\b/,
  it: /\bnon (?:può|possono|riesce|riescono)\b/,
  ja: /(?:できません|れません)(?!でした)/,
  zh: /不能/,
};
const PAST_FAILURE = /\b(?:couldn't|could not|did not|didn't|was not|wasn't)\b/i;

describe('tense of what went wrong', () => {
  it.each(OTHER)('%s: a failure that happened is not said as one that always happens', (l) => {
    for (const family of OWN)
      for (const [key, text] of texts(family, l)) {
        const source = english(family, key);
        if (!PAST_FAILURE.test(source) || /[.!?] \S/.test(source)) continue;
        expect(text, `${family} ${key} (English: ${source})`).not.toMatch(PRESENT_FAILURE[l]);
      }
  });
});

/**
 * The summary marks each kind of personal data it took out ("[name removed]"); a reader scanning
 * for what was removed should find one word for it, not "removed" for names and "deleted" for
 * passwords.
 */
const REMOVED: Record<Locale, RegExp> = {
  en: / removed\]$/,
  de: / entfernt\]$/,
  es: / eliminad[oa]\]$/,
  fr: / retirée?\]$/,
  it: / rimoss[oa]\]$/,
  ja: /を削除\]$/,
  zh: /已移除\]$/,
};

describe('the marks of removed personal data', () => {
  it.each(LOCALES)('%s: every kind is said removed with the same word', (locale) => {
    const masks = texts('report', locale).filter(([key]) => key.startsWith('mask.'));
    expect(masks.length).toBeGreaterThan(5);
    for (const [key, text] of masks) expect(text, key).toMatch(REMOVED[locale]);
  });
});

/**
 * Two texts that say different things in English should not say the same thing in another
 * language: one of them has lost its meaning ("suggested to rule out or fix" and "for this
 * possible cause" both read "possible cause"). Singular and plural of one count are allowed
 * to agree where the language has no plural, and so are the pairs listed here.
 */
const SAME_ON_PURPOSE: Partial<Record<Locale, string[][]>> = {
  // Japanese drops "your" and says "skip" alike for the button and the state it leaves.
  ja: [
    ['fact.storageStatus', 'storage.title'],
    ['outcome.skipped', 'step.skip'],
  ],
};
const pluralPair = (keys: string[]) =>
  new Set(keys.map((key) => key.replace(/\.(?:one|other)$/, ''))).size === 1;

describe('different things said differently', () => {
  it.each(OTHER)('%s: no two texts with different English share one translation', (locale) => {
    for (const family of OWN) {
      const byText = new Map<string, string[]>();
      for (const [key, text] of texts(family, locale))
        byText.set(text, [...(byText.get(text) ?? []), key]);
      for (const keys of byText.values()) {
        const meanings = new Set(keys.map((key) => english(family, key).toLowerCase()));
        if (meanings.size < 2 || pluralPair(keys)) continue;
        const allowed = SAME_ON_PURPOSE[locale]?.some((pair) => pair.join() === keys.join());
        expect(allowed, `${family}: ${keys.join(', ')}`).toBe(true);
      }
    }
  });
});

/** Italian calls a step "passaggio" everywhere (Passaggi successivi, Torna ai passaggi). */
describe('Italian names a step one way', () => {
  it('says "passaggio", not "passo", outside the idiom "passo dopo passo"', () => {
    for (const family of OWN)
      for (const [key, text] of texts(family, 'it'))
        expect(text.replace(/passo dopo passo/g, ''), `${family} ${key}`).not.toMatch(
          /\bpass[oi]\b/i,
        );
  });
});

/**
 * The popup fills its own templates without turning a value's quotes into inner ones (only the
 * knowledge texts and the summary do), so a popup template that quoted a step or cause title
 * would show 「「設定」を閉じる」 for a title that quotes a button.
 */
describe('popup templates and titles with quotes of their own', () => {
  const QUOTED_TITLE = /["“„«「『‘][\s\u00a0]?\{(?:step|cause|cause\d|alert)\}/;

  it.each(LOCALES)('%s: no popup template quotes a step, cause or message title', (locale) => {
    for (const [key, text] of texts('ui', locale)) expect(text, key).not.toMatch(QUOTED_TITLE);
  });
});

/**
 * A text that quotes another of the app's labels ('Answered "Not sure"', 'under "The problem"')
 * sends the reader looking for that label, so it quotes it as the label reads in the language.
 */
const QUOTATION = /["“„«「]\s?([^"“”„«»「」{}]+?)\s?["”“»」]/gu;
const quotations = (text: string) => [...text.matchAll(QUOTATION)].map((m) => m[1]!.trim());

describe('labels quoted by other texts', () => {
  const labels = (locale: Locale) =>
    FAMILIES.flatMap((family) =>
      texts(family, locale).map(([key, text]) => ({ family, key, text })),
    );
  const english = labels('en');

  it.each(OTHER)('%s: a quoted label reads as the label itself', (locale) => {
    const own = labels(locale);
    const inLocale = (family: Family, key: string) =>
      own.find((label) => label.family === family && label.key === key)?.text.toLowerCase();
    let checked = 0;
    for (const family of OWN)
      for (const [key, source] of texts(family, 'en')) {
        const quoted = quotations(catalogOf(family, locale)![key]!).map((q) => q.toLowerCase());
        if (quoted.length === 0) continue;
        for (const phrase of quotations(source)) {
          const same = english.filter((l) => l.text.toLowerCase() === phrase.toLowerCase());
          if (same.length === 0) continue;
          checked += 1;
          const wanted = same.map((l) => inLocale(l.family, l.key));
          expect(
            quoted.some((q) => wanted.includes(q)),
            `${family} ${key}: ${quoted.join(' / ')} should be one of ${wanted.join(' / ')}`,
          ).toBe(true);
        }
      }
    expect(checked).toBeGreaterThan(2);
  });
});
