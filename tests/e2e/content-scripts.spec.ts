import { test, expect } from './support/extension';

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const ICLOUD_URL = 'https://www.icloud.com/settings/';
const OTHER_APPLE_URL = 'https://www.apple.com/iphone/';
const page = (title: string) =>
  `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`;

test('the status reader runs on the System Status page and reports it', async ({
  context,
  serve,
  readStorage,
}) => {
  serve(STATUS_URL, page('System Status'));
  const tab = await context.newPage();
  await tab.goto(STATUS_URL);
  await expect
    .poll(() => readStorage<Record<string, { url: string }>>('observations'))
    .toMatchObject({
      'apple-status': { url: STATUS_URL },
    });
});

test('the status reader also runs on country paths', async ({ context, serve, readStorage }) => {
  const url = 'https://www.apple.com/de/support/systemstatus/';
  serve(url, page('Systemstatus'));
  const tab = await context.newPage();
  await tab.goto(url);
  await expect
    .poll(() => readStorage<Record<string, { url: string }>>('observations'))
    .toMatchObject({
      'apple-status': { url },
    });
});

test('the icloud.com reader runs on icloud.com and reports it', async ({
  context,
  serve,
  readStorage,
}) => {
  serve(ICLOUD_URL, page('iCloud'));
  const tab = await context.newPage();
  await tab.goto(ICLOUD_URL);
  await expect
    .poll(() => readStorage<Record<string, { url: string }>>('observations'))
    .toMatchObject({
      'icloud-storage': { url: ICLOUD_URL },
    });
});

test('no reader runs on other apple.com pages', async ({ context, serve, readStorage }) => {
  serve(OTHER_APPLE_URL, page('iPhone'));
  serve(STATUS_URL, page('System Status'));
  const tab = await context.newPage();
  await tab.goto(OTHER_APPLE_URL);
  // Then a page where the reader does run, in the same tab: once its report is stored, any
  // report from the first page would have been stored before it.
  await tab.goto(STATUS_URL);
  await expect
    .poll(() => readStorage<Record<string, { url: string }>>('observations'))
    .toMatchObject({
      'apple-status': { url: STATUS_URL },
    });
  const stored = await readStorage<Record<string, { url: string }>>('observations');
  expect(Object.values(stored ?? {}).map((o) => o.url)).toEqual([STATUS_URL]);
});

test('the harness catches a request the test did not allow', async ({
  context,
  serve,
  leakedRequests,
}) => {
  serve(OTHER_APPLE_URL, page('iPhone'));
  const tab = await context.newPage();
  await tab.goto(OTHER_APPLE_URL);
  await tab.evaluate(() => fetch('https://tracker.invalid/pixel').catch(() => undefined));
  expect(leakedRequests).toEqual(['https://tracker.invalid/pixel']);
  // Allowed here on purpose, so the fixture's own leak check passes.
  leakedRequests.length = 0;
});
