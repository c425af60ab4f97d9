import { isCarrier } from './carriers.ts';
import { isCommon, isRelative } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import { isCity } from './cities.ts';
import { isRegion } from './regions.ts';
import { atWordStart, type Span } from './spans.ts';
import { uncasedOwners } from './uncased-owners.ts';
import { ZH_RELATIVES } from './cjk-names.ts';

/**
 * Device names carry their owner's name, in each language's pattern and in any case: "Anna's
 * iPhone", "JANE'S IPHONE", "Lenas iPad", "Ayşe'nin iPhone'u", "iPad Pro von Sabine", "iPhone
 * d'Élodie", "iPhone de María", "iPhone Анны", "iPhone (Anna)", "Anna的iPhone", "アンナのiPhone",
 * "민수의 iPhone". Each device word is found first, then the owner is read from the few
 * characters before or after it.
 */
/**
 * With the case endings Slavic languages give them ("Jurajovho iPadu", "Ivanovog iPhonea"), and
 * as Russian and Korean write them ("Айфон Маши", "Макбук Сергея", "지훈의 아이폰").
 */
const DEVICE =
  /(?:iphon(?:e(?:a|u|om|em|s)?|u|a|om)|ipad(?:u|a|om|em|s)?|ipod|macbook|imac|mac|apple[ \t]?watch|airpods)(?![\p{Script=Latin}\p{N}])|(?:айфон|айпад|макбук)(?:а|у|ом|е|ы)?(?![\p{L}\p{N}])|아이폰|아이패드|맥북/giu;
const WINDOW = 80;

const LETTER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}]`;
const WORD = String.raw`${LETTER}[\p{L}\p{M}\p{N}]*(?:-${LETTER}[\p{L}\p{M}\p{N}]*)*`;
/** "Anna's ", "Jones' ", "Lenas ", Turkish "Ayşe'nin " right before the device word. */
const OWNER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.'’-])(?<owner>${WORD})(?<mark>['’\x60´][sS]|['’\x60´][nN]?[ıiuüIİUÜ][nN]|['’\x60´])?(?:[ \t\u00a0]+|-)$`,
  'u',
);
/** Model words after the device word: "iPhone 15 Pro Max", "iPad (10th generation)". */
const MODEL_WORDS = ['pro', 'max', 'air', 'mini', 'plus', 'se', 'touch', 'ultra'];
const MODEL = String.raw`(?:[ \t\u00a0]+(?:${MODEL_WORDS.join('|')}|\d{1,2}(?:st|nd|rd|th)?|\(\d{1,2}(?:st|nd|rd|th)?[ \t]*gen(?:eration)?\)|\(\d{4}\))){0,3}`;
/**
 * Model words, then "von", "de", "di", "da", "van", "of", "на" or "d'" before the owner; the
 * device word may carry a Romanian or Bulgarian article ("iPhone-ul lui", "iPad-ът на"). Catalan
 * puts an article before a first name ("iPhone de la Núria", "d'en Pere"): a capitalised one.
 */
const OWNER_AFTER = new RegExp(
  String.raw`^${MODEL}(?:-ul(?:ui)?|-ът|-а)?(?:[ \t\u00a0]+(?<article>de[ \t]+(?:la|na)[ \t]+|de[ \t]+l['’]|d['’]en[ \t]+)|[ \t\u00a0-]+(?<of>von|vom|de|del|di|da|do|van|of|του|της|của|milik|punya|lui|на)[ \t\u00a0-]+|[ \t\u00a0]+d['’])`,
  'iu',
);
/** Words for "of" whose lexicon of everyday words is not held: only a capitalised name after them. */
const CAPITAL_OF = new Set(['of', 'του', 'της', 'của', 'milik', 'punya', 'lui', 'на']);
/**
 * Model words, then the owner in brackets ("iPhone (Anna)") or right after a space, also past the
 * Romanian article ("iPhone-ul Ioanei").
 */
