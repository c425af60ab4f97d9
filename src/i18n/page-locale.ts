import type { Locale } from '../knowledge/ids';
import { pickLocale, supportedLocale } from './pick';

/**
 * The language of Apple's country sites, by the path segment(s) before `/support/`, for the
 * countries whose site is in one language. Countries with several (Belgium, Switzerland, Canada,
 * Hong Kong) name the language in the path ("befr", "be-fr", "chde", "ca/fr", "hk/en"): those,
 * and a country whose code is its language's ("de", "fr"), are read by `compoundLanguage` and
 * need no row. The table lists every language Apple's sites
 * use that this project may ship, not only those in LOCALES: a language switched on later finds
 * its paths already here. No segment (apple.com/support/…) is the US site: the browser decides.
 */
export const APPLE_PATH_LANGUAGES: Readonly<Record<string, string>> = {
  // German
  at: 'de',
  // French: France, Luxembourg and Apple's French-speaking Africa sites
  lu: 'fr',
  ma: 'fr',
  tn: 'fr',
  sn: 'fr',
  ci: 'fr',
  cm: 'fr',
  mg: 'fr',
  ml: 'fr',
  ne: 'fr',
  gn: 'fr',
  // Spanish: Spain, Mexico, Chile, Colombia, Peru and the Latin America site
  mx: 'es',
  cl: 'es',
  co: 'es',
  pe: 'es',
  la: 'es',
  // Japanese
  jp: 'ja',
  // Chinese: Simplified on the mainland site; Traditional sites have no supported language
  cn: 'zh-Hans',
  tw: 'zh-Hant',
  hk: 'zh-Hant',
  mo: 'zh-Hant',
  // English-speaking country sites say so, so the page's language wins over a French browser.
  uk: 'en',
  au: 'en',
  ca: 'en',
  ie: 'en',
  nz: 'en',
  sg: 'en',
  in: 'en',
  lae: 'en',
  africa: 'en',
};

/**
 * "befr", "be-fr", "ca/fr", "hk/en": a country, then a language Apple's multilingual sites use;
 * or a country's code alone that is its language's ("de", "fr", "es", "it"): no row for these
 * (the status page's script, which bundles the table, has a size budget).
 */
function compoundLanguage(segments: string[]): string | undefined {
  const joined = segments.join('-');
  const match = /^(?:[a-z]{2}-?)?([a-z]{2})$/.exec(joined);
  return match?.[1];
}

/** The page's language as its path names it (a BCP 47 tag), or undefined when it names none. */
export function pageLanguage(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return undefined;
  }
  const before = /^\/(.*?)\/?support\//.exec(path)?.[1];
  if (!before) return undefined;
  const segments = before.split('/').filter(Boolean);
  return APPLE_PATH_LANGUAGES[segments.join('/')] ?? compoundLanguage(segments);
}

/** The hint's language: the page's when its path names a supported one, else the browser's. */
export function hintLocale(url: string, browserLanguage: string | undefined): Locale {
  const page = pageLanguage(url);
  return (page === undefined ? undefined : supportedLocale(page)) ?? pickLocale(browserLanguage);
}
