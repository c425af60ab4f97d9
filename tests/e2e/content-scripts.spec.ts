import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/knowledge/ids';
import { readFixture } from '../support/fixtures';
import { test, expect } from './support/extension';
import { clickHint, hintTitleStyle, readHint, waitForHint } from './support/hint';
import { EXTENSION_DIR, ROOT } from './support/paths';

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const STATUS_DE_URL = 'https://www.apple.com/de/support/systemstatus/';
const ICLOUD_URL = 'https://www.icloud.com/settings/';
const OTHER_APPLE_URL = 'https://www.apple.com/iphone/';
const fixture = (name: string) => readFixture(`pages/${name}`);

type Stored = Record<string, { url: string; kind: string; [key: string]: unknown }>;

test.describe('status page reader', () => {
  test('reads an all-available page without a hint while no troubleshooting is under way', async ({
    context,
    serve,
    readStorage,
  }) => {
    serve(STATUS_URL, fixture('status-en-all-available.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({ status: { icloudBackup: { state: 'available' } } });
    expect(await readHint(tab)).toBeUndefined();
  });

  test('says Apple reports iCloud Backup as available and points at the device', async ({
    context,
    serve,
    readStorage,
    openPopup,
  }) => {
    // A troubleshooting under way, begun as a person does: one answer in the popup.
    const popup = await openPopup();
    await popup.getByRole('button', { name: "I don't know / no message" }).click();
    await expect(popup.locator('#question-title')).toBeVisible();
    serve(STATUS_URL, fixture('status-en-all-available.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    const hint = await waitForHint(tab);
    expect(hint).toMatchObject({
      title: 'Apple reports iCloud Backup as available',
      role: 'region',
      label: /Backup Rescue/,
    });
    expect(hint.text).toContain('likely on your side');
    // Every iCloud service is available: no list of them repeating the title.
    expect(hint.text).not.toMatch(/: available/);
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({
        status: { kind: 'apple-status', url: STATUS_URL, icloudBackup: { state: 'available' } },
      });
  });

  test('tells the user to wait during an iCloud Backup issue, and badges the toolbar', async ({
    context,
    serve,
    serviceWorker,
  }) => {
    serve(STATUS_URL, fixture('status-en-icloud-backup-issue.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    const { text } = await waitForHint(tab);
    expect(text).toContain('ongoing iCloud Backup issue');
    expect(text).toContain('Wait for Apple');
    // One service has a problem: the list of iCloud services and their states shows.
    expect(text).toContain('iCloud Backup: issue');
    await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  });

  test("is set in the page's own typeface", async ({ context, serve }) => {
    const page = fixture('status-en-icloud-backup-issue.html').replace(
      '<body>',
      '<body style="font-family: monospace">',
    );
    serve(STATUS_URL, page);
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    await waitForHint(tab);
    expect(await hintTitleStyle(tab, 'font-family')).toBe('monospace');
    expect(await hintTitleStyle(tab, 'font-size')).toBe('17px');
  });

  test("reports an outage on a country page, in the page's language", async ({
    context,
    serve,
    serviceWorker,
  }) => {
    serve(STATUS_DE_URL, fixture('status-de-icloud-backup-issue.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_DE_URL);
    // The browser speaks English; the path /de/ names German, so the hint speaks German.
    const german = JSON.parse(readFileSync('content/locales/de/inpage.json', 'utf8')) as Record<
      string,
      string
    >;
    expect((await waitForHint(tab)).text).toContain(german['hint.title.problem']);
    await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  });

  test("reads a page in a language it does not speak, and words the hint in the browser's", async ({
    context,
    serve,
    readStorage,
  }) => {
    const url = 'https://www.apple.com/kr/support/systemstatus/';
    const korean = fixture('status-en-icloud-backup-outage.html')
      .replace('<html lang="en-US">', '<html lang="ko-KR">')
      .replace('>iCloud Backup - Outage<', '>iCloud 백업 - 1 서비스 중단<');
    serve(url, korean);
    const tab = await context.newPage();
    await tab.goto(url);
    const { title, text } = await waitForHint(tab);
    expect(title).toBe('Apple reports a problem with iCloud Backup');
    expect(text).toContain('iCloud 백업: outage');
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({ status: { url, icloudBackup: { state: 'outage' } } });
  });

  test('says since when, from the feed the page itself loaded, and asks for nothing else', async ({
    context,
    serve,
  }) => {
    const feedUrl = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';
    const page = fixture('status-en-icloud-backup-outage.html').replace(
      '</head>',
      '<script src="/support/systemstatus/data/system_status_en_US.js"></script></head>',
    );
    serve(STATUS_URL, page);
    serve(feedUrl, readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp'), 'text/javascript');
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(STATUS_URL);
    expect((await waitForHint(tab)).text).toMatch(/ongoing iCloud Backup outage since .+\d/);
    // The page's own load of the feed, and the reader's one read of it: nothing else leaves
    // the browser (the reader itself is a file of the extension's package).
    const web = requests.filter((url) => !url.startsWith('chrome-extension://'));
    expect([...new Set(web)]).toEqual([STATUS_URL, feedUrl]);
  });

  test('reads the page only once it has rendered the table', async ({
    context,
    serve,
    readStorage,
  }) => {
    const page = fixture('status-en-icloud-backup-issue.html');
    const table = /<div class="section-lights">[\s\S]*?<\/table>\s*<\/div>/.exec(page)![0];
    serve(
      STATUS_URL,
      page.replace(
        table,
        // The table comes when the test says so, not on a timer a slow machine could outrun.
        `<div id="later"></div><script>window.renderTable = () => {
          document.getElementById('later').outerHTML = ${JSON.stringify(table)};
        };</script>`,
      ),
    );
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    await tab.waitForTimeout(1000);
    // Before the table: the content script is only the wait.
    expect(await readStorage('observations')).toBeUndefined();
    expect(await readHint(tab)).toBeUndefined();
    await tab.evaluate('window.renderTable()');
    expect((await waitForHint(tab)).title).toBe('Apple reports a problem with iCloud Backup');
    expect(await readStorage<Stored>('observations')).toMatchObject({
      status: { icloudBackup: { state: 'issue' } },
    });
  });

  test("reads a page whose security policy forbids the page's own scripts", async ({
    context,
    serve,
  }) => {
    serve(STATUS_URL, fixture('status-en-icloud-backup-outage.html'), undefined, {
      'content-security-policy': "default-src 'none'; script-src 'none'",
    });
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    expect((await waitForHint(tab)).title).toBe('Apple reports a problem with iCloud Backup');
  });

  test('says so when the page cannot be read', async ({ context, serve, readStorage }) => {
    serve(STATUS_URL, fixture('status-en-changed-markup.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    // The reader waits up to 10 s for a table that never comes.
    expect((await waitForHint(tab, 15_000)).title).toBe(
      "Backup Rescue couldn't read iCloud Backup's status on this page",
    );
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({
        status: { icloudBackup: { state: 'unknown' } },
      });
  });

  test('keeps a dismissed hint hidden for the same situation', async ({ context, serve }) => {
    serve(STATUS_URL, fixture('status-en-icloud-backup-issue.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    const highlighted = tab.locator('[data-backup-rescue="highlight"]');
    await expect(highlighted).toContainText('iCloud Backup');
    await clickHint(tab, 'Dismiss');
    await expect.poll(() => readHint(tab)).toBeUndefined();
    await expect(highlighted).toHaveCount(0);
    await tab.reload();
    // The page itself is back and read; only the hint stays away.
    await expect(tab.getByRole('heading', { name: 'System Status' })).toBeVisible();
    await tab.waitForTimeout(1000);
    expect(await readHint(tab)).toBeUndefined();
  });

  test('continues into the troubleshooting flow in one click', async ({
    context,
    serve,
    extensionId,
  }) => {
    serve(STATUS_URL, fixture('status-en-icloud-backup-issue.html'));
    const tab = await context.newPage();
    await tab.goto(STATUS_URL);
    const opened = context.waitForEvent('page');
    await clickHint(tab, 'Continue troubleshooting');
    const flow = await opened;
    await expect(flow).toHaveURL(`chrome-extension://${extensionId}/popup.html`);
    await expect(flow.getByRole('heading', { level: 1 })).toHaveText('Backup Rescue');
  });
});

test.describe('icloud.com reader', () => {
  test('reads storage used and total, and nothing personal', async ({
    context,
    serve,
    readStorage,
  }) => {
    serve(ICLOUD_URL, fixture('icloud-en-account-details.html'));
    const tab = await context.newPage();
    await tab.goto(ICLOUD_URL);
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({
        icloud: {
          kind: 'icloud-storage',
          usedBytes: 4.8e9,
          totalBytes: 50e9,
          plan: 'iCloud+ 50 GB',
        },
      });
    const everything = JSON.stringify(
      await tab
        .context()
        .serviceWorkers()[0]!
        .evaluate(() => chrome.storage.local.get(null)),
    );
    // The phone number's digits, not a bare "555", which a reading's time can hold (…:28.555Z).
    expect(everything).not.toMatch(/Jane|Appleseed|example\.com|555\D{0,2}010|010\D?4477/);
  });

  test('reads again after in-app navigation', async ({ context, serve, readStorage }) => {
    serve('https://www.icloud.com/', fixture('icloud-en-no-storage.html'));
    const tab = await context.newPage();
    await tab.goto('https://www.icloud.com/');
    await tab.evaluate(() => {
      history.pushState({}, '', '/settings/');
      document.body.insertAdjacentHTML(
        'beforeend',
        '<section><p>1.2 GB of 5 GB used</p></section>',
      );
    });
    await expect
      .poll(() => readStorage<Stored>('observations'))
      .toMatchObject({
        icloud: { usedBytes: 1.2e9, totalBytes: 5e9, url: ICLOUD_URL },
      });
  });
});

test('no reader runs on other apple.com pages', async ({ context, serve, readStorage }) => {
  // A page that would show a hint to anyone, were a reader to run on it.
  serve(OTHER_APPLE_URL, fixture('status-en-icloud-backup-issue.html'));
  serve(STATUS_URL, fixture('status-en-all-available.html'));
  const tab = await context.newPage();
  await tab.goto(OTHER_APPLE_URL);
  await tab.waitForTimeout(1000);
  expect(await readHint(tab)).toBeUndefined();
  // Then a page where the reader does run, in the same tab: once its report is stored, any
  // report from the first page would have been stored before it.
  await tab.goto(STATUS_URL);
  await expect
    .poll(() => readStorage<Stored>('observations'))
    .toMatchObject({
      status: { url: STATUS_URL },
    });
  const stored = await readStorage<Stored>('observations');
  expect(Object.values(stored ?? {}).map((o) => o.url)).toEqual([STATUS_URL]);
});

test('the harness catches a request the test did not allow', async ({
  context,
  serve,
  leakedRequests,
}) => {
  serve(OTHER_APPLE_URL, '<!doctype html><title>iPhone</title>');
  const tab = await context.newPage();
  await tab.goto(OTHER_APPLE_URL);
  await tab.evaluate(() => fetch('https://tracker.invalid/pixel').catch(() => undefined));
  expect(leakedRequests).toEqual(['https://tracker.invalid/pixel']);
  // Allowed here on purpose, so the fixture's own leak check passes.
  leakedRequests.length = 0;
});

test('every script run in pages is text Chrome accepts in a content script', () => {
  // Chrome refuses the whole extension when a content script's file holds a noncharacter
  // (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, …), which a minifier writes out from a "\uffff" escape.
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  expect(files.sort()).toEqual(['icloud.js', 'status.js']);
  for (const file of files) {
    const noncharacters = readFileSync(join(dir, file), 'utf8').match(
      /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g,
    );
    expect(noncharacters, file).toBeNull();
  }
});

test("the content scripts start without WXT's start-up guard (src/inpage/bare-entry-plugin.ts)", () => {
  // The guard's logger is silent in a production build; its code and messages cost each file
  // about 100 bytes gzip. A WXT that names its start-up module otherwise brings it back.
  const dir = join(EXTENSION_DIR, 'content-scripts');
  for (const file of ['status.js', 'icloud.js']) {
    expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('crashed on startup');
  }
});

test("the build packages each language's hint texts as written", () => {
  // The worker reads them from the package (src/background/hint-texts.ts); a build that went
  // stale or skipped a language would show an older or no hint.
  for (const locale of LOCALES) {
    const built = readFileSync(join(EXTENSION_DIR, `inpage/${locale}.json`), 'utf8');
    const written = readFileSync(`${ROOT}content/locales/${locale}/inpage.json`, 'utf8');
    expect(JSON.parse(built), locale).toEqual(JSON.parse(written));
  }
});
