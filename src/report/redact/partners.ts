import { isCommon, isRelative } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import type { Span } from './spans.ts';

/**
 * A name joined by "and" to a name already found is a name too: "Thanks,\nMike and Sarah
 * Thompson", "Beste groeten van Marieke en Joost", "my wife Laura and son Ben", "Ava and Noah's
 * iPads". Only a capitalised word that is no everyday word counts, so "Anna and Apple Support",
 * "Mum and Dad", "my wife and I" keep their words.
 */

const AND = String.raw`(?:and|und|et|y|e|en|och|og|i|и|ve|&)`;
const AND_AFTER = new RegExp(String.raw`^[ \t]+${AND}[ \t]+`, 'iu');
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?[ \t]+${AND}[ \t]+$`,
  'u',
);
const AND_AT_END = new RegExp(String.raw`[ \t]+${AND}[ \t]+$`, 'iu');
const WINDOW = 60;

/** The name after "and", past a relation word ("and son Ben"). */
function partnerAfter(text: string, end: number): Span | undefined {
  const and = AND_AFTER.exec(text.slice(end, end + 12));
  if (!and) return undefined;
  const at = end + and[0].length;
  const word = wordAt(text, at);
  if (word && isRelative(word.text)) return readName(text, word.end, {});
  return readName(text, at, {});
}

function partnerBefore(text: string, start: number): Span | undefined {
  const from = Math.max(0, start - WINDOW);
  const match = NAME_BEFORE.exec(text.slice(from, start));
  if (!match) return undefined;
  const name = match[0].replace(AND_AT_END, '');
  if (name.split(/[ \t]/u).some(isCommon)) return undefined;
  return { start: from + match.index, end: from + match.index + name.length };
}

/** The names found, each with the names joined to it by "and". */
export function* withPartners(text: string, names: Iterable<Span>): Generator<Span> {
  for (const name of names) {
    yield name;
    const before = partnerBefore(text, name.start);
    const after = partnerAfter(text, name.end);
    if (before) yield before;
    if (after) yield after;
  }
}
