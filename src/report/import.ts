import * as z from 'zod/mini';
import { Facts } from '../engine/facts.ts';
import { RecordedFacts, SUMMARY_FORMAT, SUMMARY_VERSION, SummaryJson } from './schema.ts';
import { isRecord } from '../pages/json-text';
import { readFileText, withoutMarks } from './file-text.ts';
import { prototypeKeys, repeatedKeys } from './repeated-keys.ts';
import { onlyOtherNames, readAsKnown } from './other-version.ts';

/** Far above any real summary (a few kB); refusing early keeps a wrong pick from hanging. */
export const MAX_SUMMARY_CHARS = 1_000_000;
/** Enough to find what is wrong; a file with thousands of bad entries is not listed whole. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * What is wrong with one field, as a kind the popup words in each language (with `limit` for a
 * size, `count` for the problems left out); `message` is the same in English, for the CLI.
 */
export type ProblemKind =
  | 'missing'
  | 'wrongType'
  | 'notAllowed'
  | 'invalid'
  | 'tooSmall'
  | 'tooBig'
  | 'unknownField'
  | 'afterExport'
  | 'more';
/** What a size limit counts: a text's characters or a list's entries (a number is its value). */
export type LimitUnit = 'characters' | 'entries';
export interface ImportProblem {
  path: string;
  kind: ProblemKind;
  message: string;
  limit?: number;
  unit?: LimitUnit;
  count?: number;
  /**
   * How many more problems of this kind the file has at places like this one (other entries of
   * the same list or record), named once here rather than each filling a line of its own.
   */
  alike?: number;
}
/**
 * What a file that is not JSON was found to be, where that tells the user what to do: the
 * readable summary (Markdown or plain text) picked instead of the JSON one, or a file saved again
 * in an encoding other than UTF-8 (UTF-16, "Unicode" in Windows' Notepad; "ANSI") whose letters
 * cannot be read back. An export is always UTF-8.
 */
export type NotJsonFound = 'summary-text' | 'encoding';
export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json'; found?: NotJsonFound }
  | { code: 'not-summary' }
  | { code: 'newer-version'; version: number }
  /**
   * `otherVersion`: every problem is a name of another version (a language this one does not
   * have), none damage, yet the file cannot be read without them: updating, not undoing an
   * edit, is what opens it.
   */
  | { code: 'invalid'; problems: ImportProblem[]; otherVersion?: true };
/**
 * `leftOut`: where a summary of another version named what this one does not know, what the
 * resumed session goes without (paths as src/flow/dropped.ts reads them), when anything.
 */
export type ImportResult =
  { ok: true; summary: SummaryJson; leftOut?: string[] } | { ok: false; error: ImportError };

/** The envelope is checked here; the facts by the engine's own schema. */
const Envelope = z.extend(SummaryJson, { facts: z.unknown() });

/** A size limit as the number a reader can check; zod gives lengths and dates as bigints too. */
const limitOf = (value: number | bigint) => Number(value);

/** "at most 5000" alone does not say of what: a text's limit is its length, a list's its size. */
const UNITS: Partial<Record<string, LimitUnit>> = {
  string: 'characters',
  array: 'entries',
  set: 'entries',
};

function limitProblem(
  kind: 'tooSmall' | 'tooBig',
  value: number | bigint,
  origin: string,
): Omit<ImportProblem, 'path'> {
  const limit = limitOf(value);
  const unit = UNITS[origin];
  const bound = kind === 'tooSmall' ? 'at least' : 'at most';
  return {
    kind,
    limit,
    ...(unit && { unit }),
    message: `must be ${bound} ${String(limit)}${unit ? ` ${unit}` : ''}`,
  };
}

// zod/mini ships without messages (bundle size); these name the problem in plain words.
function describe(issue: z.core.$ZodIssue): Omit<ImportProblem, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrongType', message: `expected ${issue.expected}` };
    case 'invalid_value':
      return {
        kind: 'notAllowed',
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_format':
      return {
        kind: 'invalid',
        message:
          issue.format === 'regex' && issue.message ? issue.message : `invalid ${issue.format}`,
      };
    case 'invalid_union':
      return {
        kind: 'invalid',
        message: 'expected an ISO date (2026-05-01) or date-time with offset',
      };
    case 'too_small':
      return limitProblem('tooSmall', issue.minimum, issue.origin);
    case 'too_big':
      return limitProblem('tooBig', issue.maximum, issue.origin);
    case 'unrecognized_keys':
      return { kind: 'unknownField', message: 'unknown field' };
    // A refinement says what it found in English only ('unknown step', 'not a page of that
    // site'); other languages say that the value is not valid.
    case 'custom':
      return { kind: 'invalid', message: issue.message };
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner ? describe(inner) : { kind: 'invalid', message: 'invalid name' };
    }
    default:
      return { kind: 'invalid', message: 'invalid value' };
  }
}

