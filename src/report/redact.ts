/**
 * Finds personal data in free text (the typed alert message, the notes) and masks it before
 * anything is exported. Detection is pattern-based and errs towards masking: a masked version
 * number costs little, a leaked phone number cannot be taken back. Masks are fixed English
 * tokens so that exports and re-imports stay stable; renderers localise them (see MASKS).
 */

export const MASK_KINDS = ['name', 'email', 'phone', 'serial', 'imei', 'appleId'] as const;
export type MaskKind = (typeof MASK_KINDS)[number];

export const MASKS: Record<MaskKind, string> = {
  name: '[name removed]',
  email: '[email removed]',
  phone: '[phone number removed]',
  serial: '[serial number removed]',
  imei: '[IMEI removed]',
  appleId: '[Apple Account removed]',
};

export interface MaskCount {
  kind: MaskKind;
  count: number;
}

export interface Redacted {
  text: string;
  masked: MaskCount[];
}

/**
 * A value after a label: a phone number with its spaces, or one word. Never starts with "[",
 * so an existing mask is not masked again.
 */
const VALUE = String.raw`(?:\+?\d[\d ()./-]{5,}\d|[^\s\[\],;]+)`;
const EDGE = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const APPLE_ACCOUNT_LABEL = String.raw`\b(?:apple[\s-]?(?:id|account|konto)|icloud[\s-]?(?:id|account|konto|e-?mail)|dsid)`;
/** After a colon anything is the identifier; after "is" only something that looks like one. */
const APPLE_ACCOUNT = new RegExp(
  String.raw`(${APPLE_ACCOUNT_LABEL}\s*(?::|=)\s*)${VALUE}|(${APPLE_ACCOUNT_LABEL}\s+(?:is|ist|lautet)\s+)(?=[^\s\[]*[@._\d])${VALUE}`,
  'giu',
);

const EMAIL = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

const IMEI_LABELLED = new RegExp(
  String.raw`(\b(?:IMEI|MEID)\s*2?\s*(?:is|ist|:|=|#|-)?\s*)[0-9A-F](?:[ -]?[0-9A-F]){13,16}${END}`,
  'giu',
);
/** 15 digits, grouped or not; the check digit is not verified, so mistyped IMEIs go too. */
const IMEI = new RegExp(String.raw`(?<![\p{N}+])\d(?:[ -]?\d){14}(?!\p{N})`, 'gu');

const SERIAL_LABELLED = new RegExp(
  String.raw`(\b(?:serial(?:\s*(?:number|no\.?|nr\.?|#))?|serien-?(?:nummer|nr\.?)|s/n)\s*(?:is|ist|:|=|#|-)?\s*)(?=[A-Za-z]*\d)[A-Za-z0-9]{8,14}${END}`,
  'giu',
);
/** Apple serials: 10 (since 2021) to 12 upper-case letters and digits, at least one of each. */
const SERIAL = new RegExp(
  String.raw`${EDGE}(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,12}${END}`,
  'gu',
);

/**
 * Numbers that are not phone numbers but would look like one once digits are counted: dates,
 * times, versions, sizes and grouped thousands. They are hidden from the phone pattern. None may
 * start right after a digit group ("+1 555 123 4567 days" stays one phone number).
 */
const AFTER_GAP = String.raw`(?<![\d.,])(?<!\d[ ./-])`;
const NOT_PHONE = new RegExp(
  AFTER_GAP +
    '(?:' +
    [
      String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?`,
      String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])`,
      String.raw`\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])`,
      String.raw`\d{1,2}:\d{2}`,
      String.raw`\d{1,3}(?:[.,]\d{3}){2,}(?![\d.,])`,
      String.raw`\d{1,4}(?:[.,]\d+)?\s?(?:[KMGT]i?B|%|bytes?|min(?:utes?|uten)?|hours?|Stunden|days?|Tagen?)(?!\p{L})`,
      String.raw`\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?![\d.])`,
    ].join('|') +
    ')',
  'giu',
);
const PHONE = new RegExp(String.raw`${EDGE}(?:\+|\(\+?)?\d(?:[ ()./-]{0,3}\d)+\)?${END}`, 'gu');

