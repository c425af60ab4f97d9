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

interface StartData {
  alerts: readonly { id: string; patterns: Partial<Record<string, string[]>> }[];
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
    alerts: data.alerts.map((a) => ({
      id: a.id,
      title: title(keys.alert(a.id).title),
      patterns: [...(a.patterns[locale] ?? []), ...(a.patterns.en ?? [])],
    })),
    symptoms: data.symptoms.map((s) => ({ id: s.id, title: title(keys.symptom(s.id).title) })),
  };
}
