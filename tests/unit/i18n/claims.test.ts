import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';

/**
 * Nothing we have says what Apple Support does in every country or always: no source backs
 * "Apple Support everywhere understands English". A text may say why a choice helps the user,
 * never what Apple does beyond what its pages and status readings say.
 */
const UNIVERSAL: Record<Locale, RegExp> = {
  en: /(?<!\p{L})(?:everywhere|in every country|always (?:reads|answers|understands))(?!\p{L})/iu,
  de: /(?<!\p{L})(?:überall|in jedem Land|immer versteht)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:en todas partes|en todos los países|siempre entiende)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:partout|dans tous les pays|comprend toujours)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:ovunque|in tutti i paesi|capisce sempre)(?!\p{L})/iu,
  ja: /どの国|世界中|どこでも/,
  zh: /各地|所有国家|任何地方/,
};

const FAMILIES: Family[] = ['ui', 'knowledge', 'inpage', 'report', 'export', 'guide'];

describe('claims the texts make', () => {
  it.each(LOCALES)('%s: nothing said to hold everywhere or always', (locale) => {
    for (const family of FAMILIES)
      for (const [key, text] of Object.entries(catalogOf(family, locale)!))
        expect(text, `${family} ${key}`).not.toMatch(UNIVERSAL[locale]);
  });

  it.each(LOCALES)('%s: the English summary is still offered by its name', (locale) => {
    const english = catalogOf('report', locale)!['language.en']!;
    const label = catalogOf('export', locale)!['export.language.english']!;
    expect(label.toLowerCase().startsWith(english.toLowerCase())).toBe(true);
  });
});
