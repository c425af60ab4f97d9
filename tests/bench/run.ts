/**
 * Performance benchmark: `npm run bench` (after `npm run build`). Prints each figure next to its
 * budget (the same budgets the README states) and exits 1 when one is over. Timing lives here,
 * never in the test suite, because timings depend on the machine.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { diagnose } from '../../src/engine/diagnose';
import { findChromium } from '../e2e/support/chromium';
import { EXTENSION_DIR, ROOT } from '../e2e/support/paths';
import { readFixture } from '../support/fixtures';

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** An entry file plus every chunk it loads before it runs, as shipped. */
async function shippedSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const seen = new Set<string>();
  const pending = [entry];
  let raw = 0;
  let gzip = 0;
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = await readFile(join(EXTENSION_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    // Static imports, side-effect imports and HTML references; dynamic import() loads later.
    const refs =
      /(?:from|import|src=|href=)\s*["'`]\.{0,2}\/?((?:chunks|assets)\/[\w.-]+\.(?:js|css))["'`]/g;
    for (const [, ref] of bytes.toString('utf8').matchAll(refs)) {
      pending.push(ref!);
    }
  }
  return { raw, gzip };
}

async function bundleSizes(): Promise<Figure[]> {
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const popup = await shippedSize('popup.html');
  const status = await shippedSize('content-scripts/status.js');
  const icloud = await shippedSize('content-scripts/icloud.js');
  const background = await shippedSize('background.js');
  return [
    { name: 'popup (HTML, JS, CSS), gzip', value: kb(popup.gzip), unit: 'KB', budget: 90 },
    { name: 'status content script, raw', value: kb(status.raw), unit: 'KB', budget: 60 },
    { name: 'icloud.com content script, raw', value: kb(icloud.raw), unit: 'KB', budget: 40 },
    { name: 'background worker, raw', value: kb(background.raw), unit: 'KB', budget: 80 },
  ];
}

/** The status reader's main-thread work (parse, summary, hint wording) in real Chromium. */
async function contentScriptWork(page: import('@playwright/test').Page): Promise<Figure[]> {
  const bundle = await build({
    stdin: {
      contents: `
        import { parseStatusPage } from './src/pages/apple-status/parse-dom';
        import { summarizeIcloud } from './src/pages/apple-status/summary';
        import { hintView } from './src/inpage/hint';
        import { parseIcloudPage } from './src/pages/icloud/parse-dom';
        globalThis.readStatus = () => hintView(summarizeIcloud(parseStatusPage(document, location.href)), 'en');
        globalThis.readIcloud = () => parseIcloudPage(document, location.href);`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    loader: { '.json': 'json' },
  });
  const script = bundle.outputFiles[0]!.text;
  const measure = async (html: string, fn: 'readStatus' | 'readIcloud') => {
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    return page.evaluate((name) => {
      const run = (globalThis as unknown as Record<string, () => unknown>)[name]!;
      const times: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[30]!;
    }, fn);
  };
  const round = (n: number) => Math.round(n * 100) / 100;
  const statusPage = readFixture('pages/status-en-80-services.html');
  const icloudPage = readFixture('pages/icloud-en-account-details.html');
  return [
    {
      name: 'status reader on 80 services (median)',
      value: round(await measure(statusPage, 'readStatus')),
      unit: 'ms',
      budget: 5,
    },
    {
      name: 'icloud.com reader (median)',
      value: round(await measure(icloudPage, 'readIcloud')),
      unit: 'ms',
      budget: 5,
    },
  ];
}

/** From navigation start to the first screen being usable (storage answered, nothing busy). */
async function popupReady(context: import('@playwright/test').BrowserContext): Promise<Figure[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  const paints: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('main[aria-busy="false"] h2');
    const [fcp, now] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      performance.now(),
    ]);
    paints.push(fcp!);
    ready.push(now!);
    await page.close();
  }
  const round = (n: number) => Math.round(n);
  return [
    {
      name: 'popup first contentful paint (median)',
      value: round(median(paints)),
      unit: 'ms',
      budget: 250,
    },
    {
      name: 'popup first screen ready (median, upper bound)',
      value: round(median(ready)),
      unit: 'ms',
      budget: 400,
    },
  ];
}

function engineTime(): Figure[] {
  const facts = {
    alertText: 'iPhone Backup Failed',
    storageUsedBytes: 4.8 * 2 ** 30,
    storageTotalBytes: 5 * 2 ** 30,
    wifi: 'stable' as const,
    iosVersion: '17.5',
  };
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const start = performance.now();
    diagnose(facts);
    times.push(performance.now() - start);
  }
  return [
    {
      name: 'diagnose() (median)',
      value: Math.round(median(times) * 100) / 100,
      unit: 'ms',
      budget: 10,
    },
  ];
}

async function main(): Promise<number> {
  await stat(join(EXTENSION_DIR, 'manifest.json')).catch(() => {
    throw new Error('No build found: run `npm run build` first.');
  });
  const profile = await mkdtemp(join(tmpdir(), 'backup-rescue-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort(),
  );
  try {
    const figures = [
      ...(await bundleSizes()),
      ...(await contentScriptWork(await context.newPage())),
      ...(await popupReady(context)),
      ...engineTime(),
    ];
    const over = figures.filter((f) => f.value > f.budget);
    console.log('| measure | now | budget |\n| --- | --- | --- |');
    for (const f of figures) {
      console.log(
        `| ${f.name} | ${f.value} ${f.unit} | ${f.budget} ${f.unit}${f.value > f.budget ? ' (OVER)' : ''} |`,
      );
    }
    return over.length === 0 ? 0 : 1;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
