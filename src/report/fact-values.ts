import { formatBytes } from '../engine/storage-math.ts';
import type { FactName, Facts } from '../engine/facts.ts';
import { keys, knowledge, lookup, text, type Locale } from '../knowledge/index.ts';
import type { SummaryContext } from './summary-types.ts';
import { siteTextKey } from '../pages/site-texts.ts';

/**
 * The facts a person is shown (popup "What we know", the summary's device section), in reading
 * order, each with a `fact.*` label in ui.json.
 */
export const REPORTED_FACTS = [
  'appleBackupStatus',
  'deviceModel',
  'iosVersion',
  'iosBeta',
  'storageUsedBytes',
  'storageTotalBytes',
  'backupSizeBytes',
  'storageStatus',
  'wifi',
  'power',
  'deviceLocked',
  'backupEnabled',
  'lastSuccessfulBackup',
  'twoFactor',
  'emailVerified',
  'sideloadedApps',
  'largeOfflineAppData',
  'profileOrRestrictions',
  'computerBackupFails',
] as const satisfies readonly FactName[];
export type ReportedFact = (typeof REPORTED_FACTS)[number];

const BYTE_FACTS = new Set<FactName>(['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes']);

export const isReported = (name: string): name is ReportedFact =>
  (REPORTED_FACTS as readonly string[]).includes(name);

/**
 * Whether a fact says something. A status page that could not be read ('unknown', e.g. from an
 * imported summary) tells nothing about Apple, as the engine treats it: shown as not known, never
 * as a status.
 */
export const isKnownValue = (name: ReportedFact, value: unknown): boolean =>
  value !== undefined && !(name === 'appleBackupStatus' && value === 'unknown');

/** A fact's value in words: the question's own answer text where there is one. */
export function factValueText(
  name: ReportedFact,
  value: unknown,
  locale: Locale,
  formatTime: (iso: string) => string,
): string {
  if (BYTE_FACTS.has(name) && typeof value === 'number') return formatBytes(value, locale);
  if (name === 'lastSuccessfulBackup' && typeof value === 'string') return formatTime(value);
  const question = knowledge.questions.find((q) => q.fact === name);
  if (question && (typeof value === 'string' || typeof value === 'boolean')) {
    const key = keys.option(question.id, value);
    const words = text(locale, key);
    if (words !== key) return words;
  }
  return String(value);
}

/**
 * A fact's value as the summary says it: report.json's own words (`value.<fact>.<value>`) where
 * the answer is worded as the user speaking ("No, or I see a request …") or for a question's
 * grammar, else the answer itself.
 */
export function summaryValueText(
  name: ReportedFact,
  value: unknown,
  locale: Locale,
  formatTime: (iso: string) => string,
): string {
  const own = lookup('report', locale, `value.${name}.${String(value)}`);
  return own ?? factValueText(name, value, locale, formatTime);
}

/** Given as "about N weeks / months ago" (FactSource): said as around its day, never as the day. */
export const isApproximate = (facts: Facts, name: FactName): boolean =>
  facts.sources?.[name]?.approximate === true;

/** A known fact's value as the summary's rows say it, a day given as weeks ago as around it. */
export function summaryFactText(ctx: SummaryContext, name: ReportedFact): string {
  const value = summaryValueText(name, ctx.facts[name], ctx.language, ctx.time);
  return isApproximate(ctx.facts, name) ? ctx.t('approximate', { day: value }) : value;
}

/** Where a fact came from and when, as a row's note ("answered by the user, …"), if known. */
export function sourceNote(ctx: SummaryContext, name: FactName): { note: string } | undefined {
  const source = ctx.facts.sources?.[name];
  return (
    source && {
      note: ctx.t('source', {
        source: ctx.t(siteTextKey.from(source.source)),
        time: ctx.time(source.at),
      }),
    }
  );
}
