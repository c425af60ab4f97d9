import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { extensionUrl, launchFirefox } from './firefox';
import { startNetwork, type Network } from './network';
import { fromProtocol, ui, waitShown } from './ui';

/** The part of the `browser` API of an extension page the tests use to read its state. */
export type ExtensionGlobals = {
  browser: {
    storage: { local: { get: (key: string | null) => Promise<Record<string, unknown>> } };
    browserAction: { getBadgeText: (details: object) => Promise<string> };
    runtime: { getBackgroundPage: () => Promise<Window> };
  };
};

export interface FirefoxFixtures {
  /** The only way out of the browser: serves the test's pages, records everything else. */
  network: Network;
  firefox: Browser;
  /** The toolbar popup's page in a tab, 400x600 as in the toolbar unless a size is given. */
  openPopup: (viewport?: { width: number; height: number }) => Promise<Page>;
  /** A web page at its real address, served by `network.serve`. */
  openTab: (url: string) => Promise<Page>;
  /** An extension page of its own, opened on first use, to read the add-on's state from. */
  extensionPage: () => Promise<Page>;
  /** A stored item (everything when `key` is null). */
  readStorage: <T = unknown>(key: string | null) => Promise<T | undefined>;
}

/**
 * Sets the page's size. Puppeteer sends BiDi's screen-orientation override with it, which
 * Firefox ESR 140 does not know; the size itself is its own command, which every version has,
 * so that one error alone is let pass (and the size is waited for, as the two run together).
 */
async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('setScreenOrientationOverride'))) {
      throw error;
    }
  }
}

async function openExtensionPage(
  firefox: Browser,
  path: string,
  viewport = { width: 400, height: 600 },
) {
  // Now and then Firefox's BiDi keeps failing every script in a freshly opened extension tab
  // (the retried poll error of waitShown, for good): a new tab is then what a person would open.
  for (let attempt = 1; ; attempt += 1) {
    const page = await firefox.newPage();
    await resize(page, viewport);
    // Firefox does not tell WebDriver BiDi when a moz-extension:// page has loaded; the app's
    // heading showing up says it has. The navigation's promise ends when the page closes.
    page.goto(extensionUrl(path)).catch(() => undefined);
    try {
      await waitShown(page, ui.appTitle, 15_000);
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      if (attempt === 3 || !fromProtocol(error)) throw error;
    }
  }
}

export const test = base.extend<FirefoxFixtures>({
  network: async ({}, use) => {
    const network = await startNetwork();
    await use(network);
    await network.close();
    expect(network.leaks, 'requests the test did not allow').toEqual([]);
  },

  firefox: async ({ network }, use) => {
    const firefox = await launchFirefox(network.prefs);
    await use(firefox);
    await firefox.close();
  },

  openPopup: async ({ firefox }, use) =>
    use((viewport) => openExtensionPage(firefox, 'popup.html', viewport)),

  openTab: async ({ firefox }, use) =>
    use(async (url) => {
      const page = await firefox.newPage();
      await resize(page, { width: 1000, height: 700 });
      await page.goto(url);
      return page;
    }),

  extensionPage: async ({ firefox }, use) => {
    let page: Promise<Page> | undefined;
    await use(() => (page ??= openExtensionPage(firefox, 'popup.html')));
  },

  readStorage: async ({ extensionPage }, use) =>
    use(async <T>(key: string | null) => {
      const page = await extensionPage();
      return page.evaluate(async (k) => {
        const { browser } = globalThis as unknown as ExtensionGlobals;
        const items = await browser.storage.local.get(k);
        return k === null ? items : items[k];
      }, key) as Promise<T | undefined>;
    }),
});

export { expect };
