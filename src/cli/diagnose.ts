/**
 * `npm run --silent diagnose -- FILE` (FILE is a facts JSON file, a summary exported from the
 * popup as JSON, or `-` for stdin): prints the diagnosis as JSON. For a summary, its facts are
 * diagnosed as of its `createdAt`, which reproduces the ranking it shows. Exit codes: 0 ok,
 * 2 invalid input (each bad field named on stderr).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { diagnose, parseFacts, type Facts } from '../engine/diagnose.ts';
import { describeImportError, looksLikeSummary, readSummary } from '../report/import.ts';

export interface Io {
  readFile: (path: string) => string;
  readStdin: () => string;
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

const USAGE =
  'usage: npm run --silent diagnose -- FILE   (FILE: facts JSON, exported summary JSON, or - for stdin)';

type Input = { ok: true; facts: Facts; now?: Date } | { ok: false; errors: string[] };

function toInput(value: unknown): Input {
  if (looksLikeSummary(value)) {
    const read = readSummary(value);
    return read.ok
      ? { ok: true, facts: read.summary.facts, now: new Date(read.summary.createdAt) }
      : { ok: false, errors: [`invalid summary: ${describeImportError(read.error)}`] };
  }
  const parsed = parseFacts(value);
  return parsed.ok
    ? { ok: true, facts: parsed.facts }
    : { ok: false, errors: parsed.errors.map((e) => `invalid field ${e.path}: ${e.message}`) };
}

export function main(argv: string[], io: Io): number {
  const [file, ...rest] = argv;
  if (file === undefined || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  let raw: string;
  try {
    raw = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    io.err(`cannot read ${file === '-' ? 'stdin' : file}: ${(error as Error).message}`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (error) {
    io.err(`invalid JSON in ${file === '-' ? 'stdin' : file}: ${(error as Error).message}`);
    return 2;
  }
  const parsed = toInput(input);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(e);
    return 2;
  }
  io.out(JSON.stringify(diagnose(parsed.facts, { now: parsed.now ?? io.now() }), null, 2));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    now: () => new Date(),
  });
}
