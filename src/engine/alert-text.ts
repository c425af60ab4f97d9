/**
 * Turns pasted alert text into comparable tokens, the same way for the known alert patterns and
 * for what users type. Latin-script words stay words (lower case; accents, punctuation, quotes and
 * elided articles removed; English contractions expanded; a few synonyms folded). Chinese and
 * Japanese have no spaces and Korean words carry particles, so runs of those scripts become
 * overlapping character pairs, ignoring the spaces between them; Japanese katakana loanwords
 * stay words.
 */

const DEVICE =
  /\b(?:iphone|ipad|ipod touch|ipod)(?:s\b)?|아이폰|아이패드|휴대폰|핸드폰|アイフォン|スマホ|手机/g;
const ICLOUD = /아이클라우드|アイクラウド/g;
// French and Italian elide articles and prepositions ("l'iPhone", "dell'account").
const ELISION = /\b(qu|[cdjlmnst]|dell|all|dall|nell|sull|un)['’]/g;
const QUOTES = /['’`´]/g;
const HAN_HIRAGANA = String.raw`\p{sc=Han}\p{sc=Hiragana}`;
// Katakana spells loanwords (バックアップ, ストレージ): whole words, compared like Latin ones.
const KATAKANA = String.raw`\p{sc=Katakana}\u30fc`;
const HANGUL = String.raw`\p{sc=Hangul}`;
const SEGMENT = new RegExp(
  `([${HAN_HIRAGANA}]+)|([${HANGUL}]+)|([${KATAKANA}]+)|([^\\s${HAN_HIRAGANA}${KATAKANA}${HANGUL}]+)`,
  'gu',
);

const ASCII = /^[\x20-\x7e]*$/;
const PLAIN = /^[a-z#]+$/;

/** Accents dropped from Latin letters only: people often type "nao" for "não". */
const foldAccents = (s: string) =>
  ASCII.test(s)
    ? s
    : s
        .normalize('NFD')
        .replace(/(\p{sc=Latin})\p{M}+/gu, '$1')
        .normalize('NFC');

const CONTRACTIONS: Readonly<Record<string, string>> = {
  cant: 'cannot',
  couldnt: 'could not',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  hasnt: 'has not',
  havent: 'have not',
  wont: 'will not',
  arent: 'are not',
};

/** Words people use for the same thing; folded so either wording matches. */
const SYNONYMS: Readonly<Record<string, string>> = {
  space: 'storage',
  nearly: 'almost',
  phone: 'device',
  smartphone: 'device',
  handy: 'device',
  telefon: 'device',
  telephone: 'device',
  telefono: 'device',
  telefone: 'device',
  telefoon: 'device',
  celular: 'device',
  wlan: 'wifi',
  // Latin American Spanish says "respaldo" where Spain says "copia de seguridad".
  respaldo: 'copia de seguridad',
  respaldos: 'copias de seguridad',
};

function wordSet(words: string): ReadonlySet<string> {
  return new Set(foldAccents(words).split(' '));
}

/** Function words of the supported Latin-script languages: they count for little. */
export const STOPWORDS: ReadonlySet<string> = wordSet(
  [
    'the a an is are was were be been being in on to of for it its this that there has have had',
    'your you my me i and or with by at from as do does did will',
    'der die das dem den des ist sind war ein eine einen einem einer dein deine deinen deinem du',
    'ich mein meine von zu um da mit für auf im es und oder wurde werden ihr ihre',
    'le la les de du des un une est et ou en au aux à ce cet cette votre vos mon ma mes je il',
    'elle y que qui pour sur par dans ne',
    'el los las del al tu su mi por para con este esta se lo',
    'il lo gli di della è e o da questo questa tuo tua mio che si',
    'os as do da dos das um uma é em na ao seu sua meu minha',
    'het een op te van voor met je jouw mijn dit deze er aan',
    'и в во на с со к по за из от до для это этот эта ваш ваша ваше мой моя моё',
    'i w we na z ze do od dla to ten ta twój twoja twoje mój moja moje jest się',
    'och i på av för till det den en ett din ditt dina min mitt är',
    'og i på af av for til det den en et din dit ditt dine min mit mitt er',
    // Numbers (folded to #) and the brand name in "Apple ID" / "Apple Account" say little.
    '# apple id',
  ].join(' '),
);

/**
 * Negations and "without" decide the meaning ("backed up" vs "not backed up"), however often
 * they occur. In Chinese, Japanese and Korean the negation sits inside a character pair.
 */
export const NEGATIONS: ReadonlySet<string> = wordSet(
  [
    'not no cannot unable without nicht kein keine keinen ohne pas aucun aucune impossible sans',
    'sin ningun ninguna impossibile non nessun nessuna senza não nenhum sem niet geen zonder',
    'не нет без невозможно nie brak bez niemożliwe inte ingen inget utan ikke uden uten',
  ].join(' '),
);
const NEGATING_PAIR = /[未不无没않없못]|せん|ない/u;

export const isNegation = (token: string) =>
  NEGATIONS.has(token) || (!isWord(token) && NEGATING_PAIR.test(token));

// A Map, not the objects: a typed "constructor" must not find Object.prototype.constructor.
const REPLACEMENTS = new Map(
  Object.entries({ ...CONTRACTIONS, ...SYNONYMS }).map(([word, by]) => [word, by.split(' ')]),
);

function pushWord(word: string, tokens: string[]): void {
  const replaced = REPLACEMENTS.get(word);
  if (replaced) tokens.push(...replaced);
  else if (word.length > 1 || word === '#') tokens.push(word);
}

function pairs(run: string): string[] {
  if (run.length < 2) return [run];
  const out: string[] = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** Case, width, accents, quotes, punctuation, the device word and numbers made uniform. */
export function normalize(input: string): string {
  const text = ASCII.test(input) ? input : input.normalize('NFKC');
  return foldAccents(text.toLowerCase())
    .replace(DEVICE, ' device ')
    .replace(ICLOUD, ' icloud ')
    .replace(ELISION, '$1 ')
    .replace(QUOTES, '')
    .replace(/\bwi fi\b|\bwi-fi\b/g, 'wifi')
    .replace(/\d+/g, ' # ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/**
 * Tokens of a text: Latin and katakana words, and character pairs for each run of Chinese
 * characters and hiragana or of Korean (runs of one script separated only by spaces count as one
 * run).
 */
export function tokenize(input: string): string[] {
  const tokens: string[] = [];
  let run = '';
  let runKind: 'cjk' | 'hangul' | undefined;
  const flush = () => {
    if (run) tokens.push(...pairs(run));
    run = '';
    runKind = undefined;
  };
  for (const chunk of normalize(input).split(' ')) {
    // Most words are plain letters: skip the script analysis for them.
    if (PLAIN.test(chunk)) {
      flush();
      pushWord(chunk, tokens);
      continue;
    }
    for (const [, cjk, hangul, katakana, other] of chunk.matchAll(SEGMENT)) {
      const kind = cjk ? 'cjk' : hangul ? 'hangul' : undefined;
      if (kind) {
        if (kind !== runKind) flush();
        run += cjk ?? hangul;
        runKind = kind;
      } else {
        flush();
        pushWord(katakana ?? other!, tokens);
      }
    }
  }
  flush();
  return tokens;
}

/** True for tokens compared letter by letter (typos, stems); character pairs match exactly. */
export const isWord = (token: string) => !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}]/u.test(token);

/**
 * What a token counts for compared with a word: a character pair is half a word, one with
 * hiragana (particles, verb endings: "に失", "しました") less.
 */
export function unitOf(token: string): number {
  if (isWord(token)) return 1;
  if (/^\p{sc=Hiragana}+$/u.test(token)) return 0.1;
  return /\p{sc=Hiragana}/u.test(token) ? 0.25 : 0.5;
}
