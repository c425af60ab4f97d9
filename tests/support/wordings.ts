import type { Locale } from '../../src/knowledge/ids';

/**
 * How each language says that the cause a step is for is one to rule out or fix, not a finding
 * (steps carry no likelihood word): the popup's step card and the summary say it alike.
 */
export const TO_RULE_OUT: Record<Locale, RegExp> = {
  en: /rule out or fix/,
  de: /auszuschließen oder zu beheben/,
  fr: /écarter ou corriger/,
  es: /descartar o solucionar/,
  it: /escludere o risolvere/,
  ja: /考えられる原因/,
  zh: /排除或解决/,
};
