import { commonPrefix, isWord, NEGATIONS, oneSlip, STOPWORDS, unitOf } from './alert-text.ts';

// Defined beside `tokenize`, which reads a verb of doing typed with a slip; compared here too.
export { oneSlip };

/**
 * The vocabulary of every alert pattern, built once: token ids, how much each token says, and
 * lookup tables that find the vocabulary words a typed word may stand for (typos, stems,
 * compounds) without comparing it against every word: words keyed by themselves with one letter
 * deleted (a typo leaves a common deletion on both sides), and the words sorted forwards and
 * backwards, where all words with a given beginning or ending form one run.
 */

/** A token's weight in general (topic words count) and among alerts (rare words count). */
export type Weights = readonly [general: number, distinctive: number];

interface Sorted {
  keys: string[];
  ids: number[];
}

export interface Vocabulary {
  ids: Map<string, number>;
  words: string[];
  weights: Weights[];
  deletions: Map<string, number[]>;
  forwards: Sorted;
  /** Sorted by the reversed word, keys reversed: endings become beginnings. */
  backwards: Sorted;
}

const MIN_PREFIX = 4;
const MIN_SUFFIX = 5;
const MIN_STEM = 5;
/** A three-letter word may be a four-letter one with a letter missing ("ful"). */
const SHORT = 3;
/** Long words may carry two typos; their candidates share the first or last letters. */
const LONG = 8;
const EDGE = 3;
/** No alert word is this long: longer "words" (pasted junk) are only looked up as they are. */
const MAX_WORD = 40;

/** Words shorter than this may have letters swapped but not replaced. */
const SLIP_ONLY_BELOW = 5;
/** Words shorter than this get no typo. */
export const NO_TYPO_BELOW = 4;
/** Typo allowance: none under 4 letters, one letter up to 7, two from 8. */
const allowance = (length: number) => (length < NO_TYPO_BELOW ? 0 : length < LONG ? 1 : 2);
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

const NEGATION_WEIGHT = 0.5;
const FUNCTION_WORD_WEIGHT = 0.2;
/** A function word, which weighs as little as any (`weightsOf`). */
export const FUNCTION_WORD = 'the';

/**
 * How much a token tells, two ways. In general every word counts (character pairs in part, see
 * `unitOf`), function words little and negations half (a missing negation is judged
 * separately); words shared by many alerts ("backup", "iCloud") are the topic and count more.
 * Among alerts a word found in many of them counts less than one that singles out an alert. A
 * text must match a pattern both ways: "Face ID not working" shares the rare words of "iCloud
 * Backup not working" but not its topic, "iCloud backup" the topic of "iCloud Backup Failed" but
 * not what sets it apart.
 */
