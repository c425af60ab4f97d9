import { readName } from './reader.ts';
import { WALL, atWordStart, type Span } from './spans.ts';

/**
 * Where a signature puts the name: on the note's last line, or above the lines of contact
 * details that close a signature block ("Maria Santos\nRua …, 482\nCel.: (21) …").
 */

/**
 * A contact line holds what was already masked on it, an email, or a number (a house number, a
 * phone number): an address in a script whose street words are not known still has one.
 */
const CONTACT_LINE = new RegExp(`[@${WALL}\\d]`, 'u');
const MAX_CONTACT_LINES = 4;

export interface NameLine {
  start: number;
  end: number;
  /** The line above, trimmed ("" if none): a sign-off, or a short line ending in a comma. */
  previous: string;
}

export function nameLine(text: string): NameLine {
  const lines = text.trimEnd().split('\n');
  let i = lines.length - 1;
  while (i > 0 && lines.length - 1 - i < MAX_CONTACT_LINES && CONTACT_LINE.test(lines[i]!)) i--;
  let above = i - 1;
  while (above >= 0 && lines[above]!.trim() === '') above--;
  const start = lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0);
  const line = lines[i]!.replace(/\r$/u, '');
  return { start, end: start + line.length, previous: lines[above]?.trim() ?? '' };
}

/**
 * A name after a dash or a slash at the end of the note, or above its contact lines: "sent from
 * my iPad — Marguerite", "Call me +1 604 … – Kevin Chen", "/Per Gustafsson", "— Jean-Pierre" on
 * a line of its own. A hyphen that opens its line is a list's bullet ("- Reset Network") unless
 * prose ends just above it (signingDash); no list uses a long dash.
 */
const DASH =
  /(?=[—–/-])(?:(?<=\S[ \t]+)(?:—|–|--?)|(?<=^[ \t]*)(?:—|–)|(?<=^|[.!?][ \t]+)\/)[ \t]*(?=\p{Lu})/gu;
const REST_OF_LINE = /^[ \t.!]*$/u;
/**
 * With no sign-off to go by, words that end like a participle or an abstract noun are a status,
 * not a name: "Backup ended — Restore Completed", "Problem seit Montag – Fehlermeldung".
 */
const NOT_NAME_ENDING =
  /(?:ed|ing|ung|ion|ment|keit|heit|schaft|ness|ity|ure|ful|less|able|ible|ive|ous|ance|ence|iert|lich|bar)$/iu;

/**
 * A hyphen that opens the last line signs the note when the line above ends a sentence of prose
 * ("Any ideas?\n-Tom"): a list's last bullet follows another bullet or a line ending in a colon.
 */
const HYPHEN_SIGN = /^[ \t]*-[ \t]*(?=\p{Lu})/u;
const PROSE_END = /[.!?…)]$/u;
const LIST_ITEM = /^(?:[-*•·–—+]|\d{1,2}[.)])/u;

/**
 * What a lone bullet after prose holds when it is a step or a feature, not a signature: a verb
 * of the steps people try ("- Restart", "- Reset Network"), a setting ("- Airplane Mode"), or an
 * app's name with a capital inside ("- WhatsApp").
 */
const STEP_WORDS = new Set(
  `reset restart restarted restore reboot delete remove erase update install reinstall sign
  turn disable enable clear offload free check wait try retry force hard soft airplane network
  cellular mobile low storage`.split(/\s+/),
);
/** "WhatsApp", "TikTok"; "McKenzie", "DeShawn" are names. */
export const INNER_CAPITAL = /^(?!(?:Mc|Mac|De|Di|La|Le)\p{Lu}\p{Ll}+$)\p{L}+\p{Lu}/u;

function isStep(words: string[]): boolean {
  return STEP_WORDS.has(words[0]!.toLowerCase()) || words.some((w) => INNER_CAPITAL.test(w));
}

/** Where the signed name starts after its dash, if the last line has one that signs. */
function signingDash(text: string, line: NameLine): { at: number; bullet: boolean } | undefined {
  const own = text.slice(line.start, line.end);
  const last = [...own.matchAll(DASH)].at(-1);
  if (last) return { at: last.index + last[0].length, bullet: false };
  const hyphen = HYPHEN_SIGN.exec(own);
  const prose = PROSE_END.test(line.previous) && !LIST_ITEM.test(line.previous);
  return hyphen && prose ? { at: hyphen[0].length, bullet: true } : undefined;
}

export function* dashSigned(text: string): Generator<Span> {
  const line = nameLine(text);
  const dash = signingDash(text, line);
  if (dash === undefined) return;
  const name = readName(text, line.start + dash.at, {});
  if (!name || !REST_OF_LINE.test(text.slice(name.end, line.end))) return;
  const words = text.slice(name.start, name.end).split(/\s+/);
  if (words.some((word) => NOT_NAME_ENDING.test(word)) || (dash.bullet && isStep(words))) return;
  yield name;
}

/** "Signature:\nRev. Samuel K. Adeyemi", "Signé : J.-P. Rousseau": the name after the label. */
const SIGNATURE_LABEL =
  /(?:signature|signed|signé|signée|firma|firmado|firmato|unterschrift|gezeichnet|assinatura|assinado|handtekening|ondertekend|podpis|подпись|imza|allekirjoitus|underskrift|namnteckning|υπογραφή)[ \t]*[:：][ \t]*(?:\r?\n[ \t]*)?/giu;

export function* signatureLabelled(text: string): Generator<Span> {
  for (const match of atWordStart(SIGNATURE_LABEL, text)) {
    const name = readName(text, match.index + match[0].length, {});
    if (name) yield name;
  }
}
