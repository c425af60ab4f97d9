import { appleAccounts, emails, usernames } from './redact/accounts.ts';
import { addressLines } from './redact/address-lines.ts';
import { streetAddresses } from './redact/addresses.ts';
import { cjkNames } from './redact/cjk-names.ts';
import { codes } from './redact/codes.ts';
import { deviceOwners } from './redact/devices.ts';
import { identityNumbers } from './redact/identity-numbers.ts';
import { introducedNames } from './redact/names.ts';
import { withPartners } from './redact/partners.ts';
import { imeis, longNumbers, serials } from './redact/numbers.ts';
import { passwords } from './redact/passwords.ts';
import { phones } from './redact/phones.ts';
import { WALL, hide, settle, type Span } from './redact/spans.ts';
import { MASK_KINDS, type MaskKind } from './mask-kinds.ts';
import { asciiDigits } from '../pages/text.ts';

/**
 * Finds personal data in free text (the typed alert message, the notes) and masks it before
 * anything is exported. Detection is pattern-based and errs towards masking: a masked word costs
 * little, a leaked phone number cannot be taken back. A mask always replaces the whole datum
 * (never "[name removed]77"). Masks are fixed English tokens so that exports and re-imports stay
 * stable; renderers localise them (see MASKS).
 */

export { MASK_KINDS, type MaskKind };

export const MASKS: Record<MaskKind, string> = {
  name: '[name removed]',
  email: '[email removed]',
  phone: '[phone number removed]',
  serial: '[serial number removed]',
  imei: '[IMEI removed]',
  appleId: '[Apple Account removed]',
  username: '[username removed]',
  address: '[address removed]',
  password: '[password removed]',
};

export interface MaskCount {
  kind: MaskKind;
  count: number;
}

export interface Redacted {
  text: string;
  masked: MaskCount[];
}

type Detector = [MaskKind, (text: string) => Iterable<Span>];

/**
 * Order matters: each detector sees the text with everything found before it walled off.
 * Labelled values come first (so "Apple ID: x@y.z" counts as an Apple Account), addresses before
 * phones (a postcode is not a phone number), device owners before introduced names.
 */
const DETECTORS: Detector[] = [
  // First: a password may look like any other datum ("password: anna_1985").
  ['password', passwords],
  // Before phones and serials: a PIN or a recovery key is no phone or serial number.
  ['password', codes],
  ['appleId', appleAccounts],
  ['email', emails],
  ['username', usernames],
  // Before IMEIs and phones: a social security number may have fifteen digits, an IBAN more.
  ['serial', identityNumbers],
  ['imei', imeis],
  ['serial', serials],
  ['serial', longNumbers],
  ['address', addressLines],
  ['address', streetAddresses],
  ['phone', phones],
  ['name', (text) => withPartners(text, deviceOwners(text))],
  ['name', (text) => withPartners(text, introducedNames(text))],
  ['name', cjkNames],
];

const EXISTING_MASKS = new RegExp(
  Object.values(MASKS)
    .map((mask) => mask.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * The text the detectors read: masks already present are walled off (so redacting twice changes
 * nothing), full-width letters and digits ("０９０") read as their ASCII forms, and so do the
 * digits of other scripts ("٠١٠٠", "+९१", "๐๘๑"). Every replacement keeps the length, so
 * positions found here are positions in the original.
 */
function readable(text: string): string {
  return asciiDigits(text)
    .replace(EXISTING_MASKS, (mask) => WALL.repeat(mask.length))
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** One pass of every detector; returns the spans found, sorted, each with its kind. */
function detect(text: string): (Span & { kind: MaskKind })[] {
  let work = readable(text);
  const found: (Span & { kind: MaskKind })[] = [];
  for (const [kind, find] of DETECTORS) {
    const spans = settle(work, find(work));
    found.push(...spans.map((span) => ({ ...span, kind })));
    work = hide(work, spans);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A mask can change what its neighbours look like (a name that ended in a digit took that digit
 * from a time), so passes repeat until one finds nothing, which makes redacting the result again
 * a no-op. Every note of the test corpus settles in two passes (the second finds nothing); the
 * bound keeps a contrived text linear.
 */
const MAX_PASSES = 5;

export function redact(text: string): Redacted {
  const counts = new Map<MaskKind, number>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = detect(text);
    if (found.length === 0) break;
    let result = '';
    let last = 0;
    for (const { start, end, kind } of found) {
      result += text.slice(last, start) + MASKS[kind];
      last = end;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    text = result + text.slice(last);
  }
  return { text, masked: sortCounts(counts) };
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
