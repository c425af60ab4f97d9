import { browser } from 'wxt/browser';
import type { SiteReading } from '../../flow/observed-facts';
import { LOCALES, type Locale } from '../../i18n';
import type { SummaryInput } from '../../report';
import type { Session } from '../../storage/session';

/** Adapts the popup's state to the report builder's plain input. */
export function summaryInput(
  session: Session,
  readings: SiteReading[],
  uiLanguage: Locale,
  createdAt: Date,
): SummaryInput {
  return {
    facts: session.facts,
    stepLog: session.stepLog,
    readings,
    extensionVersion: browser.runtime.getManifest().version,
    uiLanguage,
    createdAt,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** The export choices travel to the print page in its address; nothing else is stored. */
export interface ExportChoices {
  language: Locale;
  leaveOutFreeText: boolean;
}

export function choicesToQuery({ language, leaveOutFreeText }: ExportChoices): string {
  return new URLSearchParams({
    lang: language,
    freeText: leaveOutFreeText ? 'no' : 'yes',
  }).toString();
}

export function choicesFromQuery(query: string, fallback: Locale): ExportChoices {
  const params = new URLSearchParams(query);
  const lang = LOCALES.find((l) => l === params.get('lang'));
  return {
    language: lang ?? fallback,
    leaveOutFreeText: params.get('freeText') === 'no',
  };
}
