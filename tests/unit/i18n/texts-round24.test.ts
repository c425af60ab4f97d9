import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import {
  buildSummary,
  fileNameOf,
  renderSummary,
  SUMMARY_FORMATS,
  type SummaryInput,
} from '../../../src/report';
import type { Facts } from '../../../src/engine/facts';
import { hintView, type HintView } from '../../../src/inpage/hint';
import type { IcloudSummary } from '../../../src/pages/apple-status/summary';
import { hintTexts } from '../../support/catalogs';
import { CREATED_AT, sampleInput } from '../report/fixtures';

/**
 * Round 24 of the text audit: the export's buttons say what they copy and download, a summary
 * row names Apple's status page once, and the status page's hint says, in each situation, only
 * what the page shows (one related service is one, an unread status is not an unread page).
 */
const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;

/** The language's word for the summary, as the export screen's title says it. */
const SUMMARY_WORD: Record<Locale, RegExp> = {
  en: /\bsummary\b/i,
  de: /Zusammenfassung/,
  es: /\bresumen\b/i,
  fr: /(?<!\p{L})résumé(?!\p{L})/iu,
  it: /\briepilogo\b/i,
  ja: /概要/,
  zh: /摘要/,
};

describe('the export’s buttons say what they copy and download', () => {
  const summary = buildSummary(sampleInput({ uiLanguage: 'en' }), {
    language: 'en',
    leaveOutFreeText: false,
  });

  it('knows each format’s file ending', () => {
    expect(fileNameOf(summary, 'text')).toMatch(/\.txt$/);
  });

  it.each(LOCALES)('%s: each format’s copy button names the summary and the format', (locale) => {
    const texts = catalogOf('export', locale)!;
    const labels = SUMMARY_FORMATS.map((format) => {
      const label = texts[`export.copy.${format}`] ?? '';
      expect(label, format).toMatch(SUMMARY_WORD[locale]);
      // The format as the format's own option calls it (its name in brackets, or all of it).
      const option = texts[`export.format.${format}`]!;
      const name = /[(（]([^()（）]+)[)）]$/.exec(option)?.[1] ?? option;
      expect(label.toLowerCase(), format).toContain(name.toLowerCase());
      return label;
    });
    expect(new Set(labels).size).toBe(SUMMARY_FORMATS.length);
  });

  it.each(LOCALES)('%s: each download button names the summary and its file', (locale) => {
    const texts = catalogOf('export', locale)!;
    for (const format of SUMMARY_FORMATS) {
      const label = texts[`export.download.${format}`] ?? '';
      expect(label, format).toMatch(SUMMARY_WORD[locale]);
      const ending = fileNameOf(summary, format).replace(/^.*(?=\.)/, '');
      expect(label, format).toContain(ending);
    }
  });

  // The print button opens the printable page in a tab; printing is done there.
  const TAB: Record<Locale, RegExp> = {
    en: /\btab\b/,
    de: /\bTab\b/,
    es: /\bpestaña\b/,
    fr: /\bonglet\b/,
    it: /\bscheda\b/,
    ja: /タブ/,
    zh: /标签页/,
  };
  it.each(LOCALES)('%s: the print button says it opens a tab', (locale) => {
    expect(catalogOf('export', locale)!['export.print']).toMatch(TAB[locale]);
  });

  it.each(LOCALES)('%s: the announcement after copying says the summary was copied', (locale) => {
    expect(catalogOf('export', locale)!['export.copied']).toMatch(SUMMARY_WORD[locale]);
  });
});

/** Every name of Apple's status page, in any form (tests/unit/i18n/texts-round23.test.ts). */
const PAGE_NAME: Record<Locale, RegExp> = {
  en: /System Status/gi,
  de: /Systemstatus/gi,
  es: /Estado del sistema/gi,
  fr: /État du système/gi,
  it: /Stato del sistema/gi,
  ja: /システム状況/g,
  zh: /系统状态/g,
};

