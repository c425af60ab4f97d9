import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { readFixture } from '../support/fixtures';
import { test, expect } from './support/extension';
import { clickHint, readHint, waitForHint } from './support/hint';

/**
 * Pages that fight the extension (tests/fixtures/pages/hostile-*.html): they click, rewrite
 * and restyle the hint, send the event that stopped WXT content scripts, nest a hidden usage
 * line 10,000 deep, add a row every millisecond and push a thousand history entries; and
 * Apple's pages are opened through a link with a 1.9 MB fragment. Main-thread time is bounded
 * generously (2 s, where the old icloud.com reader took 60 s on the deep page alone): a guard
 * against runaway work, not a benchmark. It is not measured with the huge fragment: Chromium
 * itself then spends seconds on the page, with or without the extension.
 */

// countWrites adds a listener to the extension's worker, which a shared profile keeps.
test.use({ freshProfile: true });

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const ICLOUD_URL = 'https://www.icloud.com/settings/';
/** An address on Apple's site where no content script runs. */
const NO_READER_URL = 'https://www.apple.com/hostile/';
const HUGE_FRAGMENT = `#${'x'.repeat(1_900_000)}`;
const MAX_TASK_SECONDS = 2;
/** A status reading of a few services is a few KB; anything near this is a leak into storage. */
const MAX_STORED_BYTES = 32_000;

declare global {
  interface Window {
    extensionId: string;
    hostile: {
      messages: unknown[];
      attack: (extensionId: string) => Record<string, unknown>;
      showStorage: () => void;
      pushStates: (count: number) => void;
    };
  }
}

/** Main-thread task time of the tab's page so far (page and content script together). */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

async function measuredTab(context: BrowserContext, extensionId: string) {
  const tab = await context.newPage();
  await tab.addInitScript((id) => (window.extensionId = id), extensionId);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  return { tab, cdp };
}

/** Counts writes per storage key from now on. */
async function countWrites(worker: Worker): Promise<() => Promise<Record<string, number>>> {
  type Counting = typeof globalThis & { writes: Record<string, number> };
  await worker.evaluate(() => {
    const self = globalThis as Counting;
    self.writes = {};
    chrome.storage.onChanged.addListener((changes) => {
      for (const key of Object.keys(changes)) self.writes[key] = (self.writes[key] ?? 0) + 1;
    });
  });
  return () => worker.evaluate(() => (globalThis as Counting).writes);
}

const storedBytes = (worker: Worker) =>
  worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)).length);

const flowTabs = (context: BrowserContext, extensionId: string) =>
  context.pages().filter((page) => page.url().startsWith(`chrome-extension://${extensionId}/`));

async function expectWorkingFlow(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backup Rescue');
  await expect(page.getByRole('button', { name: "I don't know / no message" })).toBeVisible();
}

test('a status page cannot click, rewrite, restyle or stop the hint', async ({
  context,
  serve,
  extensionId,
  serviceWorker,
  readStorage,
}) => {
  const page = readFixture('pages/hostile-status.html');
  serve(STATUS_URL, page);
  serve(NO_READER_URL, page);
  const floor = await measuredTab(context, extensionId);
  const { tab, cdp } = await measuredTab(context, extensionId);
  await Promise.all([tab.goto(STATUS_URL), floor.tab.goto(NO_READER_URL)]);
  // The page draws its table after 1.5 s, while adding a row every millisecond.
  const hint = await waitForHint(tab, 10_000);
  expect(hint.shadowRootType).toBe('closed');
  expect(hint.title).toBe('Apple reports a problem with iCloud Backup');
  expect(hint.text).toContain('iCloud Backup: issue');
  expect(hint.text).toContain('iCloud Account & Sign In: outage');
  expect(hint.text).not.toMatch(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);

  const seen = await tab.evaluate((id) => window.hostile.attack(id), extensionId);
  expect(seen).toMatchObject({
    host: 'DIV',
    shadowRoot: null,
    buttons: 0,
    reattached: false,
    messagesSent: 0,
  });
  // Important rules inside the shadow root win over the page's, even its inline important ones.
  expect(seen.style).toEqual({
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    position: 'static',
    before: 'none',
  });
  await tab.waitForTimeout(1000);
  expect(flowTabs(context, extensionId), 'tabs opened by forged clicks').toHaveLength(0);
  const after = await readHint(tab);
  expect(after?.title).toBe(hint.title);
  expect(after?.text).not.toContain('555');
  expect(await tab.evaluate(() => window.hostile.messages), 'messages posted to the page').toEqual(
    [],
  );

  // Real clicks still work; three in a row open one tab.
  for (let i = 0; i < 3; i++) await clickHint(tab, 'Continue troubleshooting');
  await expect.poll(() => flowTabs(context, extensionId).length).toBe(1);
  await tab.waitForTimeout(1000);
  expect(flowTabs(context, extensionId)).toHaveLength(1);
  await expectWorkingFlow(flowTabs(context, extensionId)[0]!);
  // The page's stop event changed nothing: the hint still answers a real click.
  await clickHint(tab, 'Dismiss');
  await expect.poll(() => readHint(tab)).toBeUndefined();

  const [withReader, pageAlone] = await Promise.all([taskSeconds(cdp), taskSeconds(floor.cdp)]);
  console.log(
    `hostile status page: main-thread task time ${withReader.toFixed(3)} s, ` +
      `the same page without the reader ${pageAlone.toFixed(3)} s`,
  );
  expect(withReader - pageAlone).toBeLessThan(MAX_TASK_SECONDS);
  expect(await readStorage('observations')).toMatchObject({ status: { url: STATUS_URL } });
  expect(await storedBytes(serviceWorker)).toBeLessThan(MAX_STORED_BYTES);
});

