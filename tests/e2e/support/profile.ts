/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium';
import { EXTENSION_DIR } from './paths';

// Extension service workers' fetches only reach context.route with this switch on.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export type ServedPage = { body: string; contentType: string; headers?: Record<string, string> };

/** What the running test allows to load, and where it records what it did not allow. */
export interface Traffic {
  served: Map<string, ServedPage>;
  leakedRequests: string[];
}

/**
 * One Chromium profile with the extension, shared by the tests of one Playwright worker:
 * launching a profile costs seconds on a busy machine, resetting one a fraction of that.
 */
export interface Profile {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: the running one, or the next to start. */
  serviceWorker: () => Promise<Worker>;
  /** Routes every request by this test's rules until the next call. */
  admit: (traffic: Traffic) => void;
  /** Closes the test's pages; nothing the test opened can load anything after this. */
  closePages: () => Promise<void>;
  /** Call after closePages: makes the profile what a new one is to the next test. */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

const CHROMIUM_ARGS = chromiumArgs(EXTENSION_DIR);

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }))
  );
}

export async function launchProfile(uiLanguage: string): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'backup-rescue-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    locale: uiLanguage,
    args: [...CHROMIUM_ARGS, `--lang=${uiLanguage}`],
    viewport: { width: 800, height: 600 },
  });
  let traffic: Traffic = { served: new Map(), leakedRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files never leave the browser.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const page = traffic.served.get(url);
    if (page)
      return route.fulfill({
        status: 200,
        body: page.body,
        contentType: page.contentType,
        headers: page.headers,
      });
    traffic.leakedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const serviceWorker = () => extensionWorker(context);

  return {
    context,
    extensionId: new URL((await serviceWorker()).url()).host,
    serviceWorker,
    admit: (next) => {
      traffic = next;
    },
    closePages: async () => {
      // A new profile has one blank tab; keeping one also keeps the browser from quitting.
      const blank = await context.newPage();
      await Promise.all(context.pages().map((page) => page !== blank && page.close()));
    },
    reset: async () => resetProfile(context, await serviceWorker()),
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Leaves the profile as the next test needs it: the extension's storage empty, no badge, and no
 * permission or cookie the test granted or set. The service worker keeps running: reloading the
 * extension (chrome.runtime.reload) leaves it unloaded in Debian's Chromium, and Chromium does
 * not stop a worker that DevTools is attached to. What the worker holds in memory (a badge's
 * expiry timer, the flow opener's per-tab times) is keyed to readings of the last half hour or to
 * tabs that are closed now; a test that adds to it itself asks for a fresh profile.
 */
async function resetProfile(context: BrowserContext, worker: Worker): Promise<void> {
  await Promise.all([
    context.clearPermissions(),
    context.clearCookies(),
    worker.evaluate(() =>
      Promise.all([
        chrome.storage.local.clear(),
        chrome.storage.session.clear(),
        chrome.storage.sync.clear(),
        chrome.action.setBadgeText({ text: '' }),
      ]),
    ),
  ]);
}
