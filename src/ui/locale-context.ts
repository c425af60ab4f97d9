import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Facts } from '../engine/facts';
import type { TextRef } from '../engine/types';
import { lookup, type Family } from '../knowledge/catalogs';
import type { Locale, Params } from '../i18n';
import { text } from '../knowledge/text';
import { localizeSizes } from '../report/sizes';
import { fillQuoted, knowledgeText } from '../report/quotes';
import { statusParams } from '../report/known-status';
import type { UiKey } from './i18n';

/** A page's own key (typed for the popup's), a knowledge key, or an engine text reference. */
export type TextKey = UiKey | TextRef | (string & {});

export interface Texts {
  locale: Locale;
  /** The session's facts the texts know (Apple's status), carried to a catalog put first. */
  facts: Facts;
  /**
   * The one way the UI looks up a text: the page's own catalogs in order (ui.json, with the
   * export's or the guide's first where they are shown), then the knowledge texts. A sentence
   * about Apple's status says the state the facts know, wherever the popup shows it.
   */
  t: (key: TextKey, params?: Params) => string;
}

export function textsFor(
  locale: Locale,
  own: readonly Family[] = ['ui'],
  facts: Facts = {},
): Texts {
  const known = statusParams(facts);
  return {
    locale,
    facts,
    t: (key, params) => {
      if (typeof key !== 'string') {
        return knowledgeText(locale, key.key, localizeSizes({ ...known, ...key.params }, locale));
      }
      const given = { ...known, ...params };
      for (const family of own) {
        const template = lookup(family, locale, key);
        if (template !== undefined) return fillQuoted(template, given, locale);
      }
      return text(locale, key, given);
    },
  };
}

export const TextsContext = createContext<Texts>(textsFor('en'));

/** The texts in the shown language; `own` puts that catalog (export, guide) before ui.json. */
export function useTexts(own?: Family): Texts {
  const texts = useContext(TextsContext);
  return own ? textsFor(texts.locale, [own, 'ui'], texts.facts) : texts;
}
