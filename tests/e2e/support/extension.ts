/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium';
import { EXTENSION_DIR } from './paths';

// Extension service workers' fetches only reach context.route with this switch on.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

type ServedPage = { body: string; contentType: string; headers?: Record<string, string> };

export interface ExtensionFixtures {
  /** Browser UI language, e.g. 'de' for the German popup. */
  uiLanguage: string;
  /** Responses for exact URLs; anything else is aborted and counted as a leak. */
  served: Map<string, ServedPage>;
  /** Requests that were attempted but not allowed by the test. Must stay empty. */
  leakedRequests: string[];
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Answers `url` with `body`; `headers` are sent with it (a page's security policy, say). */
  serve: (
    url: string,
    body: string,
    contentType?: string,
    headers?: Record<string, string>,
  ) => void;
  openPopup: () => Promise<Page>;
  readStorage: <T = unknown>(key: string) => Promise<T | undefined>;
}

const CHROMIUM_ARGS = chromiumArgs(EXTENSION_DIR);

export const test = base.extend<ExtensionFixtures>({
  uiLanguage: ['en', { option: true }],
  served: async ({}, use) => use(new Map()),
  leakedRequests: async ({}, use) => use([]),

  context: async ({ uiLanguage, served, leakedRequests }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'backup-rescue-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      locale: uiLanguage,
      args: [...CHROMIUM_ARGS, `--lang=${uiLanguage}`],
      viewport: { width: 800, height: 600 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      // The extension's own files never leave the browser.
      if (url.startsWith('chrome-extension://')) return route.continue();
      const page = served.get(url);
      if (page)
        return route.fulfill({
          status: 200,
          body: page.body,
          contentType: page.contentType,
          headers: page.headers,
        });
      leakedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
    expect(leakedRequests, 'requests the test did not allow').toEqual([]);
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),

  serve: async ({ served }, use) =>
    use((url, body, contentType = 'text/html; charset=utf-8', headers) => {
      served.set(url, { body, contentType, headers });
    }),

  openPopup: async ({ context, extensionId }, use) =>
    use(async () => {
      const page = await context.newPage();
      // The toolbar popup is at most 800x600; the flow is designed for a 400px-wide panel.
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    }),

  readStorage: async ({ serviceWorker }, use) =>
    use(
      async <T>(key: string) =>
        (await serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key)) as
          T | undefined,
    ),
});

export { expect };