export function weightsOf(token: string, alertCount?: number): Weights {
  if (NEGATIONS.has(token)) return [NEGATION_WEIGHT, NEGATION_WEIGHT];
  if (STOPWORDS.has(token)) return [FUNCTION_WORD_WEIGHT, FUNCTION_WORD_WEIGHT];
  const unit = unitOf(token);
  if (alertCount === undefined) return [unit, unit];
  return [
    unit * Math.min(1.5, 0.5 + 0.1 * alertCount),
    unit * Math.max(0.3, 1 / Math.sqrt(alertCount)),
  ];
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function sortedBy(words: string[], key: (w: string) => string): Sorted {
  const entries = words.map((w, id) => ({ key: key(w), id })).filter((e) => isWord(e.key));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { keys: entries.map((e) => e.key), ids: entries.map((e) => e.id) };
}

/** Ids of the words whose key starts with `prefix`. */
function startingWith(sorted: Sorted, prefix: string): number[] {
  let [low, high] = [0, sorted.keys.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted.keys[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  for (let i = low; i < sorted.keys.length && sorted.keys[i]!.startsWith(prefix); i++)
    out.push(sorted.ids[i]!);
  return out;
}

/** `alertTokens[i]`: every token of alert i's patterns; weights depend on how many alerts share one. */
export function buildVocabulary(alertTokens: string[][]): Vocabulary {
  const alertsOf = new Map<string, number>();
  for (const tokens of alertTokens) {
    for (const token of new Set(tokens)) alertsOf.set(token, (alertsOf.get(token) ?? 0) + 1);
  }
  const words = [...alertsOf.keys()];
  const index = new Map<string, number[]>();
  words.forEach((word, id) => {
    if (!isWord(word) || STOPWORDS.has(word) || word.length < SHORT + 1) return;
    for (const key of deletions(word)) {
      const list = index.get(key);
      if (!list) index.set(key, [id]);
      else if (list.at(-1) !== id) list.push(id);
    }
  });
  return {
    ids: new Map(words.map((w, i) => [w, i])),
    words,
    weights: words.map((w) => weightsOf(w, alertsOf.get(w)!)),
    deletions: index,
    forwards: sortedBy(words, (w) => w),
    backwards: sortedBy(words, reverse),
  };
}

/** Edit distance with adjacent swaps counting as one edit ("faield"), cut off above `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  // A plain loop: Array.from with a mapping function cost more than the comparison itself.
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * The same word, give or take a typo; two only if it starts with the same letter: Greek
 * "επιτυχία" (success) is two letters from "αποτυχία" (failure).
 */
export function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  const missing = short === SHORT && Math.max(a.length, b.length) === SHORT + 1;
  const typos = missing ? 1 : allowance(short);
  // A letter replaced in a short word makes another word too often ("done", Polish "dane").
  if (short < SLIP_ONLY_BELOW && a.length === b.length) return oneSlip(a, b);
  return editDistanceAtMost(a, b, a[0] === b[0] ? typos : Math.min(typos, 1));
}

/**
 * A word that is another with a negating prefix says the opposite: Swedish "misslyckades"
 * (failed) ends with "lyckades" (succeeded), Danish "mislykkedes" with "lykkedes", Finnish
 * "epäonnistui" with "onnistui", Polish "niewystarczająca" (insufficient) with
 * "wystarczająca", Czech "nedokončena" with "dokončena", Greek "ανεπαρκής" with "επαρκής".
 */
const NEGATING_PREFIX = /^(?:miss?|un|non|epa|nie?|ne|не|αν)$/;

/**
 * Whether a typed word can stand for a vocabulary word: a small typo, the same stem
 * ("verified"/"verify"), or one being a part of the other ("iCloudspeicher" and "speicher",
 * "wifi" and "wifiverbinding"), unless that other part negates it.
 */
export function related(a: string, b: string): boolean {
  if (similar(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_PREFIX && long.startsWith(short)) return true;
  if (short.length >= MIN_SUFFIX && long.endsWith(short))
    return !NEGATING_PREFIX.test(long.slice(0, long.length - short.length));
  const stem = commonPrefix(a, b);
  if (stem >= MIN_STEM && stem >= 0.6 * long.length) return true;
  return stem >= MIN_PREFIX && INFLECTION.test(a.slice(stem)) && INFLECTION.test(b.slice(stem));
}

/**
 * Endings a verb or adjective takes for tense, person, gender or number in the Latin-script
 * languages: a word with a stem too short for `MIN_STEM` is still the same word with one of
 * these after it, "failing" for "failed", "fallire" for "fallida", "falhando" for "falhou". Not
 * any ending: "backed" is not "backup", nor "compute" "complete".
 */
const INFLECTION =
  /^(?:|s|es|e|ed|d|ing|ings|a|o|i|ar|er|ir|re|are|ere|ire|ado|ada|ido|ida|ato|ata|ito|ita|ando|endo|iendo|ó|ou|iu|eu|en|t|te|et)$/u;

/** Vocabulary words worth comparing with a typed word of four or more letters. */
function candidatesFor(vocabulary: Vocabulary, token: string): Set<number> {
  const { forwards, backwards, ids } = vocabulary;
  const out = new Set<number>();
  // Every typed word of four letters or more comes here: ids are added one by one, with no list
  // made for each key.
  const addAll = (list: readonly number[] | undefined) => {
    if (list) for (const id of list) out.add(id);
  };
  for (const key of deletions(token)) addAll(vocabulary.deletions.get(key));
  if (token.length >= LONG) {
    addAll(startingWith(forwards, token.slice(0, EDGE)));
    addAll(startingWith(backwards, reverse(token.slice(-EDGE))));
  }
  // Words sharing a stem of four letters, for those with an ending of their own (`INFLECTION`).
  addAll(startingWith(forwards, token.slice(0, MIN_PREFIX)));
  if (token.length >= MIN_SUFFIX) addAll(startingWith(backwards, reverse(token)));
  for (let n = MIN_PREFIX; n < token.length; n++) {
    const prefix = ids.get(token.slice(0, n));
    if (prefix !== undefined) out.add(prefix);
    const suffix = n >= MIN_SUFFIX ? ids.get(token.slice(-n)) : undefined;
    if (suffix !== undefined) out.add(suffix);
  }
  return out;
}

/** Ids of the vocabulary words a typed token may stand for (empty when none). */
/**
 * A short word the alerts say whole does not stand for a longer one it begins: "full"
 * (Norwegian) is no "fullføres" (completed), nor "fuld" (Danish) "fuldføres". A longer one does
 * ("sikkerhedskopi" for "sikkerhedskopiering").
 */
const COMPOUND_REST = 4;
const compoundOf = (word: string, longer: string) =>
  word.length === MIN_PREFIX &&
  longer.length - word.length >= COMPOUND_REST &&
  longer.startsWith(word);

export function lookup(vocabulary: Vocabulary, token: string): number[] {
  const exact = vocabulary.ids.get(token);
  if (!isWord(token) || STOPWORDS.has(token) || token.length < SHORT || token.length > MAX_WORD) {
    return exact === undefined ? [] : [exact];
  }
  const candidates =
    token.length === SHORT
      ? new Set([
          ...(vocabulary.deletions.get(token) ?? []),
          ...(exact === undefined ? [] : [exact]),
        ])
      : candidatesFor(vocabulary, token);
  const fits = token.length === SHORT ? similar : related;
  return [...candidates].filter(
    (id) =>
      !STOPWORDS.has(vocabulary.words[id]!) &&
      fits(token, vocabulary.words[id]!) &&
      !(exact !== undefined && compoundOf(token, vocabulary.words[id]!)),
  );
}