/** True for anything that claims to be a summary, valid or not (the CLI routes on it). */
export function looksLikeSummary(value: unknown): boolean {
  return isRecord(value) && value.format === SUMMARY_FORMAT;
}

/**
 * Problems whose path ends in a name the file chose (a record's key, a field of no schema), which
 * are alike whatever that name is; other paths differ in their list indexes only (`alikeKey`).
 */
const endsInName = new WeakSet<ImportProblem>();

function issueProblems(issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    const named = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base];
    return paths.map((p) => {
      const problem = { path: p.join('.') || '(root)', ...describe(issue) };
      if (named) endsInName.add(problem);
      return problem;
    });
  });
}

/**
 * A date without a time is a day in the user's time zone, which may have begun up to 14 hours
 * before that day begins in UTC (UTC+14): the earliest instant it can mean.
 */
const EAST_OF_UTC_MS = 14 * 3_600_000;
const earliestOf = (at: string) => Date.parse(at) - (at.includes('T') ? 0 : EAST_OF_UTC_MS);

const AFTER_EXPORT = { kind: 'afterExport', message: 'after the export time' } as const;

/**
 * A name an object gives twice: JSON.parse keeps the last value unsaid, so a file edited to say
 * "wifi" twice would be diagnosed on the one the reader of the file may not have seen.
 */
const REPEATED = { kind: 'invalid', message: 'given twice' } as const;
/** A name of the prototype, which no version writes (src/report/other-version.ts: damage). */
const PROTOTYPE = { kind: 'invalid', message: 'invalid name' } as const;

/** A `__proto__` that a strict object's check names as unknown is named once, as it found it. */
const namedOnce = (problems: ImportProblem[]) =>
  problems.filter(
    (p) => p.message !== PROTOTYPE.message || !problems.some((q) => q !== p && q.path === p.path),
  );

/**
 * What the schemas cannot see alone: a last backup after the export, which the engine would take
 * for a recent one. It is weighed against the export's own time, never this device's clock: a file
 * made on a device whose clock ran ahead is as it was made. The times of steps, answers and page
 * readings are records, not facts the plan weighs: a clock that ran ahead while they were made and
 * was set right before the export dates them after it, and refusing the file for that would lose
 * the person's progress (a page reading dated ahead of the clock counts as out of date when the
 * session resumes, src/flow/summary-session.ts).
 */
function impossible(summary: SummaryJson): ImportProblem[] {
  const lastBackup = summary.facts.lastSuccessfulBackup;
  return lastBackup !== undefined && earliestOf(lastBackup) > Date.parse(summary.createdAt)
    ? [{ path: 'facts.lastSuccessfulBackup', ...AFTER_EXPORT }]
    : [];
}

