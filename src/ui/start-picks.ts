import type { SymptomId } from '../knowledge/ids';
import { keys, knowledge, type Locale } from '../knowledge';
import type { Texts } from './locale-context';

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
export function startPicks(t: Texts['t'], locale: Locale): Pick[] {
  const alerts: Pick[] = knowledge.alerts.map((a) => {
    const patterns = [...(a.patterns[locale] ?? []), ...(a.patterns.en ?? [])];
    const label = t(keys.alert(a.id).title);
    // The engine matches the text in the user's language, or English if none is known.
    return {
      kind: 'alert',
      id: a.id,
      label,
      text: patterns[0] ?? label,
      terms: fold([label, ...patterns].join(' ')),
    };
  });
  const symptoms: Pick[] = knowledge.symptoms.map((s) => {
    const label = t(keys.symptom(s.id).title);
    return { kind: 'symptom', id: s.id, label, terms: fold(label) };
  });
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
