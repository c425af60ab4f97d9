import { isCommon, phrases } from './lexicon.ts';
import { hideNonPhones } from './phones.ts';
import { repairReferences } from './repair-refs.ts';
import { atWordStart, spansOf, type Span } from './spans.ts';

/**
 * Phone numbers, IMEIs and serial numbers. Digits next to letters of Chinese or Japanese text
 * still count as separate ("電話番号は090-1234-5678です"); next to Latin letters they do not.
 */
const EDGE = String.raw`(?<![\p{Script=Latin}\p{N}_])`;
const END = String.raw`(?![\p{Script=Latin}\p{N}_])`;

const IMEI_LABELLED = new RegExp(
  String.raw`${EDGE}(?:IMEI|MEID)[ \t]*(?:2[ \t]*)?(?:(?:is|ist|est|es|è|[:：=#-]|は|是)[ \t]*)?(?<value>[0-9A-F](?:[ -]?[0-9A-F]){13,16})${END}`,
  'dgiu',
);
/**
 * 15 digits, grouped or not, and not the end of a longer run (that is read as phone numbers, so
 * no fragment stays before the mask); the check digit is not verified, so mistyped IMEIs go too.
 */
const IMEI = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}+_]|\d[ -])\d(?:[ -]?\d){14}${END}`,
  'gu',
);

/** Unlabelled, 15 digits are an IMEI only where they are not dates, codes or amounts. */
export const imeis = (text: string) => [
  ...spansOf(IMEI_LABELLED, text),
  ...spansOf(IMEI, hideNonPhones(text)),
];

/*
 * Numbers longer than any phone number or IMEI: bank card numbers, SIM (ICCID, 19 to 20 digits)
 * and eSIM (EID, 32 digits) numbers, plain or in groups of four; device identifiers (UDID, 40
 * hexadecimal characters or "00008030-001A2D3E4F56789A"; ECID). They are masked as serial
 * numbers, the identifiers the exported summary already names; so are network cards' hardware
 * (MAC) addresses, which identify the device as its serial number does.
 */
const LONG_NUMBER = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}+_-]|\d[ -])(?:\d{16,40}|\d{4}(?:[ -]\d{4}){3,9}(?:[ -]\d{1,3})?)${END}`,
  'gu',
);
const UDID = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:[0-9a-f]{40}|[0-9a-f]{8}-[0-9a-f]{16})(?![\p{L}\p{N}_-])`,
  'giu',
);
/** A network card's hardware address: "3C:22:FB:12:34:56", "a0-b1-c2-d3-e4-f5". */
const MAC_ADDRESS =
  /(?<![\p{L}\p{N}:-])[0-9A-F]{2}(?:([:-])[0-9A-F]{2})(?:\1[0-9A-F]{2}){4}(?![\p{L}\p{N}]|[:-][0-9A-F])/giu;
/** After its label an identifier may be shorter, or written as "0x…". */
const ID_LABELLED = new RegExp(
  String.raw`${EDGE}(?:ECID|UDID|ICCID|EID|IMSI)[ \t]*(?:(?:is|ist|est|es|è|[:：=#-]|は|是)[ \t]*)?(?<value>(?:0x)?(?=[0-9A-F-]*\d)[0-9A-F]{6,40}(?:-[0-9A-F]{2,})*)${END}`,
  'dgiu',
);

/** Long identifiers and hardware addresses; unlabelled, only where they are not error codes or amounts. */
export const longNumbers = (text: string) => [
  ...spansOf(ID_LABELLED, text),
  ...spansOf(UDID, text),
  ...spansOf(MAC_ADDRESS, text),
  ...spansOf(LONG_NUMBER, hideNonPhones(text)),
];

const SERIAL_LABELS = phrases(`
  serial|serial number|serial no|serial nr|serial #|serialnumber|s/n|sn|seriennummer|
  serien-nummer|seriennr|serien-nr|numéro de série|n° de série|no de série|n de série|
  número de serie|n.º de serie|nº de serie|no. de serie|numero di serie|n. di serie|
  número de série|nº de série|serienummer|シリアル番号|シリアル|序列号|序號|серийный номер|
  серийный №|numer seryjny|nr seryjny|seri numarası|seri no|일련번호|시리얼 번호`);
const SERIAL_LABEL = new RegExp(
  String.raw`(?:${SERIAL_LABELS})\.?(?:[ \t]*(?:[:：=#]|は|是)|[ \t]+(?:is|ist|est|es|è|é|lautet)(?![\p{L}]))?[ \t]*`,
  'giu',
);
const FIRST_GROUP = /[A-Za-z0-9]{2,14}/y;
const NEXT_GROUP = /[ -]([A-Za-z0-9]{2,6})/y;
const AFTER_VALUE = new RegExp(END, 'uy');

/** After a label: 8 to 14 letters and digits in groups ("c02x-l0gj-jg5j"), any case. */
function labelledSerial(text: string, at: number): Span | undefined {
  FIRST_GROUP.lastIndex = at;
  let end = FIRST_GROUP.exec(text) ? FIRST_GROUP.lastIndex : at;
  let length = end - at;
  while (length > 0) {
    NEXT_GROUP.lastIndex = end;
    const group = NEXT_GROUP.exec(text)?.[1];
    if (!group || length + group.length > 14 || isCommon(group)) break;
    AFTER_VALUE.lastIndex = NEXT_GROUP.lastIndex;
    if (!AFTER_VALUE.test(text)) break;
    end = NEXT_GROUP.lastIndex;
    length += group.length;
  }
  const value = text.slice(at, end);
  AFTER_VALUE.lastIndex = end;
  if (length < 8 || !/\d/.test(value) || !AFTER_VALUE.test(text)) return undefined;
  return { start: at, end };
}

/** Upper-case letters and digits in groups: "G6TZ 9K4L N2QR", "F2L-XK1-23ABC". */
const GROUP_RUN = new RegExp(String.raw`${EDGE}[A-Z0-9]{2,12}(?:[ -][A-Z0-9]{2,12})+${END}`, 'gu');
/** Apple serials: 10 (since 2021) to 12 upper-case letters and digits, at least one of each. */
const SERIAL = new RegExp(
  String.raw`${EDGE}(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,12}${END}`,
  'gu',
);

/** Three or four groups, none only digits ("2000 17A100" is a year and a build), most mixed. */
function isSpacedSerial(groups: string[]): boolean {
  const length = groups.join('').length;
  const mixed = (g: string) => /\d/.test(g) && /[A-Z]/.test(g);
  return (
    length >= 10 &&
    length <= 12 &&
    groups.filter(mixed).length >= 2 &&
    groups.every((g) => g.length >= 3 && g.length <= 5 && /[A-Z]/.test(g) && !isCommon(g))
  );
}

/** Within a run of groups, the first three or four consecutive groups that make a serial. */
function* spacedSerials(text: string): Generator<Span> {
  for (const run of text.matchAll(GROUP_RUN)) {
    const groups = [...run[0].matchAll(/[A-Z0-9]+/g)];
    for (let i = 0; i < groups.length; i++) {
      const size = [4, 3].find(
        (n) => i + n <= groups.length && isSpacedSerial(groups.slice(i, i + n).map((g) => g[0])),
      );
      if (!size) continue;
      const last = groups[i + size - 1]!;
      yield { start: run.index + groups[i]!.index, end: run.index + last.index + last[0].length };
      i += size - 1;
    }
  }
}

export function* serials(text: string): Generator<Span> {
  for (const match of atWordStart(SERIAL_LABEL, text)) {
    const span = labelledSerial(text, match.index + match[0].length);
    if (span) yield span;
  }
  // Unlabelled, a repair's or an appointment's reference has a serial number's shape.
  let unlabelled = text;
  for (const { start, end } of repairReferences(text))
    unlabelled = unlabelled.slice(0, start) + '_'.repeat(end - start) + unlabelled.slice(end);
  yield* spacedSerials(unlabelled);
  yield* spansOf(SERIAL, unlabelled);
}
