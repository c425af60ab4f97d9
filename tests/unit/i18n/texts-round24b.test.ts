import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, type Family, type Params } from '../../../src/knowledge/catalogs';
import { fillForms, formatCount, text } from '../../../src/knowledge/text';
import { buildSummary, renderSummary } from '../../../src/report';
import { thirdPerson } from '../../../src/report/words';
import { textsFor } from '../../../src/ui/locale-context';
import type { Facts } from '../../../src/engine/facts';
import { CREATED_AT, sampleInput } from '../report/fixtures';
import { diagnose } from '../../../src/engine/diagnose';
import { stepReason } from '../../../src/ui/components/StepCard';

/**
 * Round 24, second half: the popup's texts take the plural form of their count as the summary's
 * do (one filling, `fillForms`), so no popup text writes around a count ("steps you tried (1)",
 * "Résultats : 1"); and where Apple's status is known, the summary says that state, not "an
 * issue or outage".
 */
const COUNTS = [0, 1, 2, 5, 21];

/** Texts with a count, the catalogs they are shown from, and the param that holds the count. */
const COUNTED: [readonly Family[], string, string][] = [
  [['ui'], 'notice.dropped.steps', 'n'],
  [['ui'], 'results.later', 'n'],
  [['ui'], 'results.tried', 'n'],
  [['ui'], 'start.matches', 'n'],
  [['ui'], 'start.showAll', 'n'],
  [['export', 'ui'], 'import.problem.more', 'n'],
  [['export', 'ui'], 'import.problem.tooBig.entries', 'limit'],
  [['export', 'ui'], 'import.problem.tooSmall.entries', 'limit'],
  [['export', 'ui'], 'import.problem.tooBig.characters', 'limit'],
  [['export', 'ui'], 'import.problem.tooSmall.characters', 'limit'],
];

const popupText = (own: readonly Family[], locale: Locale, key: string, params = {}) =>
  textsFor(locale, own).t(key, params);

describe('every popup text with a count is whole for any count', () => {
  const cases = LOCALES.flatMap((l) => COUNTS.map((n) => [l, n] as const));
  it.each(cases)('%s, %i', (locale, n) => {
    for (const [own, key, param] of COUNTED) {
      const said = popupText(own, locale, key, { [param]: n });
      expect(said, key).not.toMatch(/[{}|]/);
      expect(said, key).toContain(formatCount(locale, n));
    }
  });
});

/** What a count of one and of two read as, written before the texts were changed. */
const EXPECTED: [readonly Family[], string, string, Partial<Record<Locale, [string, string]>>][] = [
  [
    ['ui'],
    'notice.dropped.steps',
    'n',
    {
      en: ['1 step you tried', '2 steps you tried'],
      de: ['1 ausprobierter Schritt', '2 ausprobierte Schritte'],
      es: ['1 paso que probaste', '2 pasos que probaste'],
      fr: ['1 étape essayée', '2 étapes essayées'],
      it: ['1 passaggio che hai provato', '2 passaggi che hai provato'],
      ja: ['試した手順1件', '試した手順2件'],
      zh: ['你尝试过的 1 个步骤', '你尝试过的 2 个步骤'],
    },
  ],
  [
    ['ui'],
    'results.later',
    'n',
    {
      en: ['Next step (1)', 'Next steps (2)'],
      de: ['Nächster Schritt (1)', 'Nächste Schritte (2)'],
      es: ['Siguiente paso (1)', 'Siguientes pasos (2)'],
      fr: ['Étape suivante (1)', 'Étapes suivantes (2)'],
      it: ['Passaggio successivo (1)', 'Passaggi successivi (2)'],
    },
  ],
  [
    ['ui'],
    'results.tried',
    'n',
    {
      es: ['Hecho u omitido (1)', 'Hechos u omitidos (2)'],
      fr: ['Faite ou ignorée (1)', 'Faites ou ignorées (2)'],
      it: ['Fatto o saltato (1)', 'Fatti o saltati (2)'],
    },
  ],
  [
    ['ui'],
    'start.matches',
    'n',
    {
      es: ['1 resultado.', '2 resultados.'],
      fr: ['1 résultat.', '2 résultats.'],
      it: ['1 risultato.', '2 risultati.'],
    },
  ],
  [
    ['export', 'ui'],
    'import.problem.more',
    'n',
    {
      de: ['1 weiteres', '2 weitere'],
      fr: ['1 autre', '2 autres'],
      it: ['1 altro', '2 altri'],
    },
  ],
  [
    ['export', 'ui'],
    'import.problem.tooSmall.entries',
    'limit',
    {
      en: ['must have at least 1 entry', 'must have at least 2 entries'],
      de: ['muss mindestens 1 Eintrag haben', 'muss mindestens 2 Einträge haben'],
      es: ['debe tener al menos 1 entrada', 'debe tener al menos 2 entradas'],
      fr: ['doit compter au moins 1 entrée', 'doit compter au moins 2 entrées'],
      it: ['deve avere almeno 1 voce', 'deve avere almeno 2 voci'],
    },
  ],
  [
    ['export', 'ui'],
    'import.problem.tooSmall.characters',
    'limit',
    {
      en: ['must be at least 1 character long', 'must be at least 2 characters long'],
      es: ['debe tener al menos 1 carácter', 'debe tener al menos 2 caracteres'],
      fr: ['doit compter au moins 1 caractère', 'doit compter au moins 2 caractères'],
      it: ['deve avere almeno 1 carattere', 'deve avere almeno 2 caratteri'],
    },
  ],
];

