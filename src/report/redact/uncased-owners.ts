import { atWordStart, type Span } from './spans.ts';
import {
  UNCASED,
  isRelativeWord,
  readUncased,
  skipSpaces,
  uncasedWord,
  type UncasedWord,
} from './uncased.ts';

/**
 * Device owners in Hebrew, Arabic, Thai and Hindi: "iPhone של נועה", "מהאייפון של אלון", "آيفون
 * طارق", "iPhone الخاص بـريم", "iPhone ของ ปิยะ", "कबीर का iPhone". A relative between the device
 * and the name is passed over ("האייפד של הבן שלי איתי", "آيباد ابني يوسف", "iPad ของลูกชาย
 * (ภูมิ)"); a relative alone owns nothing ("האייפון של הבת שלי", "मेरी बेटी का iPhone").
 */

const ONE = { words: 1 } as const;

/** "של" (of) after the device word, Hebrew ("האייפון", "מהאייפון") or Latin. */
const HE_OF =
  /(?:(?<!\p{L})[ובהלמש]{0,3}(?:אייפון|אייפד|מקבוק|מק)|(?<!\p{Script=Latin})(?:iphone|ipad|macbook|mac))(?![\p{L}\p{N}])[ \t]+של[ \t]+/giu;
/** After a relative ("הבן", "אמא"), its possessive: "הבן שלי איתי". */
const HE_POSSESSIVE = /(?:שלי|שלו|שלה|שלנו|שלך|שלכם)(?!\p{L})[ \t]*/uy;

/**
 * The Arabic device word without the article, which a construct takes: "آيفون طارق" (Tariq's
 * iPhone), not "الآيفون يعمل". The Latin one only before "الخاص بـ" (belonging to) or a relative.
 */
const AR_DEVICE = /(?<!\p{L})[وفب]?(?:آيفون|ايفون|أيفون|آيباد|ايباد|أيباد|ماك)(?!\p{L})[ \t]+/gu;
const AR_LATIN_DEVICE = /(?<!\p{Script=Latin})(?:iphone|ipad|macbook|mac)(?![\p{L}\p{N}])[ \t]+/giu;
const AR_BELONGING = /(?:الخاصة?[ \t]+ب\u0640?|تبع[ \t]+|حق[ \t]+)/uy;
/** What follows a device word and is no one: "آيفون جديد" (a new iPhone). */
const AR_NOT_OWNERS = new Set(
  'جديد جديدة قديم قديمة برو ماكس ميني بلس عادي الخاص الخاصة'.split(' '),
);

const TH_OF = /(?:iphone|ipad|macbook|mac|ไอโฟน|ไอแพด|แมค)[ \t]*ของ[ \t]*/giu;
/** A name in brackets after a relative: "ของลูกชาย (ภูมิ)". */
const TH_BRACKET = /[ \t]*\([ \t]*/y;

const HI_OWNED =
  /[ \t]+(?:का|की|के)[ \t]+["“]?(?:iphone|ipad|macbook|mac|आईफोन|आईफ़ोन|आईपैड|मैक)(?![\p{L}\p{M}])/giu;
const WORD_BEFORE = /(?<![\p{L}\p{M}])\p{Script=Devanagari}+$/u;

function sticky(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

function* hebrew(text: string): Generator<Span> {
  for (const match of text.matchAll(HE_OF)) {
    const at = match.index + match[0].length;
    const word = uncasedWord(text, at);
    if (!word) continue;
    // "הבן", "הבת": a noun with the article is a relative or a thing, not a name.
    const relative = word.text.startsWith('ה') || isRelativeWord(word.text);
    const named = relative ? pastPossessive(text, word) : at;
    const name = readUncased(text, named, ONE);
    if (name) yield name;
  }
}

function pastPossessive(text: string, relative: UncasedWord): number {
  const at = skipSpaces(text, relative.end);
  return sticky(HE_POSSESSIVE, text, at) ?? at;
}

/** The owner after an Arabic device word, a relative or "belonging to". */
function arabicOwner(text: string, at: number, latin: boolean): Span | undefined {
  const belonging = sticky(AR_BELONGING, text, at);
  if (belonging !== undefined) return readUncased(text, belonging, ONE);
  const word = uncasedWord(text, at);
  if (!word) return undefined;
  if (isRelativeWord(word.text)) return readUncased(text, word.end, ONE);
  if (latin || word.text.startsWith('ال') || AR_NOT_OWNERS.has(word.text)) return undefined;
  return readUncased(text, at, ONE);
}

function* arabic(text: string): Generator<Span> {
  for (const [pattern, latin] of [
    [AR_DEVICE, false],
    [AR_LATIN_DEVICE, true],
  ] as const)
    for (const match of text.matchAll(pattern)) {
      const owner = arabicOwner(text, match.index + match[0].length, latin);
      if (owner) yield owner;
    }
}

function* thai(text: string): Generator<Span> {
  for (const match of atWordStart(TH_OF, text, /[\p{Script=Latin}\p{N}]/u)) {
    const at = match.index + match[0].length;
    const word = uncasedWord(text, at);
    if (!word) continue;
    const bracket = isRelativeWord(word.text) ? sticky(TH_BRACKET, text, word.end) : at;
    const name = bracket === undefined ? undefined : readUncased(text, bracket, ONE);
    if (name && (bracket === at || text[name.end] === ')')) yield name;
  }
}

function* hindi(text: string): Generator<Span> {
  for (const match of text.matchAll(HI_OWNED)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    const start = match.index - (before?.[0].length ?? 0);
    const name = before ? readUncased(text, start, ONE) : undefined;
    if (name?.end === match.index) yield name;
  }
}

export function* uncasedOwners(text: string): Generator<Span> {
  if (!UNCASED.test(text)) return;
  yield* hebrew(text);
  yield* arabic(text);
  yield* thai(text);
  yield* hindi(text);
}
