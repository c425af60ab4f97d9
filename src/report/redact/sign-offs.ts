import { CAPITAL_SIGN_OFFS, SIGN_OFFS } from './sign-off-words.ts';
import { opensWithGreeting } from './greetings.ts';
import { isRegion } from './regions.ts';
import { readName } from './reader.ts';
import { sentFromSigned } from './sent-from.ts';
import { dashSigned, nameLine, signatureLabelled } from './signatures.ts';
import { WALL, atWordStart, type Span } from './spans.ts';

/** Names that sign a note: after a sign-off ("Viele Grüße, Jörg"), or alone on its last line. */

const END = String.raw`(?![\p{L}\p{N}])`;
/** "Grüße aus Köln," is still a sign-off: a short "from <place>" may sit between. */
const FROM_PLACE = String.raw`(?:[ \t]+(?:aus|from|de|desde|da|dal|dalla|uit|vom|von|van)[ \t]+[\p{L}-]+(?:[ \t][\p{L}-]+)?)?`;
/** "Cheers mate,", "Valeu galera,", "Merci à tous,": the readers addressed after the sign-off. */
const ADDRESSED = String.raw`(?:[ \t]+(?:mate|guys|all|everyone|folks|y'all|galera|pessoal|gente|a todos|a todas|à tous|a tutti|allerseits|zusammen|euch|iedereen|allemaal|alle|wszystkim|всем|herkese))?`;
const signOff = (list: string) =>
  new RegExp(`(?:${list})${FROM_PLACE}${ADDRESSED}(?<sep>[ \\t]*[,!.:;|–—-]+)?(?=\\s)`, 'giu');
const SIGN_OFF = signOff(SIGN_OFFS);
const CAPITAL_SIGN_OFF = signOff(CAPITAL_SIGN_OFFS);
/** A sign-off where a signed name would start: "Thanks!\nKind regards" is not signed "Kind". */
const ANY_SIGN_OFF = new RegExp(`(?:${SIGN_OFFS}|${CAPITAL_SIGN_OFFS})${END}`, 'iuy');

/**
 * The end of the line or the note after a signed name, maybe after a stop or a comma, kisses or
 * a smiley ("Thanks! Kat x").
 */
const NAME_ALONE = /^[ \t]*[.,!]?(?:[ \t]+(?:x{1,4}|[:;]-?[)D(P]))?[ \t]*(?:\r?\n|$)/u;

function startsLine(text: string, at: number): boolean {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n';
}

/** The start of a line, or right after a sentence's or a clause's punctuation. */
function opensClause(text: string, at: number): boolean {
  return (
    startsLine(text, at) || /[.,;:!?…)\]"”»][ \t]*$/u.test(text.slice(Math.max(0, at - 4), at))
  );
}

/** "at Best Buy", "the Best Western", "zum Gruß": after a preposition or an article, a noun. */
const AFTER_ARTICLE =
  /(?<![\p{L}\p{N}])(?:at|to|in|on|the|a|an|of|from|by|zum|im|am|beim)[ \t]+$/iu;

/** Spaces, line breaks and a dash before a signed name ("Thanks!\n- Anna"). */
const SPACES = /\s*(?:[-–—~][ \t]*)?/y;

/** Contact details masked right after a name on its line: "Ama (+233 20 123 4567)". */
const CONTACT_AFTER = new RegExp(String.raw`^[ \t,]*[(]?[ \t]*${WALL}`, 'u');

/**
 * A capitalised word on the line under a sign-off, with the writer's phone number or email after
 * it, signs the note even when it is a word elsewhere ("Kind regards\nAma (+233 …)", "Will").
 */
function nameBeforeContact(text: string, at: number): Span | undefined {
  const name = readName(text, at, { anyCase: true });
  if (!name || !/^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.end))) return undefined;
  return CONTACT_AFTER.test(text.slice(name.end, name.end + 8)) ? name : undefined;
}

