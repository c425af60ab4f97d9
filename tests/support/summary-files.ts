import { buildSummary, renderSummary } from '../../src/report';
import type { ImportResult } from '../../src/report/import';
import type { LOCALES } from '../../src/knowledge/ids';
import { sampleInput } from '../unit/report/fixtures';

/**
 * Summary files as a person might pick them on the import screen, for the import tests: the
 * sample session exported in a language, edited by hand, saved again in another encoding, and
 * what the import answered, in a form a table of cases can compare.
 */

type Locale = (typeof LOCALES)[number];

export const exportedSummary = (language: Locale = 'en') =>
  buildSummary(sampleInput(), { language, leaveOutFreeText: false });

export const summaryJson = (language: Locale = 'en') =>
  renderSummary(exportedSummary(language), 'json');

/** A value as JSON.parse gives it: a hand edit may write anything at any depth. */
export type Loose = ReturnType<typeof JSON.parse>;

/** The exported JSON after a hand edit, pretty-printed as the export is. */
export function editedSummary(change: (summary: Loose) => void, language: Locale = 'en'): string {
  const summary: Loose = JSON.parse(summaryJson(language));
  change(summary);
  return JSON.stringify(summary, null, 2);
}

/**
 * Twenty fields of an exported summary, each made wrong in its own way (a word for a choice, a
 * text for a number, an unknown language…): more kinds of problem than an import lists.
 */
export function wrongInTwentyFields(summary: Loose): void {
  Object.assign(summary.facts, {
    wifi: 'cable',
    power: 'solar',
    storageUsedBytes: -1,
    storageTotalBytes: 'lots',
    backupSizeBytes: 1.5,
    iosVersion: 17,
    appleBackupStatus: 'grey',
    lastSuccessfulBackup: 'yesterday',
    notes: 7,
    alertText: false,
  });
  Object.assign(summary, {
    createdAt: 'now',
    language: 'xx',
    uiLanguage: 3,
    freeTextLeftOut: 'no',
    extension: 'new',
  });
  summary.readings[0].state = 'old';
  summary.readings[1].at = 'then';
  summary.masked[0].kind = 'pet';
  summary.diagnosis.causes[0].score = 'high';
  summary.diagnosis.plan[0].kind = 'magic';
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
export const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i ^ 1] as number);

/** `ok`, or the error's code. */
export const importCode = (result: ImportResult) => (result.ok ? 'ok' : result.error.code);

/** What a file that is not JSON was found to be, if anything. */
export const notJsonFound = (result: ImportResult) =>
  !result.ok && result.error.code === 'not-json' ? result.error.found : undefined;

/** `ok`, or the error's code with what was found or the version (`not-json:encoding`). */
export function importOutcome(result: ImportResult): string {
  if (result.ok) return 'ok';
  const { error } = result;
  if (error.code === 'not-json') return error.found ? `not-json:${error.found}` : 'not-json';
  if (error.code === 'newer-version') return `newer-version:${error.version}`;
  return error.code;
}

/** The fields an invalid file was refused for. */
export const problemPaths = (result: ImportResult) =>
  !result.ok && result.error.code === 'invalid' ? result.error.problems.map((p) => p.path) : [];
