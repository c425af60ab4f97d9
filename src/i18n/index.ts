import type { Locale } from '../knowledge/ids';

/** The two languages every user-visible text ships in (defined with the knowledge they cover). */
export { LOCALES, type Locale } from '../knowledge/ids';

export type Params = Record<string, string | number>;

/** German when the browser prefers it, English otherwise. */
export function pickLocale(languageTag: string | undefined): Locale {
  return languageTag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A typed `t(locale, key, params)` over one catalog per locale (same keys, checked by tests). */
export function translator<K extends string>(catalogs: Record<Locale, Record<K, string>>) {
  return (locale: Locale, key: K, params?: Params): string =>
    interpolate(catalogs[locale][key] ?? catalogs.en[key], params);
}
