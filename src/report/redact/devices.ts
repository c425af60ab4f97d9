import { isCommon, isRelative } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import { atWordStart, type Span } from './spans.ts';

/**
 * Device names carry their owner's name, in each language's pattern and in any case: "Anna's
 * iPhone", "JANE'S IPHONE", "Lenas iPad", "Ayşe'nin iPhone'u", "iPad Pro von Sabine", "iPhone
 * d'Élodie", "iPhone de María", "iPhone Анны", "iPhone (Anna)", "Anna的iPhone", "アンナのiPhone",
 * "민수의 iPhone". Each device word is found first, then the owner is read from the few
 * characters before or after it.
 */
const DEVICE =
  /(?:iphone|ipad|ipod|macbook|imac|mac|apple[ \t]?watch|airpods)(?![\p{Script=Latin}\p{N}])/giu;
const WINDOW = 80;

const LETTER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}]`;
const WORD = String.raw`${LETTER}[\p{L}\p{M}\p{N}]*(?:-${LETTER}[\p{L}\p{M}\p{N}]*)*`;
/** "Anna's ", "Jones' ", "Lenas ", Turkish "Ayşe'nin " right before the device word. */
const OWNER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.'’-])(?<owner>${WORD})(?<mark>['’\x60´][sS]|['’\x60´][nN]?[ıiuüIİUÜ][nN]|['’\x60´])?(?:[ \t\u00a0]+|-)$`,
  'u',
);
/** Model words after the device word: "iPhone 15 Pro Max", "iPad (10th generation)". */
const MODEL = String.raw`(?:[ \t\u00a0]+(?:pro|max|air|mini|plus|se|touch|ultra|\d{1,2}(?:st|nd|rd|th)?|\(\d{1,2}(?:st|nd|rd|th)?[ \t]*gen(?:eration)?\)|\(\d{4}\))){0,3}`;
/** Model words, then "von", "de", "di", "da", "van", "of" or "d'" before the owner. */
const OWNER_AFTER = new RegExp(
  String.raw`^${MODEL}(?:-ul(?:ui)?)?(?:[ \t\u00a0-]+(?<of>von|vom|de|del|di|da|do|van|of|του|της|của|milik|punya|lui)[ \t\u00a0-]+|[ \t\u00a0]+d['’])`,
  'iu',
);
/** Words for "of" whose lexicon of everyday words is not held: only a capitalised name after them. */
const CAPITAL_OF = new Set(['of', 'του', 'της', 'của', 'milik', 'punya', 'lui']);
/** Model words, then the owner in brackets ("iPhone (Anna)") or right after a space. */
const OWNER_NEXT = new RegExp(
  String.raw`^${MODEL}(?:[ \t\u00a0]*(?<bracket>\()|[ \t\u00a0]+)`,
  'iu',
);
/** A capitalised word: the next one in a title ("iPhone Backup Failed"), not a name's case. */
const CAPITALISED_NEXT = /[ \t\u00a0]+\p{Lu}/uy;
/** "Anna的", "王小明的", "田中さんの", "アンナの", "민수의" right before the device word. */
const OWNER_CJK =
  /(?:\p{Script=Han}{1,4}|[\p{Script=Katakana}ー・]{1,12}|\p{Script=Hiragana}{2,8}?|(?<!\p{Script=Hangul})\p{Script=Hangul}{2,4}|(?<![\p{Script=Latin}])\p{Script=Latin}+)(?=(?:さん|くん|ちゃん|様|[ \t]?씨|님)?[的の의][ \t]*$)/u;
/** Words that end a Chinese, Japanese or Korean possessive without naming anyone: 我的, 母の, 회사의. */
const CJK_NOT_OWNERS =
  /(?:我|你|您|他|她|它|们|妈妈|爸爸|老婆|老公|孩子|儿子|女儿|朋友|公司|家人|自己|学校|私|僕|俺|母|父|妻|夫|娘|息子|自分|会社|家族|子供|ママ|パパ|わたし|ぼく|おれ|あなた|かれ|かのじょ|みんな|じぶん|うち|おかあさん|おとうさん|むすめ|むすこ|우리|엄마|아빠|아내|남편|아들|친구|회사|동생|언니|누나|오빠|어머니|아버지|가족|학교|자기|제|내)$/u;
/** The honorific of a name already masked: "[name removed]さんのiPad". */
const HONORIFIC = /^(?:さん|くん|ちゃん|さま)$/u;
const DETERMINERS = new Set(
  'my your his her our their the a an this that mein meine dein deine sein seine ihr ihre unser unsere'.split(
    ' ',
  ),
);

const PREVIOUS_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_.'’-])${WORD}[ \t]$`, 'u');

function previousWord(text: string, before: number): { start: number; text: string } | undefined {
  const match = PREVIOUS_WORD.exec(text.slice(Math.max(0, before - 40), before));
  return match ? { start: before - match[0].length, text: match[0].trimEnd() } : undefined;
}