const OWNER_NEXT = new RegExp(
  String.raw`^${MODEL}(?:[ \t\u00a0]*(?<bracket>\()|(?:-ul)?[ \t\u00a0]+)`,
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
/**
 * A Chinese relative clause before 的 that starts with a pronoun or ends in a verb is what
 * someone does with the device, not its owner's name: "我是用的iPhone", "我在用的iPad".
 */
const ZH_CLAUSE = /^(?:我|你|您|他|她)|(?:用|买|換|换|借|送|拿|发|發|配)$/u;
/**
 * What a device is, not whose: its age or rank ("中古のiPhone", "旧的iPhone", "二台目のiPad",
 * "최신의 iPhone"), a place or a group of people ("家里的iPad", "学生的iPad", "老人的iPhone"), or
 * the carrier that sold it ("ドコモのiPhone", "中国移动的iPhone"). "新" and "旧" alone, since a
 * given name may end in them ("王新的iPhone").
 */
const CJK_KINDS =
  /(?:(?:^|[了个個是很最])(?:旧|舊|新|古)|中古|新品|台目|以前|之前|现在|現在|最新|最新型|家里|家裡|別人|别人|他人|学生|學生|老人|小孩|同事|客户|客戶|员工|員工|ソフトバンク|ドコモ|アップル|ワイモバイル|楽天|中国移动|中国联通|中国电信|최신|예전|이전|업무)$/u;
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

/**
 * A capitalised owner without a mark, in a possessive adjective or a genitive: Czech, Slovak,
 * Croatian and Serbian "Tomášův", "Martinin", "Jurajovho", "Ivanovog", Bulgarian "Ивановия",
 * Estonian "Jaani". A lower-case word before the device is as often a verb ("näitas iPhone").
 */
const GENITIVE =
  /^\p{Lu}\p{L}+(?:(?:ův|ov|ev|in)(?:a|o|e|i|y|u|ho|og|oga|om|oj|ej|ého|ej)?|(?:ов|ев|ин)(?:а|о|и|ия|ият|ата|ото|ите)?|\p{Ll}i)$/u;
/** An opening quote (Finnish and Swedish open with ” and ») or bracket right before. */
const QUOTE_OPEN = /[„“”"«»(][ \t]*$/u;
/** A label that opens its line: "Nimi: ", "Názov: ", "Nama: ". */
const LABEL_LINE = /^[ \t]*\p{L}[\p{L} .-]{0,30}:[ \t]*$/u;
/** The closing quote or bracket, or the end of the line. */
const FRAME_CLOSE = /^(?:['’]\p{L}{1,2})?[ \t]*(?:[“”"»)]|\r?\n|$)/u;

/**
 * A device's name quoted or on a labelled line of its own ("„Grete iPhone“", "Nama: iPhone
 * Danish"): its one other capitalised word is the owner's name, whatever its ending.
 */
function framed(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const newline = before.lastIndexOf('\n');
  // A label counts only where its whole line is in view.
  const line = newline >= 0 ? before.slice(newline + 1) : from === 0 ? before : undefined;
  const opened = QUOTE_OPEN.test(before) || (line !== undefined && LABEL_LINE.test(line));
  return opened && FRAME_CLOSE.test(text.slice(end, end + 8));
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

/**
 * An owner without an apostrophe: a German or Nordic "-s" ("Lenas iPad"; in lower case only in
 * a text typed all in lower case, "katharinas ipad"), a Slavic or Estonian possessive, a
 * Hungarian possessed device, any
 * capitalised word after a relative ("Sūnaus Luko iPad", "Poja Markuse iPad") or in a framed
 * device name.
 */
function unmarkedOwner(text: string, owner: string, start: number, device: Device): boolean {
  // "Opas iPhone": grandpa's.
  if (isRelative(owner.replace(/s$/iu, ''))) return false;
  const capital = /^\p{Lu}/u.test(owner);
  if (capital && (GENITIVE.test(owner) || framed(text, start, device.end))) return true;
  if (capital && isRelative(previousWord(text, start)?.text ?? '')) return true;
  // Hungarian marks the device as possessed, not the owner: "Eszter iPhone-ja".
  if (capital && /^-j[ae]/u.test(text.slice(device.end, device.end + 3))) return true;
  const sGenitive = /s$/iu.test(owner) && owner.length >= 3;
  return sGenitive && (capital || device.text === device.text.toLowerCase());
}

interface Device {
  start: number;
  end: number;
  text: string;
}

function ownerBefore(text: string, device: Device): Span | undefined {
  const from = Math.max(0, device.start - WINDOW);
  const match = OWNER_BEFORE.exec(text.slice(from, device.start));
  if (!match?.groups) return undefined;
  const { owner = '', mark } = match.groups;
  const start = from + match.index;
  if (isCommon(owner)) return undefined;
  if (!mark && !unmarkedOwner(text, owner, start, device)) return undefined;
  if (DETERMINERS.has(previousWord(text, start)?.text.toLowerCase() ?? '')) return undefined;
  // A Turkish genitive ("Ayşe'nin") goes with the name; an English "'s" stays.
  const end = start + owner.length + (mark && /n$/iu.test(mark) ? mark.length : 0);
  return { start: extendLeft(text, start, owner, Boolean(mark)), end };
}

const pastSpace = (text: string, end: number) => end + (text[end] === ' ' ? 1 : 0);

/**
 * "von meiner Tochter Lena", "de mi hermana Lucía", "mog sina Luke", "на сина ми Виктор": past
 * the relative, and a possessive after it, to the name after them.
 */
function pastRelative(text: string, at: number): number | undefined {
  for (let i = 0, pos = at; i < 3; i++) {
    const word = wordAt(text, pos);
    if (!word || !isCommon(word.text)) return undefined;
    pos = pastSpace(text, word.end);
    if (!isRelative(word.text)) continue;
    const next = wordAt(text, pos);
    return next && isCommon(next.text) && !isRelative(next.text) ? pastSpace(text, next.end) : pos;
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
  const capital = match.groups?.article || CAPITAL_OF.has(match.groups?.of?.toLowerCase() ?? '');
  return readName(text, at, { anyCase: !capital });
}

/**
 * The owner after the device word, capitalised: in brackets ("iPhone (Anna)"), after a relative
 * in the genitive ("iPhone dcéry Natálie", "iPad mog sina Luke"), alone in a framed device name
 * ("iPhone Farah" in quotes), or in the genitive, Russian ("iPhone Анны") or Polish ("iPhone
 * Zosi", "IPHONE KASI": one word ending in -i or -y, the sentence going on in lower case). Other
 * Latin capitals there are as often the rest of a title ("iPhone Backup Failed", "iPhone XR").
 */
function ownerNext(text: string, device: Device): Span | undefined {
  const match = OWNER_NEXT.exec(text.slice(device.end, device.end + WINDOW));
  const at = device.end + (match?.[0].length ?? 0);
  const word = match ? wordAt(text, at) : undefined;
  const named = word && !match?.groups?.bracket ? pastRelative(text, at) : undefined;
  if (named !== undefined) return readName(text, named, {});
  if (!word || !/^\p{Lu}/u.test(word.text)) return undefined;
  // A model word the pattern gave back ("iPhone 15 Pro" on a labelled line) names no one.
  if (
    /^\p{Lu}\p{Ll}/u.test(word.text) &&
    !isCommon(word.text) &&
    !MODEL_WORDS.includes(word.text.toLowerCase()) &&
    framed(text, device.start, word.end)
  )
    return { start: word.start, end: word.end };
  if (match?.groups?.bracket) {
    // A model number in brackets ("iPhone 14 Plus (A2886)") is no one's name.
    // A country, region or city there ("iPhone 13 (Texas)", "iPad (München)") says where it is.
    const name = readName(text, at, {});
    const words = name ? text.slice(name.start, name.end) : '';
    const place = isRegion(words) || isCity(words);
    return name && text[name.end] === ')' && !/\p{N}/u.test(words) && !place ? name : undefined;
  }
  if (/^\p{Script=Cyrillic}/u.test(word.text)) return readName(text, at, {});
  CAPITALISED_NEXT.lastIndex = word.end;
  const polish = /[iy]$/iu.test(word.text) && !isCommon(word.text);
  return polish && !CAPITALISED_NEXT.test(text) ? { start: word.start, end: word.end } : undefined;
}

/**
 * Who the owner is to the writer, glued before their name as Chinese glues words ("朋友李娜的",
 * "我同事王磊的"): the relative stays, only the name after it goes.
 */
const ZH_RELATIVE_FIRST = new RegExp(`^(?:${ZH_RELATIVES})(?=\\p{Script=Han}{2})`, 'u');

function ownerCjk(text: string, device: number): Span | undefined {
  const from = Math.max(0, device - 24);
  const match = OWNER_CJK.exec(text.slice(from, device));
  const relative = match && ZH_RELATIVE_FIRST.exec(match[0])?.[0];
  if (match && relative) {
    match.index += relative.length;
    match[0] = match[0].slice(relative.length);
  }
  if (
    !match ||
    CJK_NOT_OWNERS.test(match[0]) ||
    ZH_CLAUSE.test(match[0]) ||
    CJK_KINDS.test(match[0]) ||
    HONORIFIC.test(match[0]) ||
    isCommon(match[0])
  )
    return undefined;
  const start = from + match.index;
  const latin = /^\p{Script=Latin}/u.test(match[0]);
  return {
    start: latin ? extendLeft(text, start, match[0], true) : start,
    end: start + match[0].length,
  };
}

/**
 * A Wi-Fi network is named after its owner as a device is ("Linda's Network", "Tom's WiFi",
 * "Familie Müller WLAN"). Without the apostrophe or the family word, a word before a network is
 * where it is ("Starbucks WiFi", "Hotel WLAN"), so only those two count, and not for a mobile
 * network's own ("Vodafone's network").
 */
const NETWORK =
  /(?:wi-?fi|wlan|network|netzwerk|hotspot|router|réseau|netwerk|nätverk|5g|2[.,]4g)(?![\p{L}\p{N}])/giu;
const FAMILY_NETWORK =
  /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:Familie|Family|Famille|Familia|Famiglia|Fam\.)[ \t]+)\p{Lu}[\p{L}\p{M}'’-]+(?=[ \t_-]+(?:[Ww]i-?[Ff]i|WLAN|[Ww]lan|[Nn]etwork|[Nn]etz|[Nn]etzwerk|5G)(?![\p{L}\p{N}]))/gu;

function* networkOwners(text: string): Generator<Span> {
  for (const match of atWordStart(NETWORK, text, /[\p{Script=Latin}\p{N}]/u)) {
    const network = { start: match.index, end: match.index + match[0].length, text: match[0] };
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, match.index - WINDOW), match.index));
    if (owner?.groups?.mark) {
      const span = ownerBefore(text, network);
      // "Vodafone's network", "Telekom's 5G": the mobile network's own, no person's.
      if (span && !isCarrier(text.slice(span.start, span.end))) yield span;
    }
  }
  for (const match of text.matchAll(FAMILY_NETWORK))
    if (!isCommon(match[0]) && !/^sharing$/iu.test(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
}

export function* deviceOwners(text: string): Generator<Span> {
  for (const match of atWordStart(DEVICE, text, /[\p{Script=Latin}\p{N}]/u)) {
    const end = match.index + match[0].length;
    const device = { start: match.index, end, text: match[0] };
    for (const owner of [
      ownerBefore(text, device),
      ownerAfter(text, end),
      ownerNext(text, device),
      ownerCjk(text, match.index),
    ])
      if (owner) yield owner;
  }
  yield* networkOwners(text);
  yield* uncasedOwners(text);
}