function* signedNames(text: string, pattern: RegExp, lowerCase: boolean): Generator<Span> {
  for (const match of atWordStart(pattern, text)) {
    if (AFTER_ARTICLE.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    SPACES.lastIndex = match.index + match[0].length;
    // A name on a line of its own after the sign-off needs nothing after it.
    const ownLine = SPACES.exec(text)![0].includes('\n');
    ANY_SIGN_OFF.lastIndex = SPACES.lastIndex;
    if (ANY_SIGN_OFF.test(text)) continue;
    const lowerAtLineEnd =
      lowerCase && (Boolean(match.groups?.sep) || startsLine(text, match.index) || ownLine);
    const name =
      readName(text, SPACES.lastIndex, { signed: !ownLine, lowerAtLineEnd }) ??
      (ownLine ? nameBeforeContact(text, SPACES.lastIndex) : undefined);
    if (!name || NAME_ALONE.test(text.slice(name.end))) {
      if (name) yield name;
      continue;
    }
    // "Thank you. Go to Settings": after a full stop on the same line a sentence starts.
    const sentence = !ownLine && /[.!]/u.test(match.groups?.sep ?? '');
    // "bought it at Best Buy and …": a sign-off inside a clause, with nothing setting it off, is
    // an ordinary word there.
    const inClause = !ownLine && !match.groups?.sep && !opensClause(text, match.index);
    if (!sentence && !inClause) yield name;
  }
}

/**
 * A note that ends with a short line ending in a comma, or a short line that opens with a
 * sign-off ("Cảm ơn ad nhiều ạ!"), and then a name on its own ("Un abrazo fuerte,\nPepe"),
 * maybe above contact lines: the name signs the note even when the sign-off's words are not all
 * listed above.
 */
function* signature(text: string): Generator<Span> {
  const { start, end, previous } = nameLine(text);
  ANY_SIGN_OFF.lastIndex = 0;
  const closing = /[,!.]$/u.test(previous) && ANY_SIGN_OFF.test(previous);
  // "--" on a line of its own opens an email signature.
  const delimiter = /^(?:--|—|–|_{2,})$/u.test(previous);
  if (!(previous.endsWith(',') || closing || delimiter) || previous.split(/\s+/).length > 5) return;
  // "Halo Rina,\nmasih gagal.": a line that greets opens the note, it does not sign it.
  if (!closing && opensWithGreeting(previous)) return;
  const name = readName(text, start, { lowerAtLineEnd: true });
  if (!name) return;
  const rest = text.slice(name.end, end);
  if (/^[ \t.!]*$/u.test(rest)) yield name;
  const bracket = /^[ \t]*\(/u.exec(rest);
  const inner = bracket && readName(text, name.end + bracket[0].length, {});
  if (!inner || !/^\)[ \t.!]*$/u.test(text.slice(inner.end, end))) return;
  yield name;
  // "Jonno (Jonathan Pryce)": a nickname, then the full name; "Ana Ruiz (Texas)": where she is.
  if (!isRegion(text.slice(inner.start, inner.end))) yield inner;
}

/** "…failed 3 times. from jenny", "Danke!\nvon Lukas": "from" and a name closing the note. */
const FROM_SIGNED = /(?=[fv])(?<=(?:^|[.!?\n])[ \t]*)(?:from|von|van|från|fra)[ \t]+/giu;
const NOTE_END = /^[ \t.!]*$/u;

function* fromSigned(text: string): Generator<Span> {
  for (const match of text.matchAll(FROM_SIGNED)) {
    const name = readName(text, match.index + match[0].length, { lowerAtLineEnd: true });
    if (name && NOTE_END.test(text.slice(name.end).trimEnd())) yield name;
  }
}

export function* signedNamesIn(text: string): Generator<Span> {
  yield* signedNames(text, SIGN_OFF, true);
  yield* signedNames(text, CAPITAL_SIGN_OFF, false);
  yield* signature(text);
  yield* dashSigned(text);
  yield* signatureLabelled(text);
  yield* fromSigned(text);
  yield* sentFromSigned(text);
}
