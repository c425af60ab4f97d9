import type { Locale } from '../../src/i18n';

/**
 * How the summary opens a line that rests on the user's answer, per language: the one wording
 * every such line uses, so none reads as something the extension checked.
 */
export const USER_SAYS: Record<Locale, RegExp> = {
  en: /^The user says /,
  de: /^Laut Angabe der Person /,
  es: /^La persona dice /,
  fr: /^La personne indique /,
  it: /^La persona dice /,
  ja: /^ユーザによると、/,
  zh: /^用户表示/,
};
