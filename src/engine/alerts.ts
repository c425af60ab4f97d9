import { knowledge, type Alert } from '../knowledge/index.ts';
import {
  buildVocabulary,
  lookup,
  similar,
  weightsOf,
  type Vocabulary,
  type Weights,
} from './alert-index.ts';
import { isNegation, isWord, NEGATIONS, STOPWORDS, tokenize } from './alert-text.ts';
import type { AlertResult } from './types.ts';

/**
 * Local, fuzzy matching of what users type or paste against the known alert texts in ten
 * languages. Patterns are tokenised once (alert-text.ts) into one vocabulary (alert-index.ts);
 * a text is tokenised the same way, each of its tokens looked up (typos, stems, compounds), and
 * only the patterns sharing a token with it are scored. A score weighs how much of the pattern
 * the text covers (whole alert pasted) against how much of the text belongs to the pattern
 * (partial paste). A text that matches nothing well enough is reported as unrecognised rather
 * than forced onto the nearest alert.
 */

export const RECOGNITION_THRESHOLD = 0.6;
/** Score factor for an alert the text rules out (`excludedBy`): it can still win, but rarely. */
const EXCLUDED = 0.5;
/** Score factor when the text says the opposite of the pattern ("backed up" / "not backed up"). */
const OPPOSITE = 0.6;
/** A short text sharing no more than one distinctive word's weight with a pattern… */
const SUBSTANTIAL = 1.2;
/** …and covering less than 75 % of what sets it apart counts this much. */
const SLIGHT = 0.6;

interface Pattern {
  alert: number;
  language: string;
  /** Distinct vocabulary ids. */
  tokens: number[];
  weights: Weights;
  /** Says that something did not happen ("not backed up"), so a text must say so too. */
  negated: boolean;
}

interface Index {
  vocabulary: Vocabulary;
  patterns: Pattern[];
  /** Per alert: the tokens of each phrase that rules it out (`excludedBy`). */
  exclusions: string[][][];
  /** Vocabulary id -> indexes of the patterns containing it, ascending. */
  postings: number[][];
}

const sum = (weights: Weights[]): Weights =>
  weights.reduce<Weights>((a, w) => [a[0] + w[0], a[1] + w[1]], [0, 0]);

function buildIndex(alerts: readonly Alert[]): Index {
  const raw = alerts.flatMap((alert, i) =>
    Object.entries(alert.patterns).flatMap(([language, texts]) =>
      (texts ?? []).map((text) => ({ alert: i, language, tokens: [...new Set(tokenize(text))] })),
    ),
  );
  const vocabulary = buildVocabulary(
    alerts.map((_, i) => raw.filter((p) => p.alert === i).flatMap((p) => p.tokens)),
  );
  const postings: number[][] = vocabulary.words.map(() => []);
  const patterns = raw.map((p, n) => {
    const tokens = p.tokens.map((t) => vocabulary.ids.get(t)!);
    tokens.forEach((id) => postings[id]!.push(n));
    const weights = sum(tokens.map((id) => vocabulary.weights[id]!));
    const negated = p.tokens.some(isNegation);
    return { alert: p.alert, language: p.language, tokens, weights, negated };
  });
  const exclusions = alerts.map((a) => (a.excludedBy ?? []).map((phrase) => tokenize(phrase)));
  return { vocabulary, patterns, exclusions, postings };
}

let index: Index | undefined;

interface InputToken {
  weights: Weights;
  /** Comes right after a negation ("not full"). */
  negated: boolean;
}

interface Input {
  words: string[];
  tokens: InputToken[];
  /** Vocabulary id -> positions of the tokens that may stand for it. */
  holders: Map<number, number[]>;
  weights: Weights;
  negated: boolean;
}

/**
 * Looks up every distinct word, and every two neighbouring words written together, so "back up"
 * finds "backup" and "reserve kopie" finds "reservekopie".
 */
function lookUpWords(words: string[], vocabulary: Vocabulary): number[][] {
  const memo = new Map<string, number[]>();
  const find = (word: string) =>
    memo.get(word) ?? memo.set(word, lookup(vocabulary, word)).get(word)!;
  const matches = words.map((word) => [...find(word)]);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (!isWord(a) || !isWord(b) || a === '#' || b === '#') continue;
    // A whole word (give or take a typo) that neither half is: "storage almost" must not find
    // "storage", nor "id funktioniert" "funktioniert".
    const joined = find(a + b).filter((id) => {
      const word = vocabulary.words[id]!;
      return similar(a + b, word) && !similar(a, word) && !similar(b, word);
    });
    matches[i]!.push(...joined);
    matches[i + 1]!.push(...joined);
  }
  return matches;
}

/** The device names as typed with a typo ("iphnoe"); spelled right they are already "device". */
const DEVICE_NAMES = ['iphone', 'ipad'];
const deviceTypo = (word: string) => DEVICE_NAMES.some((name) => similar(word, name));

