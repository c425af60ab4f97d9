import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge';
import { LOCALES, type Locale } from '../../../src/i18n';
import { USER_SAYS } from '../../support/user-says';
import { catalogOf } from '../../../src/knowledge/catalogs';

/**
 * The summary is read by someone who did not answer the questions (Apple Support, a helper). A
 * reason built on the user's answer alone ("the device is charging") is what the user says, not
 * something the extension saw; every such line says so, in the same words, so that no line
 * reads as checked while the one beside it says "the user says".
 */
/** Facts only the user's answers give (no page reads them). */
const ANSWERED = new Set([
  'wifi',
  'power',
  'deviceLocked',
  'iosBeta',
  'emailVerified',
  'twoFactor',
  'backupEnabled',
  'largeOfflineAppData',
  'sideloadedApps',
  'profileOrRestrictions',
  'computerBackupFails',
  'storageStatus',
  // The days since the last backup: from the date the user gave or the message they typed.
  'lastSuccessfulBackup',
  'daysSinceBackup',
  'backupPastRetention',
]);
/** Facts worked out from an answer or from the numbers, which say nothing by themselves. */
const WORKED_OUT = new Set(['device5g', 'iosVersion', 'iosNewestRelease', 'backupFits']);

const { rules } = knowledge;
const fromAnswers = rules.filter(({ when }) => {
  // A condition that a fact is unknown (no reading) is no source of what the rule says.
  const facts = when.filter(({ op }) => op !== 'unknown').map(({ fact }) => fact);
  return (
    facts.some((f) => ANSWERED.has(f)) && facts.every((f) => ANSWERED.has(f) || WORKED_OUT.has(f))
  );
});

/** The rule's sentence as the summary writes it (src/report/words.ts, thirdPerson). */
const inSummary = (locale: Locale, id: string) =>
  catalogOf('report', locale)![`thirdPerson.rule.${id}`] ??
  catalogOf('knowledge', locale)![`rule.${id}`];

describe('who says what the summary reasons from', () => {
  it('finds the reasons that rest on answers alone', () => {
    const ids = fromAnswers.map(({ id }) => id);
    expect(ids).toEqual(expect.arrayContaining(['charging', 'wifi_unstable', 'storage_said_full']));
    expect(ids).not.toContain('backup_fits');
    expect(ids).not.toContain('status_outage');
    expect(ids).toContain('last_backup_recent');
  });

  it.each(LOCALES)('%s: each of them opens with the user as its source', (locale) => {
    const unsaid = fromAnswers
      .map(({ id }) => [id, inSummary(locale, id)] as const)
      .filter(([, text]) => !USER_SAYS[locale].test(text ?? ''));
    expect(unsaid).toEqual([]);
  });

  // A step's outcome is what the user marked after trying it; English says so in those words.
  it.each(LOCALES)("%s: so does each step's outcome", (locale) => {
    const source = locale === 'en' ? /^The user marked / : USER_SAYS[locale];
    for (const outcome of ['step_fixed', 'step_no_change']) {
      const key = `thirdPerson.evidence.${outcome}`;
      expect(catalogOf('report', locale)![key], key).toMatch(source);
    }
  });

  // The warnings about Apple deleting an old backup count from the date the user gave.
  it.each(LOCALES)('%s: so do the warnings built on the last backup’s age', (locale) => {
    for (const notice of ['retention_risk', 'retention_passed']) {
      const key = `thirdPerson.notice.${notice}`;
      expect(catalogOf('report', locale)![key], key).toMatch(USER_SAYS[locale]);
    }
  });
});