const at = CREATED_AT.toISOString();
const STATUS_SESSIONS: Record<string, Partial<Facts>> = {
  'read from the page': {
    appleBackupStatus: 'outage',
    sources: { appleBackupStatus: { source: 'apple-status', at } },
  },
  'read from the page, available': {
    appleBackupStatus: 'available',
    sources: {
      appleBackupStatus: {
        source: 'apple-status',
        at,
        url: 'https://www.apple.com/de/support/systemstatus/',
      },
    },
  },
  'the user’s answer': {
    appleBackupStatus: 'issue',
    sources: { appleBackupStatus: { source: 'user', at } },
  },
  'from an imported summary': {
    appleBackupStatus: 'maintenance',
    sources: { appleBackupStatus: { source: 'import', at } },
  },
};

const statusInput = (locale: Locale, facts: Partial<Facts>): SummaryInput =>
  sampleInput({ uiLanguage: locale, facts: { ...facts, notes: '' }, stepLog: [] });

const STATUS_CASES = LOCALES.flatMap((l) =>
  Object.keys(STATUS_SESSIONS).map((name) => [l, name] as const),
);

describe('a summary row names Apple’s status page once', () => {
  it.each(STATUS_CASES)('%s, status %s: label and note together name it once', (locale, name) => {
    const summary = buildSummary(statusInput(locale, STATUS_SESSIONS[name]!), {
      language: locale,
      leaveOutFreeText: false,
    });
    for (const format of ['markdown', 'text'] as const) {
      const rows = renderSummary(summary, format)
        .split('\n')
        .filter((line) => line.match(PAGE_NAME[locale]) && !/https?:\/\//.test(line))
        // A row: a label, then its value; a sentence has no label before a colon.
        .filter((line) => /^(?:- \*\*)?[^.。:：]+[:：]/u.test(line));
      expect(rows.length, format).toBeGreaterThan(0);
      const twice = rows.filter((line) => (line.match(PAGE_NAME[locale]) ?? []).length > 1);
      expect(twice, format).toEqual([]);
    }
  });

  it.each(LOCALES)('%s: a status read from the page still says it was read', (locale) => {
    const summary = buildSummary(statusInput(locale, STATUS_SESSIONS['read from the page']!), {
      language: locale,
      leaveOutFreeText: false,
    });
    const read = catalogOf('report', locale)!['from.apple-status']!;
    expect(renderSummary(summary, 'text')).toContain(read);
    expect(read).not.toBe(catalogOf('report', locale)!['from.user']);
  });
});

/** The hint's situations, each as the status reader would summarise the page. */
const service = (
  id: IcloudSummary['services'][number]['id'],
  name: string,
  state: IcloudSummary['services'][number]['state'],
) => ({ id, name, state });
const SITUATIONS: Record<string, IcloudSummary> = {
  'all available': {
    services: [
      service('icloud-backup', 'iCloud Backup', 'available'),
      service('icloud-drive', 'iCloud Drive', 'available'),
    ],
    backup: { state: 'available', verdict: 'available' },
    otherProblems: [],
  },
  'an iCloud Backup outage since a time': {
    services: [service('icloud-backup', 'iCloud Backup', 'outage')],
    backup: { state: 'outage', verdict: 'apple-problem', since: '2022-10-25T17:06:00Z' },
    otherProblems: [],
  },
  'an iCloud Backup issue': {
    services: [service('icloud-backup', 'iCloud Backup', 'issue')],
    backup: { state: 'issue', verdict: 'apple-problem' },
    otherProblems: [],
  },
  'one other iCloud service down': {
    services: [
      service('icloud-backup', 'iCloud Backup', 'available'),
      service('icloud-mail', 'iCloud Mail', 'outage'),
    ],
    backup: { state: 'available', verdict: 'available' },
    otherProblems: ['icloud-mail'],
  },
  'two other iCloud services down': {
    services: [
      service('icloud-backup', 'iCloud Backup', 'available'),
      service('icloud-mail', 'iCloud Mail', 'outage'),
      service('icloud-drive', 'iCloud Drive', 'issue'),
    ],
    backup: { state: 'available', verdict: 'available' },
    otherProblems: ['icloud-mail', 'icloud-drive'],
  },
  maintenance: {
    services: [service('icloud-backup', 'iCloud Backup', 'maintenance')],
    backup: { state: 'maintenance', verdict: 'maintenance' },
    otherProblems: [],
  },
  // An event that is over ("Resolved Outage") is read as no current state.
  'an ended event': {
    services: [
      service('icloud-backup', 'iCloud Backup', 'unknown'),
      service('icloud-drive', 'iCloud Drive', 'available'),
    ],
    backup: { state: 'unknown', verdict: 'unknown' },
    otherProblems: [],
  },
  'iCloud Backup not listed': {
    services: [service('icloud-drive', 'iCloud Drive', 'available')],
    backup: { state: 'unknown', verdict: 'unknown' },
    otherProblems: [],
  },
};

const textsOf = (view: HintView) => [
  view.title,
  view.body,
  view.related ?? '',
  ...view.services.map((s) => s.state),
  ...Object.values(view.labels),
];

const HINT_CASES = LOCALES.flatMap((l) =>
  Object.keys(SITUATIONS).map((name) => [l, name] as const),
);

/** How each language names iCloud Backup in running text. */
const BACKUP: Record<Locale, RegExp> = {
  en: /iCloud Backup/,
  de: /iCloud-Backup/,
  es: /copia de seguridad de iCloud/i,
  fr: /sauvegarde iCloud/i,
  it: /Backup iCloud/,
  ja: /iCloudバックアップ/,
  zh: /iCloud 云备份/,
};

describe('the hint says only what the page shows', () => {
  it.each(HINT_CASES)('%s, %s: every text is whole and in its language', (locale, name) => {
    const view = hintView(SITUATIONS[name]!, locale, hintTexts(locale));
    const texts = textsOf(view);
    expect(texts.filter((text) => PLACEHOLDER.test(text) || /\bhint\.\w/.test(text))).toEqual([]);
    if (locale !== 'en') {
      const english = hintView(SITUATIONS[name]!, 'en', hintTexts('en'));
      // Nothing but a service's name (the page's own text) is the English hint's; a single word
      // may be the same in both ("maintenance" in French).
      const own = new Set(
        textsOf(english).filter((text) => !/^iCloud \w+$/.test(text) && /\s/.test(text)),
      );
      expect(texts.filter((text) => text && own.has(text))).toEqual([]);
    }
  });

  // The page was read: it is iCloud Backup's state that could not be told, maybe because its
  // event is over or because the page has no such line. Saying the page could not be read
  // would not be true.
  it.each(LOCALES)('%s: an unread status is said of iCloud Backup, not of the page', (locale) => {
    for (const name of ['an ended event', 'iCloud Backup not listed']) {
      const view = hintView(SITUATIONS[name]!, locale, hintTexts(locale));
      expect(view.title, name).toMatch(BACKUP[locale]);
    }
  });

  /** Plural forms that say there is more than one problem or service. */
  const PLURAL: Partial<Record<Locale, RegExp>> = {
    en: /\b(?:problems|services|issues|outages)\b/i,
    de: /\b(?:Probleme|Diensten|Dienste|Störungen|Ausfälle)\b/,
    es: /\b(?:problemas|servicios|incidencias)\b/i,
    fr: /(?<!\p{L})(?:problèmes|services|incidents|pannes)(?!\p{L})/iu,
    it: /\b(?:problemi|servizi|interruzioni)\b/i,
  };
  it.each(Object.keys(PLURAL) as Locale[])(
    '%s: one other service down is said as one',
    (locale) => {
      const view = hintView(
        SITUATIONS['one other iCloud service down']!,
        locale,
        hintTexts(locale),
      );
      expect(view.related).toContain('iCloud Mail');
      expect(view.related).not.toMatch(PLURAL[locale]!);
    },
  );

  it.each(LOCALES)('%s: two other services down are both named, as Apple’s report', (locale) => {
    const view = hintView(SITUATIONS['two other iCloud services down']!, locale, hintTexts(locale));
    expect(view.related).toMatch(/Apple/);
    expect(view.related).toContain('iCloud Mail');
    expect(view.related).toContain('iCloud Drive');
  });
});

/**
 * A reading is "unreadable" when nothing usable came of an opened page: its markup changed, but
 * also when iCloud Backup's event is over or the page has no such line, or icloud.com shows no
 * usage of this account. What failed is the status or the figures, which the sentence names.
 */
describe('a reading that gave nothing says what could not be read', () => {
  const STORAGE: Record<Locale, RegExp> = {
    en: /storage/i,
    de: /Speicher/,
    es: /almacenamiento/,
    fr: /stockage/,
    it: /spazio/,
    ja: /ストレージ/,
    zh: /储存空间/,
  };
  // A full stop ends a sentence before a space or the end, not inside "icloud.com".
  const firstSentence = (text: string) => text.split(/(?<=\.)(?:\s+|$)|(?<=。)/)[0]!;

  it.each(LOCALES)('%s: the popup says the status or the figures were not read', (locale) => {
    const ui = catalogOf('ui', locale)!;
    expect(firstSentence(ui['reading.unreadable.status']!)).toMatch(BACKUP[locale]);
    expect(firstSentence(ui['reading.unreadable.icloud']!)).toMatch(STORAGE[locale]);
  });

  /** "The page could not be read", said of the page itself. */
  const PAGE_UNREAD: Record<Locale, RegExp> = {
    en: /could(?:n't| not) be read|unreadable/i,
    de: /nicht (?:gelesen|lesbar)/,
    es: /no se (?:pudo|ha podido) leer/,
    fr: /pas pu être lue?/,
    it: /non riuscita|non è stato possibile leggere/,
    ja: /読み取り不可|読み取れません/,
    zh: /无法读取/,
  };

  it.each(LOCALES)('%s: the summary does not call an opened page unread', (locale) => {
    const summary = buildSummary(
      sampleInput({
        uiLanguage: locale,
        readings: [
          {
            site: 'status',
            state: 'unreadable',
            at: '2026-11-25T09:00:00.000Z',
            url: 'https://www.apple.com/support/systemstatus/',
          },
        ],
      }),
      { language: locale, leaveOutFreeText: false },
    );
    const text = renderSummary(summary, 'text');
    const state = catalogOf('report', locale)!['reading.unreadable']!;
    expect(text).toContain(state);
    expect(state).not.toMatch(PAGE_UNREAD[locale]);
  });
});

/**
 * What to check or keep before a step deletes, erases, resets or signs out is said before the
 * words that tell to do it: "Never delete this one", "read what signing out does first" or
 * "review the attachments first" after the instruction comes too late for someone following
 * the steps in order.
 */
describe('a precaution comes before the instruction it is about', () => {
  const ACTION: Record<Locale, RegExp> = {
    en: /\b(?:delete|erase|sign out|reset|remove)\b/i,
    de: /\b(?:lösch|lösche|löschen|abmelden|zurücksetzen|entferne)\b|\bmelde dich\b/i,
    es: /\b(?:elimina|eliminar|borra|restablece)\b|\bcierra sesión\b/i,
    fr: /(?<!\p{L})(?:supprimez|supprimer|effacez|déconnectez|réinitialisez)(?!\p{L})/iu,
    it: /\b(?:elimin(?:a|are|arne|ali)|inizializza|esci|ripristina)\b/i,
    ja: /削除|サインアウトし|リセット|消去/,
    zh: /删除|退出登录|抹掉/,
  };
  /** Words that hold the reader back ("never") or send them to something else first. */
  const NEVER: Record<Locale, RegExp> = {
    en: /\bnever\b/i,
    de: /\bnie\b/i,
    es: /\bnunca\b/i,
    fr: /(?<!\p{L})jamais(?!\p{L})/iu,
    it: /\bmai\b/i,
    ja: /絶対に/,
    zh: /绝不要|切勿/,
  };
  const FIRST: Record<Locale, RegExp> = {
    en: /\b(?:first|beforehand)\b/i,
    de: /\b(?:vorher|zuerst)\b/i,
    es: /\b(?:antes|primero)\b/i,
    fr: /(?<!\p{L})(?:d’abord|avant)(?!\p{L})/iu,
    it: /\bprima\b/i,
    ja: /先に|前に/,
    // 先 alone also orders two actions ("先…然后…"); these are the forms that hold one back.
    zh: /(?:你可以|请)先|先将它们/,
  };
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+|(?<=。)/).filter(Boolean);

  /**
   * The instruction is the first sentence that tells to delete, erase, reset or sign out and is
   * not itself a warning; a precaution after it, or later in its own sentence, comes too late.
   */
  function lateIn(locale: Locale, text: string): boolean {
    const all = sentences(text);
    const at = all.findIndex((s) => ACTION[locale].test(s) && !NEVER[locale].test(s));
    if (at < 0) return false;
    const own = all[at]!;
    const first = own.search(FIRST[locale]);
    if (first > own.search(ACTION[locale])) return true;
    return all.slice(at + 1).some((s) => NEVER[locale].test(s) || FIRST[locale].test(s));
  }

  it('finds a precaution said after its instruction, and not one said before', () => {
    expect(
      lateIn('en', 'Tap one and delete its backup. Never delete the backup of this device.'),
    ).toBe(true);
    expect(lateIn('en', 'Delete photos you do not need, or move them elsewhere first.')).toBe(true);
    expect(lateIn('en', 'Never delete this backup. Tap another and delete its backup.')).toBe(
      false,
    );
    expect(lateIn('de', 'Lösche nie dieses Backup. Tippe ein anderes an und lösche es.')).toBe(
      false,
    );
    expect(lateIn('en', 'First move what you keep; then delete the rest.')).toBe(false);
  });

  it.each(LOCALES)('%s: no step says what to check first after what to do', (locale) => {
    const texts = catalogOf('knowledge', locale)!;
    const late = Object.entries(texts)
      .filter(([key, text]) => /^step\.\w+\.instructions$/.test(key) && lateIn(locale, text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(late).toEqual([]);
  });
});

/**
 * The start of an event comes with a reading of any age: beside a reading too old to use, "Apple
 * reports the event since …" would say Apple still reports it, which nobody knows. The line says
 * what the page gave when it was read.
 */
describe('an event’s start is said as the page gave it', () => {
  const REPORTS_NOW: Record<Locale, RegExp> = {
    en: /Apple reports/,
    de: /Apple meldet/,
    es: /Apple notifica/,
    fr: /Apple signale/,
    it: /Apple segnala/,
    ja: /報告しています/,
    zh: /Apple 报告/,
  };

  it.each(LOCALES)('%s: beside a reading too old to use, no present claim', (locale) => {
    const summary = buildSummary(
      sampleInput({
        uiLanguage: locale,
        readings: [
          {
            site: 'status',
            state: 'stale',
            at: '2026-11-24T18:00:00.000Z',
            url: 'https://www.apple.com/support/systemstatus/',
            since: '2026-11-24T15:00:00.000Z',
          },
        ],
      }),
      { language: locale, leaveOutFreeText: false },
    );
    const text = renderSummary(summary, 'text');
    const line = text.split('\n').find((l) => l.includes('2026-11-24 16:00'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(REPORTS_NOW[locale]);
  });
});

/**
 * Maintenance holds the disruptive steps back as an issue or outage does; the summary's line that
 * lists them says so, as the popup's reason for each held step does ("a problem or maintenance"),
 * rather than calling the maintenance a problem.
 */
describe('steps held back during maintenance say maintenance', () => {
  const MAINTENANCE: Record<Locale, RegExp> = {
    en: /maintenance/,
    de: /Wartung/,
    es: /mantenimiento/,
    fr: /maintenance/,
    it: /manutenzione/,
    ja: /メンテナンス/,
    zh: /维护/,
  };
  const HELD: Record<Locale, RegExp> = {
    en: /^Held back/m,
    de: /^Zurückgestellt/m,
    es: /^Aplazados/m,
    fr: /^En attente/m,
    it: /^Messi da parte/m,
    ja: /保留中：/,
    zh: /暂缓的步骤：/,
  };
  const cases = LOCALES.flatMap((l) =>
    (['apple-status', 'user'] as const).map((s) => [l, s] as const),
  );

  it.each(cases)('%s, status from %s', (locale, source) => {
    const summary = buildSummary(
      statusInput(locale, {
        appleBackupStatus: 'maintenance',
        sources: { appleBackupStatus: { source, at } },
      }),
      { language: locale, leaveOutFreeText: false },
    );
    const line = renderSummary(summary, 'text')
      .split('\n')
      .find((l) => HELD[locale].test(l));
    expect(line).toBeDefined();
    expect(line).toMatch(MAINTENANCE[locale]);
  });
});
