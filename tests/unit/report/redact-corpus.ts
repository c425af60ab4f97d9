import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../support/fixtures';

/**
 * The redaction corpus: notes written for this project in tests/fixtures/notes/<lang>.txt,
 * separated by a line "===". `{{kind:value}}` marks personal data, `{{keep:value}}` text that
 * must survive; lines starting with "#" are comments.
 */
export const SECRET_KINDS = [
  'name',
  'device',
  'username',
  'serial',
  'address',
  'email',
  'phone',
  'imei',
  'appleId',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export interface Note {
  lang: string;
  /** File and position, to find a failing note. */
  where: string;
  text: string;
  secrets: { kind: SecretKind; value: string }[];
  keep: string[];
}

const MARKER = /\{\{(\w+):([^}]+)\}\}/g;
const NOTES_DIR = resolve(FIXTURES_DIR, 'notes');
/** Notes in languages whose masking is partial: held to a bar, not to zero (see the README). */
export const MORE_NOTES_DIR = resolve(FIXTURES_DIR, 'notes-more');

function parseNote(raw: string, lang: string, where: string): Note {
  const secrets: Note['secrets'] = [];
  const keep: string[] = [];
  for (const [, kind, value] of raw.matchAll(MARKER)) {
    if (kind === 'keep') keep.push(value!);
    else if ((SECRET_KINDS as readonly string[]).includes(kind!))
      secrets.push({ kind: kind as SecretKind, value: value! });
    else throw new Error(`${where}: unknown marker kind "${kind}"`);
  }
  return { lang, where, text: raw.replace(MARKER, '$2'), secrets, keep };
}

/** The notes of every language file in `dir` (tests/fixtures/notes unless told). */
export function loadCorpus(dir = NOTES_DIR): Note[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const lang = file.replace(/\.txt$/, '');
      const body = readFileSync(resolve(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n');
      return body
        .split(/^===$/m)
        .map((raw) => raw.trim())
        .filter(Boolean)
        .map((raw, i) => parseNote(raw, lang, `${file} note ${i + 1}`));
    });
}

/** Letters and digits of Latin-like scripts: a run of them is one word. */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Any mask the redactor writes: "[… removed]". */
const MASK = /\[[^\][]{1,40} removed\]/gu;

const lower = (s: string) => s.toLowerCase();
const words = (s: string) => [...lower(s).matchAll(WORD)].map((m) => m[0]);

/** Parts of a secret that identify it: its words, and for CJK or Korean text every pair of characters. */
function pieces(secret: string): string[] {
  const latin = words(secret).filter((w) => w.length >= 2);
  const cjk = [...secret]
    .map((_, i, chars) => chars.slice(i, i + 2).join(''))
    .filter((pair) => pair.length === 2 && CJK.test(pair[0]!) && CJK.test(pair[1]!));
  return [...latin, ...cjk];
}

/** Whether a piece occurs in a text: as a whole word, or anywhere for Chinese and Japanese. */
function occurrence(text: string): (piece: string) => boolean {
  const inText = new Set(words(text));
  return (piece) => (CJK.test(piece) ? text.includes(piece) : inText.has(piece));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The secret as a whole word (Latin) or anywhere (Chinese, Japanese), in any case. */
function survivesWhole(output: string, secret: string): boolean {
  const text = lower(output);
  const value = lower(secret);
  if (CJK.test(secret)) return text.includes(value);
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + value.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/** What touches each mask on the left and right: a Latin word, or one CJK character. */
function besideMasks(output: string): string[] {
  const found: string[] = [];
  for (const m of output.matchAll(MASK)) {
    const before = output.slice(Math.max(0, m.index - 40), m.index);
    const after = output.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const left = /[\p{Script=Latin}\p{N}\p{M}]+$/u.exec(before)?.[0] ?? [...before].pop();
    const right = /^[\p{Script=Latin}\p{N}\p{M}]+/u.exec(after)?.[0] ?? [...after][0];
    for (const side of [left, right]) if (side && !/[\s\p{P}\p{S}]/u.test(side)) found.push(side);
  }
  return found;
}

/**
 * A secret leaks when it survives whole, when one of its identifying pieces survives (that piece
 * not occurring elsewhere in the note), or when a fragment of it is left glued to a mask.
 */
export function leaks(note: Note, output: string): Note['secrets'] {
  let context = note.text;
  for (const { value } of note.secrets) context = context.split(value).join(' ');
  const inContext = occurrence(context);
  const inOutput = occurrence(output);
  const beside = besideMasks(output).map(lower);
  return note.secrets.filter(({ value }) => {
    if (survivesWhole(output, value)) return true;
    if (pieces(value).some((piece) => !inContext(piece) && inOutput(piece))) return true;
    return beside.some((side) => lower(value).includes(side) && !inContext(side));
  });
}

/** A clean note must come out unchanged; in any note the marked tokens must survive. */
export function overMasked(note: Note, output: string): boolean {
  if (note.secrets.length === 0 && output !== note.text) return true;
  return note.keep.some((token) => !output.includes(token));
}
