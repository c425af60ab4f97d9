import { isCommon, isNameThatIsAWord, isRelative } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import type { Span } from './spans.ts';
import { isThing } from './third-parties.ts';

/**
 * A name joined by "and" to a name already found is a name too: "Thanks,\nMike and Sarah
 * Thompson", "Beste groeten van Marieke en Joost", "my wife Laura and son Ben", "Ava and Noah's
 * iPads", and so are the names of a list that "and" closes ("my kids Ana, Luis and Marta",
 * "Léa, Hugo et Chloé ont un iPad"). Only a capitalised word that is no everyday word, app or
 * brand counts, so "Anna and Apple Support", "Mum and Dad", "my wife and I", "Ben, WhatsApp and
 * Signal" keep their words; a comma alone joins no name ("my son Ben, Apple says").
 */

const AND = String.raw`(?:and|und|et|y|e|en|och|og|i|и|ve|&)`;
const AND_AFTER = new RegExp(String.raw`^,?[ \t]+${AND}[ \t]+`, 'iu');
const COMMA_AFTER = /^,[ \t]+/u;
const AND_INSIDE = new RegExp(String.raw`[ \t]${AND}[ \t]`, 'u');
const NAME_COMMA_BEFORE = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+,[ \t]+$/u;
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?[ \t]+${AND}[ \t]+$`,
  'u',
);
const AND_AT_END = new RegExp(String.raw`[ \t]+${AND}[ \t]+$`, 'iu');
const WINDOW = 60;
/** Names a list holds before its "and"; the bound keeps a long run of commas linear. */
const LIST_LENGTH = 8;

/** The name after "and", past a relation word ("and son Ben"). */
function partnerAfter(text: string, end: number): Span | undefined {
  const and = AND_AFTER.exec(text.slice(end, end + 12));
  if (!and) return undefined;
  const at = end + and[0].length;
  const word = wordAt(text, at);
  if (word && isRelative(word.text)) return readName(text, word.end, {});
  return aName(text, readName(text, at, {}));
}

const aName = (text: string, span: Span | undefined) =>
  span && !isThing(text.slice(span.start, span.end)) ? span : undefined;

/** A list member: a name, also one that is a small word elsewhere ("Daan, Sem en Julia"). */
function member(text: string, at: number): Span | undefined {
  const anyCase = isNameThatIsAWord(wordAt(text, at)?.text ?? '');
  return aName(text, readName(text, at, { anyCase }));
}

/** The names after a comma, up to the last one of a list that "and" closes. */
function listAfter(text: string, end: number): Span[] {
  const members: Span[] = [];
  let at = end;
  for (let i = 0; i < LIST_LENGTH; i++) {
    const comma = COMMA_AFTER.exec(text.slice(at, at + 8));
    const name = comma && member(text, at + comma[0].length);
    if (!name) break;
    members.push(name);
    at = name.end;
  }
  const last = partnerAfter(text, at);
  if (last) return [...members, last];
  // "Kuba i Zuzia" is read as one name, as "i" also joins Catalan surnames ("Puig i Serra").
  const closed = members.length > 0 && AND_INSIDE.test(text.slice(members.at(-1)!.start, at));
  return closed ? members : [];
}

/** The names before a name that a list's "and" joined to it, back to the list's first. */
function listBefore(text: string, start: number): Span[] {
  const members: Span[] = [];
  for (let i = 0; i < LIST_LENGTH; i++) {
    const from = Math.max(0, start - 40);
    const match = NAME_COMMA_BEFORE.exec(text.slice(from, start));
    const name = match?.[0].replace(/,[ \t]+$/u, '');
    if (!match || !name || isCommon(name) || isThing(name)) break;
    start = from + match.index;
    members.push({ start, end: start + name.length });
  }
  return members;
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
    if (before) yield* [before, ...listBefore(text, before.start)];
    yield* listAfter(text, name.end);
  }
}