/** Words that end a typed name: "my name is anna and I…" masks "anna" only. */
const NAME_END = String.raw`(?:and|und|but|aber|from|aus|here|hier|with|mit|i|ich|my|mein|meine|the|der|die|das|is|ist|in|im|on|am|at|an|a|for|für|have|habe|hab|since|seit|to|zu)(?!\p{L})`;
/** Longest name: first name, middle name, family name, in any case after a clear introduction. */
const NAME = String.raw`\p{L}[\p{L}'’-]*(?:[ ](?!${NAME_END})\p{L}[\p{L}'’-]*){0,2}`;
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2}`;
// No "i" flag on the name patterns: with it, \p{Lu} would match lower case too, and "my name
// is anna and I" would lose "and I". Sentence-initial capitals are spelled out instead.
/** Phrases after which the next word is a name whatever its case. */
const NAME_INTRO = new RegExp(
  String.raw`(\b(?:[Mm]y name is|[Mm]y name's|[Nn]ame\s*:|[Ss]igned in as|[Ll]ogged in as|[Ii]ch hei(?:ß|ss)e|[Mm]ein [Nn]ame ist|[Aa]ngemeldet als|[Ee]ingeloggt als)\s+)${NAME}`,
  'gu',
);
/** Weaker phrases: only a capitalised word that is not a common word counts as a name. */
const WEAK_INTRO = new RegExp(
  String.raw`(\b(?:I'?m|I’m|I am|[Tt]his is|[Ii]ch bin|[Hh]ier ist|[Rr]egards,?|[Tt]hanks,?|[Tt]hank you,?|[Cc]heers,?|[Gg]r(?:ü|ue)(?:ß|ss)en?,?|[Gg]ru(?:ß|ss),?|LG|VG)\s+)${CAPITALISED_NAME}`,
  'gu',
);
const NOT_NAMES = new Set(
  (
    'Not Sure Using On In At From Trying Getting Having Unable Still Also So Very Really The A An ' +
    'Sorry Afraid Here Back Done Ready Stuck Apple iPhone iPad iCloud Backup Settings It This That ' +
    'Nicht Mir Sicher Kein Keine Ein Eine Der Die Das Dem Den Seit Gerade Jetzt Im Am Auf Mit Noch ' +
    'Schon Neu Leider Ratlos Verzweifelt Es Ich'
  ).split(' '),
);
/** Device names carry their owner's name: "Anna's iPhone", "iPad von Anna". */
const DEVICE_OWNER = new RegExp(
  String.raw`${EDGE}\p{Lu}[\p{L}-]*(?=['’]s\s+(?:iPhone|iPad|iPod|Mac|MacBook|Apple Watch)\b)|(\b(?:iPhone|iPad|iPod|MacBook|Mac) (?:von|de|di) )\p{Lu}[\p{L}-]*`,
  'gu',
);

interface Found {
  start: number;
  end: number;
  /** Kept in front of the mask: "my name is [name removed]". */
  label: string;
}

interface Detector {
  kind: MaskKind;
  find: (text: string) => Iterable<Found>;
}

function* matches(pattern: RegExp, text: string, accept = (_value: string) => true) {
  for (const match of text.matchAll(pattern)) {
    const label = match[1] ?? match[2] ?? '';
    if (!accept(match[0].slice(label.length))) continue;
    yield { start: match.index, end: match.index + match[0].length, label };
  }
}

const byPattern = (kind: MaskKind, pattern: RegExp, accept?: (value: string) => boolean) => ({
  kind,
  find: (text: string) => matches(pattern, text, accept),
});

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/**
 * Phone numbers: 7 to 15 digits once dates, versions and sizes are set aside. A run with more
 * digits is usually another number written just before one ("Error 1009 0170 1234567"), so the
 * search goes on after its first group.
 */
function* phones(text: string, offset = 0): Generator<Found> {
  for (const match of hideNonPhones(text).matchAll(PHONE)) {
    const count = digitCount(match[0]);
    const start = offset + match.index;
    if (count >= 7 && count <= 15) yield { start, end: start + match[0].length, label: '' };
    const gap = match[0].search(/[ ./-]\(?\+?\d/);
    if (count > 15 && gap > 0) yield* phones(match[0].slice(gap + 1), start + gap + 1);
  }
}

/**
 * Order matters: labelled values first (so "Apple ID: x@y.z" counts as an Apple Account), then
 * the specific number shapes before the general phone pattern.
 */
const DETECTORS: Detector[] = [
  byPattern('appleId', APPLE_ACCOUNT),
  byPattern('email', EMAIL),
  byPattern('imei', IMEI_LABELLED),
  byPattern('imei', IMEI),
  byPattern('serial', SERIAL_LABELLED),
  byPattern('serial', SERIAL),
  { kind: 'phone', find: (text) => phones(text) },
  byPattern('name', DEVICE_OWNER),
  byPattern('name', NAME_INTRO),
  byPattern('name', WEAK_INTRO, (name) => !NOT_NAMES.has(name.split(' ')[0]!)),
];

/** Replaces `NOT_PHONE` spans with same-length filler so match positions stay valid. */
function hideNonPhones(text: string): string {
  return text.replace(NOT_PHONE, (m) => '_'.repeat(m.length));
}

function apply(text: string, detector: Detector, counts: Map<MaskKind, number>): string {
  let result = '';
  let last = 0;
  for (const { start, end, label } of detector.find(text)) {
    result += text.slice(last, start) + label + MASKS[detector.kind];
    last = end;
    counts.set(detector.kind, (counts.get(detector.kind) ?? 0) + 1);
  }
  return result + text.slice(last);
}

export function redact(text: string): Redacted {
  const counts = new Map<MaskKind, number>();
  let result = text;
  for (const detector of DETECTORS) result = apply(result, detector, counts);
  return { text: result, masked: sortCounts(counts) };
}

function sortCounts(counts: Map<MaskKind, number>): MaskCount[] {
  return MASK_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
    kind,
    count: counts.get(kind)!,
  }));
}

/** Adds up what was masked across several texts. */
export function mergeMasked(lists: MaskCount[][]): MaskCount[] {
  const counts = new Map<MaskKind, number>();
  for (const { kind, count } of lists.flat()) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return sortCounts(counts);
}
