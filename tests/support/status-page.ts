import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../src/background/router';
import type { StatusPageDeps } from '../../src/inpage/status-page';
import type { StatusRows } from '../../src/messaging/protocol';
import type { AppleStatusObservation } from '../../src/pages/observation';
import { LOCALES } from '../../src/knowledge/ids';
import { observationsItem, sessionItem } from '../../src/storage/items';
import { newSession, type Screen } from '../../src/storage/session';
import { hintTexts } from './catalogs';

export const STATUS_PAGE_URL = 'https://www.apple.com/support/systemstatus/';

/**
 * The status page's script's dependencies with the real worker behind them (fakeBrowser): what
 * it asks goes through the router, checked, parsed and stored; `asked` keeps every message.
 * Stubs `fetch` with the package's hint texts: a test that calls it unstubs globals after.
 */
export function statusPageWithWorker(
  url = STATUS_PAGE_URL,
  overrides: Partial<StatusPageDeps> = {},
) {
  const asked: StatusRows[] = [];
  // The worker reads each language's hint texts from its package (src/background/hint-texts.ts).
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      const locale = LOCALES.find((l) => path === `/inpage/${l}.json`);
      return locale
        ? new Response(JSON.stringify(hintTexts(locale)))
        : new Response('', { status: 404 });
    }),
  );
  const deps = {
    document,
    language: () => 'en-US',
    ask: vi.fn(async (message: StatusRows) => {
      asked.push(message);
      return handleContentMessage(
        message,
        { id: fakeBrowser.runtime.id, url },
        { openFlow: async () => undefined },
      );
    }),
    loadFeed: vi.fn(async (): Promise<string | undefined> => undefined),
    showHint: vi.fn<StatusPageDeps['showHint']>(),
    ...overrides,
  };
  return { ...deps, asked };
}

/** The status page's reading the worker stored, if any. */
export async function storedStatus(): Promise<AppleStatusObservation | undefined> {
  const stored = (await observationsItem.getValue()) as { status?: AppleStatusObservation } | null;
  return stored?.status;
}

/** A troubleshooting as the popup stores it, on `screen` (`questions`: answers given). */
export async function troubleshootingOn(screen: Screen = 'questions'): Promise<void> {
  await sessionItem.setValue({ ...newSession(new Date()), screen });
}
