import { describe, expect, it } from 'vitest';
import { APPLE_PATH_LANGUAGES, hintLocale, pageLanguage } from '../../../src/i18n/page-locale';
import { LOCALES, supportedLocale } from '../../../src/i18n';

const status = (prefix: string) => `https://www.apple.com/${prefix}support/systemstatus/`;
const other = (l: string) => LOCALES.find((x) => x !== supportedLocale(l)) ?? 'en';

describe("the status page's language from Apple's country path", () => {
  it.each(Object.entries(APPLE_PATH_LANGUAGES))(
    '/%s/ is %s: the hint speaks it when supported, else the browser language',
    (country, language) => {
      const url = status(`${country}/`);
      expect(pageLanguage(url)).toBe(language);
      for (const browser of LOCALES)
        expect(hintLocale(url, browser)).toBe(supportedLocale(language) ?? browser);
    },
  );

  it.each(LOCALES)('compound paths naming %s (befr, be-fr, ca/fr style) pick it', (locale) => {
    for (const prefix of [
      `xx${locale}/`,
      `xx-${locale}/`,
      `xx/${locale}/`,
      `XX/${locale.toUpperCase()}/`,
    ]) {
      expect(pageLanguage(status(prefix)), prefix).toBe(locale);
      expect(hintLocale(status(prefix), other(locale)), prefix).toBe(locale);
    }
  });

  it.each(LOCALES)('the US page and unknown paths follow the browser (%s)', (browser) => {
    for (const url of [
      status(''),
      status('zz/'),
      status('lae/'),
      'https://www.apple.com/support/systemstatus/data/system_status_en_US.js',
      'not a url',
    ])
      expect(hintLocale(url, browser), url).toBe(url.includes('lae') ? 'en' : browser);
  });

  it('a Traditional Chinese site (tw, hk, mo) falls back to the browser language', () => {
    for (const country of ['tw', 'hk', 'mo'])
      for (const browser of LOCALES)
        expect(hintLocale(status(`${country}/`), browser)).toBe(browser);
  });

  it('a country whose code is its language (de, fr, es, it) speaks it', () => {
    for (const country of ['de', 'fr', 'es', 'it']) {
      expect(pageLanguage(status(`${country}/`))).toBe(country);
      expect(hintLocale(status(`${country}/`), other(country))).toBe(country);
    }
  });

  it('Hong Kong in English and Canada in French name their language in the path', () => {
    expect(pageLanguage(status('hk/en/'))).toBe('en');
    expect(pageLanguage(status('ca/fr/'))).toBe('fr');
    expect(pageLanguage(status('befr/'))).toBe('fr');
    expect(pageLanguage(status('chde/'))).toBe('de');
  });
});
