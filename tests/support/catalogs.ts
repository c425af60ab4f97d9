import { catalogOf, LOCALES, provideFiles, type Catalog, type Family } from '../../src/knowledge';
import type { Locale } from '../../src/i18n';

/** Every catalog file in content/locales, by path (including directories not in LOCALES). */
export const CATALOG_FILES = import.meta.glob<Catalog>('../../content/locales/*/*.json', {
  eager: true,
  import: 'default',
});

provideFiles(CATALOG_FILES);

/** One family's catalog of every supported locale, as loaded into the registry. */
export const catalogsOf = (family: Family): Record<Locale, Catalog> =>
  Object.fromEntries(LOCALES.map((l) => [l, catalogOf(family, l) ?? {}])) as Record<
    Locale,
    Catalog
  >;

export const localeTexts = catalogsOf('knowledge');

/** What the worker hands the status page's content script for the hint, per language. */
export const hintTexts = (locale: Locale): Catalog => catalogsOf('inpage')[locale];
