import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { hintView } from '../../../src/inpage/hint';
import type { IcloudSummary } from '../../../src/pages/apple-status/summary';
import { hintTexts } from '../../support/catalogs';

/**
 * The hint knows only what Apple's status page shows: every sentence that repeats a state says
 * it is Apple's report, in every language and for every state, and none presumes what the page
 * did not say (that iCloud Backup is affected when another service is).
 */
const view = (
  locale: Locale,
  state: IcloudSummary['backup']['state'],
  verdict: IcloudSummary['backup']['verdict'],
  otherProblems: IcloudSummary['otherProblems'] = [],
) =>
  hintView(
    {
      services: [
        { id: 'icloud-backup', name: 'iCloud Backup', state },
        { id: 'icloud-mail', name: 'iCloud Mail', state: otherProblems.length ? 'outage' : state },
      ],
      backup: { state, verdict },
      otherProblems,
    },
    locale,
    hintTexts(locale),
  );

/** How each language names iCloud Backup in running text (tests/unit/i18n/terms.test.ts). */
const BACKUP: Record<Locale, RegExp> = {
  en: /iCloud Backup/,
  de: /iCloud-Backup/,
  es: /copia de seguridad de iCloud/,
  fr: /sauvegarde iCloud/,
  it: /Backup iCloud/,
  ja: /iCloudバックアップ/,
  zh: /iCloud 云备份/,
};

/** Words that add one service's trouble to another's: "also", "other … affected". */
const ALSO: Record<Locale, RegExp> = {
  en: /\b(?:also|too|as well)\b/i,
  de: /\b(?:ebenfalls|auch|weitere)\b/i,
  es: /\b(?:también|otros)\b/i,
  fr: /(?<!\p{L})(?:aussi|également|autres)(?!\p{L})/iu,
  it: /\b(?:anche|altri)\b/i,
  ja: /ほかに|も影響/,
  zh: /同样|也/,
};

describe('the hint says whose report it repeats', () => {
  it.each(LOCALES)('%s: every title that repeats a state names Apple as its source', (locale) => {
    const titles = [
      view(locale, 'available', 'available').title,
      view(locale, 'outage', 'apple-problem').title,
      view(locale, 'issue', 'apple-problem').title,
      view(locale, 'maintenance', 'maintenance').title,
    ];
    for (const title of titles) {
      expect(title).toMatch(/Apple/);
      expect(title).toMatch(BACKUP[locale]);
    }
  });

  it.each(LOCALES)('%s: other services with problems are Apple’s report too', (locale) => {
    for (const [state, verdict] of [
      ['available', 'available'],
      ['outage', 'apple-problem'],
    ] as const) {
      const related = view(locale, state, verdict, ['icloud-mail']).related!;
      expect(related).toMatch(/Apple/);
      expect(related).toContain('iCloud Mail');
      // Beside a green iCloud Backup, "also affected" would say Backup is affected.
      expect(related).not.toMatch(ALSO[locale]);
    }
  });

  it.each(LOCALES)(
    '%s: "no problem" is said of iCloud Backup, since other services may have one',
    (locale) => {
      const { body, related } = view(locale, 'available', 'available', ['icloud-mail']);
      expect(related).toBeDefined();
      const firstSentence = body.split(/(?<=[.。])\s*/)[0]!;
      expect(firstSentence).toMatch(/^Apple/);
      expect(firstSentence).toMatch(BACKUP[locale]);
    },
  );
});
