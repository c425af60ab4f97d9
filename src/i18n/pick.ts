import { LOCALES, type Locale } from '../knowledge/ids';

/*
 * Chinese is supported in Simplified script only (content/locales/zh). A tag whose script is
 * Traditional gets English: Simplified Chinese is readable there but not the written language,
 * and a wrong script reads as careless; English is what those users get from most software
 * without their script. The script is the tag's own ("zh-Hant", "cmn-Hans"), else the one its
 * region or language is mostly written in. Mandarin, Wu, Gan and Xiang (group 1) are written in
 * Simplified but in Taiwan, Hong Kong and Macao; Cantonese, Min Nan and Hakka, spoken mostly
 * where Traditional is written, are taken as Simplified only on the mainland, in Singapore and
 * in Malaysia. An extended language subtag names the language ("zh-cmn-Hant-TW", "zh-min-nan");
 * group 2 is the subtag after it: the script when there is one, else the region (an extension's
 * or private use's one letter, "zh-x-…", is neither).
 */
const CHINESE = /^(?:zh-(?:[a-z]{3}-)?)?(?:(zh|cmn|wuu|gan|hsn)|yue|nan|hak)(?:-(\w+))?(?![^-])/;

/**
 * The supported locale for a BCP 47 tag, any region, script, extended language, extension or
 * private use ("fr-CA" → fr, "zh-cmn-Hans-CN" → zh, "zh-yue-HK" → none), else undefined.
 */
export function supportedLocale(languageTag: string): Locale | undefined {
  const tag = languageTag.trim().toLowerCase().replaceAll('_', '-');
  const chinese = CHINESE.exec(tag);
  const next = chinese?.[2] ?? '';
  const simplified = chinese?.[1]
    ? !/^(hant|bopo|tw|hk|mo)$/.test(next)
    : /^(hans|cn|sg|my)$/.test(next);
  const code = chinese ? (simplified ? 'zh' : '') : tag.split('-')[0];
  return LOCALES.find((l) => l === code);
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
