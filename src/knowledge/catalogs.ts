import { LOCALES, type Locale } from './ids.ts';

/**
 * The one registry of user-visible texts: every catalog is a file
 * `content/locales/<locale>/<family>.json`, found by its path, never imported by name. Loaders
 * (src/i18n/load.ts for the pages, lazily; the content script, the CLI and the tests eagerly)
 * hand files to `provideFiles`; a directory whose name is not in LOCALES is ignored, so a
 * language is switched on by adding its code to LOCALES and nothing else.
 */
export const FAMILIES = ['ui', 'knowledge', 'report', 'export', 'guide', 'inpage'] as const;
export type Family = (typeof FAMILIES)[number];
export type Catalog = Record<string, string>;

const registry = new Map<string, Catalog>();
const slot = (family: Family, locale: Locale) => `${family}/${locale}`;

/** The locale and family a catalog path names ("…/locales/fr/ui.json"), if supported. */
export function catalogPath(path: string): { locale: Locale; family: Family } | undefined {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  const locale = LOCALES.find((l) => l === match?.[1]);
  const family = FAMILIES.find((f) => f === match?.[2]);
  return locale && family ? { locale, family } : undefined;
}

export function provideCatalog(family: Family, locale: Locale, catalog: Catalog): void {
  registry.set(slot(family, locale), catalog);
}

/** Registers every file whose path names a supported locale and a known family. */
export function provideFiles(files: Record<string, Catalog>): void {
  for (const [path, catalog] of Object.entries(files)) {
    const where = catalogPath(path);
    if (where) provideCatalog(where.family, where.locale, catalog);
  }
}

export function catalogOf(family: Family, locale: Locale): Catalog | undefined {
  return registry.get(slot(family, locale));
}

/** The text in `locale`, else in English when English is loaded, else undefined. */
export function lookup(family: Family, locale: Locale, key: string): string | undefined {
  return catalogOf(family, locale)?.[key] ?? catalogOf(family, 'en')?.[key];
}

/** The same key in whichever locale is loaded: placeholders are the same in all (meta-tested). */
export function anyTemplate(family: Family, key: string): string | undefined {
  for (const locale of LOCALES) {
    const template = catalogOf(family, locale)?.[key];
    if (template !== undefined) return template;
  }
  return undefined;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