test('an icloud.com page with deep and busy DOM costs a bounded wait, then an honest "unknown"', async ({
  context,
  serve,
  extensionId,
  serviceWorker,
  readStorage,
  openPopup,
}) => {
  test.setTimeout(60_000);
  const page = readFixture('pages/hostile-icloud.html');
  serve(ICLOUD_URL, page);
  serve(NO_READER_URL, page);
  const writes = await countWrites(serviceWorker);
  // The same page where no content script runs, side by side: the page's own work is the floor.
  const [read, floor] = await Promise.all([
    measuredTab(context, extensionId),
    measuredTab(context, extensionId),
  ]);
  await Promise.all([read.tab.goto(ICLOUD_URL), floor.tab.goto(NO_READER_URL)]);
  // The reader waits 15 s for a storage bar; the only one is hidden 10,000 levels deep.
  await expect
    .poll(() => readStorage('observations'), { timeout: 25_000 })
    .toMatchObject({
      icloud: { kind: 'unknown', reason: 'storage-usage-not-found', url: ICLOUD_URL },
    });
  const [withReader, pageAlone] = await Promise.all([
    taskSeconds(read.cdp),
    taskSeconds(floor.cdp),
  ]);
  console.log(
    `hostile icloud.com page, 15 s wait: main-thread task time ${withReader.toFixed(3)} s, ` +
      `the same page without the reader ${pageAlone.toFixed(3)} s`,
  );
  expect(withReader - pageAlone).toBeLessThan(MAX_TASK_SECONDS);
  expect((await writes()).observations).toBe(1);
  expect(await read.tab.evaluate(() => window.hostile.messages)).toEqual([]);
  expect(await storedBytes(serviceWorker)).toBeLessThan(MAX_STORED_BYTES);
  await expectWorkingFlow(await openPopup());
});

test('a thousand history entries and stop events neither multiply writes nor stop the reader', async ({
  context,
  serve,
  extensionId,
  serviceWorker,
  readStorage,
  openPopup,
}) => {
  // Chromium takes 15 to 30 s of wall time for a thousand history entries on a busy machine.
  test.setTimeout(120_000);
  serve(ICLOUD_URL, readFixture('pages/hostile-icloud.html'));
  const writes = await countWrites(serviceWorker);
  const { tab } = await measuredTab(context, extensionId);
  await tab.goto(ICLOUD_URL);
  // Drawn while the page still sends the stop event every 20 ms.
  await tab.evaluate(() => window.hostile.showStorage());
  await expect
    .poll(() => readStorage('observations'))
    .toMatchObject({ icloud: { usedBytes: 4.8e9, totalBytes: 50e9, plan: 'iCloud+ 50 GB' } });
  await tab.evaluate(() => window.hostile.pushStates(1000));
  await tab.waitForTimeout(2000);
  const counted = await writes();
  console.log(`1,000 history entries: ${counted.observations} write(s) of the readings`);
  expect(counted.observations).toBe(1);
  const popup = await openPopup();
  await expectWorkingFlow(popup);
  await expect(popup.getByRole('region', { name: 'What we know' })).toContainText(
    'iCloud storage used',
  );
});

test('a crafted link with a 1.9 MB fragment leaves a small reading without it', async ({
  context,
  serve,
  serviceWorker,
  readStorage,
}) => {
  test.setTimeout(180_000);
  serve(STATUS_URL, readFixture('pages/status-en-icloud-backup-issue.html'));
  serve(ICLOUD_URL, readFixture('pages/icloud-en-free-5gb.html'));
  const tab = await context.newPage();
  const status = { status: { url: STATUS_URL, icloudBackup: { state: 'issue' } } };
  // Each page's reading is awaited before the next navigation, so the second visit cannot
  // cut the first page's script short on a busy machine; the content scripts, not the
  // load event, are what this test is about.
  await tab.goto(STATUS_URL + HUGE_FRAGMENT, { waitUntil: 'commit', timeout: 60_000 });
  await expect.poll(() => readStorage('observations'), { timeout: 40_000 }).toMatchObject(status);
  await tab.goto(ICLOUD_URL + HUGE_FRAGMENT, { waitUntil: 'commit', timeout: 60_000 });
  await expect
    .poll(() => readStorage('observations'), { timeout: 40_000 })
    .toMatchObject({ ...status, icloud: { url: ICLOUD_URL, usedBytes: 4.8e9 } });
  expect(await storedBytes(serviceWorker)).toBeLessThan(MAX_STORED_BYTES);
});
