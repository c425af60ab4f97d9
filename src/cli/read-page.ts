import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unknownObservation } from '../pages/observation';
import { MAX_READING_BYTES, type Observation } from '../pages/observation-schema';
import { readPage } from '../pages/read-page';
import { siteOf } from '../pages/registry';
import { loadAllSites } from './sites';
import { formatLimit, InputTooLarge, NotText, readBounded } from './read-input';

/**
 * Apple's status page is about 30 KB of HTML and a status feed or storage JSON a few KB; a
 * saved icloud.com page stays well below this. Parsing costs time and memory in proportion (a
 * 17.6 MB page of 50,000 rows ran out of memory at 4 GB), so larger files are refused unread.
 */
export const MAX_PAGE_BYTES = 2 * 2 ** 20;

const USAGE = `Usage: npm run --silent read-page -- --url URL FILE

Reads a saved Apple System Status page, a status feed (system_status_*.js), an icloud.com
page or a storageUsageInfo JSON, and prints the observation as JSON, as the extension would
store it (kind "unknown", reason "reading-refused", when beyond its limits). URL is the
address the file was saved from, one the extension reads: https://www.apple.com/support/systemstatus/...
(or a country's .../xx/support/systemstatus/...) or https://www.icloud.com/... . It picks
the reader. FILE is at most ${formatLimit(MAX_PAGE_BYTES)}.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now?: Date;
}

type Args = { url: string; file: string } | { help: true } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--url') {
      url = argv[++i];
      if (url === undefined || url.startsWith('--')) return { error: '--url needs a value' };
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (url === undefined || url === '') return { error: 'missing --url URL' };
  if (!siteOf(url)) return { error: `--url ${url} is not a page the extension reads` };
  if (files.length !== 1) return { error: files.length === 0 ? 'missing FILE' : 'give one FILE' };
  return { url, file: files[0] as string };
}

/**
 * A script-free DOM: saved pages are read as inert markup. JavaScript is off by default in
 * happy-dom; file and frame loading and navigation are switched off so nothing is fetched.
 */
async function createHtmlParser(): Promise<{
  parse: (html: string) => ParentNode;
  close: () => Promise<void>;
}> {
  // Loaded only once there is a page to read: usage and refusals stay quick.
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return {
    parse: (html) => parser.parseFromString(html, 'text/html') as unknown as ParentNode,
    close: () => window.happyDOM.close(),
  };
}

/** Exit codes: 0 printed an observation (even `unknown`), 2 bad arguments or unreadable file. */
export async function runReadPage(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.stderr(`read-page: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = readBounded(args.file, MAX_PAGE_BYTES);
  } catch (error) {
    const why =
      error instanceof InputTooLarge
        ? `${error.message}; a saved page is far smaller`
        : error instanceof NotText
          ? 'not a text file; a saved page, feed or storage JSON is text'
          : ((error as NodeJS.ErrnoException).code ?? 'error');
    io.stderr(`read-page: cannot read ${args.file} (${why})\n`);
    return 2;
  }
  const html = await createHtmlParser();
  try {
    const observation = readPage(input, args.url, { now: io.now, parseHtml: html.parse });
    io.stdout(`${JSON.stringify(storable(observation, args.url, io), null, 2)}\n`);
    return 0;
  } finally {
    await html.close();
  }
}

/**
 * The reading as the extension would store it: its site's schema, which the extension applies
 * to every reading it receives, drops unknown fields and refuses a reading beyond its limits (a
 * feed of very long or many events). A refused reading would not be stored, so it is printed as
 * `unknown`, with why on stderr, rather than as a reading the extension never keeps.
 */
function storable(observation: Observation, url: string, io: CliIo): Observation {
  const checked = siteOf(url)?.schema.safeParse(observation);
  if (!checked || checked.success) return checked?.data ?? observation;
  const size = new TextEncoder().encode(JSON.stringify(observation)).length;
  const why =
    size > MAX_READING_BYTES
      ? `its ${Math.ceil(size / 2 ** 10)} KB of JSON are more than the ${formatLimit(MAX_READING_BYTES)} a reading may take`
      : 'a field is beyond the limits of a reading';
  io.stderr(`read-page: the extension would refuse this ${observation.kind} reading: ${why}\n`);
  return unknownObservation(observation.url, new Date(observation.observedAt), 'reading-refused');
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  await loadAllSites();
  const code = await runReadPage(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}
