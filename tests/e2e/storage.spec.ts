import type { Page, Worker } from '@playwright/test';
import { readFixture } from '../support/fixtures';
import { icloudReading, STATUS_URL, storedSession } from '../support/readings';
import { test, expect } from './support/extension';

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString();
const noMessage = "I don't know / no message";

const seed = (worker: Worker, values: Record<string, unknown>) =>
  worker.evaluate((v) => chrome.storage.local.set(v), values);
const everything = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));
const bytesInUse = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.local.getBytesInUse(null));

/** The popup has answered storage and shows a screen (not stuck aria-busy). */
async function openReady(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  await expect(popup.locator('main')).toHaveAttribute('aria-busy', 'false');
  return popup;
}

test('a damaged stored reading is dropped alone: the popup works and the answers stay', async ({
  serviceWorker,
  openPopup,
  readStorage,
}) => {
  const icloud = icloudReading(minuteAgo());
  await seed(serviceWorker, {
    observations: { status: { kind: 'apple-status' }, icloud },
    session: storedSession(minuteAgo()),
  });
  const popup = await openReady(openPopup);
  await expect(popup.getByRole('status').filter({ hasText: 'left out' })).toContainText(
    "the reading of Apple's System Status page",
  );
  await expect(popup.getByRole('heading', { name: 'Most likely causes' })).toBeVisible();
  const known = popup.getByRole('region', { name: 'What we know' });
  await expect(known).toContainText('Connection');
  await expect(known).toContainText('iCloud storage used');
  // The damaged reading is removed, so the notice is not repeated on every open.
  await expect.poll(() => readStorage('observations')).toEqual({ icloud });
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('a crafted link with a 1.9 MB fragment stores the bare address, and progress keeps saving', async ({
  context,
  serve,
  serviceWorker,
  readStorage,
  openPopup,
}) => {
  test.setTimeout(120_000);
  // The fragment never leaves the browser; the query is part of the request.
  serve(`${STATUS_URL}?ref=mail`, readFixture('pages/status-en-all-available.html'));
  const tab = await context.newPage();
  await tab.goto(`${STATUS_URL}?ref=mail#${'x'.repeat(1_900_000)}`);
  // Generous: a 1.9 MB address slows the page and the message down, on a busy machine most.
  await expect
    .poll(() => readStorage<{ status?: { url: string } }>('observations'), { timeout: 30_000 })
    .toMatchObject({ status: { url: STATUS_URL } });
  await tab.close();
  expect(await bytesInUse(serviceWorker)).toBeLessThan(40_000);

  const popup = await openReady(openPopup);
  await popup.getByRole('button', { name: noMessage }).click();
  const question = (await popup.locator('#question-title').textContent()) ?? '';
  await popup.getByRole('button', { name: 'Not sure' }).click();
  await expect(popup.locator('#question-title')).not.toHaveText(question);
  const next = (await popup.locator('#question-title').textContent()) ?? '';
  await popup.close();

  // The answer given after the crafted link is still there: saving kept working.
  const reopened = await openReady(openPopup);
  await expect(reopened.locator('#question-title')).toHaveText(next);
  await expect(
    reopened.getByRole('status').filter({ hasText: /left out|fresh start/ }),
  ).toHaveCount(0);
  expect(await bytesInUse(serviceWorker)).toBeLessThan(40_000);
});

test('"Delete all data" after a status reading leaves storage empty; the popup then starts empty', async ({
  context,
  serve,
  serviceWorker,
  readStorage,
  openPopup,
}) => {
  serve(STATUS_URL, readFixture('pages/status-en-icloud-backup-issue.html'));
  const tab = await context.newPage();
  await tab.goto(STATUS_URL);
  await expect
    .poll(() => readStorage('observations'))
    .toHaveProperty('status.kind', 'apple-status');
  await tab.close();

  const popup = await openReady(openPopup);
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Delete all data' }).click();
  await popup
    .getByRole('group', { name: /^Delete everything/ })
    .getByRole('button', { name: 'Delete all data' })
    .click();
  await expect(popup.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
  await expect.poll(() => everything(serviceWorker)).toEqual({});
  await popup.close();

  const reopened = await openReady(openPopup);
  await expect(reopened.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
  await expect(reopened.getByRole('region', { name: 'What we know' })).toContainText('Nothing yet');
  expect(await everything(serviceWorker)).toMatchObject({
    session: { screen: 'start', facts: {} },
  });
  expect(await readStorage('observations')).toBeUndefined();
});
