import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TextRef } from '../engine/types';
import type { Locale, Params } from '../i18n';
import { text } from '../knowledge/text';
import { translate, type UiKey } from './i18n';

export interface Texts {
  locale: Locale;
  /** The popup's own words (content/locales/<locale>/ui.json). */
  t: (key: UiKey, params?: Params) => string;
  /** Knowledge texts (causes, steps, questions...) by key or engine text reference. */
  k: (ref: string | TextRef, params?: Params) => string;
}

export function textsFor(locale: Locale): Texts {
  return {
    locale,
    t: (key, params) => translate(locale, key, params),
    k: (ref, params) =>
      typeof ref === 'string' ? text(locale, ref, params) : text(locale, ref.key, ref.params),
  };
}

export const TextsContext = createContext<Texts>(textsFor('en'));

export const useTexts = () => useContext(TextsContext);
