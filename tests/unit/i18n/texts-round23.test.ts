import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, FAMILIES } from '../../../src/knowledge/catalogs';
import { buildSummary, renderSummary, type SummaryInput } from '../../../src/report';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import { siteFacts } from '../../../src/pages/apple-status/facts';
import { knowledge } from '../../../src/knowledge';
import { textsFor } from '../../../src/ui/locale-context';
import { textRefs } from '../../support/text-refs';
import { CREATED_AT, sampleInput } from '../report/fixtures';

/**
 * Round 23 of the text audit: Apple's status page has one name in each language, the address
 * a text sends the user to is the page the popup opens (and the line it names is on that page),
 * and summaries and popup sentences of sessions unlike the sample stay whole: no placeholder, no
 * catalog key, no status said as Apple's when it was the user's.
 */
const OTHER = LOCALES.filter((l) => l !== 'en');
const ADDRESS = /(?:https?:\/\/)?(?:www\.)?apple\.com\/\S*?systemstatus\/?/g;

/** The page's one name in running text, and the words that name it in any form. */
const PAGE: Record<Locale, { name: string; stem: RegExp }> = {
  en: { name: 'Apple’s System Status page', stem: /System Status|(?<!System )status page/gi },
  de: { name: 'Apples Systemstatus-Seite', stem: /Systemstatus|Status-?seite/gi },
  es: { name: 'página Estado del sistema de Apple', stem: /Estado del sistema|página de estado/gi },
  fr: { name: 'page État du système d’Apple', stem: /État du système|page d’état/gi },
  it: { name: 'pagina Stato del sistema di Apple', stem: /Stato del sistema|pagina di stato/gi },
  ja: { name: 'Appleのシステム状況ページ', stem: /システム状況|ステータスページ/g },
  zh: { name: 'Apple 的“系统状态”页面', stem: /系统状态|状态页面/g },
};

/** Names of the page as a title, not in a sentence: a source's title, the summary's site label. */
const TITLES = /^(?:source\.[\w-]+\.title|site\.status)$/;

const count = (text: string, what: RegExp | string) =>
  typeof what === 'string' ? text.split(what).length - 1 : (text.match(what) ?? []).length;

describe('Apple’s status page has one name in each language', () => {
  it('counts a short name as another name', () => {
    expect(count('die Statusseite', PAGE.de.stem)).toBe(1);
    expect(count('Apples Systemstatus-Seite', PAGE.de.stem)).toBe(1);
    expect(count('lu sur l’État du système d’Apple', PAGE.fr.name)).toBe(0);
    expect(count('look at the status page again', PAGE.en.stem)).toBe(1);
    expect(count("Apple's System Status page", PAGE.en.stem)).toBe(1);
  });

  it.each(LOCALES)('%s: every sentence naming the page uses its one name', (locale) => {
    // English writes the page's name with a straight apostrophe.
    const name = locale === 'en' ? PAGE.en.name.replace('’', "'") : PAGE[locale].name;
    const other: string[] = [];
    for (const family of FAMILIES)
      for (const [key, raw] of Object.entries(catalogOf(family, locale) ?? {})) {
        if (TITLES.test(key)) continue;
        const text = raw.replace(ADDRESS, ' ');
        if (count(text, PAGE[locale].stem) > count(text, name))
          other.push(`${family} ${key}: ${raw}`);
      }
    expect(other).toEqual([]);
  });
});

describe('a text sends the user to the page the popup opens', () => {
  /** What the status page calls iCloud Backup, in the language the popup's link opens it in. */
  const LINE: Record<Locale, string> = {
    en: 'iCloud Backup',
    de: 'iCloud-Backup',
    es: 'Copia de seguridad de iCloud',
    fr: 'Sauvegarde iCloud',
    it: 'Backup iCloud',
    ja: 'iCloudバックアップ',
    // The link opens the US page (Apple's mainland China site is another host): its line is
    // in English there.
    zh: 'iCloud Backup',
  };
  const KEYS = ['step.check_system_status.instructions', 'help.system_status'];

  it.each(LOCALES)('%s: the address is the linked page’s, and its line is named', (locale) => {
    const linked = siteFacts.page!(locale).replace(/^https:\/\/www\./, '');
    for (const key of KEYS) {
      const text = catalogOf('knowledge', locale)![key]!;
      const addresses = text.match(ADDRESS) ?? [];
      expect(addresses.length, key).toBeGreaterThan(0);
      for (const address of addresses) expect(`${address.replace(/\/?$/, '/')}`, key).toBe(linked);
      expect(text, key).toContain(LINE[locale]);
    }
  });
});

