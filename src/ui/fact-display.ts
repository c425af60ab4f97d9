import type { Facts } from '../engine/facts';
import {
  factValueText,
  isKnownValue,
  REPORTED_FACTS,
  type ReportedFact,
} from '../report/fact-values';
import { formatDateTime } from './format';
import type { Texts } from './locale-context';

export function factText(name: ReportedFact, value: unknown, texts: Texts): string {
  return factValueText(name, value, texts.locale, (iso) => formatDateTime(iso, texts.locale));
}

/** Facts listed under "What we know", in the same order as in the summary. */
export function knownFacts(facts: Facts): { name: ReportedFact; value: unknown }[] {
  return REPORTED_FACTS.filter((name) => isKnownValue(name, facts[name])).map((name) => ({
    name,
    value: facts[name],
  }));
}
