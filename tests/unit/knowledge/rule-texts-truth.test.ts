import { describe, expect, it } from 'vitest';
import { knowledge, knowledgeTexts, LOCALES, text } from '../../../src/knowledge/index.ts';

/**
 * Classes of false or broken why-texts: a count before its noun without plural rules ("only 1
 * days old"), a rule's text claiming the opposite of its own condition (a pattern "reported from
 * iOS 16.3 on" for a rule that fires below 16.3), and a user's answers stated as facts.
 */

/** Params that count something of the user's (not fixed figures of the data). */
const COUNTS = ['days', 'left', 'weeks'];
const hasPlurals = (locale: string) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length > 1;

describe('counts in knowledge texts', () => {
  it('put the noun after a count through plural rules in every language that has them', () => {
    const bare: string[] = [];
    for (const locale of LOCALES.filter(hasPlurals)) {
      for (const [key, template] of Object.entries(knowledgeTexts(locale))) {
        for (const name of COUNTS) {
          // "{days} days" / "{days} Tage": a word straight after the count.
          if (new RegExp(`\\{${name}\\} \\p{L}`, 'u').test(template)) bare.push(`${locale} ${key}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it.each([
    ['en', 1, '(1 day ago)'],
    ['en', 2, '(2 days ago)'],
    ['de', 1, 'vor 1 Tag.'],
    ['de', 0, 'vor weniger als einem Tag'],
    ['fr', 1, 'à 1 jour.'],
    ['fr', 0, 'à moins d’un jour.'],
    ['es', 1, '(de hace 1 día)'],
    ['it', 2, '2 giorni fa'],
  ] as const)('%s renders %i day(s) as "%s"', (locale, days, expected) => {
    expect(text(locale, 'rule.last_backup_recent', { days })).toContain(expected);
  });

  it('leave no plural markup or placeholder behind in any language', () => {
    const keys = Object.keys(knowledgeTexts('en')).filter((k) =>
      COUNTS.some((name) => knowledgeTexts('en')[k]!.includes(`{${name}`)),
    );
    expect(keys.length).toBeGreaterThan(3);
    for (const locale of LOCALES)
      for (const key of keys)
        for (const days of [0, 1, 2, 21, 200]) {
          const out = text(locale, key, { days, left: days, weeks: days, model: 'iPhone 7' });
          expect(out, `${locale} ${key}`).not.toMatch(/\{(days|left|weeks)|\|/);
        }
  });
});

describe('rule texts against their conditions', () => {
  it('say a version a rule fires below is older, and one it fires from is the start', () => {
    const wrong: string[] = [];
    for (const rule of knowledge.rules) {
      const sentence = text('en', `rule.${rule.id}`);
      for (const c of rule.when) {
        if (typeof c.value !== 'string' || !sentence.includes(c.value)) continue;
        if (c.op === 'versionLt' && !/\b(older|before|below)\b/.test(sentence))
          wrong.push(`${rule.id}: fires below ${c.value}`);
        if (c.op === 'versionGte' && !new RegExp(`${c.value} on\\b|and later`).test(sentence))
          wrong.push(`${rule.id}: fires from ${c.value}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * How each language says the text rests on the answers, in words true for the user in the popup
 * and for whoever reads the summary they send.
 */
const ANSWERED: Record<string, RegExp> = {
  en: /According to your answers/,
  de: /Laut deinen Antworten/,
  es: /Según tus respuestas/,
  fr: /D’après vos réponses/,
  it: /Secondo le tue risposte/,
  ja: /回答によると/,
  zh: /根据你的回答/,
};

describe('rule texts on the user’s answers', () => {
  it('say that the device model and its iOS version are what the user answered', () => {
    // Both come only from the user's answers: no page the extension reads shows them.
    const keys = knowledge.rules
      .map((r) => `rule.${r.id}`)
      .filter(
        (k) =>
          /\{model\}/.test(knowledgeTexts('en')[k] ?? '') &&
          /\{version\}/.test(knowledgeTexts('en')[k] ?? ''),
      );
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const asFact = LOCALES.flatMap((locale) =>
      keys
        .filter((k) => !ANSWERED[locale]!.test(knowledgeTexts(locale)[k] ?? ''))
        .map((k) => `${locale} ${k}`),
    );
    expect(asFact).toEqual([]);
  });
});
