import { isCarrier } from './carriers.ts';
import { readName } from './reader.ts';
import { isRegion } from './regions.ts';
import { INNER_CAPITAL } from './signatures.ts';
import { WALL, type Span } from './spans.ts';

/**
 * A line of contact details headed by a place or a region rather than a name label: "Belgique :
 * Sophie Claes, Avenue Louise 231, …", "Perú: Luz Marina Quispe, 987 654 321", "香港：黃志明，
 * 手提電話 …". What makes the words after the heading a name is the rest of the line: a comma,
 * then a phone number or an address already masked on it ("Problem: Backup Failed, error 4010"
 * has none).
 */

const HEADING = /^[ \t]*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?(?:[ \t]*:|[ \t]+[–—-])[ \t]*/gmu;
const CJK_HEADING = /^[ \t]*\p{Script=Han}{1,6}[ \t]*:[ \t]*(\p{Script=Han}{2,4})(?=[ \t]*,)/gmu;
const COMMA = /[ \t]*,/y;

const maskedLater = (text: string, at: number) => {
  const newline = text.indexOf('\n', at);
  return text.slice(at, newline < 0 ? text.length : newline).includes(WALL);
};

const twoWords = (text: string, name: Span) => /\s/u.test(text.slice(name.start, name.end));
/**
 * Right before a mask, across a comma, a dash, a bar, a slash or a bracket ("Ravi Kumar | …"); a
 * one-word label there ("Mobile - …", "Handy | …") is left alone since a name needs two words.
 */
const BEFORE_MASK = new RegExp(`[ \\t]*[,|/(–—-][ \\t]*\\(?${WALL}`, 'uy');
/** Right after a mask, across a comma. */
const MASK_COMMA = new RegExp(`${WALL}[ \\t]*,[ \\t]*$`, 'u');
const LINE_REST = /[ \t.]*(?:\r?\n|$)/y;
/**
 * A line that opens with masked data, or with a one-word label and then masked data ("Tel.:
 * [phone number removed]"): the line above it is a signature's name when it holds nothing else.
 */
const MASK_LINE = new RegExp(`[ \\t]*(?:\\p{L}+\\.?[ \\t]*(?::[ \\t]*)?)?${WALL}`, 'uy');

/**
 * With no heading, a name of two words or more that opens a line and is followed by masked data
 * ("Sophie Claes, [address removed]", "Marco Rossi - [phone number removed]"), that fills a line
 * above masked data (a signature after "Sent from my iPhone", with no sign-off word), or that
 * ends a line after masked data ("[address removed], Marek Wójcik").
 */
function* besideMasks(text: string): Generator<Span> {
  for (let start = 0; start < text.length; start = text.indexOf('\n', start) + 1 || text.length) {
    const first = readName(text, start, {});
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    BEFORE_MASK.lastIndex = first?.end ?? 0;
    if (first && twoWords(text, first) && BEFORE_MASK.test(text)) yield first;
    LINE_REST.lastIndex = first?.end ?? 0;
    MASK_LINE.lastIndex = end + 1;
    if (first && twoWords(text, first) && LINE_REST.test(text) && MASK_LINE.test(text)) yield first;
    const comma = text.lastIndexOf(',', end);
    if (comma < start || !MASK_COMMA.test(text.slice(start, comma + 1))) continue;
    const last = readName(text, comma + 1, {});
    LINE_REST.lastIndex = last?.end ?? 0;
    if (last && twoWords(text, last) && LINE_REST.test(text)) yield last;
  }
}

/**
 * A mask, then what may stand between contact details and whose they are: a comma, an opening
 * bracket or spaces ("[phone], Maria", "[phone] (Priya)", "[phone] Jonas").
 */
const AFTER_MASK = new RegExp(`${WALL}[ \\t]*(,[ \\t]*|\\([ \\t]*|[ \\t]+)`, 'gu');
const BRACKET_CLOSE = /[ \t]*\)/y;
/** A bracket's words, then maybe a comma before more: "(Vodafone)", "(Telekom), Jonas". */
const KIND_BRACKET = /([^()\n]{1,30})\)([ \t]*,[ \t]*)?/y;

