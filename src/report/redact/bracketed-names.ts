import { isCommon } from './lexicon.ts';
import type { Span } from './spans.ts';

/**
 * A relative named in brackets after the word for them, maybe with their device between: "mamy
 * (Ирина Викторовна)", "annemin telefonu (Fatma Yılmaz)", "min mammas (Birgitta Holm) iPad",
 * "母（佐々木 恵子）のiPhone", "我妈妈（刘桂兰）的iPhone", "엄마 핸드폰(이영희)", "والدتي (مريم حسن)".
 * Full-width brackets read as ASCII ones here. In a bracket right after a relative, a short run of
 * capitalised words, or of words in a script without capitals, is who they are.
 */

const RELATIVES = `mum|mom|mother|mother's|dad|father|father's|wife|wife's|husband|husband's|son|
  daughter|grandma|grandpa|grandmother|grandfather|mother-in-law|father-in-law|mutter|vater|
  mama|papa|oma|opa|schwiegermutter|schwiegervater|mère|père|belle-mère|beau-père|madre|padre|
  suegra|suegro|suocera|suocero|mãe|pai|sogra|sogro|moeder|vader|schoonmoeder|schoonvader|
  mammas|pappas|mors|fars|mormors|farmors|morfars|farfars|svigermors|mamy|taty|babci|dziadka|
  teściowej|teścia|córki|syna|żony|męża|мамы|папы|мамин|бабушки|дедушки|жены|мужа|
  тёщи|тещи|свекрови|сына|дочери|annem|annemin|babam|babamın|eşim|eşimin|kayınvalidem|
  kayınvalidemin|والدتي|والدي|أمي|ابي|أبي|زوجتي|زوجي|ابني|ابنتي|אמא|אבא|אשתי|בעלי|妈妈|我妈|
  母亲|爸爸|我爸|父亲|老公|老婆|儿子|女儿|奶奶|爷爷|外婆|外公|婆婆|岳母|母|父|妻|夫|息子|娘|祖母|祖父|
  義母|義父|엄마|아빠|어머니|아버지|아들|딸|남편|아내|할머니|할아버지|시어머니|장모님`.replace(
  /\s+/g,
  '',
);

/** The relative, up to two words (their device), then the bracket. */
const RELATIVE_THEN_BRACKET = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${RELATIVES})(?:[ \t]*(?:的|の|의))?(?:[ \t]*[\p{L}\p{M}'’-]+){0,2}?[ \t]*\((?<name>[^()\n\d@]{2,40})\)`,
  'dgiu',
);
const CASED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const UNCASED_WORD =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}]{1,8}$/u;

function isName(value: string): boolean {
  const words = value.trim().split(/[ \t\u3000]+/u);
  if (words.length > 3) return false;
  return words.every(
    (word) => UNCASED_WORD.test(word) || (CASED_WORD.test(word) && !isCommon(word)),
  );
}

export function* bracketedRelatives(text: string): Generator<Span> {
  for (const match of text.matchAll(RELATIVE_THEN_BRACKET)) {
    const [start, end] = match.indices!.groups!.name!;
    const value = text.slice(start, end);
    if (!isName(value)) continue;
    const lead = value.length - value.trimStart().length;
    yield { start: start + lead, end: start + value.trimEnd().length };
  }
}
