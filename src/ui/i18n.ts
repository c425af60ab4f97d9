import en from '../../content/locales/en/ui.json';
import de from '../../content/locales/de/ui.json';

export type Locale = 'en' | 'de';
export type UiKey = keyof typeof en;

const catalogs: Record<Locale, Record<UiKey, string>> = { en, de };

/** German when the browser prefers it, English otherwise: the two languages we ship. */
export function pickLocale(languageTag: string | undefined): Locale {
  return languageTag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function translate(
  locale: Locale,
  key: UiKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[locale][key] ?? catalogs.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