describe('a popup text says one thing in the singular', () => {
  const cases = EXPECTED.flatMap(([own, key, param, byLocale]) =>
    Object.entries(byLocale).map(([locale, said]) => [key, locale, own, param, said] as const),
  );
  it.each(cases)('%s in %s', (key, locale, own, param, [one, two]) => {
    expect(popupText(own, locale as Locale, key, { [param]: 1 })).toBe(one);
    expect(popupText(own, locale as Locale, key, { [param]: 2 })).toBe(two);
  });

  it('French says 0 in the singular, as its plural rules do', () => {
    expect(popupText(['export', 'ui'], 'fr', 'import.problem.tooSmall.entries', { limit: 0 })).toBe(
      'doit compter au moins 0 entrée',
    );
  });
});

/** A plural noun right after a lone 1: the mistake a count worded around hides. */
const PLURAL_AFTER_ONE: Partial<Record<Locale, RegExp>> = {
  en: /(?<![\d.,])1 (?:\w+ )?(?:days|hours|minutes|steps|entries|characters|items|results)\b/,
  de: /(?<![\d.,])1 (?:\w+ )?(?:Tage|Stunden|Minuten|Schritte|Einträge|weitere)\b/,
  es: /(?<![\d.,])1 (?:\w+ )?(?:días|horas|minutos|pasos|entradas|caracteres|resultados)\b/,
  fr: /(?<![\d.,])1 (?:\w+ )?(?:jours|heures|minutes|étapes|entrées|caractères|résultats|autres)(?!\p{L})/u,
  it: /(?<![\d.,])1 (?:\w+ )?(?:giorni|ore|minuti|passaggi|voci|caratteri|risultati|altri)\b/,
};
/** A count after a label's colon or alone in brackets after a list item: a count worded around. */
const AROUND = /[:：]\s*1\.?$/;

describe('no popup or export text writes around a count of one', () => {
  const families: Family[] = ['ui', 'export', 'guide'];
  it.each(LOCALES)('%s', (locale) => {
    for (const family of families) {
      for (const [key, template] of Object.entries(catalogOf(family, locale) ?? {})) {
        const counts = [...template.matchAll(/\{(n|limit|count)\}/g)].map((m) => m[1]!);
        if (counts.length === 0) continue;
        const params = Object.fromEntries(counts.map((name) => [name, 1]));
        const said = popupText([family, 'ui'], locale, key, params);
        const plural = PLURAL_AFTER_ONE[locale];
        if (plural) expect(said, `${family} ${key}`).not.toMatch(plural);
        expect(said, `${family} ${key}`).not.toMatch(AROUND);
      }
    }
  });
});

/**
 * Apple's state, known from the page or the user's answer: the summary says that state. The
 * general wording ("an issue or outage") is the text without the state; a summary that knows
 * the state must not say it.
 */
const at = CREATED_AT.toISOString();
const STATE_WORD: Record<'issue' | 'outage' | 'maintenance', Record<Locale, RegExp>> = {
  issue: {
    en: /\bissue\b/,
    de: /Problem/,
    es: /problema/,
    fr: /problème/,
    it: /problema/,
    ja: /問題/,
    zh: /问题/,
  },
  outage: {
    en: /outage/,
    de: /Ausfall/,
    es: /interrupción/,
    fr: /panne/,
    it: /interruzione/,
    ja: /停止/,
    zh: /中断/,
  },
  maintenance: {
    en: /maintenance/,
    de: /Wartung/,
    es: /mantenimiento/,
    fr: /maintenance/,
    it: /manutenzione/,
    ja: /メンテナンス/,
    zh: /维护/,
  },
};
const GENERAL_KEYS = [
  'notice.outage_wait',
  'notice.outage_wait_answered',
  'why.step.wait',
  'why.step.wait_answered',
];

