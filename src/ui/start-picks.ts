import type { SymptomId } from '../knowledge/ids';
import type { StartSlice } from '../knowledge/start-slice';

export type Pick =
  | { kind: 'alert'; id: string; label: string; text: string; terms: string }
  | { kind: 'symptom'; id: SymptomId; label: string; terms: string };

/** Folds case, accents, quotes and punctuation, so "nicht genugend" finds „Nicht genügend“. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Known messages, then symptoms, each label once: a symptom worded like a message ("Backup could
 * not be created") is the same choice for the user, and the message carries more evidence.
 * Search terms include the message's own wording in the user's language and in English.
 */
export function startPicks(slice: StartSlice): Pick[] {
  const alerts: Pick[] = slice.alerts.map(({ id, title: label, patterns }) => ({
    kind: 'alert',
    id,
    label,
    // The engine matches the text in the user's language, or English if none is known.
    text: patterns[0] ?? label,
    terms: fold([label, ...patterns].join(' ')),
  }));
  const symptoms: Pick[] = slice.symptoms.map(({ id, title: label }) => ({
    kind: 'symptom',
    id,
    label,
    terms: fold(label),
  }));
  const seen = new Set<string>();
  return [...alerts, ...symptoms].filter((pick) => {
    const key = fold(pick.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every word of the query must appear, in any order. */
export function matches(pick: Pick, query: string): boolean {
  return fold(query)
    .split(' ')
    .every((word) => pick.terms.includes(word));
}
