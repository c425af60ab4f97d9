import { describe, expect, it } from 'vitest';
import { interpolate, LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';
import { text } from '../../../src/knowledge/text';
import { thirdPerson } from '../../../src/report/words';
import { textsFor } from '../../../src/ui/locale-context';

/** A text as its reader gets it: each fills its forms ({days|age}, {n|one:…}) as it is shown. */
const rendered = (family: Family, locale: Locale, key: string, params: Record<string, number>) => {
  if (family === 'knowledge') return text(locale, key, params);
  if (family === 'report' && key.startsWith('thirdPerson.'))
    return thirdPerson(locale, { key: key.slice('thirdPerson.'.length), params });
  // The popup's own texts fill their forms as the popup shows them ({n|one:…}).
  if (family === 'ui' || family === 'export')
    return textsFor(locale, [family, 'ui']).t(key, params);
  return interpolate(catalogOf(family, locale)![key]!, params);
};

/**
 * A text with a number in it is said with whatever number the code has, and some of them can be
 * 1: a key either has its own `.one` form or is worded so that no noun or verb agrees with the
 * number ("days left: about 1", "Risultati: 1"). A plural noun right after a lone 1 is the
 * mistake a reader sees ("about 1 days remain", "1 trovati").
 */
const PLURAL_AFTER_ONE: Record<Locale, RegExp> = {
  en: /(?<![\d.,])1 (?:\w+ )?(?:days|weeks|months|hours|minutes|steps|items|remain)\b/,
  de: /(?<![\d.,])1 (?:\w+ )?(?:Tage|Tagen|Wochen|Monate|Monaten|Stunden|Minuten|Schritte)\b/,
  es: /(?<![\d.,])1 (?:\w+ )?(?:días|semanas|meses|horas|minutos|pasos|encontrados)\b/,
  fr: /(?<![\d.,])1 (?:\w+ )?(?:jours|semaines|heures|minutes|étapes|trouvés)(?![\p{L}])/u,
  it: /(?<![\d.,])1 (?:\w+ )?(?:giorni|settimane|mesi|ore|minuti|passaggi|trovati)\b/,
  ja: /(?!)/,
  zh: /(?!)/,
};

/** Every text whose number can be 1 where it is shown (its reader and how it gets there). */
const CAN_BE_ONE: [Family, string, Record<string, number>][] = [
  // diagnose.ts: left = 180 - days, from day 150 up to day 179.
  ['report', 'thirdPerson.notice.retention_risk', { days: 179, left: 1, retention: 180 }],
  ['knowledge', 'notice.retention_risk', { days: 179, left: 1, retention: 180 }],
  ['ui', 'start.matches', { n: 1 }],
  ['ui', 'notice.dropped.steps', { n: 1 }],
  ['ui', 'results.later', { n: 1 }],
  ['ui', 'results.tried', { n: 1 }],
  ['ui', 'question.progress', { n: 1 }],
  ['export', 'import.problem.more', { n: 1 }],
  ['knowledge', 'age.days', { n: 1 }],
  ['knowledge', 'age.months', { n: 1 }],
  ['knowledge', 'age.years', { n: 1 }],
];

describe('a number that can be 1', () => {
  it.each(LOCALES)('%s: reads in the singular or needs no agreement', (locale) => {
    for (const [family, key, params] of CAN_BE_ONE) {
      const said = rendered(family, locale, key, params);
      expect(said, `${family} ${key}`).not.toMatch(PLURAL_AFTER_ONE[locale]);
    }
  });

  it('the check itself finds the mistake in each wording', () => {
    expect('so about 1 days remain').toMatch(PLURAL_AFTER_ONE.en);
    expect('es bleiben also etwa 1 Tage').toMatch(PLURAL_AFTER_ONE.de);
    expect('así que quedan unos 1 días').toMatch(PLURAL_AFTER_ONE.es);
    expect('il reste donc environ 1 jours').toMatch(PLURAL_AFTER_ONE.fr);
    expect('1 trovati.').toMatch(PLURAL_AFTER_ONE.it);
    expect('18 Tage, 11 days, 2,1 giorni').not.toMatch(/(?<![\d.,])1 (?:Tage|days|giorni)/);
  });

  it.each(LOCALES)('%s: the other numbers are still said', (locale) => {
    const retention: [Family, string][] = [
      ['report', 'thirdPerson.notice.retention_risk'],
      ['knowledge', 'notice.retention_risk'],
    ];
    for (const [family, key] of retention) {
      const said = rendered(family, locale, key, { days: 160, left: 20, retention: 180 });
      for (const n of ['160', '20', '180']) expect(said, `${family} ${key}`).toContain(n);
    }
  });
});

/**
 * A word written around a value cannot agree with it when the value changes: French says a
 * quantity under 2 in the singular ("1,5 Go utilisé"), and a participle before the list of what
 * was masked would have to agree with its first item ("Retiré : 1 adresse"). The texts put such
 * words where they agree with a noun of their own ("Données retirées", "sur 5 Go utilisés").
 */
describe('words that would have to agree with a value they do not know', () => {
  it.each(['1,5 Go', '1 Go', '0,8 Go', '950 Mo'])('French: %s used reads right', (used) => {
    const texts = [
      interpolate(catalogOf('report', 'fr')!['support.storageValue']!, { used, total: '5 Go' }),
      interpolate(catalogOf('ui', 'fr')!['paste.readUsage']!, { used, total: '5 Go' }),
    ];
    for (const text of texts) expect(text).not.toMatch(/(?<![\d,])[01](?:,\d+)? [KMGT]o utilisés/);
  });

  const BARE_PARTICIPLE: Partial<Record<Locale, RegExp>> = {
    fr: /^(?:Retiré|Supprimé|Masqué)e?s?\s?:/,
    it: /^(?:Rimoss|Eliminat|Tolt)[oaie]:/,
    es: /^(?:Eliminad|Quitad|Borrad)[oa]s?:/,
  };
  it.each(['fr', 'it', 'es'] as const)('%s: the list of what was masked has a noun', (locale) => {
    const template = catalogOf('report', locale)!['masked.removed']!;
    const one = interpolate(catalogOf('report', locale)!['masked.email.one']!, { n: 1 });
    const text = interpolate(template, { list: one });
    expect(text).toContain(one);
    expect(text).not.toMatch(BARE_PARTICIPLE[locale]!);
  });
});

/**
 * The summary picks a plural form by Intl.PluralRules (src/report/words.ts), falling back to
 * `.other`: the shipped languages need no more than `.one` and `.other` over the counts they
 * are given (1 to 999); a language with `few` or `many` there adds those forms.
 */
describe('plural keys and each language’s plural rules', () => {
  const bases = Object.keys(catalogOf('report', 'en')!)
    .filter((key) => key.endsWith('.one'))
    .map((key) => key.slice(0, -'.one'.length));

  it.each(LOCALES)('%s: .one is the category of 1 and only of 1, from 1 to 999', (locale) => {
    expect(bases.length).toBeGreaterThan(5);
    const rules = new Intl.PluralRules(locale);
    for (let n = 1; n < 1000; n++) {
      const category = rules.select(n);
      expect(['one', 'other'], `${n}`).toContain(category);
      if (rules.resolvedOptions().pluralCategories.includes('one'))
        expect(category === 'one', `${n}`).toBe(n === 1);
    }
    const report = catalogOf('report', locale)!;
    for (const base of bases) {
      expect(report[`${base}.one`], base).toBeDefined();
      expect(report[`${base}.other`], base).toBeDefined();
    }
  });
});
