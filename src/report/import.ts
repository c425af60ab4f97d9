import * as z from 'zod/mini';
import { parseFacts } from '../engine/facts.ts';
import { RecordedFacts, SUMMARY_FORMAT, SUMMARY_VERSION, SummaryJson } from './schema.ts';
import { isRecord } from '../pages/json-text';

/** Far above any real summary (a few kB); refusing early keeps a wrong pick from hanging. */
export const MAX_SUMMARY_CHARS = 1_000_000;
/** Enough to find what is wrong; a file with thousands of bad entries is not listed whole. */
export const MAX_LISTED_PROBLEMS = 20;

export interface ImportProblem {
  path: string;
  message: string;
}
export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-summary' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; problems: ImportProblem[] };
export type ImportResult = { ok: true; summary: SummaryJson } | { ok: false; error: ImportError };

/** The envelope is checked here; the facts by the engine's own validator, for its messages. */
const Envelope = z.extend(SummaryJson, { facts: z.unknown() });

// zod/mini ships without messages (bundle size); these name the problem in plain words.
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'unknown field';
    case 'custom':
      return issue.message;
    case 'invalid_key': {
      const inner = issue.issues[0];
      return inner ? describe(inner) : 'invalid name';
    }
    default:
      return 'invalid value';
  }
}

/** True for anything that claims to be a summary, valid or not (the CLI routes on it). */
export function looksLikeSummary(value: unknown): boolean {
  return isRecord(value) && value.format === SUMMARY_FORMAT;
}

function issueProblems(issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base];
    return paths.map((p) => ({ path: p.join('.') || '(root)', message: describe(issue) }));
  });
}

/**
 * A date without a time is a day in the user's time zone, which may have begun up to 14 hours
 * before that day begins in UTC (UTC+14): the earliest instant it can mean.
 */
const EAST_OF_UTC_MS = 14 * 3_600_000;
const earliestOf = (at: string) => Date.parse(at) - (at.includes('T') ? 0 : EAST_OF_UTC_MS);

/**
 * What the schemas cannot see alone: times after the export (a last backup among them, which
 * the engine would take for a recent one; a page read after it), or an export after `now`.
 */
function impossible(summary: SummaryJson, now: Date): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const createdAt = Date.parse(summary.createdAt);
  if (createdAt > now.getTime()) {
    problems.push({ path: 'createdAt', message: 'after the current time' });
  }
  const after = (at: string) => Date.parse(at) > createdAt;
  summary.stepLog.forEach((entry, i) => {
    if (after(entry.at))
      problems.push({ path: `stepLog.${i}.at`, message: 'after the export time' });
  });
  summary.readings.forEach((reading, i) => {
    if (after(reading.at))
      problems.push({ path: `readings.${i}.at`, message: 'after the export time' });
  });
  const lastBackup = summary.facts.lastSuccessfulBackup;
  if (lastBackup !== undefined && earliestOf(lastBackup) > createdAt) {
    problems.push({ path: 'facts.lastSuccessfulBackup', message: 'after the export time' });
  }
  for (const [name, source] of Object.entries(summary.facts.sources ?? {})) {
    if (after(source.at)) {
      problems.push({ path: `facts.sources.${name}.at`, message: 'after the export time' });
    }
  }
  return problems;
}

/** A problem the facts' own check found, at its place in the summary ('(root)': the facts). */
const inFacts = (p: ImportProblem) => ({
  ...p,
  path: p.path === '(root)' ? 'facts' : `facts.${p.path}`,
});

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
      problem.message.startsWith('expected ') && valueAt(root, problem.path) === undefined;
    if (missing && named.has(problem.path)) return [];
    named.add(problem.path);
    return [missing ? { ...problem, message: 'missing' } : problem];
  });
}

function listed(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { path: '(more)', message: `${rest} more problems` },
  ];
}

/**
 * Checks, in this order, that it is a summary at all, that this version can read it, and that
 * every field is valid and possible; the first failure is the answer. Nothing is partially
 * accepted.
 */
export function readSummary(value: unknown, now: Date = new Date()): ImportResult {
  if (!isRecord(value) || !looksLikeSummary(value)) {
    return { ok: false, error: { code: 'not-summary' } };
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > SUMMARY_VERSION) {
    return { ok: false, error: { code: 'newer-version', version } };
  }
  const envelope = Envelope.safeParse(value);
  const problems = envelope.success ? [] : issueProblems(envelope.error.issues);
  // The engine's own validator first, for its messages; then what a summary adds to it.
  const facts = parseFacts(value.facts);
  if (!facts.ok) {
    problems.push(...facts.errors.map(inFacts));
  } else {
    const recorded = RecordedFacts.safeParse(facts.facts);
    if (!recorded.success) {
      problems.push(...issueProblems(recorded.error.issues).map(inFacts));
    }
  }
  if (problems.length === 0 && envelope.success && facts.ok) {
    const summary = { ...envelope.data, facts: facts.facts };
    problems.push(...impossible(summary, now));
    if (problems.length === 0) return { ok: true, summary };
  }
  return { ok: false, error: { code: 'invalid', problems: listed(plainly(problems, value)) } };
}

export function importSummary(text: string, now: Date = new Date()): ImportResult {
  if (text.length > MAX_SUMMARY_CHARS) return { ok: false, error: { code: 'too-large' } };
  let value: unknown;
  try {
    // Editors that save "UTF-8 with BOM" (Notepad, some Windows tools) put U+FEFF first, which
    // JSON.parse refuses: the summary itself is still the one exported.
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  return readSummary(value, now);
}

/** English, for the command line; the popup words it per language from the code. */
export function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return 'the file is too large to be a Backup Rescue summary';
    case 'not-json':
      return 'the file is not JSON';
    case 'not-summary':
      return 'the file is not a Backup Rescue summary';
    case 'newer-version':
      return `the summary was made by a newer version of Backup Rescue (format version ${error.version}); this one reads version ${SUMMARY_VERSION}`;
    case 'invalid':
      return error.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  }
}
