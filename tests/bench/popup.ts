import type { CDPSession, Page, Request } from '@playwright/test';
import { pageHeapAfterGc, type ExtensionBrowser } from './browser';
import { BENCH_LANGUAGE, PAIRS, START_SCREEN_SELECTOR, type BudgetName } from './config';
import { messageBundles, popupFile, readManifest, type Manifest } from './extensions';
import type { Measure } from './report';
import { sizeOf, staticGraph } from './sizes';
import { measurePairs, sleep, summarize, type Pair } from './stats';

interface PopupVisit {
  /** First contentful paint, ms from navigation start. */
  paint: number;
  /** The frame after the start screen's choices appeared, ms from navigation start (or NaN). */
  usable: number;
  /** JS heap in use after the first screen and a garbage collection, bytes. */
  heap: number;
  /** Extension files requested before the first screen was usable. */
  loaded: string[];
}

/**
 * Runs before the page's own scripts: notes the frame in which the start screen's choices first
 * exist. A string, because functions compiled by tsx carry helpers the page does not have.
 */
const watchForStartScreen = (selector: string) => `
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__usable = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/**
 * Resolves with the mark left by watchForStartScreen, or null after 10 s. Evaluated through
 * DevTools: Playwright's `waitForFunction` would first put its selector engine (about 1 MB of
 * source and code) into the page, and the heap measured after it would count that, not the popup.
 */
const WAIT_FOR_START_SCREEN = `new Promise((resolve) => {
  const deadline = performance.now() + 10000;
  const check = () =>
    window.__usable !== undefined || performance.now() > deadline
      ? resolve(window.__usable ?? null)
      : setTimeout(check, 50);
  check();
})`;

/**
 * Requests sent before the frame in which the first screen appeared, both on the wall clock
 * (DevTools' `wallTime` of each request; Playwright gives extension files no start time): the
 * loads the page starts once that frame is painted are not "before the first screen", even
 * when the bench's polling notices the frame after they started. A request without a time
 * counts.
 */
async function requestedBefore(
  page: Page,
  requests: Request[],
  sentAt: Map<string, number>,
  usable: number,
) {
  if (Number.isNaN(usable)) return requests;
  const frameAt = await page.evaluate((at) => performance.timeOrigin + at, usable);
  return requests.filter((r) => !((sentAt.get(r.url()) ?? -Infinity) > frameAt));
}

const firstContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true }),
      ),
  );

interface VisitOptions {
  /** Wait for the start screen (the blank page has none). */
  expectScreen: boolean;
  /** Only these files of the extension are served; any other is held, never answered. */
  only?: ReadonlySet<string>;
}

/**
 * Holds back every file of the extension but `only`: its requests stay pending, so the popup
 * stays at its first screen and what that screen holds can be measured apart from what loads
 * once it is shown. Nothing fails, so no error path runs either.
 */
async function serveOnly(cdp: CDPSession, origin: string, only: ReadonlySet<string>) {
  cdp.on('Fetch.requestPaused', (event) => {
    if (only.has(event.request.url.slice(origin.length))) {
      void cdp.send('Fetch.continueRequest', { requestId: event.requestId });
    }
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}*` }] });
}

async function visit(
  browser: ExtensionBrowser,
  path: string,
  { expectScreen, only }: VisitOptions,
): Promise<PopupVisit> {
  const page = await browser.context.newPage();
  // The toolbar popup is at most 800x600; the flow is designed for a 400px-wide panel.
  await page.setViewportSize({ width: 400, height: 600 });
  const origin = `chrome-extension://${browser.extensionId}/`;
  const requests: Request[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(origin)) requests.push(r);
  });
  const cdp = await browser.context.newCDPSession(page);
  const sentAt = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => {
    sentAt.set(event.request.url, event.wallTime * 1000);
  });
  await cdp.send('Network.enable');
  // Nothing outside the extension is let through, blocked in the browser itself (a Playwright
  // route would also intercept the extension's own files; see browser.ts).
  await cdp.send('Network.setBlockedURLs', {
    urls: ['http://*', 'https://*', 'ws://*', 'wss://*'],
  });
  if (only) await serveOnly(cdp, origin, only);
  await page.addInitScript({ content: watchForStartScreen(START_SCREEN_SELECTOR) });
  await page.goto(`${origin}${path}`);
  let usable = NaN;
  if (expectScreen) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: WAIT_FOR_START_SCREEN,
      awaitPromise: true,
      returnByValue: true,
    });
    usable = typeof result.value === 'number' ? result.value : NaN;
  }
  const loaded = (await requestedBefore(page, requests, sentAt, usable)).map((r) =>
    r.url().slice(origin.length),
  );
  const paint = await firstContentfulPaint(page);
  await sleep(200);
  const heap = await pageHeapAfterGc(cdp);
  await page.close();
  return { paint, usable, heap, loaded };
}

