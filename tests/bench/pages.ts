import type { CDPSession } from '@playwright/test';
import { readFixture } from '../support/fixtures';
import { storedSession } from '../support/readings';
import type { ExtensionBrowser } from './browser';
import { clickHint, readHint } from '../e2e/support/hint';
import {
  HINT_LABEL,
  PAGE_WINDOW_MS,
  PAIRS,
  START_URL,
  STATUS_URL,
  type BudgetName,
} from './config';
import { formatExtra, type Measure } from './report';
import { measurePairs, sleep, summarize } from './stats';

interface StatusPage {
  name: string;
  html: string;
  budget: BudgetName;
  /** true: the measure is invalid unless the hint shows; false: it must not show. */
  hint?: boolean;
  /** A troubleshooting is under way (stored in the subject before the visits, and kept). */
  troubleshooting?: boolean;
  /** The hint is dismissed once, as a person does, before the visits (in the subject only). */
  dismissed?: boolean;
}

/**
 * Apple renders its status page with script, so a page whose table is missing keeps changing
 * while the reader would be waiting for it: twenty updates in the first second.
 */
const RENDERING = `<script>
  let updates = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.textContent = 'Loading ' + updates;
    document.querySelector('main').append(p);
    if (++updates === 20) clearInterval(timer);
  }, 50);
</script>`;

function withoutTable(html: string): string {
  return html.replace(/<div class="section-lights">[\s\S]*?<\/table>\s*<\/div>/, RENDERING);
}

export function statusPages(): StatusPage[] {
  const allAvailable = readFixture('pages/status-en-all-available.html');
  return [
    // No hint: every iCloud service is available and no troubleshooting is under way.
    {
      name: 'all services available',
      html: allAvailable,
      budget: 'pageAllAvailable',
      hint: false,
    },
    {
      name: 'iCloud Backup outage, hint shown',
      html: readFixture('pages/status-en-icloud-backup-outage.html'),
      budget: 'pageWithHint',
      hint: true,
    },
    {
      name: 'no status table',
      html: withoutTable(allAvailable),
      budget: 'pageWithoutTable',
      hint: false,
    },
    // Last two: the troubleshooting and then the dismissal stay stored.
    {
      name: 'all services available while troubleshooting, hint shown',
      html: allAvailable,
      budget: 'pageWithHint',
      hint: true,
      troubleshooting: true,
    },
    {
      name: 'all services available while troubleshooting, hint dismissed',
      html: allAvailable,
      budget: 'pageAllAvailable',
      hint: false,
      dismissed: true,
    },
  ];
}

/**
 * The page renderer's main thread. CPU time (ThreadTime) is what the budgets hold: task time
 * (TaskDuration, less DevTools' own commands) is wall time, which on a busy machine also counts
 * the waiting for a core and swamps a few milliseconds.
 */
interface MainThread {
  cpu: number;
  task: number;
}

async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    task: (seconds('TaskDuration') - seconds('DevToolsCommandDuration')) * 1000,
    cpu: seconds('ThreadTime') * 1000,
  };
}

interface PageVisit extends MainThread {
  hint: boolean;
}

/**
 * One visit: start on a same-site page (so the status page loads in the same renderer process
 * and its counters carry on), then load the status page and read the main-thread time once,
 * PAGE_WINDOW_MS after navigation started. Polling would itself cost main-thread time.
 */
async function visit(browser: ExtensionBrowser, html: string): Promise<PageVisit> {
  browser.served.set(START_URL, '<!doctype html><title>Apple Support</title><p>Support</p>');
  browser.served.set(STATUS_URL, html);
  const page = await browser.webPage();
  await page.goto(START_URL);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await mainThread(cdp);
  const started = Date.now();
  await page.goto(STATUS_URL);
  await sleep(PAGE_WINDOW_MS - (Date.now() - started));
  const after = await mainThread(cdp);
  const hint = HINT_LABEL.test((await readHint(page))?.label ?? '');
  await page.close();
  return { task: after.task - before.task, cpu: after.cpu - before.cpu, hint };
}

/**
 * A troubleshooting under way (two answers, one step tried), stored as the popup stores it,
 * from a page of the extension. Clicking the popup's first choice did not bring its question
 * within 30 s in the bench's browser after the popup measures (the same click works in a fresh
 * one), and the worker's handle can be stale once it has slept, so neither is used.
 */
async function startTroubleshooting(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate(
    (session) => chrome.storage.local.set({ session }),
    storedSession(new Date().toISOString()),
  );
  await page.close();
}

/** Shows the page once and dismisses its hint with a real click: later visits show none. */
async function dismissHint(browser: ExtensionBrowser, html: string): Promise<void> {
  browser.served.set(STATUS_URL, html);
  const page = await browser.webPage();
  await page.goto(STATUS_URL);
  await clickHint(page, 'Dismiss');
  // The dismissal is stored by the script after the click; a visit that still shows the hint
  // makes the measure invalid (hintProblem), so a lost write cannot pass unnoticed.
  const until = Date.now() + 5000;
  while ((await readHint(page)) && Date.now() < until) await sleep(50);
  await sleep(200);
  await page.close();
}

function hintProblem(page: StatusPage, visits: PageVisit[]): string | undefined {
  const shown = visits.filter((v) => v.hint).length;
  if (page.hint === true && shown < visits.length) {
    return `hint missing in ${visits.length - shown} of ${visits.length} visits`;
  }
  if (page.hint === false && shown > 0) return `hint shown in ${shown} of ${visits.length} visits`;
  return undefined;
}

/** Each status page with the extension against the same page with empty content scripts. */
export async function measurePages(browsers: {
  floor: ExtensionBrowser;
  subject: ExtensionBrowser;
}): Promise<Measure[]> {
  const pages = statusPages();
  // One unmeasured visit each: the first content script run of a browser compiles it cold.
  await visit(browsers.floor, pages[0]!.html);
  await visit(browsers.subject, pages[0]!.html);
  const measures: Measure[] = [];
  for (const page of pages) {
    if (page.troubleshooting) await startTroubleshooting(browsers.subject);
    if (page.dismissed) await dismissHint(browsers.subject, page.html);
    const pairs = await measurePairs(
      PAIRS.page,
      () => visit(browsers.floor, page.html),
      () => visit(browsers.subject, page.html),
    );
    const cpu = summarize(pairs.map((p) => ({ floor: p.floor.cpu, subject: p.subject.cpu })));
    const task = summarize(pairs.map((p) => ({ floor: p.floor.task, subject: p.subject.task })));
    const subjects = pairs.map((p) => p.subject);
    measures.push({
      area: 'status page',
      name: `extra main-thread CPU time, ${page.name}`,
      budget: page.budget,
      unit: 'ms',
      floor: cpu.floor,
      now: cpu.now,
      value: cpu.extra,
      invalid: hintProblem(page, subjects),
      note: `task time (TaskDuration) ${task.floor.toFixed(1)} → ${task.now.toFixed(1)} ms (${formatExtra(task.extra, 'ms')}); hint shown in ${subjects.filter((v) => v.hint).length} of ${subjects.length} visits`,
    });
  }
  return measures;
}