/** "Hannah Whitfield's": earlier words of the same case belong to the name too. */
function extendLeft(text: string, start: number, owner: string, marked: boolean): number {
  const upper = /^\p{Lu}/u.test(owner);
  for (let i = 0; i < (upper || marked ? 2 : 0); i++) {
    const word = previousWord(text, start);
    if (!word || isCommon(word.text) || /^\p{Lu}/u.test(word.text) !== upper) break;
    start = word.start;
  }
  return start;
}

function ownerBefore(text: string, device: number): Span | undefined {
  const from = Math.max(0, device - WINDOW);
  const match = OWNER_BEFORE.exec(text.slice(from, device));
  if (!match?.groups) return undefined;
  const { owner = '', mark } = match.groups;
  const start = from + match.index;
  if (isCommon(owner)) return undefined;
  const czech = /^\p{Lu}\p{L}+(?:ův|ova|ovo|ovy)$/u.test(owner);
  if (
    !mark &&
    !czech &&
    (!/s$/iu.test(owner) || owner.length < 3 || isRelative(owner.slice(0, -1)))
  )
    return undefined;
  if (DETERMINERS.has(previousWord(text, start)?.text.toLowerCase() ?? '')) return undefined;
  // A Turkish genitive ("Ayşe'nin") goes with the name; an English "'s" stays.
  const end = start + owner.length + (mark && /n$/iu.test(mark) ? mark.length : 0);
  return { start: extendLeft(text, start, owner, Boolean(mark)), end };
}

/** "von meiner Tochter Lena", "de mi hermana Lucía": past the relative to the name after it. */
function pastRelative(text: string, at: number): number | undefined {
  for (let i = 0, pos = at; i < 3; i++) {
    const word = wordAt(text, pos);
    if (!word || !isCommon(word.text)) return undefined;
    pos = word.end + (text[word.end] === ' ' ? 1 : 0);
    if (isRelative(word.text)) return pos;
  }
  return undefined;
}

function ownerAfter(text: string, deviceEnd: number): Span | undefined {
  const match = OWNER_AFTER.exec(text.slice(deviceEnd, deviceEnd + WINDOW));
  if (!match) return undefined;
  const at = deviceEnd + match[0].length;
  if (!wordAt(text, at)) return undefined;
  const named = pastRelative(text, at);
  if (named !== undefined) return readName(text, named, {});
  // "iPhone of course": after English "of" only a capitalised name counts.
  return readName(text, at, { anyCase: !CAPITAL_OF.has(match.groups?.of?.toLowerCase() ?? '') });
}

/**
 * The owner after the device word, capitalised: in brackets ("iPhone (Anna)"), or in the
 * genitive, Russian ("iPhone Анны") or Polish ("iPhone Zosi", "IPHONE KASI": one word ending in
 * -i or -y, the sentence going on in lower case). Other Latin capitals there are as often the
 * rest of a title ("iPhone Backup Failed", "iPhone XR").
 */
function ownerNext(text: string, deviceEnd: number): Span | undefined {
  const match = OWNER_NEXT.exec(text.slice(deviceEnd, deviceEnd + WINDOW));
  const at = deviceEnd + (match?.[0].length ?? 0);
  const word = match ? wordAt(text, at) : undefined;
  if (!word || !/^\p{Lu}/u.test(word.text)) return undefined;
  if (match?.groups?.bracket) {
    const name = readName(text, at, {});
    return name && text[name.end] === ')' ? name : undefined;
  }
  if (/^\p{Script=Cyrillic}/u.test(word.text)) return readName(text, at, {});
  CAPITALISED_NEXT.lastIndex = word.end;
  const polish = /[iy]$/iu.test(word.text) && !isCommon(word.text);
  return polish && !CAPITALISED_NEXT.test(text) ? { start: word.start, end: word.end } : undefined;
}

function ownerCjk(text: string, device: number): Span | undefined {
  const from = Math.max(0, device - 24);
  const match = OWNER_CJK.exec(text.slice(from, device));
  if (!match || CJK_NOT_OWNERS.test(match[0]) || HONORIFIC.test(match[0]) || isCommon(match[0]))
    return undefined;
  const start = from + match.index;
  const latin = /^\p{Script=Latin}/u.test(match[0]);
  return {
    start: latin ? extendLeft(text, start, match[0], true) : start,
    end: start + match[0].length,
  };
}

export function* deviceOwners(text: string): Generator<Span> {
  for (const match of atWordStart(DEVICE, text, /[\p{Script=Latin}\p{N}]/u)) {
    const end = match.index + match[0].length;
    for (const owner of [
      ownerBefore(text, match.index),
      ownerAfter(text, end),
      ownerNext(text, end),
      ownerCjk(text, match.index),
    ])
      if (owner) yield owner;
  }
}
