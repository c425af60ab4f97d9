/** A stretch of text to mask, from `start` up to (not including) `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Stands in for text that is already a mask or already found: it is neither a letter, a digit nor
 * a space, so no pattern reads through it and no later detector finds a second datum inside.
 */
export const WALL = '\uE000';

/**
 * Letters and digits of the scripts that separate words with spaces. A mask always takes whole
 * words of them ("jappleseed77", never "[…]77"); Chinese and Japanese have no spaces to stop at,
 * so their detectors decide the extent themselves.
 */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}_]/u;

export function hide(text: string, spans: Span[]): string {
  let result = '';
  let last = 0;
  for (const { start, end } of spans) {
    result += text.slice(last, start) + WALL.repeat(end - start);
    last = end;
  }
  return result + text.slice(last);
}

/**
 * Sorted, non-overlapping spans that end on word boundaries, none across a wall; spans joined by
 * word characters are one datum and become one span. Each gap between spans is scanned at most
 * twice, so this stays linear however many spans one long word holds.
 */
export function settle(text: string, spans: Iterable<Span>): Span[] {
  // A span that reaches into a mask or an earlier find is not a datum of its own.
  const sorted = [...spans]
    .filter((s) => s.end > s.start && !text.slice(s.start, s.end).includes(WALL))
    .sort((a, b) => a.start - b.start);
  const result: Span[] = [];
  for (const [i, span] of sorted.entries()) {
    const previous = result.at(-1);
    let start = span.start;
    let end = span.end;
    const floor = previous?.end ?? 0;
    while (start > floor && WORD_CHAR.test(text[start - 1]!)) start--;
    const ceiling = Math.max(end, sorted[i + 1]?.start ?? text.length);
    while (end < ceiling && WORD_CHAR.test(text[end]!)) end++;
    if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
    else result.push({ start, end });
  }
  return result;
}

/** Scripts written without spaces between words: their detectors run only on text holding them. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const HANGUL = /\p{Script=Hangul}/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Matches that start a word. The character before is checked here rather than by a lookbehind at
 * the start of the pattern: that lookbehind would be tried at every position of the text, and
 * makes a long alternation of phrases several times slower.
 */
export function* atWordStart(
  pattern: RegExp,
  text: string,
  word = LETTER_OR_DIGIT,
): Generator<RegExpExecArray> {
  for (const match of text.matchAll(pattern))
    if (match.index === 0 || !word.test(text[match.index - 1]!)) yield match;
}

/** Where a clause opens: the start of the text or a line, or after a stop or a comma (also "،"). */
export function opensClause(text: string, at: number): boolean {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || /[\n.!?,;:،]/u.test(text[at - 1]!);
}

/** Spans of a pattern's `value` group (needs the `d` flag), or of the whole match without one. */
export function* spansOf(pattern: RegExp, text: string): Generator<Span> {
  for (const match of text.matchAll(pattern)) {
    const [start, end] = match.indices?.groups?.value ?? [
      match.index,
      match.index + match[0].length,
    ];
    yield { start, end };
  }
}