function readInput(text: string, vocabulary: Vocabulary): Input {
  const words = tokenize(text).map((word) => (deviceTypo(word) ? 'device' : word));
  const matches = lookUpWords(words, vocabulary);
  const holders = new Map<number, number[]>();
  let afterNegation = false;
  const tokens = words.map((word, i) => {
    const ids = matches[i]!;
    ids.forEach((id) => holders.get(id)?.push(i) ?? holders.set(id, [i]));
    const known = vocabulary.ids.get(word);
    const weights: Weights =
      known !== undefined || ids.length === 0
        ? (vocabulary.weights[known ?? -1] ?? weightsOf(word))
        : [1, Math.max(...ids.map((id) => vocabulary.weights[id]![1]))];
    const negated = afterNegation && !STOPWORDS.has(word);
    if (NEGATIONS.has(word)) afterNegation = true;
    else if (!STOPWORDS.has(word)) afterNegation = false;
    return { weights, negated };
  });
  return {
    words,
    tokens,
    holders,
    weights: sum(tokens.map((t) => t.weights)),
    negated: words.some(isNegation),
  };
}

/** Alerts the text rules out: every token of one of their `excludedBy` phrases is in it. */
function excludedAlerts(exclusions: string[][][], words: string[]): Set<number> {
  const has = (token: string) => words.some((w) => similar(w, token));
  const out = new Set<number>();
  exclusions.forEach((phrases, alert) => {
    if (phrases.some((phrase) => phrase.length > 0 && phrase.every(has))) out.add(alert);
  });
  return out;
}

/**
 * 0..1 for one way of weighing. A text at least as long as the pattern is judged mostly by
 * coverage (the alert plus surrounding words); a shorter one mostly by how much of it belongs to
 * the pattern.
 */
function judge(covered: number, belonging: number, pattern: number, input: number): number {
  const coverage = covered / pattern;
  const precision = belonging / input;
  if (input >= pattern) return 0.7 * coverage + 0.3 * precision;
  return 0.4 * coverage + 0.6 * precision;
}

/**
 * The lower of the two judgements (see `weightsOf`), much less when a short text shares little
 * with the pattern ("iCloud storage", "error"). A text without the negation of a negated
 * pattern, or negating one of its words ("not full"), says the opposite of it.
 */
function score(pattern: Pattern, input: Input, counted: Int32Array, n: number): number {
  const weights = index!.vocabulary.weights;
  // [general, distinctive] sums, kept as plain numbers: this runs for every candidate pattern.
  let [covered0, covered1, belonging0, belonging1] = [0, 0, 0, 0];
  let contradicted = pattern.negated && !input.negated;
  for (const id of pattern.tokens) {
    const positions = input.holders.get(id);
    if (!positions) continue;
    covered0 += weights[id]![0];
    covered1 += weights[id]![1];
    for (const i of positions) {
      if (counted[i] === n) continue;
      counted[i] = n;
      const token = input.tokens[i]!;
      belonging0 += token.weights[0];
      belonging1 += token.weights[1];
      contradicted ||= token.negated && !pattern.negated;
    }
  }
  const result = Math.min(
    judge(covered0, belonging0, pattern.weights[0], input.weights[0]),
    judge(covered1, belonging1, pattern.weights[1], input.weights[1]),
  );
  const slight =
    input.weights[0] < pattern.weights[0] &&
    covered1 < 0.75 * pattern.weights[1] &&
    belonging1 < SUBSTANTIAL;
  return result * (slight ? SLIGHT : 1) * (contradicted ? OPPOSITE : 1);
}

export interface AlertMatch extends AlertResult {
  alert?: Alert;
}

export function matchAlert(input: string): AlertMatch {
  index ??= buildIndex(knowledge.alerts);
  const { vocabulary, patterns, postings } = index;
  const read = readInput(input, vocabulary);
  const excluded = excludedAlerts(index.exclusions, read.words);
  const candidates = new Set<number>();
  for (const id of read.holders.keys()) postings[id]!.forEach((p) => candidates.add(p));

  // Which tokens already count for the pattern being scored (stamped with its index).
  const counted = new Int32Array(read.tokens.length).fill(-1);
  let best: { pattern: Pattern; score: number } | undefined;
  // Ascending pattern order, strictly greater: the first alert in data order wins ties.
  for (const n of [...candidates].sort((a, b) => a - b)) {
    const pattern = patterns[n]!;
    const s = score(pattern, read, counted, n) * (excluded.has(pattern.alert) ? EXCLUDED : 1);
    if (!best || s > best.score) best = { pattern, score: s };
  }
  if (!best || best.score < RECOGNITION_THRESHOLD) {
    return { recognized: false, ...(best && { confidence: round(best.score) }) };
  }
  const alert = knowledge.alerts[best.pattern.alert]!;
  return {
    recognized: true,
    id: alert.id,
    confidence: round(best.score),
    language: best.pattern.language,
    alert,
  };
}

const round = (n: number) => Math.min(1, Math.round(n * 1000) / 1000);
