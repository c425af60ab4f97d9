import { TITLES, isCommon, phrases } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import { skipSpaces } from './uncased.ts';
import { atWordStart, opensClause, type Span } from './spans.ts';

/**
 * Names in a greeting ("Hey Will, can you…", "Hallo Mark, hallo Bill —", "Liebe Hannelore,"),
 * and the casual, lower-case way people open a note with their first name ("hi, bin die steffi,",
 * "salut c'est rose,", "привет, это саша,", "main rohit hoon,"). Both only where the cue is
 * strong: a greeting where a clause opens and a name that ends its clause.
 */

const GREETING_WORDS = `
  hi|hey|hello|hiya|dear|good morning|good evening|hallo|liebe|lieber|liebes|servus|moin|
  hallöchen|bonjour|bonsoir|salut|coucou|cher|chère|hola|querida|querido|estimado|estimada|
  buenas|ciao|caro|cara|gentile|salve|olá|ola|oi|prezado|prezada|hoi|beste|lieve|hej|hei|
  hallå|tja|kära|kære|kjære|cześć|witaj|witam|siema|hejka|droga|drogi|привет|здравствуйте|
  дорогая|дорогой|merhaba|selam|sevgili|sayın|ahoj|čau|milý|milá|γεια|γεια σου|αγαπητέ|
  αγαπητή|chào|xin chào|halo|szia|kedves|привіт|dragă|draga|namaste|namaskar|добрый день|
  доброе утро|добрый вечер|доброго дня|вітаю|dzień dobry|guten tag|guten morgen|goedemiddag|
  goedemorgen|goedenavond|buongiorno|buonasera|bom dia|boa tarde|boa noite|buenos días|
  buenas tardes|god morgon|hejsan|iyi günler|selamat pagi|selamat siang|selamat sore|hai`;
const GREETING = new RegExp(`(?:${phrases(GREETING_WORDS)})(?![\\p{L}\\p{M}])`, 'giu');
/** Where an addressed name ends: a comma, a stop, a dash, the end of the line. */
const ADDRESSED_END = /[ \t]*(?:[,!:;.—–-]|\r?\n|$)/y;
/** First names that are everyday words elsewhere: after a greeting they are the name ("Hey Will,"). */
const WORD_NAMES = new Set(
  'will may june april august grace hope joy faith rose mark bill pat'.split(' '),
);

function wordName(text: string, at: number): Span | undefined {
  const word = wordAt(text, skipSpaces(text, at));
  return word && /^\p{Lu}/u.test(word.text) && WORD_NAMES.has(word.text.toLowerCase())
    ? word
    : undefined;
}

/**
 * The word some greet with before a first name, kept: Indonesian and Malay "kak", "mas", "pak",
 * "bu" ("Halo kak Rina,"), Vietnamese "anh", "chị", "em" ("Chào anh Khoa,").
 */
const ADDRESS_WORD =
  /(?:[ \t]*,[ \t]+|[ \t]+)(?:kak|kakak|mas|mbak|pak|bu|bapak|ibu|anh|chị|em|cô|chú|bác)(?=[ \t]+\p{Lu})/iuy;

/** Whether a line opens with a greeting ("Halo Rina,"): the words under it are no signature. */
const OPENING_GREETING = new RegExp(`^[ \\t]*${GREETING.source}`, 'iu');
export const opensWithGreeting = (line: string) => OPENING_GREETING.test(line);

function* greeted(text: string): Generator<Span> {
  for (const match of atWordStart(GREETING, text)) {
    if (!opensClause(text, match.index)) continue;
    ADDRESS_WORD.lastIndex = match.index + match[0].length;
    const at = ADDRESS_WORD.test(text) ? ADDRESS_WORD.lastIndex : match.index + match[0].length;
    const name = readName(text, at, {}) ?? wordName(text, at);
    ADDRESSED_END.lastIndex = name?.end ?? 0;
    const group = name && GROUPS.has(text.slice(name.start, name.end).toLowerCase());
    if (name && !group && ADDRESSED_END.test(text)) yield name;
    else if (!name) yield* afterComma(text, at);
  }
}

const COMMA = /[ \t]*,[ \t]*/y;
/** Whom a greeting addresses when it greets them all: "Добрый день, Коллеги!", "Dzień dobry, Państwu!". */
const GROUPS = new Set(
  `коллеги друзья все всем уважаемые господа колеги друзі всім państwu wszystkim kochani
  koledzy przyjaciele leute zusammen allerseits kollegen freunde collègues amis tutti ragazzi
  colleghi todos chicos colegas amigos pessoal galera gente pessoas collega's allemaal vänner
  alla alle arkadaşlar herkese`.split(/\s+/),
);
const CALLED_OUT = /[ \t]*(?:[,!]|\r?\n|$)/y;

/**
 * "Добрый день, Григорий!", "Bom dia, Carla!": after a greeting and a comma, a name that ends the
 * greeting with a comma, an exclamation mark or the line ("Guten Tag, Folgendes Problem:" goes on).
 */