/** What kind of number or address it is, said after it: "[phone] (Mobile)", "(WhatsApp)". */
const CONTACT_KINDS = new Set(
  `mobile cell cellphone home work office landline private personal business fax sms text
  whatsapp signal telegram viber wechat line gmail outlook hotmail yahoo icloud handy privat
  arbeit büro buero festnetz dienstlich portable fixe domicile travail bureau móvil movil celular
  casa trabajo oficina cellulare ufficio fisso lavoro`.split(/\s+/),
);

/**
 * A kind of contact ("(Mobile)", "(WhatsApp)"), a mobile network ("(Vodafone)", "(AT&T)") or the
 * country the number is in ("(Deutschland)", "(United States)").
 */
const isKind = (words: string) =>
  CONTACT_KINDS.has(words.toLowerCase()) || isCarrier(words) || isRegion(words);

/**
 * Words on the line before a mask that make it a way to reach someone: "call", "contact",
 * "number", "Ruf", "appelez", "llámame", "telefono", "позвоните" (not an address: "Живу на
 * [address], Санкт-Петербург" keeps its city).
 */
const CONTACT_CUE =
  /(?<!\p{L})(?:call|ring|phone|tel|mobile|cell|text|contact|reach|e-?mail|mail|whatsapp|number|nummer|num[eé]ro|n[uú]mero|ruf|erreichbar|appel|joindre|ll[aá]m|chiam|telefon|zadzwo|позвон|звон|номер)/iu;

/**
 * One name right after masked contact details, closing its line or in brackets: whose number or
 * email it is ("Call me at [phone], Maria", "call [phone] (Priya) if …"). A word of the lexicon
 * ("[phone], Thanks"), a kind of contact ("(Mobile)") or an app ("(WhatsApp)") is not a name.
 */
function* afterMasks(text: string): Generator<Span> {
  // Where the line's first cue ends, read once a line: a line of many masks stays linear.
  let lineStart = -1;
  let cueEnd = Infinity;
  for (const match of text.matchAll(AFTER_MASK)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    if (start !== lineStart) {
      lineStart = start;
      const newline = text.indexOf('\n', start);
      const cue = CONTACT_CUE.exec(text.slice(start, newline < 0 ? text.length : newline));
      cueEnd = cue ? start + cue.index + cue[0].length : Infinity;
    }
    if (cueEnd > match.index) continue;
    let at = match.index + match[0].length;
    let separator = match[1]!;
    if (separator.startsWith('(')) {
      KIND_BRACKET.lastIndex = at;
      const kind = KIND_BRACKET.exec(text);
      if (kind && isKind(kind[1]!.trim())) {
        // "[phone] (Telekom), Jonas": whose number it is may follow what kind of number it is.
        if (!kind[2]) continue;
        at += kind[0].length;
        separator = kind[2];
      }
    }
    const name = readName(text, at, {});
    if (!name) continue;
    const word = text.slice(name.start, name.end);
    if (isKind(word) || INNER_CAPITAL.test(word)) continue;
    const close = separator.startsWith('(') ? BRACKET_CLOSE : LINE_REST;
    close.lastIndex = name.end;
    if (close.test(text)) yield name;
  }
}

export function* contactLines(text: string): Generator<Span> {
  if (!text.includes(WALL)) return;
  for (const match of text.matchAll(HEADING)) {
    const name = readName(text, match.index + match[0].length, {});
    COMMA.lastIndex = name?.end ?? 0;
    if (name && twoWords(text, name) && COMMA.test(text) && maskedLater(text, name.end)) yield name;
  }
  for (const match of text.matchAll(CJK_HEADING)) {
    const end = match.index + match[0].length;
    if (maskedLater(text, end)) yield { start: end - match[1]!.length, end };
  }
  yield* besideMasks(text);
  yield* afterMasks(text);
}
