import { PARTICLES, TITLES, isCommon } from './lexicon.ts';
import { WALL, type Span } from './spans.ts';

/**
 * One word of a name in a script that separates words with spaces: letters first, then letters
 * or digits ("jappleseed77"), joined by inner apostrophes, hyphens or dots ("O'Neill",
 * "Anna-Lena", "J.-P."); one final dot is kept only for an initial ("A.").
 */
const NAME_WORD =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}_]*(?:(?:\.-|['’.-])[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}_]+)*\.?/uy;
const GAP = /[ \t\u00a0]*/y;
const LINE_END = /[ \t]*(?:[.!][ \t]*)?(?:\r?\n|$)/y;
/**
 * What may follow a signed name: the end of the line, a comma, a stop, a dash, kisses or a smiley
 * ("Thanks! Kat x", "Cheers, Bazza :)").
 */
const AFTER_SIGNED_NAME =
  /[ \t]*[.,;!()–—-]|[ \t]*(?:\r?\n|$)|[ \t]+(?:x{1,4}|[:;]-?[)D(P])(?![\p{L}\p{N}])/uy;
const MAX_WORDS = 4;
/** Text in another script, a number or a mask right after a name ends it: "Saludos, Ana 0170 …". */
const OTHER_SCRIPT =
  /[ \t]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\d\uE000]/uy;

interface Word {
  start: number;
  end: number;
  text: string;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

export function wordAt(text: string, at: number): Word | undefined {
  const match = sticky(NAME_WORD, text, at);
  if (!match) return undefined;
  let word = match[0];
  if (word.endsWith('.') && !/^(?:\p{L}\.-?)*\p{L}\.$/u.test(word)) word = word.slice(0, -1);
  return { start: at, end: at + word.length, text: word };
}

const skipGap = (text: string, at: number) => at + (sticky(GAP, text, at)?.[0].length ?? 0);
const bare = (word: string) => word.replace(/\.$/, '').toLowerCase();
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Skips "Dr.", "Frau", "Sr." before a name; a title with no name after it is the name ("I'm
 * Don"), unless a mask follows it: then the name is already gone and there is nothing to read.
 */
function skipTitles(text: string, at: number): number | undefined {
  for (let i = 0; i < 2; i++) {
    const word = wordAt(text, at);
    if (!word || !TITLES.has(bare(word.text))) break;
    const after = skipGap(text, word.end + (text[word.end] === '.' ? 1 : 0));
    if (text[after] === WALL) return undefined;
    if (after === word.end || !wordAt(text, after)) break;
    at = after;
  }
  return at;
}

/**
 * Words that join two capitalised parts of one name, and only those: Catalan "Puig i Serra",
 * Malay "Ahmad bin Ismail", "Kavitha a/p Ramasamy". Elsewhere "i" is "and" or "I".
 */
const JOINER = /(?:i|bin|binti|bt|a\/[pl]|s\/o|d\/o)(?=[ \t\u00a0]+\p{Lu})/uy;

function joinerAt(text: string, at: number, first: Word): Word | undefined {
  const match = capitalised(first.text) ? sticky(JOINER, text, at) : null;
  return match ? { start: at, end: at + match[0].length, text: match[0] } : undefined;
}

/** The end of a clause right after a word: a line break, the end, a comma or a stop. */
const CLAUSE_END = /[ \t]*(?:[,;)]|[.!?]?[ \t]*(?:\r?\n|$)|[.!?][ \t])/y;

/**
 * A short surname that is also a word elsewhere ("Grace Ho", "Minh Le", "Tom Do") still belongs
 * to the name when it is written as a name and ends the clause: a sentence would go on after it.
 * Longer capitalised words there are German nouns as often as names ("Viele Grüße,").
 */
function surnameEnds(text: string, first: Word, next: Word): boolean {
  return (
    capitalised(first.text) &&
    /^\p{Lu}\p{Ll}{1,2}$/u.test(next.text) &&
    Boolean(sticky(CLAUSE_END, text, next.end))
  );
}

/** The next word after one gap, if it continues the name: "de la" only before another word. */
function nextNameWord(text: string, word: Word, first: Word): Word | undefined {
  let start: number | undefined;
  for (let particles = 0; particles <= 3; particles++) {
    // A short abbreviation's dot does not end the name: "Lic. Roberto Méndez".
    const dot = text[word.end] === '.' && word.text.length <= 3 ? 1 : 0;
    const after = skipGap(text, word.end + dot);
    if (after === word.end + dot || after - word.end > 3) return undefined;
    const joiner = joinerAt(text, after, first);
    const next = joiner ?? wordAt(text, after);
    if (!next) return undefined;
    start ??= next.start;
    // A particle written as a name and ending the clause is the surname: "Tom Do", "Minh Le".
    const particle = PARTICLES.has(next.text.toLowerCase()) && !surnameEnds(text, first, next);
    if (!joiner && !particle) {
      if (isCommon(next.text) && !(dot === 0 && surnameEnds(text, first, next))) return;
      if (capitalised(first.text) && !capitalised(next.text)) return;
      // Only a first word may carry digits, as a username does ("jappleseed77"); a later one is
      // a model number ("Modell A2849", "Model A2342").
      if (/\p{N}/u.test(next.text)) return;
      return { ...next, start };
    }
    word = next;
  }
  return undefined;
}

export interface NameOptions {
  /** Accept a name in lower case ("my name is anna"); otherwise it must be capitalised. */
  anyCase?: boolean;
  /** Only a name followed by the end of its line, a comma or a stop (sign-offs). */
  signed?: boolean;
  /** Accept a lower-case name when it is all that is left of its line ("thanks,\nanna"). */
  lowerAtLineEnd?: boolean;
  /**
   * Accept a lower-case name before a comma or "and" unless it reads like an adjective
   * ("soy maria y…", not "i'm exhausted, …").
   */
  lowerBeforeBreak?: boolean;
}

/** Endings of adjectives and participles, which follow "I'm", "je suis", "soy" in lower case. */
const DESCRIPTIVE =
  /(?:ed|ing|ful|ous|ive|able|ible|less|ly|é|ée|és|ées|ant|ante|eux|euse|ado|ada|ido|ida|oso|osa|ato|ata|ito|ita|uto|uta|iert|ig|lich|los|bar|isch|lijk)$/u;
const BREAK = /[ \t]*(?:[,.;!:]|\r?\n|$)|[ \t]+(?:and|und|et|y|e|i)(?![\p{L}])/uy;

function lowerAccepted(text: string, first: Word, last: Word, options: NameOptions): boolean {
  if (options.anyCase) return true;
  if (options.lowerAtLineEnd && sticky(LINE_END, text, last.end)) return true;
  return Boolean(
    options.lowerBeforeBreak &&
    !DESCRIPTIVE.test(first.text.toLowerCase()) &&
    sticky(BREAK, text, last.end),
  );
}

/**
 * After a sign-off the name ends its line or clause ("Thanks, Anna." / "Thanks, Anna from
 * Berlin"); "Thanks, Tried that" is a sentence, not a name.
 */
function signedNameEnds(text: string, first: Word, last: Word): boolean {
  if (sticky(AFTER_SIGNED_NAME, text, last.end) || sticky(OTHER_SCRIPT, text, last.end))
    return true;
  const next = wordAt(text, skipGap(text, last.end));
  return Boolean(next && isCommon(next.text) && !/(?:ed|ing)$/u.test(first.text));
}

/**
 * After a title a name may open with its particles ("Dr. van der Berg", "Herr von Arnim", "Sr. de
 * la Fuente"): they are skipped to the capitalised word after them, and kept in the name.
 */
function skipParticles(text: string, at: number): number {
  for (let i = 0; i < 3; i++) {
    const word = wordAt(text, at);
    const after = word && PARTICLES.has(word.text.toLowerCase()) && skipGap(text, word.end);
    if (!after || after === word.end) break;
    at = after;
  }
  return at;
}

/** Reads a personal name of up to four words starting at `at`, titles skipped. */
export function readName(text: string, at: number, options: NameOptions): Span | undefined {
  const opening = skipGap(text, at);
  const titled = skipTitles(text, opening);
  const start = titled === undefined || titled === opening ? titled : skipParticles(text, titled);
  const first = start === undefined ? undefined : wordAt(text, start);
  if (!first || PARTICLES.has(first.text.toLowerCase())) return;
  if (start !== titled && !capitalised(first.text)) return;
  // After "my name is", a capitalised word is a name even if it is a word elsewhere ("Sem").
  if (isCommon(first.text) && !(options.anyCase && /^\p{Lu}\p{Ll}/u.test(first.text))) return;
  const lower = !capitalised(first.text);
  if (lower && !options.anyCase && !options.lowerAtLineEnd && !options.lowerBeforeBreak) return;
  let last = first;
  for (let count = 1; count < MAX_WORDS; count++) {
    const next = nextNameWord(text, last, first);
    if (!next) break;
    last = next;
  }
  if (options.signed && !signedNameEnds(text, first, last)) return undefined;
  if (lower && !lowerAccepted(text, first, last, options)) return undefined;
  return { start: titled ?? first.start, end: last.end };
}
