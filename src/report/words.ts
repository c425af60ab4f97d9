import { catalogOf, interpolate, lookup, type Locale } from '../knowledge/index.ts';
import type { TextRef } from '../engine/types.ts';
import { MASKS, type MaskCount, type MaskKind } from './redact.ts';
import { localizeSizes } from './sizes.ts';
import { fillQuoted, knowledgeText, renderedParams } from './quotes.ts';
import { DATA_PARAMS, fillForms, pluralCategory } from '../knowledge/text.ts';

/**
 * The summary's own words (content/locales/<locale>/report.json), separate from the popup's, so
 * renaming a button never changes an exported summary.
 */
type CatalogKey = keyof typeof import('../../content/locales/en/report.json');

/** A text with plural forms (`masked.email.one`, `.other` …) named by its base, `masked.email`. */
type PluralBase = CatalogKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

export type ReportKey = CatalogKey | PluralBase;

/**
 * A report text by its key, or a plural base's form for the count `n`: the one the language's
 * plural rules name (French "0 adresse", Russian "21 адрес"), else its `other`. A language
 * adds `.few`, `.many`, `.two` or `.zero` forms where its rules have them; `n === 1` would
 * pick the wrong form for all of those.
 */
export function reportTemplate(
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
): string | undefined {
  const own = lookup('report', locale, key);
  const n = params?.n;
  if (own !== undefined || typeof n !== 'number') return own;
  return (
    lookup('report', locale, `${key}.${pluralCategory(locale, n)}`) ??
    lookup('report', locale, `${key}.other`)
  );
}

/**
 * A missing key shows as itself, as knowledge texts do, rather than failing the export. Counts
 * are written the language's way ("1.234 E-Mail-Adressen").
 */
export const reportText = (
  locale: Locale,
  key: ReportKey,
  params?: Record<string, string | number>,
): string => fillQuoted(reportTemplate(locale, key, params) ?? key, params, locale);

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
  // The knowledge's texts get the data's figures ({retention}) and the forms of their counts
  // ({days|age}) as they render; their third-person versions here must get them too, or the
  // reader sees the placeholder.
  const params = { ...DATA_PARAMS, ...sized };
  const filled = fillForms(locale, own, params);
  return interpolate(filled, renderedParams(locale, filled, params));
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
    .map(({ kind, count }) => t(`masked.${kind}`, { n: count }))
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