/** The general sentences, as the popup's and the summary's wording say them without a state. */
const generalSentences = (locale: Locale) =>
  GENERAL_KEYS.flatMap((key) => [
    text(locale, key),
    thirdPerson(locale, { key, params: {} }),
  ]).flatMap((s) => s.split(/(?<=[.;。；])\s*/u).filter((part) => part.length > 20));

describe('a summary says the state Apple’s status is in, where it is known', () => {
  const states = ['issue', 'outage', 'maintenance'] as const;
  const cases = LOCALES.flatMap((l) =>
    states.flatMap((s) => (['apple-status', 'user'] as const).map((src) => [l, s, src] as const)),
  );
  it.each(cases)('%s, %s, from %s', (locale, state, source) => {
    const facts: Partial<Facts> = {
      appleBackupStatus: state,
      sources: { appleBackupStatus: { source, at } },
      notes: '',
    };
    const summary = buildSummary(sampleInput({ uiLanguage: locale, facts, stepLog: [] }), {
      language: locale,
      leaveOutFreeText: false,
    });
    const said = renderSummary(summary, 'text');
    // The state-specific sentences that follow are only there if a general one was replaced.
    for (const general of generalSentences(locale)) {
      const first = general.split(/[,;:，；：、]/u)[0]!;
      // A sentence of the general wording that lists two states is not said as it is.
      const listsStates =
        Object.values(STATE_WORD).filter((word) => word[locale].test(general)).length > 1;
      if (listsStates) expect(said, `${state}: ${first}`).not.toContain(general);
    }
    // Which of the states it is: the wait step's reason names it.
    expect(said).toMatch(STATE_WORD[state][locale]);
  });

  it.each(LOCALES)('%s: without a state the general wording stays', (locale) => {
    const general = text(locale, 'why.step.wait');
    for (const state of Object.values(STATE_WORD)) expect(general).toMatch(state[locale]);
  });
});

/** The popup's step card says the state too: the wait step's reason and a held step's. */
describe('the popup’s wait and held-back reasons say the known state', () => {
  const now = CREATED_AT;
  const states = ['issue', 'outage', 'maintenance'] as const;
  const cases = LOCALES.flatMap((l) =>
    states.flatMap((s) => (['apple-status', 'user'] as const).map((src) => [l, s, src] as const)),
  );
  it.each(cases)('%s, %s, from %s', (locale, state, source) => {
    const facts: Facts = {
      symptom: 'zero_kb',
      appleBackupStatus: state,
      sources: { appleBackupStatus: { source, at } },
    };
    const { plan } = diagnose(facts, { now });
    const wait = plan.find((item) => item.kind === 'wait');
    const held = plan.find((item) => item.heldBackReason)?.heldBackReason;
    expect(wait).toBeDefined();
    expect(held).toBeDefined();
    const texts = textsFor(locale);
    const general = generalSentences(locale).filter(
      (s) => Object.values(STATE_WORD).filter((word) => word[locale].test(s)).length > 1,
    );
    // The popup's texts take the session's facts once (textsFor), as App gives them.
    const known = textsFor(locale, ['ui'], facts);
    const reason = stepReason(wait!, known);
    expect(reason).toMatch(STATE_WORD[state][locale]);
    for (const sentence of general) expect(reason).not.toContain(sentence);
    const heldSaid = known.t(held!);
    expect(heldSaid).toMatch(STATE_WORD[state][locale]);
    // Without the facts the sentence keeps its general wording (the engine's own summary).
    expect(stepReason(wait!, texts)).toBe(texts.t(wait!.reason));
  });
});

describe('a form picked by a text param', () => {
  const template = 'Apple reports {appleBackupStatus|outage:an outage|other:an issue or outage}.';
  it('says the state given, and the general wording for any other or none', () => {
    expect(fillForms('en', template, { appleBackupStatus: 'outage' })).toBe(
      'Apple reports an outage.',
    );
    for (const params of [
      { appleBackupStatus: 'unknown' },
      { appleBackupStatus: '' },
      {},
    ] as Params[])
      expect(fillForms('en', template, params)).toBe('Apple reports an issue or outage.');
  });
});
