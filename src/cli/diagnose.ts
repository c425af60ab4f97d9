/**
 * `npm run --silent diagnose -- FILE` (FILE is a facts JSON file, a summary exported from the
 * popup as JSON, or `-` for stdin): prints the diagnosis as JSON. For a summary, its facts are
 * diagnosed as of its `createdAt`, which reproduces the ranking it shows. Exit codes: 0 ok,
 * 2 invalid input (each bad field named on stderr).
 */
import { pathToFileURL } from 'node:url';
import { diagnose, parseFacts, type Facts } from '../engine/diagnose.ts';
import { withoutStaleReadings } from '../flow/observed-facts.ts';
import {
  describeImportError,
  importSummary,
  looksLikeSummary,
  readSummaryJson,
} from '../report/import.ts';
import { prototypeKeys, repeatedKeys } from '../report/repeated-keys.ts';
import { withoutMarks } from '../report/file-text.ts';
import { loadAllCatalogs } from './catalogs.ts';
import { withKnownStatus } from './known-status.ts';
import { loadAllSites } from './sites.ts';
import { formatLimit, InputTooLarge, NotText, readBounded } from './read-input.ts';

export interface Io {
  /** Both read at most MAX_INPUT_BYTES and throw InputTooLarge beyond, NotText for bytes that are not text. */
  readFile: (path: string) => string;
  readStdin: () => string;
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

/** A facts file is a few hundred bytes and a summary a few KB; both are refused long before. */
export const MAX_INPUT_BYTES = 2 ** 20;

const USAGE = `usage: npm run --silent diagnose -- FILE
  FILE  a facts JSON file, a summary exported from the popup as JSON, or - for stdin
        (UTF-8 or UTF-16, with or without a byte-order mark, at most ${formatLimit(MAX_INPUT_BYTES)})
Prints the diagnosis as JSON. Exit status 0 on success, 2 on invalid input.`;

/** `leftOut`: what a summary of another version named that this one read it without. */
type Input =
  { ok: true; facts: Facts; now?: Date; leftOut?: string[] } | { ok: false; errors: string[] };

/** `json`: the text `value` was parsed from, where a name given twice still shows. */
function toInput(value: unknown, json: string): Input {
  if (looksLikeSummary(value)) {
    const read = readSummaryJson(value, json);
    return read.ok
      ? {
          ok: true,
          facts: read.summary.facts,
          now: new Date(read.summary.createdAt),
          leftOut: read.leftOut,
        }
      : { ok: false, errors: [`invalid summary: ${describeImportError(read.error)}`] };
  }
  // JSON.parse keeps the last of two values without a word; the file's reader may mean the first.
  const repeated = repeatedKeys(json);
  if (repeated.length > 0) {
    return { ok: false, errors: repeated.map((path) => `invalid field ${path}: given twice`) };
  }
  const parsed = parseFacts(value);
  const errors = parsed.ok ? [] : parsed.errors;
  // A record's `__proto__` is left out by its schema without a word (`"stepsTried":
  // {"__proto__": …}` read as no steps); one the facts' own check names is named once.
  const prototype = prototypeKeys(json)
    .filter((path) => !errors.some((e) => e.path === path))
    .map((path) => ({ path, message: 'invalid name' }));
  return parsed.ok && prototype.length === 0
    ? { ok: true, facts: parsed.facts }
    : {
        ok: false,
        errors: [...prototype, ...errors].map((e) => `invalid field ${e.path}: ${e.message}`),
      };
}

function readInput(
  file: string,
  io: Io,
): { ok: true; value: unknown; json: string } | { ok: false } {
  const name = file === '-' ? 'stdin' : file;
  let raw: string;
  try {
    raw = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    const why =
      error instanceof InputTooLarge
        ? `${error.message}, too large for a facts file or summary`
        : error instanceof NotText
          ? error.found === 'binary'
            ? 'not a text file (a facts file or a summary exported as JSON is text)'
            : `${error.message}: save it as UTF-8 (its letters beyond ASCII would be misread)`
          : (error as Error).message;
    io.err(`cannot read ${name}: ${why}`);
    return { ok: false };
  }
  try {
    const json = withoutMarks(raw);
    return { ok: true, value: JSON.parse(json), json };
  } catch (error) {
    // The readable summary given instead of the JSON one is named as the popup names it.
    const read = importSummary(raw);
    const found = !read.ok && read.error.code === 'not-json' && read.error.found;
    io.err(
      found
        ? `cannot read ${name}: ${describeImportError(read.error)}`
        : `invalid JSON in ${name}: ${(error as Error).message}`,
    );
    return { ok: false };
  }
}

export function main(argv: string[], io: Io): number {
  const [file, ...rest] = argv;
  if (file === '--help' || file === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (file === undefined || rest.length > 0 || (file.startsWith('-') && file !== '-')) {
    io.err(USAGE);
    return 2;
  }
  const input = readInput(file, io);
  if (!input.ok) return 2;
  const parsed = toInput(input.value, input.json);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(e);
    return 2;
  }
  // As the popup's confirmation names them: the diagnosis is of the summary without them.
  if (parsed.leftOut) {
    io.err(`left out (names this version does not know): ${parsed.leftOut.join(', ')}`);
  }
  // A summary is diagnosed as it was when made; for facts, as in the popup, a page's old
  // reading is not the present.
  const facts = parsed.now ? parsed.facts : withoutStaleReadings(parsed.facts, io.now());
  const diagnosis = diagnose(facts, { now: parsed.now ?? io.now() });
  io.out(JSON.stringify(withKnownStatus(diagnosis, facts), null, 2));
  return 0;
}

export const nodeIo: Io = {
  readFile: (path) => readBounded(path, MAX_INPUT_BYTES, true),
  readStdin: () => readBounded(0, MAX_INPUT_BYTES, true),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  now: () => new Date(),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The diagnosis carries English summaries of its sentences (text('en', …)).
  loadAllCatalogs();
  // Imported summaries name the sites they read.
  await loadAllSites();
  process.exitCode = main(process.argv.slice(2), nodeIo);
}
