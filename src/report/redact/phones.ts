import { CJK_UNITS, UNITS } from './units.ts';
import type { Span } from './spans.ts';

/*
 * Phone numbers: 7 to 15 digits with the separators people type, once the numbers that only
 * look like phone numbers are set aside: dates, times, versions, grouped thousands, error codes,
 * year ranges and any number followed by a unit or a count ("1234567 seconds", "12.000 Fotos").
 */

/** Never right after a digit group: "+1 555 123 4567 days" stays one phone number. */
const AFTER_GAP = String.raw`(?<![\d.,+])(?<!\d[ ./-])`;
/** Dates and times have a shape of their own: they may follow another number. */
const DATES_AND_TIMES = [
  String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?`,
  String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d|[./-]\d)`,
  String.raw`(?:19|20)\d{2}[ \t]?[-–/][ \t]?(?:19|20)\d{2}(?!\d)`,
  String.raw`\d{1,2}:\d{2}(?::\d{2})?`,
];
const NOT_PHONE = new RegExp(
  String.raw`(?<![\d.,+/-])(?:${DATES_AND_TIMES.join('|')})|(?<=^|[\s(=:])-\d+|` +
    AFTER_GAP +
    '(?:' +
    [
      String.raw`\d{1,3}(?:[.,]\d{3}){2,}(?![\d.,])`,
      String.raw`\d{1,3}(?:\.\d{1,3}){1,3}(?!\.?\d)`,
      String.raw`(?:\d{1,3}(?:[  .,]\d{3})+|\d+)(?:[.,]\d+)?[  ]?(?:${UNITS}|${CJK_UNITS})`,
      String.raw`(?:(?:[Ee]rror|[Ff]ehler|[Ff]out)code|[Cc]ode d['’]erreur|[Cc]ódigo de error|[Cc]odice (?:di )?errore|[Ee]rror|ERROR|[Ff]ehler|[Ee]rreur|[Ee]rrore|[Ee]rro|[Ff]out|エラー|错误|錯誤)[ \t]*(?:[Cc]ode|[Nn]r\.?|[Nn][º°]\.?|#)?[ \t]*[:#=]?[ \t]*-?\d+`,
    ].join('|') +
    ')',
  'gu',
);
const PHONE =
  /(?<![\p{Script=Latin}\p{N}_])(?:\+|\(\+?)?\d(?:[ ()./-]{0,3}\d)+\)?(?![\p{Script=Latin}\p{N}_])/gu;
const GROUP = /\+?\(?\+?\d+\)?/g;

/** Replaces `NOT_PHONE` spans with same-length filler so match positions stay valid. */
const hideNonPhones = (text: string) => text.replace(NOT_PHONE, (m) => '_'.repeat(m.length));

/**
 * A run with more than 15 digits is several numbers written one after another ("0170 1234567 /
 * 030 1234567"): it is cut, from the left, into the longest pieces of at most 15 digits.
 */
function* pieces(run: string, offset: number): Generator<Span> {
  const groups = [...run.matchAll(GROUP)].map((g) => ({
    start: offset + g.index,
    end: offset + g.index + g[0].length,
    digits: g[0].replace(/\D/g, '').length,
  }));
  for (let i = 0; i < groups.length;) {
    let j = i;
    let digits = 0;
    while (j < groups.length && digits + groups[j]!.digits <= 15) digits += groups[j++]!.digits;
    if (digits >= 7) {
      yield { start: groups[i]!.start, end: groups[j - 1]!.end };
      i = j;
    } else i++;
  }
}

export function* phones(text: string): Generator<Span> {
  for (const match of hideNonPhones(text).matchAll(PHONE)) yield* pieces(match[0], match.index);
}
