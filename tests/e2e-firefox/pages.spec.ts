import type { Page } from 'puppeteer-core';
import { readFixture } from '../support/fixtures';
import { test, expect, type ExtensionGlobals } from './support/extension';
import { extensionUrl } from './support/firefox';
import { clickHintButton, readHint } from './support/hint';
import { text, textPattern, ui, visibleText, waitShown } from './support/ui';

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
const FEED_URL = `https://www.apple.com${FEED_PATH}`;
const ICLOUD_URL = 'https://www.icloud.com/settings/';

type Stored = Record<string, { url: string; kind: string; [key: string]: unknown }>;

test('an outage on the status page: the hint says since when, and the popup leads with it', async ({
  network,
  openTab,
  openPopup,
  extensionPage,
}) => {
  network.serve(
    STATUS_URL,
    readFixture('pages/status-en-icloud-backup-outage.html').replace(
      '</head>',
      `<script src="${FEED_PATH}"></script></head>`,
    ),
  );
  network.serve(
    FEED_URL,
    readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp'),
    'text/javascript',
  );
  const tab = await openTab(STATUS_URL);
  const outage = text('hint.kind.outage');
  await expect
    .poll(async () => (await readHint(tab))?.text ?? '')
    .toMatch(textPattern('hint.body.problemSince', { kind: outage }));
  const hint = await readHint(tab);
  expect(hint?.mode).toBe('closed');
  expect(hint?.label).toBe(text('hint.label'));
  // The page's own load of the feed and the reader's one read of it: nothing else.
  expect([...new Set(network.requests)]).toEqual([STATUS_URL, FEED_URL]);

  const badge = await (
    await extensionPage()
  ).evaluate(() =>
    (globalThis as unknown as ExtensionGlobals).browser.browserAction.getBadgeText({}),
  );
  expect(badge).toBe('!');

  const popup = await openPopup();
  const banner = await visibleText(popup, ui.outageBanner);
  expect(banner).toMatch(textPattern('banner.since'));
  expect(banner).toMatch(/\d{4}/);
});

test('the hint continues into the flow in a tab', async ({ network, firefox, openTab }) => {
  network.serve(STATUS_URL, readFixture('pages/status-en-icloud-backup-issue.html'));
  const tab = await openTab(STATUS_URL);
  const before = new Set(await firefox.pages());
  await expect.poll(async () => (await readHint(tab))?.buttons.length ?? 0).toBeGreaterThan(0);
  await clickHintButton(tab, text('hint.continue'));
  // Firefox does not report where an extension page navigated to, so find the new tab and ask it.
  let flow: Page | undefined;
  await expect
    .poll(async () => (flow = (await firefox.pages()).find((page) => !before.has(page))))
    .toBeDefined();
  await waitShown(flow!, ui.start.title);
  expect(await flow!.evaluate(() => location.href)).toBe(extensionUrl('popup.html'));
});

test('the icloud.com reader stores storage used and total, and nothing personal', async ({
  network,
  openTab,
  openPopup,
  readStorage,
}) => {
  network.serve(ICLOUD_URL, readFixture('pages/icloud-en-account-details.html'));
  await openTab(ICLOUD_URL);
  await expect
    .poll(() => readStorage<Stored>('observations'))
    .toMatchObject({
      icloud: { kind: 'icloud-storage', usedBytes: 4.8e9, totalBytes: 50e9, url: ICLOUD_URL },
    });
  // The phone number's digits, not a bare "555", which a reading's time can hold (…:28.555Z).
  expect(JSON.stringify(await readStorage(null))).not.toMatch(
    /Jane|Appleseed|example\.com|555\D{0,2}010|010\D?4477/,
  );

  const popup = await openPopup();
  expect(await visibleText(popup, ui.results.knownFacts)).toContain('4.8 GB');
});

test('the harness catches requests from the background page and from a tab', async ({
  network,
  openTab,
  extensionPage,
}) => {
  network.serve('https://www.apple.com/iphone/', '<!doctype html><title>iPhone</title>');
  const tab = await openTab('https://www.apple.com/iphone/');
  await tab.evaluate(() => fetch('https://tracker.invalid/pixel').catch(() => undefined));
  await (
    await extensionPage()
  ).evaluate(async () => {
    const background = await (
      globalThis as unknown as ExtensionGlobals
    ).browser.runtime.getBackgroundPage();
    await background.fetch('https://beacon.invalid/collect').catch(() => undefined);
  });
  await expect
    .poll(() => [...network.leaks].sort())
    .toEqual(['https://beacon.invalid/collect', 'https://tracker.invalid/pixel']);
  // Allowed here on purpose, so the fixture's own leak check passes.
  network.leaks.length = 0;
});