function* afterComma(text: string, at: number): Generator<Span> {
  COMMA.lastIndex = at;
  if (!COMMA.test(text)) return;
  const name = readName(text, COMMA.lastIndex, {});
  const words = name ? text.slice(name.start, name.end) : '';
  if (!name || opensWithGreeting(words) || GROUPS.has(words.toLowerCase())) return;
  CALLED_OUT.lastIndex = name.end;
  if (CALLED_OUT.test(text)) yield name;
}

/**
 * "I am", "this is", "here is" as people write them after a greeting, and the article some put
 * before their first name ("bin die steffi", "sou o zé"): then a lower-case word that ends its
 * clause is a name, unless it is an everyday word ("c'est urgent" has no greeting before it).
 */
const CASUAL_INTROS = phrases(`
  bin die|bin der|ich bin die|ich bin der|hier ist|hier ist die|hier ist der|c'est|ici|
  moi c'est|sono|io sono|sono la|sono il|qui è|soy|aquí|habla|sou|sou o|sou a|aqui é|é o|
  é a|это|я|tu|tutaj|tady|tady je|jsem|jestem|z tej strony|här är|jag är|det är|her er|
  jeg er|ben|i'm|im|it's|its|this is|here is|hier is|ik ben|je suis|e là|em là|mình là|
  tôi là|aku|saya|ini`);
// The punctuation has a branch of its own in both: "[ \t]*,?[ \t]+" can split a run of spaces
// every way, which made a greeting followed by a long run of spaces quadratic in its length.
const AFTER_GREETING = new RegExp(
  `(?:${phrases(GREETING_WORDS)})(?:[ \\t]*[,!.][ \\t]+|[ \\t]+)(?:${CASUAL_INTROS})[ \\t]+`,
  'giu',
);
/** "bin die steffi", "sou o zé", "e là linh": a cue of their own at the start of a note. */
const OPENING = new RegExp(
  `^[ \\t]*(?:bin die|bin der|ich bin die|ich bin der|sou o|sou a|e là|em là|mình là)[ \\t]+`,
  'iu',
);
/** "main rohit hoon", Hindi in Latin letters: "I … am". */
const HINGLISH = /(?<![\p{L}])main[ \t]+(\p{L}+)[ \t]+h(?:oo|u)n(?![\p{L}])/giu;
/** A greeting right before: "hi main rohit hoon", "tja, linnea här". */
const GREETED_BEFORE = new RegExp(`(?:${phrases(GREETING_WORDS)})[ \\t]*(?:[,!.][ \\t]*)?$`, 'iu');
/** "tja, linnea här,": a greeting, a first name, then "here" (punctuation apart, as above). */
const GREETED_HERE = new RegExp(
  `(?:${phrases(GREETING_WORDS)})(?:[ \\t]*[,!.][ \\t]+|[ \\t]+)(?=\\p{L}+[ \\t]+(?:här|her|hier|here|ici|qui|aquí|acá|tady|tutaj|здесь|тут)[ \\t]*[,.!])`,
  'giu',
);
const HINGLISH_NOT_NAMES = new Set(
  'theek thik pareshan khush bhi yahan wahan ready naya nayi ek bahut bilkul confused new sure fine busy ghar office'.split(
    ' ',
  ),
);
const CLAUSE_END = /[ \t]*(?:[,.!;]|\r?\n|$)/y;

/**
 * One word that ends its clause and is no everyday word: the first name. After a title ("hello
 * this is dr. ramesh iyer,", "hi im mrs jones.") the name that follows it, in any case, to the
 * end of its clause; the title stays.
 */
function firstName(text: string, at: number): Span | undefined {
  const word = wordAt(text, at);
  if (!word) return undefined;
  const title = TITLES.has(word.text.toLowerCase());
  const plain = !title && !isCommon(word.text) && word.text.length >= 2;
  const name = title ? readName(text, at, { anyCase: true }) : plain ? word : undefined;
  if (!name) return undefined;
  CLAUSE_END.lastIndex = name.end;
  return CLAUSE_END.test(text) ? name : undefined;
}

function* casual(text: string): Generator<Span> {
  for (const match of atWordStart(AFTER_GREETING, text)) {
    if (!opensClause(text, match.index)) continue;
    const name = firstName(text, match.index + match[0].length);
    if (name) yield name;
  }
  const opening = OPENING.exec(text);
  const name = opening && firstName(text, opening[0].length);
  if (name) yield name;
  for (const match of text.matchAll(HINGLISH)) {
    const start = match.index + match[0].indexOf(match[1]!, 4);
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const opens = opensClause(text, match.index) || GREETED_BEFORE.test(before);
    if (opens && !HINGLISH_NOT_NAMES.has(match[1]!.toLowerCase()))
      yield { start, end: start + match[1]!.length };
  }
  for (const match of atWordStart(GREETED_HERE, text)) {
    const word = opensClause(text, match.index) && wordAt(text, match.index + match[0].length);
    if (word && !isCommon(word.text)) yield word;
  }
}

export function* greetedNames(text: string): Generator<Span> {
  yield* greeted(text);
  yield* casual(text);
}
