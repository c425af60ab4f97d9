import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { knowledge } from '../../../src/knowledge';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { formatCount } from '../../../src/knowledge/text';
import { buildSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import { textsFor } from '../../../src/ui/locale-context';
import { CREATED_AT, sampleInput } from '../report/fixtures';
import { ownText } from '../../support/own-text';

/**
 * Round 22 of the text audit: every step that changes something says what it costs before it is
 * taken, a status the user answered is said one way on one screen (the banner's words, and
 * Apple's page by one name), and the days left before Apple deletes a backup are never said
 * more exactly than they are known.
 */
const OTHER = LOCALES.filter((l) => l !== 'en');
const own = (locale: Locale) => catalogOf('knowledge', locale)!;
const ui = (locale: Locale) => catalogOf('ui', locale)!;
const report = (locale: Locale) => catalogOf('report', locale)!;

describe('every step that changes something says what it costs', () => {
  // Looking, and asking someone else, cost nothing; everything else is a change to the device,
  // the account or the user's time, and says so before it is taken.
  const changes = knowledge.steps.filter(
    (s) => !((s.kind === 'check' || s.kind === 'escalation') && s.disruption === 'none'),
  );

  it('each lists a consequence', () => {
    expect(changes.filter((s) => s.consequences.length === 0).map((s) => s.id)).toEqual([]);
  });

  it('the steps left without one only look or ask', () => {
    const without = knowledge.steps.filter((s) => s.consequences.length === 0);
    expect(without.length).toBeGreaterThan(0);
    for (const step of without) {
      expect(['check', 'escalation']).toContain(step.kind);
      expect(step.disruption).toBe('none');
    }
  });

  it.each(OTHER)('%s: every step’s consequences are translated', (locale) => {
    const en = own('en');
    const keys = new Set(knowledge.steps.flatMap((s) => s.consequences));
    expect([...keys].filter((key) => !own(locale)[key] || own(locale)[key] === en[key])).toEqual(
      [],
    );
  });

  /** The passcode, as each language's Settings names it on the lock screen. */
  const PASSCODE: Record<Locale, RegExp> = {
    en: /\bpasscode\b/,
    de: /\bCode\b/,
    es: /\bcódigo\b/,
    fr: /\bcode\b/,
    it: /\bcodice\b/,
    ja: /パスコード/,
    zh: /密码/,
  };
  const RESTARTS =
    /\brestart(?:s|ing)? (?:the device|both the computer and the device)\b|\boff and on\b/;

  it('finds the steps that restart the device', () => {
    const restarting = knowledge.steps.filter((s) =>
      RESTARTS.test(own('en')[`step.${s.id}.instructions`] ?? ''),
    );
    expect(restarting.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'restart_device',
        'restart_stuck_backup',
        'fix_local_backup',
        'sign_out_in',
      ]),
    );
  });

  it.each(LOCALES)(
    '%s: a step that restarts the device says the passcode is asked afterwards',
    (locale) => {
      const missing = knowledge.steps
        .filter((s) => RESTARTS.test(own('en')[`step.${s.id}.instructions`] ?? ''))
        .filter((s) => !s.consequences.some((key) => PASSCODE[locale].test(own(locale)[key] ?? '')))
        .map((s) => s.id);
      expect(missing).toEqual([]);
    },
  );

  it('a computer backup that fails says what restarting the computer costs', () => {
    const step = knowledge.steps.find((s) => s.id === 'fix_local_backup')!;
    const said = step.consequences.map((key) => own('en')[key]).join(' ');
    expect(said).toMatch(/computer/);
    expect(said).toMatch(/save/);
  });
});

/** How the popup names the user's answer: the banner's opening words. */
const ANSWER_LEAD: Record<Locale, string> = {
  en: 'According to your answer',
  de: 'Laut deiner Antwort',
  es: 'Según tu respuesta',
  fr: 'D’après votre réponse',
  it: 'Secondo la tua risposta',
  ja: '回答によると',
  zh: '根据你的回答',
};

/** How the summary names it, as its own "held back" sentence does. */
const USERS_ANSWER: Record<Locale, string> = {
  en: "the user's answer",
  de: 'Antwort der Person',
  es: 'respuesta de la persona',
  fr: 'réponse de la personne',
  it: 'risposta della persona',
  ja: 'ユーザの回答',
  zh: '用户的回答',
};

const ANSWERED_KEYS = Object.keys(own('en')).filter(
  (key) => key.endsWith('_answered') && !key.startsWith('question.'),
);

// Mid-sentence ("Held back for now: according to your answer, …") the words are not capitalised.
const has = (text: string, words: string) => text.toLowerCase().includes(words.toLowerCase());

/** Names the user's answer, and never speaks to the user about it. */
const speaksOfUser = (locale: Locale, text: string) =>
  has(text, USERS_ANSWER[locale]) &&
  // Japanese says "according to the answer" in both; the user's name before it is the change.
  !has(text.toLowerCase().replace(USERS_ANSWER[locale].toLowerCase(), ''), ANSWER_LEAD[locale]);

