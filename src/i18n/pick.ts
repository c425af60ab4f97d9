import { LOCALES, type Locale } from '../knowledge/ids';

/**
 * Chinese is supported in Simplified script only (content/locales/zh). A tag naming Traditional
 * script, or a region that writes it (Taiwan, Hong Kong, Macao) without naming a script, gets
 * English: Simplified Chinese is readable there but not the written language, and a wrong
 * script reads as careless; English is what those users get from most software without their
 * script. "zh", "zh-CN", "zh-SG", "zh-Hans-*" get Simplified Chinese.
 */
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/;

/**
 * The supported locale for a BCP 47 tag, any region or script: its primary language subtag when
 * LOCALES has it ("fr-CA" → fr, "zh-Hans-CN" → zh), else undefined.
 */
export function supportedLocale(languageTag: string): Locale | undefined {
  const tag = languageTag.trim().toLowerCase().replaceAll('_', '-');
  if (TRADITIONAL.test(tag)) return undefined;
  const language = tag.split('-')[0];
  return LOCALES.find((l) => l === language);
}

/** The locale for the browser's language (`navigator.language`): supported, else English. */
export function pickLocale(languageTag: string | undefined): Locale {
  return supportedLocale(languageTag ?? '') ?? 'en';
}

/** A language's own name ("Deutsch", "français" → "Français"), or its name in `inLocale`. */
export function languageName(locale: Locale, inLocale: Locale = locale): string {
  // "zh" alone reads as "Chinese"; the catalogs are Simplified Chinese, and the name says so.
  const tag = locale === 'zh' ? 'zh-Hans' : locale;
  const name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? locale;
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}
