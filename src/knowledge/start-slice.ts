import type { Catalog } from './catalogs.ts';
import type { Locale, SymptomId } from './ids.ts';
import { keys } from './keys.ts';

/**
 * What the popup's first screen lists, in one language: each known message's title and the
 * wordings it is searched by (the language's, then English), and each symptom's title. About
 * 2 KB where the knowledge and its catalog are over 100 KB, so the start screen shows before
 * those load (built per language by start-slice-plugin.ts).
 */
export interface StartSlice {
  alerts: { id: string; title: string; patterns: string[] }[];
  symptoms: { id: SymptomId; title: string }[];
}

/** The popup's first screen in one language, one file: its own texts (`ui`) and the slice. */
export interface StartTexts {
  ui: Catalog;
  slice: StartSlice;
}

/**
 * An alert's wordings in one language are kept as one string, each wording set off by this
 * separator, which no wording holds (schema.ts checks): the popup holds the knowledge from the
 * flow on, and some 1,700 strings with an array per language weighed about 60 KB of its heap
 * before anything was pasted. They are split where they are read, through `alertWordings`.
 */
export const WORDING_SEPARATOR = ' | ';

/** An alert's wordings, per language. */
export function alertWordings<L extends string>(alert: {
  patterns: Partial<Record<L, string>>;
}): Partial<Record<L, string[]>> {
  const out: Partial<Record<L, string[]>> = {};
  for (const language in alert.patterns) {
    out[language] = alert.patterns[language]!.split(WORDING_SEPARATOR);
  }
  return out;
}

interface StartData {
  alerts: readonly { id: string; patterns: Partial<Record<string, string>> }[];
  symptoms: readonly { id: SymptomId }[];
}

/** The slice of `locale`, titles falling back to English as `text()` does. */
export function startSlice(
  data: StartData,
  catalogs: { own: Catalog; en: Catalog },
  locale: Locale,
): StartSlice {
  const title = (key: string) => catalogs.own[key] ?? catalogs.en[key] ?? key;
  return {
    alerts: data.alerts.map((a) => {
      const wordings = alertWordings(a);
      return {
        id: a.id,
        title: title(keys.alert(a.id).title),
        patterns: [...(wordings[locale] ?? []), ...(wordings.en ?? [])],
      };
    }),
    symptoms: data.symptoms.map((s) => ({ id: s.id, title: title(keys.symptom(s.id).title) })),
  };
}