/** A problem the facts' own check found, at its place in the summary ('(root)': the facts). */
function inFacts(p: ImportProblem): ImportProblem {
  const moved = { ...p, path: p.path === '(root)' ? 'facts' : `facts.${p.path}` };
  if (endsInName.has(p)) endsInName.add(moved);
  return moved;
}

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A field that is not there is said to be missing, not to be of the wrong kind ("expected
 * string", or zod's "expected nonoptional"), and is named once though two checks saw it.
 */
function plainly(problems: ImportProblem[], root: unknown): ImportProblem[] {
  const named = new Set<string>();
  return problems.flatMap((problem) => {
    const missing =
      (problem.kind === 'wrongType' || problem.kind === 'notAllowed') &&
      valueAt(root, problem.path) === undefined;
    if (missing && named.has(problem.path)) return [];
    named.add(problem.path);
    return [missing ? { path: problem.path, kind: 'missing', message: 'missing' } : problem];
  });
}

/**
 * Names from the file are repeated in the reasons the popup lists and the CLI prints: each is cut
 * to a length a reader can take in, and characters that would break the line or reverse the text
 * around it (line breaks, direction marks) are shown as U+FFFD. A file of 100,000-letter names
 * would otherwise fill the popup with them.
 */
const MAX_SHOWN_NAME = 40;
const MAX_SHOWN_PATH = 100;
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const cut = (text: string, max: number) =>
  text.length <= max
    ? text
    : `${Array.from(text.slice(0, max))
        .slice(0, max - 1)
        .join('')}…`;

function shown(problem: ImportProblem): ImportProblem {
  const names = problem.path.split('.');
  const path = names.map((name) => cut(name.replace(UNSHOWABLE, '\ufffd'), MAX_SHOWN_NAME));
  return { ...problem, path: cut(path.join('.'), MAX_SHOWN_PATH) };
}

/**
 * What makes problems alike: the same finding at the same field of any entry of a list, or at any
 * name of a record. Twelve unknown steps in a log are one kind of problem found twelve times;
 * listed one by one they filled the popup's three lines and hid the other kinds behind "N more".
 */
function alikeKey(problem: ImportProblem): string {
  const names = problem.path.split('.').map((name) => (/^\d+$/.test(name) ? '#' : name));
  if (endsInName.has(problem)) names[names.length - 1] = '*';
  return [problem.kind, problem.message, problem.limit, ...names].join('\u0000');
}

/** Each kind of problem once, at its first place, with how many more there are like it. */
function grouped(problems: ImportProblem[]): ImportProblem[] {
  const groups = new Map<string, ImportProblem>();
  for (const problem of problems) {
    const key = alikeKey(problem);
    const first = groups.get(key);
    if (first) first.alike = (first.alike ?? 0) + 1;
    else groups.set(key, { ...problem });
  }
  return [...groups.values()];
}

function listed(problems: ImportProblem[]): ImportProblem[] {
  const kinds = grouped(problems);
  if (kinds.length <= MAX_LISTED_PROBLEMS) return kinds;
  const rest = kinds
    .slice(MAX_LISTED_PROBLEMS)
    .reduce((n, problem) => n + 1 + (problem.alike ?? 0), 0);
  return [
    ...kinds.slice(0, MAX_LISTED_PROBLEMS),
    { path: '(more)', kind: 'more', count: rest, message: `${rest} more problems` },
  ];
}

/**
 * Checks, in this order, that it is a summary at all, that this version can read it, and that
 * every field is valid and possible; the first failure is the answer. Only names of another
 * version are left out of a summary otherwise read (src/report/other-version.ts); damage is never
 * partially accepted. This device's clock is not consulted (see `impossible`). `repeated`: names
 * the JSON text gave twice, which the parsed value no longer shows.
 */
export function readSummary(value: unknown, repeated: ImportProblem[] = []): ImportResult {
  if (!isRecord(value) || !looksLikeSummary(value)) {
    return { ok: false, error: { code: 'not-summary' } };
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > SUMMARY_VERSION) {
    return { ok: false, error: { code: 'newer-version', version } };
  }
  const envelope = Envelope.safeParse(value);
  const found = [...repeated, ...(envelope.success ? [] : issueProblems(envelope.error.issues))];
  // The engine's own schema first; then what a summary adds to it.
  const facts = Facts.safeParse(value.facts);
  // What a summary adds to the engine's facts (steps, sources, "not sure") is checked whatever the
  // engine's check found, to tell another version's names from damage (other-version.ts).
  const recorded = RecordedFacts.safeParse(facts.success ? facts.data : value.facts);
  const recordedProblems = recorded.success
    ? []
    : issueProblems(recorded.error.issues).map(inFacts);
  // Both checks, each problem once: listing the engine's alone while it failed hid the unknown
  // steps and sources until the person had mended the rest and tried again.
  const factsProblems = facts.success ? [] : issueProblems(facts.error.issues).map(inFacts);
  const seen = new Set(factsProblems.map((p) => `${p.path}\u0000${p.message}`));
  const problems = namedOnce([
    ...found,
    ...factsProblems,
    ...recordedProblems.filter((p) => !seen.has(`${p.path}\u0000${p.message}`)),
  ]);
  if (problems.length === 0 && envelope.success && facts.success) {
    const summary = { ...envelope.data, facts: facts.data };
    problems.push(...impossible(summary));
    if (problems.length === 0) return { ok: true, summary };
  }
  const known = readAsKnown(value, problems);
  const again = known && readSummary(known.value);
  if (known && again?.ok) {
    return { ...again, ...(known.leftOut.length > 0 && { leftOut: known.leftOut }) };
  }
  // Cut after the check for missing fields, which looks each path up in the file.
  const reasons = listed(plainly(problems, value)).map(shown);
  const other = onlyOtherNames(value, problems) && ({ otherVersion: true } as const);
  return { ok: false, error: { code: 'invalid', problems: reasons, ...other } };
}

/**
 * The readable summary's title (src/report/render-markdown.ts, render-text.ts): "Backup Rescue"
 * and a colon in every language, then its words, at the start of a line once what passing the
 * text on adds is left aside: quote marks of a reply ("> "), a heading's or bold marks, HTML tags
 * (the Markdown saved as a web page, a mail's HTML part), or none of them where it was copied
 * from a rendered view.
 */
const NAME = 'Backup Rescue';
const SUMMARY_TITLE = new RegExp(`^(?:[\\s>#*_]|<[^<>]*>)*${NAME}\\s?[:：]\\s*\\S`);
/** A greeting or a forwarded mail's header may stand above the title, a few lines at most. */
const TITLE_LINES = 30;

/**
 * Whether the text is the readable summary: its title among the first lines, and the name again
 * below it (the export names the extension's version and itself under the title), so that a note
 * that merely begins "Backup Rescue: check later" is not taken for one.
 */
function isSummaryText(text: string): boolean {
  const title = text.split(/\r\n?|\n/, TITLE_LINES).find((line) => SUMMARY_TITLE.test(line));
  return title !== undefined && text.slice(text.indexOf(title) + title.length).includes(NAME);
}

export function importSummary(text: string): ImportResult {
  if (text.length > MAX_SUMMARY_CHARS) return { ok: false, error: { code: 'too-large' } };
  const json = withoutMarks(text);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    const found = isSummaryText(json) ? ({ found: 'summary-text' } as const) : {};
    return { ok: false, error: { code: 'not-json', ...found } };
  }
  return readSummaryJson(value, json);
}

