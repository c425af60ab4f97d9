import { caseNumbers } from './case-numbers.ts';
import type { Span } from './spans.ts';
import { TIMESTAMP } from './timestamps.ts';
import { CJK_UNITS, MONTHS, UNITS } from './units.ts';

/*
 * Phone numbers: 7 to 15 digits with the separators people type, once the numbers that only
 * look like phone numbers are set aside: dates, times, versions, grouped thousands, error codes,
 * year ranges, any number followed by a unit or a count ("1234567 seconds", "12.000 Fotos") and
 * Apple Support case numbers, which are kept.
 */

/** Never right after a number and a gap: "+1 555 123 4567 days" stays one phone number. */
const AFTER_GAP = String.raw`(?<![\d.,+])(?<!(?:^|[^\p{L}\p{N}])\d+[ ./-])`;
/** Dates, times and versions have a shape of their own: they may follow another number. */
const DATES_AND_TIMES = [
  String.raw`(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?`,
  // Written without separators ("20240305"), only as a real month and day.
  String.raw`(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)`,
  String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d|[./-]\d)`,
  // Czech, Slovak and Hungarian write spaces after the dots: "28. 2. 2024", "2024. 03. 01.".
  String.raw`\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4}(?!\d)`,
  String.raw`\d{4}\.[ \t]\d{1,2}\.[ \t]\d{1,2}\.?(?!\d)`,
  String.raw`(?:19|20)\d{2}[ \t]?[-–—/][ \t]?(?:19|20)\d{2}(?!\d)`,
  String.raw`\d{1,2}:\d{2}(?::\d{2})?`,
  // Versions and IP addresses. A part with a leading zero ("079.123.45.67", "06.123.456.78") or
  // three parts of three digits ("612.345.678") is a phone number written with dots.
  String.raw`(?!(?:\d{1,3}\.)*0\d|\d{3}\.\d{3}\.\d{3}(?!\.?\d))\d{1,3}(?:\.\d{1,3}){1,3}(?!\.?\d)`,
];
/** The day and year around a month name: "28. März 2001", "March 1, 2024", "1 de marzo de 2024". */
const MONTH_DATE = new RegExp(
  [
    String.raw`(?<![\d.])\d{1,2}(?:st|nd|rd|th|er|º)?\.?[ \t]+(?:de[ \t]+)?(?=(?:${MONTHS})(?![\p{L}]))`,
    String.raw`(?=\d)(?<=(?<![\p{L}])(?:${MONTHS})\.?[ \t]+)\d{1,2}(?!\d)`,
    String.raw`(?=[12])(?<=(?<![\p{L}])(?:${MONTHS})\.?,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th|er|º)?\.?,?[ \t]+)?(?:de[ \t]+)?)(?:19|20)\d{2}(?!\d)`,
  ].join('|'),
  'giu',
);

/**
 * Labels of numbers that name a software build or a moment, not a person: "Windows build
 * 22631.4460", "Time stamp 1701590400" (seconds since 1970, ten digits like a phone number).
 */
const NUMBER_LABELS = String.raw`[Bb]uild|BUILD|[Bb]uild-?[Nn]ummer|[Tt]ime[ -]?stamp|TIMESTAMP|[Zz]eitstempel|[Hh]orodatage|[Mm]arca de tiempo|[Uu]nix time|[Ee]poch`;

/** Dates, times, timestamps, negative numbers, build numbers and error codes are set aside first… */
const NOT_PHONE_SHAPES = new RegExp(
  String.raw`(?<![\d.,+/]|[\d.,+/]-)(?:${DATES_AND_TIMES.join('|')})|(?<=^|[\s(=:])-\d+|${TIMESTAMP}|` +
    String.raw`(?<![\p{L}])(?:${NUMBER_LABELS})[ \t]*(?:(?:[Nn]r\.?|[Nn]o\.?|#)[ \t]*)?(?:[:#=][ \t]*)?\d+(?:\.\d+)*|` +
    String.raw`(?:(?:[Ee]rror|[Ff]ehler|[Ff]out)code|[Cc]ode d['’]erreur|[Cc]ódigo de error|[Cc]odice (?:di )?errore|[Ee]rror|ERROR|[Ff]ehler|[Ee]rreur|[Ee]rrore|[Ee]rro|[Ff]out|エラー|错误|錯誤)[ \t]*(?:(?:[Cc]ode|[Nn]r\.?|[Nn][º°]\.?|#)[ \t]*)?(?:[:#=][ \t]*)?-?(?:0[xX][0-9A-Fa-f]+|\d+)`,
  'gu',
);
/** …then sizes and counts, which must not start inside a phone number ("+1 555 123 4567 days"). */
const NOT_PHONE_AMOUNTS = new RegExp(
  AFTER_GAP +
    '(?:' +
    [
      // Without a unit, a count in millions has a short first group: "612.345.678" is a phone.
      String.raw`(?:\d{1,2}(?:[.,]\d{3}){2,}|\d{3}(?:[.,]\d{3}){3,})(?![\d.,])`,
      String.raw`(?:\d{1,3}(?:[  .,]\d{3})+|\d+)(?:[.,]\d+)?[  ]?(?:${UNITS}|${CJK_UNITS})`,
    ].join('|') +
    ')',
  'gu',
);
/** Separators as typed, also no-break spaces and hyphens, dashes, the minus sign and "·". */
const PHONE =
  /(?<![\p{Script=Latin}\p{N}_])(?:\+|\(\+?)?\d(?:[ ()./\-\u00a0\u2009\u202f\u2010-\u2015\u2212·]{0,3}\d)+\)?(?![\p{Script=Latin}\p{N}_])/gu;
const GROUP = /\+?\(?\+?\d+\)?/g;

const filler = (m: string) => '_'.repeat(m.length);
function hideCaseNumbers(text: string): string {
  for (const { start, end } of caseNumbers(text))
    text = text.slice(0, start) + filler(text.slice(start, end)) + text.slice(end);
  return text;
}

/** Replaces what is not a phone number with same-length filler so positions stay valid. */
export const hideNonPhones = (text: string) =>
  hideCaseNumbers(text)
    .replace(MONTH_DATE, filler)
    .replace(NOT_PHONE_SHAPES, filler)
    .replace(NOT_PHONE_AMOUNTS, filler);

/**
 * A run with more than 15 digits is several numbers written one after another ("0170 1234567 /
 * 030 1234567"): it is cut, from the left, into the longest pieces of at most 15 digits. Digits
 * too few for a number of their own join the piece before them, so no fragment is left next to
 * a mask.
 */
function* pieces(run: string, offset: number): Generator<Span> {
  const groups = [...run.matchAll(GROUP)].map((g) => ({
    start: offset + g.index,
    end: offset + g.index + g[0].length,
    digits: g[0].replace(/\D/g, '').length,
  }));
  // A year before other digits ("seit 2020 100 Fotos") is not the start of a phone number.
  if (groups.length > 1 && /^(?:19|20)\d\d$/.test(run.slice(0, groups[0]!.end - offset)))
    groups.shift();
  let piece: Span | undefined;
  for (let i = 0; i < groups.length;) {
    let j = i;
    let digits = 0;
    while (j < groups.length && digits + groups[j]!.digits <= 15) digits += groups[j++]!.digits;
    if (digits >= 7) {
      if (piece) yield piece;
      piece = { start: groups[i]!.start, end: groups[j - 1]!.end };
      i = j;
    } else {
      if (piece) piece.end = groups[i]!.end;
      i++;
    }
  }
  if (piece) yield piece;
}

/** A closing bracket belongs to the number only if it opened there: "(case 0170 1234567)". */
function* balanced(text: string, spans: Iterable<Span>): Generator<Span> {
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    const unopened = value.endsWith(')') && value.split('(').length < value.split(')').length;
    yield unopened ? { start: span.start, end: span.end - 1 } : span;
  }
}

export function* phones(text: string): Generator<Span> {
  for (const match of hideNonPhones(text).matchAll(PHONE))
    yield* balanced(text, pieces(match[0], match.index));
}
