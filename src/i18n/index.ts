import { lookup, type Family } from '../knowledge/catalogs';
import type { Locale } from '../knowledge/ids';

/** The languages every user-visible text ships in (defined with the knowledge they cover). */
export { LOCALES, type Locale } from '../knowledge/ids';
export { pickLocale, supportedLocale, languageName } from './pick';
export { hintLocale, pageLanguage } from './page-locale';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A typed `t(locale, key, params)` over one catalog family of the registry (same keys in every
 * locale, checked by tests): the locale's text, else English when loaded, else the key itself.
 */
export function translator<K extends string>(family: Family) {
  return (locale: Locale, key: K, params?: Params): string =>
    interpolate(lookup(family, locale, key) ?? key, params);
}
