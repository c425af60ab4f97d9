import {
  catalogOf,
  catalogPath,
  provideCatalog,
  type Catalog,
  type Family,
} from '../knowledge/catalogs';
import type { Locale } from '../knowledge/ids';

type Loaders = Record<string, () => Promise<Catalog>>;

/**
 * Every catalog the pages may need, one chunk per file, found by directory: a new language
 * needs no line here. (The hint texts reach the content script through the worker:
 * src/background/hint-texts.ts.)
 */
const LOADERS: Loaders = {
  ...import.meta.glob<Catalog>('../../content/locales/*/ui.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/knowledge.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/report.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/export.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/guide.json', { import: 'default' }),
};

const pending = new Map<string, Promise<void>>();

function loadOne(family: Family, locale: Locale): Promise<void> {
  const path = Object.keys(LOADERS).find((p) => {
    const where = catalogPath(p);
    return where?.family === family && where.locale === locale;
  });
  if (!path) return Promise.resolve();
  const key = `${family}/${locale}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = LOADERS[path]!().then((catalog) => provideCatalog(family, locale, catalog));
    pending.set(key, loading);
  }
  return loading;
}

export const loaded = (locale: Locale, families: readonly Family[]) =>
  families.every((family) => catalogOf(family, locale) !== undefined);

/** Loads the locale's catalogs of these families (each file once, in parallel). */
export function loadCatalogs(locale: Locale, families: readonly Family[]): Promise<void> {
  return Promise.all(families.map((family) => loadOne(family, locale))).then(() => undefined);
}
