/// <reference types="chrome" />
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { launchProfile, type Profile, type ServedPage } from './profile';

export interface ExtensionFixtures {
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

interface TestProfile {
  /** Browser UI language, e.g. 'de' for the German popup. */
  uiLanguage: string;
  /**
   * A profile of the test's own instead of the one its Playwright worker shares between tests:
   * for tests that leave something behind that no reset undoes (listeners they add to the
   * extension's service worker).
   */
  freshProfile: boolean;
  /** The profile the test runs in, routing by its rules; reset or closed after it. */
  testProfile: Profile;
}

export interface ProfileFixtures {
  /**
   * The worker's profile in the given browser language, launched when a test first asks for it.
   * A test in another language replaces it: the language is fixed when the browser starts.
   */
  sharedProfile: (uiLanguage: string) => Promise<Profile>;
}

export const test = base.extend<ExtensionFixtures & TestProfile, ProfileFixtures>({
  uiLanguage: ['en', { option: true }],
  sharedProfile: [
    async ({}, use) => {
      let current: { uiLanguage: string; profile: Promise<Profile> } | undefined;
      await use(async (uiLanguage) => {
        if (current?.uiLanguage !== uiLanguage) {
          await (await current?.profile)?.close();
          current = { uiLanguage, profile: launchProfile(uiLanguage) };
        }
        return current.profile;
      });
      await (await current?.profile)?.close();
    },
    { scope: 'worker' },
  ],
  freshProfile: [false, { option: true }],
  served: async ({}, use) => use(new Map()),
  leakedRequests: async ({}, use) => use([]),

  testProfile: async ({ sharedProfile, freshProfile, uiLanguage, served, leakedRequests }, use) => {
    const profile = await (freshProfile ? launchProfile(uiLanguage) : sharedProfile(uiLanguage));
    profile.admit({ served, leakedRequests });
    await use(profile);
    await profile.closePages();
    expect(leakedRequests, 'requests the test did not allow').toEqual([]);
    await (freshProfile ? profile.close() : profile.reset());
  },
  context: async ({ testProfile }, use) => use(testProfile.context),
  serviceWorker: async ({ testProfile }, use) => use(await testProfile.serviceWorker()),
  extensionId: async ({ testProfile }, use) => use(testProfile.extensionId),

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
