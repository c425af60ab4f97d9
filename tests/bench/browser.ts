import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/support/chromium';
import { BENCH_LANGUAGE } from './config';

/** One headless Chromium with one unpacked extension, serving pages at their real URLs. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Responses by exact URL for pages opened with `webPage`. */
  served: Map<string, string>;
  /** A tab whose requests are answered from `served`; any other request is aborted. */
  webPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function launch(extensionDir: string): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'backup-rescue-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale: BENCH_LANGUAGE,
    args: [...chromiumArgs(extensionDir), `--lang=${BENCH_LANGUAGE}`],
  });
  const served = new Map<string, string>();
  // Routed per web page, not per context: a context route sends every request, the extension's
  // own files too, through Playwright's process and back, which a person's browser never does
  // and which slowed the popup by tens of milliseconds per file.
  const webPage = async () => {
    const page = await context.newPage();
    // The extension's own files (a content script's later part) are the browser's to serve.
    await page.route(
      (url) => url.protocol !== 'chrome-extension:',
      (route) => {
        const body = served.get(route.request().url());
        if (body === undefined) return route.abort('blockedbyclient');
        return route.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' });
      },
    );
    return page;
  };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    served,
    webPage,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface WorkerDevTools {
  send: <T>(method: string, params?: object) => Promise<T>;
  detach: () => Promise<void>;
}

/**
 * A DevTools session on the extension's service worker. Playwright opens CDP sessions on pages
 * only, so this goes through the browser session and the (non-flattened) target messages.
 */
export async function workerDevTools(browser: ExtensionBrowser): Promise<WorkerDevTools> {
  const root: CDPSession = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await root.send('Target.getTargets');
  const target = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  );
  if (!target) throw new Error('The extension has no running service worker.');
  const { sessionId } = await root.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  const waiting = new Map<
    number,
    (reply: { result?: unknown; error?: { message: string } }) => void
  >();
  root.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  let nextId = 1;
  return {
    send: async <T>(method: string, params: object = {}) => {
      const id = nextId++;
      const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
        waiting.set(id, resolve),
      );
      await root.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
      const { result, error } = await reply;
      if (error) throw new Error(`${method}: ${error.message}`);
      return result as T;
    },
    detach: () => root.detach(),
  };
}

/** JS heap in use after a full garbage collection, so what is measured is what stays. */
export async function heapAfterGc(send: WorkerDevTools['send']): Promise<number> {
  await send('HeapProfiler.collectGarbage');
  const { usedSize } = await send<{ usedSize: number }>('Runtime.getHeapUsage');
  return usedSize;
}

/** The same, on a page's own DevTools session. */
export async function pageHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