const DAY_MS = 86_400_000;
const daysAgo = (n: number) =>
  new Date(CREATED_AT.getTime() - n * DAY_MS).toISOString().slice(0, 10);
const at = CREATED_AT.toISOString();

/** Sessions unlike the sample: where each fact came from, and what was tried, vary. */
const SESSIONS: Record<string, Partial<Facts>> = {
  'status from the page, backup a year old': {
    appleBackupStatus: 'outage',
    lastSuccessfulBackup: daysAgo(400),
    sources: { appleBackupStatus: { source: 'apple-status', at } },
  },
  'status the user answered, no figures': {
    appleBackupStatus: 'maintenance',
    storageStatus: 'almost_full',
    sources: { appleBackupStatus: { source: 'user', at } },
  },
  'status unknown, never backed up': {
    symptom: 'no_backup_date',
    unsure: ['appleBackupStatus', 'lastSuccessfulBackup'],
  },
  'figures without a total, steps of every outcome': {
    storageUsedBytes: 4_812_345_678,
    backupSizeBytes: 1_234_567_890,
    stepsTried: { restart_device: 'no_change', check_wifi: 'skipped', upgrade_plan: 'fixed' },
  },
  'a device that cannot update, backup 170 days old, a guessed date': {
    deviceModel: 'iPhone 6',
    iosVersion: '12.5.7',
    lastSuccessfulBackup: daysAgo(170),
    sources: { lastSuccessfulBackup: { source: 'user', at, approximate: true } },
  },
  'an alert in another language, full storage': {
    alertText: 'Die Sicherung des iPhone ist fehlgeschlagen. Nicht genügend iCloud-Speicher.',
    storageUsedBytes: 5_368_000_000,
    storageTotalBytes: 5_368_709_120,
    power: 'battery',
    wifi: 'none',
  },
};

const inputOf = (locale: Locale, facts: Partial<Facts>): SummaryInput =>
  sampleInput({
    uiLanguage: locale,
    facts: { ...facts, notes: '' },
    stepLog: [],
    readings: [],
  });

const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;
/** A catalog key shown as itself: `step.restart_device.title`, `evidence.x`, `likelihood.y`. */
const RAW_KEY =
  /(?<![\w./-])(?:step|cause|evidence|notice|why|rule|question|alert|fact|symptom|likelihood|outcome|age|consequence|reading|from)\.[a-z_]+(?:\.[a-z_]+)*(?![\w/-])/;

/**
 * "Apple's page shows …" said of a status: the page's name followed by its verb. (A fact's row,
 * "iCloud Backup on Apple's System Status page: Maintenance (given by the user)", names its
 * source in its note and is not such a sentence.)
 */
const SAYS_APPLE: Record<Locale, RegExp> = {
  en: /Apple's System Status page (?:shows|lists)|Apple reports/,
  de: /Apples Systemstatus-Seite (?:zeigt|meldet)|auf Apples Systemstatus-Seite (?:ein|eine|einen)\b/,
  es: /página Estado del sistema de Apple (?:muestra|indica)/,
  fr: /page État du système d’Apple indique/,
  it: /pagina Stato del sistema di Apple (?:indica|mostra)/,
  ja: /Appleのシステム状況ページ(?:で|に)[^：]*表示/,
  zh: /Apple 的“系统状态”页面显示/,
};
const USER_SAID: Record<Locale, RegExp> = {
  en: /according to (?:your|the user's) answer/i,
  de: /laut (?:deiner Antwort|Antwort der Person)/i,
  es: /según (?:tu respuesta|la respuesta de la persona)/i,
  fr: /d’après (?:votre réponse|la réponse de la personne)/i,
  it: /secondo (?:la tua risposta|la risposta della persona)/i,
  ja: /回答によると/,
  zh: /根据(?:你|用户)的回答/,
};

const CASES = LOCALES.flatMap((l) => Object.keys(SESSIONS).map((name) => [l, name] as const));

describe('summaries of varied sessions are whole', () => {
  it.each(CASES)('%s, %s: every format fills every placeholder and key', (locale, name) => {
    const summary = buildSummary(inputOf(locale, SESSIONS[name]!), {
      language: locale,
      leaveOutFreeText: false,
    });
    for (const format of ['markdown', 'text', 'json'] as const) {
      const lines = renderSummary(summary, format)
        .split('\n')
        .filter((line) => !/https?:\/\//.test(line));
      expect(
        lines.filter((line) => PLACEHOLDER.test(line)),
        format,
      ).toEqual([]);
      if (format !== 'json')
        expect(
          lines.filter((line) => RAW_KEY.test(line)),
          format,
        ).toEqual([]);
    }
  });

  it.each(LOCALES)('%s: a status the user answered is never said as Apple’s own', (locale) => {
    const summary = buildSummary(
      inputOf(locale, SESSIONS['status the user answered, no figures']!),
      { language: locale, leaveOutFreeText: false },
    );
    const said = renderSummary(summary, 'text')
      .split('\n')
      .filter((line) => SAYS_APPLE[locale].test(line));
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) expect(line, line).toMatch(USER_SAID[locale]);
  });
});

describe('the popup’s sentences for varied sessions are whole', () => {
  it.each(CASES)('%s, %s: no placeholder, no key', (locale, name) => {
    const { t } = textsFor(locale);
    const facts = { ...sampleInput().facts, ...SESSIONS[name]!, notes: '' };
    const sentences = textRefs(diagnose(facts, { now: CREATED_AT })).map((ref) => t(ref));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.filter((s) => PLACEHOLDER.test(s) || RAW_KEY.test(s))).toEqual([]);
  });

  it.each(OTHER)('%s: a status the user answered is said as their answer', (locale) => {
    const { t } = textsFor(locale);
    const facts: Facts = {
      appleBackupStatus: 'issue',
      sources: { appleBackupStatus: { source: 'user', at } },
    };
    const said = textRefs(diagnose(facts, { now: CREATED_AT }))
      .map((ref) => t(ref))
      .filter((s) => SAYS_APPLE[locale].test(s));
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(s, s).toMatch(USER_SAID[locale]);
  });
});

