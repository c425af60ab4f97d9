import { catalogOf, interpolate, lookup, type Locale } from '../knowledge/index.ts';
import type { TextRef } from '../engine/types.ts';
import { MASKS, type MaskCount, type MaskKind } from './redact.ts';
import { localizeSizes } from './sizes.ts';
import { fillQuoted, knowledgeText, renderedParams } from './quotes.ts';

/**
 * The summary's own words (content/locales/<locale>/report.json), separate from the popup's, so
 * renaming a button never changes an exported summary.
 */
export type ReportKey = keyof typeof import('../../content/locales/en/report.json');

/**
 * A missing key shows as itself, as knowledge texts do, rather than failing the export. Counts
 * are written the language's way ("1.234 E-Mail-Adressen").
 */
export const reportText = (
  locale: Locale,
  key: ReportKey,
  params?: Record<string, string | number>,
): string => fillQuoted(lookup('report', locale, key) ?? key, params, locale);

/** The summary's lookup, bound to its language (SummaryContext's `t`). */
export type ReportT = (key: ReportKey, params?: Record<string, string | number>) => string;

/**
 * A knowledge sentence as a third person reads it: the report's own wording where the knowledge
 * speaks to the user ("Your message matches …" becomes "The message matches …"), else the
 * knowledge text itself.
 */
export function thirdPerson(locale: Locale, ref: TextRef): string {
  const sized = localizeSizes(ref.params, locale);
  const own = catalogOf('report', locale)?.[`thirdPerson.${ref.key}`];
  if (own === undefined) return knowledgeText(locale, ref.key, sized);
  return interpolate(own, renderedParams(locale, own, sized));
}

/**
 * What follows a row's value about where it came from: " (…)" or, in Japanese and Chinese, the
 * full-width brackets those languages put straight after it.
 */
export const rowNote = (locale: Locale, note: string | undefined): string =>
  note ? reportText(locale, 'rowNote', { note }) : '';

/** The summary's lookup in one language. */
export const reportTextIn =
  (locale: Locale): ReportT =>
  (key, params) =>
    reportText(locale, key, params);

/** "2 email addresses, 1 phone number removed." in the given language. */
export function maskedSentence(masked: MaskCount[], locale: Locale): string {
  const t = reportTextIn(locale);
  if (masked.length === 0) return t('masked.none');
  const list = masked
    .map(({ kind, count }) => t(`masked.${kind}.${count === 1 ? 'one' : 'other'}`, { n: count }))
    .join(t('listSeparator'));
  return t('masked.removed', { list });
}

/** Swaps the fixed English mask tokens for the summary language's. */
export function localizeMasks(text: string, locale: Locale): string {
  const t = reportTextIn(locale);
  return (Object.entries(MASKS) as [MaskKind, string][]).reduce(
    (result, [kind, mask]) => result.replaceAll(mask, t(`mask.${kind}`)),
    text,
  );
}
