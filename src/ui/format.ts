import type { Locale } from '../i18n';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * CLDR writes Japanese "3 日前"; the catalogs write a number and the Han or kana unit after it
 * together ("約3日", "{n}件"), as Japanese text does, so the popup would show both side by side.
 */
const SPACE_BEFORE_CJK_UNIT = /(\d)\s+(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

/**
 * "5 minutes ago" / "vor 5 Minuten" from an ISO time; `justNow` under a minute. A time after `now`
 * (the computer's clock was set back since) is `justNow` too: a reading is never "in 3 hours".
 */
export function formatAge(iso: string, now: Date, locale: Locale, justNow: string): string {
  const elapsed = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(elapsed)) return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms)
      return format.format(-Math.round(elapsed / ms), unit).replace(SPACE_BEFORE_CJK_UNIT, '$1');
  }
  return justNow;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A time as the user reads it. A bare date ("2026-11-01", e.g. the last backup's day) is shown
 * as a date only, on that calendar day: giving it a time would invent one.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const day = DAY_ONLY.exec(iso);
  if (day) {
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * What goes between a label and its text: a full-width colon (Japanese, Chinese) carries its own
 * spacing, so a space after it would show as a gap ("確認する場所： 設定").
 */
export const afterLabel = (label: string): string => (/[：；、。]$/u.test(label) ? '' : ' ');

/**
 * Sentences shown as one text: Japanese and Chinese sentences end in a full-width mark that
 * carries its own spacing, so they follow each other without the space others take.
 */
export const sentenceGap = (sentence: string) => (/[。！？]$/u.test(sentence) ? '' : ' ');

export const sentences = (...parts: string[]): string =>
  parts
    .filter((part) => part !== '')
    .map((part, i, all) => (i === 0 ? part : `${sentenceGap(all[i - 1]!)}${part}`))
    .join('');

/**
 * A range of amounts as the language writes it ("400–1.000 $", "$250 ～ $600"), but joined by an
 * en dash where the number data of Spanish, Italian and Chinese put a hyphen ("200-500 US$" reads
 * as one hyphenated number; their typography and the popup's own day ranges use the dash).
 */
export const formatRange = (format: Intl.NumberFormat, min: number, max: number): string =>
  format
    .formatRangeToParts(min, max)
    .map((part) => (part.source === 'shared' && part.value === '-' ? '–' : part.value))
    .join('');