describe('a status from the user’s answer is said one way on one screen', () => {
  it('finds the sentences that say so', () => {
    expect(ANSWERED_KEYS).toEqual(
      expect.arrayContaining([
        'rule.status_outage_answered',
        'notice.outage_wait_answered',
        'why.step.wait_answered',
      ]),
    );
  });

  it.each(LOCALES)('%s: the banners open with the words the tests look for', (locale) => {
    for (const state of ['issue', 'outage', 'maintenance'])
      expect(ui(locale)[`banner.${state}.title_answered`]).toMatch(
        new RegExp(`^${ANSWER_LEAD[locale]}`),
      );
    expect(speaksOfUser(locale, report(locale)['heldBack_answered']!)).toBe(true);
  });

  it.each(LOCALES)('%s: the evidence and notices say it as the banner does', (locale) => {
    expect(ANSWERED_KEYS.filter((key) => !has(own(locale)[key]!, ANSWER_LEAD[locale]))).toEqual([]);
  });

  /** The impersonal wording the popup used beside the banner's "your answer" before. */
  const IMPERSONAL: Record<Locale, RegExp | undefined> = {
    en: /answers given/i,
    de: /laut den Antworten/i,
    es: /según las respuestas/i,
    fr: /d’après les réponses/i,
    it: /secondo le risposte/i,
    // "回答によると" names no one, the banner's words included.
    ja: undefined,
    zh: /根据回答/,
  };

  it.each(LOCALES.filter((l) => IMPERSONAL[l]))(
    '%s: no popup text says it the impersonal way',
    (locale) => {
      const texts = { ...own(locale), ...ui(locale) };
      expect(Object.keys(texts).filter((key) => IMPERSONAL[locale]!.test(texts[key]!))).toEqual([]);
    },
  );

  it.each(LOCALES)('%s: the summary speaks of the user, never to them', (locale) => {
    for (const key of ANSWERED_KEYS) {
      const third = report(locale)[`thirdPerson.${key}`];
      expect(third, key).toBeDefined();
      expect(speaksOfUser(locale, third!), key).toBe(true);
    }
  });

  it.each(LOCALES)(
    '%s: a rendered summary of an answered outage says the user answered',
    (locale) => {
      const input = sampleInput({
        uiLanguage: locale,
        facts: {
          ...sampleInput().facts,
          appleBackupStatus: 'outage',
          sources: {
            ...sampleInput().facts.sources,
            appleBackupStatus: { source: 'user', at: CREATED_AT.toISOString() },
          },
        },
        readings: [],
      });
      for (const format of ['markdown', 'text'] as const) {
        const summary = buildSummary(input, { language: locale, leaveOutFreeText: false });
        const lines = ownText(renderSummary(summary, format))
          .split('\n')
          .filter((line) => has(line, ANSWER_LEAD[locale]) || has(line, USERS_ANSWER[locale]));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(speaksOfUser(locale, line), line).toBe(true);
      }
    },
  );

  /** Apple's page as the banners name it, and the other ways of naming it found before. */
  const PAGE: Partial<Record<Locale, { name: string; other: RegExp }>> = {
    zh: { name: 'Apple 的“系统状态”页面', other: /Apple ?“?系统状态”?页面|Apple 系统状态(?!")/ },
    ja: { name: 'Appleのシステム状況ページ', other: /システム状況のページ|Appleのシステム状況で/ },
  };

  it.each(Object.keys(PAGE) as Locale[])('%s: Apple’s page has one name in the popup', (locale) => {
    const { name, other } = PAGE[locale]!;
    expect(ui(locale)['banner.outage.title_answered']).toContain(name);
    const texts = { ...own(locale), ...ui(locale) };
    expect(
      Object.entries(texts)
        .filter(([key, text]) => !key.startsWith('source.') && other.test(text))
        .map(([key]) => key),
    ).toEqual([]);
  });
});

describe('the days left before Apple deletes a backup are said as approximate', () => {
  /** The word each language puts before a rough count. */
  const ABOUT: Record<Locale, string> = {
    en: 'about',
    de: 'etwa',
    es: 'aproximadamente',
    fr: 'environ',
    it: 'circa',
    ja: '約',
    zh: '大约',
  };
  const DAY_MS = 86_400_000;
  const facts = (guessed: boolean): Partial<Facts> => ({
    lastSuccessfulBackup: new Date(CREATED_AT.getTime() - 155 * DAY_MS).toISOString().slice(0, 10),
    sources: {
      ...sampleInput().facts.sources,
      lastSuccessfulBackup: {
        source: 'user',
        at: CREATED_AT.toISOString(),
        ...(guessed ? { approximate: true } : {}),
      },
    },
  });
  const input = (locale: Locale, guessed: boolean): SummaryInput =>
    sampleInput({ uiLanguage: locale, facts: { ...sampleInput().facts, ...facts(guessed) } });

  /** "about 25" in each language's order: the word, at most a few letters, then the count. */
  const saidAbout = (locale: Locale, text: string) =>
    new RegExp(`${ABOUT[locale]}[^\\d]{0,3}${formatCount(locale, 25)}(?!\\d)`).test(text);

  it.each(LOCALES.flatMap((l) => [true, false].map((g) => [l, g] as const)))(
    '%s (date guessed: %s): the popup says about 25 days left',
    (locale, guessed) => {
      const { t } = textsFor(locale);
      const diagnosis = diagnose(input(locale, guessed).facts, { now: CREATED_AT });
      const notice = diagnosis.notices.find((n) => n.id === 'retention_risk');
      expect(notice).toBeDefined();
      expect(saidAbout(locale, t(notice!.text))).toBe(true);
    },
  );

  it.each(LOCALES.flatMap((l) => (['markdown', 'text'] as const).map((f) => [l, f] as const)))(
    '%s, %s: the summary says about 25 days left, for a guessed date too',
    (locale, format) => {
      const summary = buildSummary(input(locale, true), {
        language: locale,
        leaveOutFreeText: false,
      });
      const lines = renderSummary(summary, format)
        .split('\n')
        .filter((line) =>
          new RegExp(`(?<![\\d:.-])${formatCount(locale, 25)}(?![\\d:-])`).test(line),
        );
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(saidAbout(locale, line)).toBe(true);
    },
  );
});
