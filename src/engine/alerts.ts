import { knowledge, type Alert } from '../knowledge/index.ts';
import type { AlertResult } from './types.ts';

/**
 * Local, fuzzy matching of what users type or paste against the known alert texts. Both sides are
 * normalised the same way (case, quotes, punctuation, hyphens, the device word, numbers), then
 * compared word by word with a small typo allowance; Japanese (no spaces) is compared by
 * character pairs. A text that matches nothing well enough is reported as unrecognised rather
 * than forced onto the nearest alert.
 */

export const RECOGNITION_THRESHOLD = 0.6;

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const STOPWORDS = new Set(
  'the a an is in to of be your this there has for it der die das ist von ein eine dein deinen zu um da device #'.split(
    ' ',
  ),
);

export function normalize(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/\b(iphone|ipad|ipod touch|ipod)\b/g, ' device ')
    .replace(/\d+/g, ' # ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  return editDistanceAtMost(a, b, shorter >= 8 ? 2 : 1);
}

const weightOf = (token: string) => (STOPWORDS.has(token) ? 0.2 : 1);

function units(normalized: string): { items: string[]; cjk: boolean } {
  if (!CJK.test(normalized)) return { items: normalized.split(' ').filter(Boolean), cjk: false };
  const compact = normalized.replace(/ /g, '');
  const pairs = [];
  for (let i = 0; i < compact.length - 1; i++) pairs.push(compact.slice(i, i + 2));
  return { items: pairs, cjk: true };
}

/**
 * 0..1: how well the input covers the pattern (whole alert pasted) and how much of the input
 * belongs to the pattern (partial paste). Short partial pastes count for less.
 */
export function similarity(input: string, pattern: string): number {
  const a = units(normalize(input));
  const p = units(normalize(pattern));
  if (a.items.length === 0 || p.items.length === 0 || a.cjk !== p.cjk) return 0;
  const match = (x: string, pool: string[]) => pool.some((y) => (a.cjk ? x === y : sameWord(x, y)));
  const weigh = (items: string[], pool: string[]) => {
    let total = 0;
    let hit = 0;
    for (const item of items) {
      const w = a.cjk ? 1 : weightOf(item);
      total += w;
      if (match(item, pool)) hit += w;
    }
    return total === 0 ? 0 : hit / total;
  };
  const coverage = weigh(p.items, a.items);
  const precision = weigh(a.items, p.items);
  if (a.items.length >= p.items.length) return 0.7 * coverage + 0.3 * precision;
  const partial = 0.4 * coverage + 0.6 * precision;
  const contentWords = a.items.filter((t) => a.cjk || !STOPWORDS.has(t)).length;
  return contentWords >= 3 || coverage >= 0.99 ? partial : partial * 0.75;
}

export interface AlertMatch extends AlertResult {
  alert?: Alert;
}

export function matchAlert(input: string): AlertMatch {
  let best: { alert: Alert; language: string; score: number } | undefined;
  for (const alert of knowledge.alerts) {
    for (const [language, patterns] of Object.entries(alert.patterns)) {
      for (const pattern of patterns ?? []) {
        const score = similarity(input, pattern);
        // Strictly greater: the first alert in data order wins ties, keeping output stable.
        if (!best || score > best.score) best = { alert, language, score };
      }
    }
  }
  if (!best || best.score < RECOGNITION_THRESHOLD) {
    return { recognized: false, ...(best && { confidence: round(best.score) }) };
  }
  return {
    recognized: true,
    id: best.alert.id,
    confidence: round(best.score),
    language: best.language,
    alert: best.alert,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