function popupMeasures(pairs: Pair<PopupVisit>[]): Measure[] {
  const pick = (f: (v: PopupVisit) => number, g: (v: PopupVisit) => number = f) =>
    summarize(pairs.map((p) => ({ floor: f(p.floor), subject: g(p.subject) })));
  const paint = pick((v) => v.paint);
  const usable = pick(
    (v) => v.paint,
    (v) => v.usable,
  );
  const missing = missingScreens(pairs);
  return [
    {
      area: 'popup',
      name: 'first contentful paint (vs blank page)',
      budget: 'popupPaint',
      unit: 'ms',
      floor: paint.floor,
      now: paint.now,
      value: paint.ratio,
    },
    {
      area: 'popup',
      name: 'first screen usable (vs blank page paint)',
      budget: 'popupUsable',
      unit: 'ms',
      floor: usable.floor,
      now: usable.now,
      value: usable.ratio,
      invalid: missing > pairs.length / 2 ? `"${START_SCREEN_SELECTOR}" never appeared` : undefined,
    },
    heapMeasure(pairs, 'once settled, the flow loaded', 'popupHeapSettled'),
  ];
}

const missingScreens = (pairs: Pair<PopupVisit>[]) =>
  pairs.filter((p) => Number.isNaN(p.subject.usable)).length;

function heapMeasure(
  pairs: Pair<PopupVisit>[],
  when: string,
  budget: BudgetName,
  invalid?: string,
): Measure {
  const heap = summarize(pairs.map((p) => ({ floor: p.floor.heap, subject: p.subject.heap })));
  return {
    area: 'memory',
    name: `popup JS heap ${when} (vs blank page)`,
    budget,
    unit: 'B',
    floor: heap.floor,
    now: heap.now,
    value: heap.extra,
    invalid,
  };
}

/** The heap of visits that were held at the first screen (see serveOnly). */
function firstScreenHeap(pairs: Pair<PopupVisit>[]): Measure {
  const missing = missingScreens(pairs);
  return heapMeasure(
    pairs,
    'at the first screen, later files held back',
    'popupHeapFirstScreen',
    missing > 0 ? `the first screen never appeared in ${missing} visits` : undefined,
  );
}

async function bytesMeasure(
  dirs: { floor: string; subject: string },
  manifests: { floor: Manifest; subject: Manifest },
  graph: string[],
  observed: string[],
): Promise<Measure> {
  const floor = await sizeOf(dirs.floor, await staticGraph(dirs.floor, popupFile(manifests.floor)));
  const bundles = messageBundles(manifests.subject, BENCH_LANGUAGE);
  const now = await sizeOf(dirs.subject, [...new Set([...graph, ...observed, ...bundles])]);
  const late = observed.filter((f) => !graph.includes(f));
  return {
    area: 'popup',
    name: 'loaded before first screen, gzip',
    budget: 'popupBytes',
    unit: 'B',
    floor: floor.gzip,
    now: now.gzip,
    value: now.gzip,
    note: `${now.files.length} files (the message bundle included), ${(now.raw / 1024).toFixed(1)} KB raw${
      late.length ? `; dynamic imports loaded before the first screen: ${late.join(', ')}` : ''
    }`,
  };
}

/** Popup against a blank page of the same extension, in alternating pairs. */
export async function measurePopup(
  browsers: { floor: ExtensionBrowser; subject: ExtensionBrowser },
  dirs: { floor: string; subject: string },
): Promise<Measure[]> {
  const manifests = {
    floor: await readManifest(dirs.floor),
    subject: await readManifest(dirs.subject),
  };
  const blank = () => visit(browsers.floor, popupFile(manifests.floor), { expectScreen: false });
  const popup = (only?: ReadonlySet<string>) =>
    visit(browsers.subject, popupFile(manifests.subject), { expectScreen: true, only });
  // One unmeasured visit each: the first page of a fresh extension process pays its start-up.
  await blank();
  const warm = await popup();
  const pairs = await measurePairs(PAIRS.popup, blank, () => popup());
  // What the first screen needs: its static graph and what the warm visit loaded before it.
  const graph = await staticGraph(dirs.subject, popupFile(manifests.subject));
  const firstScreen = new Set([...graph, ...warm.loaded]);
  const held = await measurePairs(PAIRS.heldPopup, blank, () => popup(firstScreen));
  return [
    ...popupMeasures(pairs),
    firstScreenHeap(held),
    await bytesMeasure(dirs, manifests, graph, warm.loaded),
  ];
}
