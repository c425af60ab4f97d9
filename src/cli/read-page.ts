import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { readPage } from '../pages/read-page';

const USAGE = `Usage: npm run --silent read-page -- --url URL FILE

Reads a saved Apple System Status page, a status feed (system_status_*.js), an icloud.com
page or a storageUsageInfo JSON, and prints the observation as JSON. URL is the address the
file was saved from: it picks the reader for HTML pages.`;

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
  if (files.length !== 1) return { error: files.length === 0 ? 'missing FILE' : 'give one FILE' };
  return { url, file: files[0] as string };
}

/**
 * A script-free DOM: saved pages are read as inert markup. JavaScript is off by default in
 * happy-dom; file and frame loading and navigation are switched off so nothing is fetched.
 */
function createHtmlParser(): { parse: (html: string) => ParentNode; close: () => Promise<void> } {
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
    input = await readFile(args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.stderr(`read-page: cannot read ${args.file} (${code})\n`);
    return 2;
  }
  const html = createHtmlParser();
  try {
    const observation = readPage(input, args.url, { now: io.now, parseHtml: html.parse });
    io.stdout(`${JSON.stringify(observation, null, 2)}\n`);
    return 0;
  } finally {
    await html.close();
  }
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
  const code = await runReadPage(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}
