import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogOf, provideFiles, type Catalog, type Family } from '../../src/knowledge/catalogs';
import { LOCALES, type Locale } from '../../src/knowledge/ids';

// Read with fs rather than imported: every test file loads all 42 catalogs (900 KB), and as
// modules each went through the module runner with a source map three times its size. The
// registry alone is imported, not the knowledge index, so a file that never touches the
// knowledge data does not load it here. A path, not a URL: happy-dom replaces the global URL.
const LOCALES_DIR = join(fileURLToPath(import.meta.url), '../../../content/locales');

/** Every catalog file in content/locales, by path (including directories not in LOCALES). */
export const CATALOG_FILES: Record<string, Catalog> = Object.fromEntries(
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name: dir }) =>
      readdirSync(join(LOCALES_DIR, dir))
        .filter((file) => file.endsWith('.json'))
        .map((file) => `${dir}/${file}`),
    )
    .sort()
    .map((file) => [
      `../../content/locales/${file}`,
      JSON.parse(readFileSync(join(LOCALES_DIR, file), 'utf8')) as Catalog,
    ]),
);

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
