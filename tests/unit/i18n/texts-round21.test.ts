import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { knowledge } from '../../../src/knowledge';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { ageText, formatCount } from '../../../src/knowledge/text';
import { buildSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { reportText } from '../../../src/report/words';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import type { TextRef } from '../../../src/engine/types';
import { textsFor } from '../../../src/ui/locale-context';
import { textRefs } from '../../support/text-refs';
import { CREATED_AT, sampleInput } from '../report/fixtures';
import { ownText } from '../../support/own-text';

/**
 * Round 21 of the text audit: a step that cancels a backup says what that costs, a backup date
 * that is only a guess is never said to the day (also in the weeks before Apple's deletion
 * limit, where an exact date is), and a step that takes something away in any language's
 * wording lists its consequences.
 */
const DAY_MS = 86_400_000;
const dayBefore = (days: number) =>
  new Date(CREATED_AT.getTime() - days * DAY_MS).toISOString().slice(0, 10);
const GUESSED = { source: 'user', at: CREATED_AT.toISOString(), approximate: true } as const;
const GIVEN = { source: 'user', at: CREATED_AT.toISOString() } as const;

function summaryInput(locale: Locale, facts: Partial<Facts>): SummaryInput {
  const merged = { ...sampleInput().facts, ...facts } as Facts;
  for (const key of Object.keys(merged) as (keyof Facts)[])
    if (merged[key] === undefined) delete merged[key];
  return sampleInput({ uiLanguage: locale, facts: merged });
}

const summaryText = (locale: Locale, facts: Partial<Facts>) =>
  ownText(
    renderSummary(
      buildSummary(summaryInput(locale, facts), { language: locale, leaveOutFreeText: false }),
      'text',
    ),
  );

const mentionsAge = (ref: TextRef) => typeof ref.params?.days === 'number';
const ageSentences = (locale: Locale, facts: Partial<Facts>) => {
  const { t } = textsFor(locale);
  return textRefs(diagnose(summaryInput(locale, facts).facts, { now: CREATED_AT }))
    .filter(mentionsAge)
    .map((ref) => t(ref));
};

/** A count of days in any of the ways the seven languages write it. */
const daysWritten = (locale: Locale, days: number) =>
  new RegExp(
    `(?<![\\d.,\\u202f\\u00a0])(?:${formatCount(locale, days).replace(/\./g, '\\.')}|${days})(?![\\d])`,
  );

const failingRow = (locale: Locale, facts: Partial<Facts>) =>
  summaryText(locale, facts)
    .split('\n')
    .find((l) => l.includes(reportText(locale, 'support.failingFor'))) ?? '';

describe('a guessed backup date is never said to the day', () => {
  // "About 5 months ago", picked in the popup: 160 days by the calendar, but only a guess.
  const guessed = {
    lastSuccessfulBackup: dayBefore(160),
    sources: { ...sampleInput().facts.sources, lastSuccessfulBackup: GUESSED },
  };

  it.each(LOCALES)('%s: the popup says about 5 months, never 160 days', (locale) => {
    const said = ageSentences(locale, guessed);
    expect(said.length).toBeGreaterThan(1);
    for (const sentence of said) {
      expect(sentence).not.toMatch(daysWritten(locale, 160));
      expect(sentence).toContain(ageText(locale, 160, true));
    }
  });

  it.each(LOCALES)('%s: the summary says it as a guess too', (locale) => {
    const summary = summaryText(locale, guessed);
    expect(summary).not.toMatch(daysWritten(locale, 160));
    expect(failingRow(locale, guessed)).toContain(ageText(locale, 160, true));
  });

  it.each(LOCALES)('%s: a date given to the day keeps its exact count there', (locale) => {
    const given = {
      lastSuccessfulBackup: dayBefore(160),
      sources: { ...sampleInput().facts.sources, lastSuccessfulBackup: GIVEN },
    };
    for (const sentence of ageSentences(locale, given))
      expect(sentence).toMatch(daysWritten(locale, 160));
    expect(failingRow(locale, given)).toMatch(daysWritten(locale, 160));
  });

  it.each(LOCALES)('%s: weeks named by Apple’s reminder are not turned into days', (locale) => {
    // The reminder counts whole weeks; 23 of them are 161 to 167 days.
    const facts = {
      alertText: "This iPhone hasn't been backed up in 23 weeks",
      lastSuccessfulBackup: undefined,
    };
    const said = ageSentences(locale, facts);
    expect(said.length).toBeGreaterThan(0);
    for (const sentence of said) expect(sentence).not.toMatch(daysWritten(locale, 161));
  });

  it('a guess under two weeks is still counted in days, and never as “1 weeks”', () => {
    expect(ageText('en', 10, true)).toBe('10 days');
    expect(ageText('en', 21, true)).toBe('about 3 weeks');
    expect(ageText('en', 160, true)).toBe('about 5 months');
    expect(ageText('en', 160)).toBe('160 days');
  });
});

/**
 * Cancelling a backup in progress throws away what it uploaded so far; the previous backup
 * stays. A step that tells the user to cancel, forget, delete, erase, reset, remove, sign out or
 * turn something off says what that costs, whichever language's wording names the action.
 */
const TAKES_AWAY: Record<Locale, RegExp> = {
  en: /\b(?:cancel|forget|delete|erase|remove|reset|sign out|turn off|switch off|offload)\b/i,
  de: /(?:abbrechen|vergessen|löschen|lösche|entfernen|entferne|zurücksetzen|abmelden|melde dich ab|ausschalten|schalte \S+ aus|auslagern)/i,
  es: /(?:cancelar|olvidar|olvida|elimina|borra|restablece|cierra sesión|cerrar sesión|desactiva|desinstala)/i,
  fr: /(?:annuler|oublier|oubliez|supprime|efface|réinitialise|déconnecte|désactive|décharge)/i,
  it: /(?:annulla|dimentica|elimina|inizializza|ripristina|esci|disattiva|rimuovi)/i,
  ja: /(?:中止|削除|消去|リセット|サインアウト|(?<!電源を)オフにし|取り除)/,
  zh: /(?:取消|忽略|删除|抹掉|还原|退出登录|关闭(?![^，。]{0,6}App)|卸载)/,
};

describe('what a step takes away is said before it is taken', () => {
  const stuck = knowledge.steps.find((s) => s.id === 'restart_stuck_backup')!;

  it('cancelling a stuck backup lists what that costs', () => {
    expect(stuck.consequences.length).toBeGreaterThan(0);
    const en = catalogOf('knowledge', 'en')!;
    const said = stuck.consequences.map((key) => en[key] ?? '').join(' ');
    // What is lost, and what is not.
    expect(said).toMatch(/unfinished|partial|so far/i);
    expect(said).toMatch(/last completed backup/i);
  });

  it.each(LOCALES)('%s: every step whose instructions take something away lists it', (locale) => {
    const own = catalogOf('knowledge', locale)!;
    const missing = knowledge.steps
      .filter((s) => s.kind !== 'escalation' && s.kind !== 'check')
      .filter((s) => TAKES_AWAY[locale].test(own[`step.${s.id}.instructions`] ?? ''))
      .filter((s) => s.consequences.length === 0)
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: those consequences are translated', (locale) => {
    const en = catalogOf('knowledge', 'en')!;
    const own = catalogOf('knowledge', locale)!;
    expect(stuck.consequences.filter((key) => !own[key] || own[key] === en[key])).toEqual([]);
  });

  it('finds the actions it looks for', () => {
    expect('tap Cancel Backup, restart').toMatch(TAKES_AWAY.en);
    expect('tippe auf „Backup abbrechen“').toMatch(TAKES_AWAY.de);
    expect('toca Cancelar copia de seguridad').toMatch(TAKES_AWAY.es);
    expect('touchez Annuler la sauvegarde').toMatch(TAKES_AWAY.fr);
    expect('tocca Annulla backup').toMatch(TAKES_AWAY.it);
    expect('「バックアップを中止」をタップし').toMatch(TAKES_AWAY.ja);
    expect('请轻点“取消备份”').toMatch(TAKES_AWAY.zh);
    expect('Connect the device to a charger').not.toMatch(TAKES_AWAY.en);
  });
});
