import {
  catalogOf,
  interpolate,
  lookup,
  text,
  translator,
  type Locale,
} from '../knowledge/index.ts';
import type { TextRef } from '../engine/types.ts';
import { MASKS, type MaskCount, type MaskKind } from './redact.ts';
import { localizeSizes } from './sizes.ts';

/**
 * The summary's own words (content/locales/<locale>/report.json), separate from the popup's, so
 * renaming a button never changes an exported summary.
 */
export type ReportKey = keyof typeof import('../../content/locales/en/report.json');

/** A missing key shows as itself, as knowledge texts do, rather than failing the export. */
export const reportText = translator<ReportKey>('report');

/** The summary's lookup, bound to its language (SummaryContext's `t`). */
export type ReportT = (key: ReportKey, params?: Record<string, string | number>) => string;

/** Quotes inside a quoted value take the inner form: 「「設定」を閉じる」 is 「『設定』を閉じる」. */
const NESTED_QUOTES: readonly (readonly [string, string, string, string])[] = [
  ['「', '」', '『', '』'],
  ['“', '”', '‘', '’'],
];

type Params = Record<string, string | number>;

/** The values a template quotes, their own quotes turned into inner ones. */
function nestQuotes(template: string, params: Params): Params {
  const nested = Object.entries(params).map(([name, value]) => {
    const pair = NESTED_QUOTES.find(([open, close]) =>
      template.includes(`${open}{${name}}${close}`),
    );
    if (!pair || typeof value !== 'string') return [name, value];
    const [open, close, innerOpen, innerClose] = pair;
    return [name, value.replaceAll(open, innerOpen).replaceAll(close, innerClose)];
  });
  return Object.fromEntries(nested) as Params;
}

/** Fills a template; a value it quotes keeps its own quotes as inner ones. */
export const fillQuoted = (template: string, params: Params = {}): string =>
  interpolate(template, nestQuotes(template, params));

/**
 * A knowledge sentence as a third person reads it: the report's own wording where the knowledge
 * speaks to the user ("Your message matches …" becomes "The message matches …"), else the
 * knowledge text itself. Params naming other texts ("@cause.x.title") are rendered first.
 */
export function thirdPerson(locale: Locale, ref: TextRef): string {
  const sized = localizeSizes(ref.params, locale);
  const own = catalogOf('report', locale)?.[`thirdPerson.${ref.key}`];
  const template = own ?? lookup('knowledge', locale, ref.key);
  if (template === undefined) return text(locale, ref.key, sized);
  const params = Object.fromEntries(
    Object.entries(sized ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith('@')
        ? text(locale, value.slice(1), sized)
        : value,
    ]),
  );
  const quoted = nestQuotes(template, params);
  return own === undefined ? text(locale, ref.key, quoted) : interpolate(own, quoted);
}

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
