import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TextRef } from '../engine/types';
import { lookup, type Family } from '../knowledge/catalogs';
import type { Locale, Params } from '../i18n';
import { text } from '../knowledge/text';
import { localizeSizes } from '../report/sizes';
import { fillQuoted, knowledgeText } from '../report/quotes';
import type { UiKey } from './i18n';

/** A page's own key (typed for the popup's), a knowledge key, or an engine text reference. */
export type TextKey = UiKey | TextRef | (string & {});

export interface Texts {
  locale: Locale;
  /**
   * The one way the UI looks up a text: the page's own catalogs in order (ui.json, with the
   * export's or the guide's first where they are shown), then the knowledge texts.
   */
  t: (key: TextKey, params?: Params) => string;
}

export function textsFor(locale: Locale, own: readonly Family[] = ['ui']): Texts {
  return {
    locale,
    t: (key, params) => {
      if (typeof key !== 'string') {
        return knowledgeText(locale, key.key, localizeSizes(key.params, locale));
      }
      for (const family of own) {
        const template = lookup(family, locale, key);
        if (template !== undefined) return fillQuoted(template, params, locale);
      }
      return text(locale, key, params);
    },
  };
}

export const TextsContext = createContext<Texts>(textsFor('en'));

/** The texts in the shown language; `own` puts that catalog (export, guide) before ui.json. */
export function useTexts(own?: Family): Texts {
  const texts = useContext(TextsContext);
  return own ? textsFor(texts.locale, [own, 'ui']) : texts;
}