describe('one fact has one label in a summary', () => {
  /** `label → value` of each Markdown row, the value without the note on where it came from. */
  const rows = (markdown: string) =>
    [...markdown.matchAll(/^- \*\*(.+?)\*\* (.+)$/gmu)].map(([, label, value]) => ({
      label: label!.replace(/\s*[:：]\s*$/u, ''),
      value: value!.replace(/\s*[(（][^()（）]*[)）]$/u, ''),
    }));

  it('reads a row’s label and value apart from its note', () => {
    expect(rows('- **Device model:** iPhone 12 (answered by the user, 10:00)')).toEqual([
      { label: 'Device model', value: 'iPhone 12' },
    ]);
  });

  it.each(CASES)('%s, %s: a value in two sections goes by one label', (locale, name) => {
    const input = inputOf(locale, {
      ...sampleInput().facts,
      ...SESSIONS[name]!,
      sources: { ...sampleInput().facts.sources, ...SESSIONS[name]!.sources },
    });
    const markdown = renderSummary(
      buildSummary(input, { language: locale, leaveOutFreeText: false }),
      'markdown',
    );
    const labels = new Map<string, Set<string>>();
    for (const { label, value } of rows(markdown))
      labels.set(value, (labels.get(value) ?? new Set()).add(label));
    // Answers such as "No" or a size may stand for several facts; a name or a state names one.
    const twice = [...labels]
      .filter(([value, names]) => names.size > 1 && !/^\P{L}*$/u.test(value) && value.length > 4)
      .map(([value, names]) => `${value}: ${[...names].join(' / ')}`);
    expect(twice).toEqual([]);
  });
});

describe('what only users report is said as theirs', () => {
  /** How each language says "users report", as the causes sourced to user reports say it. */
  const USERS_REPORT: Record<Locale, RegExp> = {
    en: /users report/i,
    de: /Betroffene berichten/,
    es: /según cuentan algunas personas/i,
    fr: /des personnes (?:l[ae] )?signalent/i,
    it: /alcune persone (?:l[oa] )?segnalano/i,
    ja: /ユーザからの報告によると/,
    zh: /据用户报告/,
  };
  const kindOf = new Map(knowledge.sources.map((s) => [s.id, s.kind]));
  const onlyUsers = (sources: readonly string[]) =>
    sources.length > 0 && sources.every((id) => kindOf.get(id) === 'user-reports');
  /** The sentence that says why: a cause's description, an alert's meaning. */
  const claims = [
    ...knowledge.causes.filter((c) => onlyUsers(c.sources)).map((c) => `cause.${c.id}.description`),
    ...knowledge.alerts.filter((a) => onlyUsers(a.sources)).map((a) => `alert.${a.id}.meaning`),
  ];

  it('finds the causes and alerts only users report', () => {
    expect(claims).toEqual(
      expect.arrayContaining(['cause.ios_beta.description', 'alert.unknown_error.meaning']),
    );
  });

  it.each(LOCALES)('%s: each says users report it', (locale) => {
    const texts = catalogOf('knowledge', locale)!;
    expect(claims.filter((key) => !USERS_REPORT[locale].test(texts[key] ?? ''))).toEqual([]);
  });
});
