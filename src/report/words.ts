import type uiEn from '../../content/locales/en/ui.json';
import type { Locale } from '../knowledge/ids.ts';
import { MASKS, type MaskCount, type MaskKind } from './redact.ts';

/**
 * The report's own words live with the popup's in content/locales/<locale>/ui.json (keys
 * `report.*`); the caller passes the translator in, so this layer needs no browser or UI code.
 */
export type UiKey = keyof typeof uiEn;
export type Words = (
  locale: Locale,
  key: UiKey,
  params?: Record<string, string | number>,
) => string;

/** "2 email addresses, 1 phone number removed." in the given language. */
export function maskedSentence(masked: MaskCount[], locale: Locale, words: Words): string {
  if (masked.length === 0) return words(locale, 'report.masked.none');
  const list = masked
    .map(({ kind, count }) =>
      words(locale, `report.masked.${kind}.${count === 1 ? 'one' : 'other'}`, { n: count }),
    )
    .join(', ');
  return words(locale, 'report.masked.removed', { list });
}

/** Swaps the fixed English mask tokens for the summary language's. */
export function localizeMasks(text: string, locale: Locale, words: Words): string {
  return (Object.entries(MASKS) as [MaskKind, string][]).reduce(
    (result, [kind, mask]) => result.replaceAll(mask, words(locale, `report.mask.${kind}`)),
    text,
  );
}
