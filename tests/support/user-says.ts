import type { Locale } from '../../src/i18n';

/**
 * How the summary opens a line that rests on the user's answer, per language: the one wording
 * every such line uses, so none reads as something the extension checked.
 */
export const USER_SAYS: Record<Locale, RegExp> = {
  en: /^The user says /,
  de: /^Laut Nutzer /,
  es: /^El usuario dice /,
  fr: /^L’utilisateur indique /,
  it: /^L’utente dice /,
  ja: /^ユーザによると、/,
  zh: /^用户表示/,
};
