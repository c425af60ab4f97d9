import type { Facts } from '../engine/facts';
import {
  factValueText,
  isApproximate,
  isKnownValue,
  REPORTED_FACTS,
  type ReportedFact,
} from '../report/fact-values';
import { formatDateTime } from './format';
import type { Texts } from './locale-context';

function factText(name: ReportedFact, value: unknown, texts: Texts): string {
  return factValueText(name, value, texts.locale, (iso) => formatDateTime(iso, texts.locale));
}

/** A known fact as "What we know" says it: a day given as weeks or months ago as around it. */
export function knownFactText(name: ReportedFact, facts: Facts, texts: Texts): string {
  const value = factText(name, facts[name], texts);
  return isApproximate(facts, name) ? texts.t('known.approximate', { day: value }) : value;
}

/** Facts listed under "What we know", in the same order as in the summary. */
export function knownFacts(facts: Facts): ReportedFact[] {
  return REPORTED_FACTS.filter((name) => isKnownValue(name, facts[name]));
}