/**
 * A summary already parsed from `json`, whose text still shows a name given twice or a
 * `__proto__` that a record of the parsed value would drop unsaid.
 */
export function readSummaryJson(value: unknown, json: string): ImportResult {
  return readSummary(value, [
    ...repeatedKeys(json).map((path) => ({ path, ...REPEATED })),
    ...prototypeKeys(json).map((path) => ({ path, ...PROTOTYPE })),
  ]);
}

/**
 * The largest file that can hold MAX_SUMMARY_CHARS characters: three bytes each in UTF-8 (four
 * for a pair that counts as two), two in UTF-16, so a larger file is refused before it is decoded.
 */
export const MAX_SUMMARY_BYTES = MAX_SUMMARY_CHARS * 3;

/**
 * A summary file from its bytes, in UTF-8 or UTF-16 whatever it contains (src/report/file-text.ts):
 * the popup reads the bytes, not `file.text()`, which reads UTF-8 only and would lose the letters
 * beyond ASCII of a summary an editor saved again as UTF-16.
 */
export function importSummaryFile(bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_SUMMARY_BYTES) return { ok: false, error: { code: 'too-large' } };
  const read = readFileText(bytes);
  if (read.ok) return importSummary(read.text);
  // A file cut short, or no text at all (a photo, a PDF), is simply not the JSON summary.
  const found = read.found === 'encoding' ? ({ found: 'encoding' } as const) : {};
  return { ok: false, error: { code: 'not-json', ...found } };
}

/** English, for the command line; the popup words it per language from the code. */
export function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return 'the file is too large to be a Backup Rescue summary';
    case 'not-json':
      if (error.found === 'summary-text') {
        return 'the file is the readable summary (Markdown or text); import the JSON one';
      }
      if (error.found === 'encoding') {
        return 'the file was saved again in an encoding other than UTF-8, in which its letters cannot be read back; save it as UTF-8';
      }
      return 'the file is not JSON';
    case 'not-summary':
      return 'the file is not a Backup Rescue summary';
    case 'newer-version':
      return `the summary was made by a newer version of Backup Rescue (format version ${error.version}); this one reads version ${SUMMARY_VERSION}`;
    case 'invalid': {
      const problems = error.problems
        .map((p) => `${p.path}: ${p.message}${p.alike ? ` (and ${p.alike} more like it)` : ''}`)
        .join('; ');
      return error.otherVersion
        ? `the summary was made by another version of Backup Rescue (probably a newer one), and this one cannot read it without what it does not know (${problems}); update Backup Rescue to read it`
        : problems;
    }
  }
}
