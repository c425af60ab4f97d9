import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../../support/find-browser';

const FIREFOX = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  aptPackage: 'firefox-esr',
  usualPaths: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
};

/** FIREFOX_PATH wins, then the usual install paths. Nothing here ever downloads a browser. */
export const findFirefox = (env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean) =>
  findBrowser(FIREFOX, env, exists);

/** Test runners start in the repository root; the build is addressed from there. */
export const EXTENSION_DIR = resolve(process.cwd(), '.output/firefox-mv2');

/** The add-on id from the built manifest (wxt.config.ts sets it). */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${EXTENSION_DIR}/manifest.json has no gecko id`);
  return id;
}

/** Fixed, so the tests know the moz-extension:// address before the add-on is installed. */
export const EXTENSION_UUID = '6f7c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f';
export const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;

/**
 * Headless Firefox with the built add-on installed. `prefs` routes its traffic (see network.ts);
 * Remote Settings would otherwise call Mozilla's servers, and only obeys its server pref in a
 * release build when MOZ_REMOTE_SETTINGS_DEVTOOLS is set.
 */
export async function launchFirefox(prefs: Record<string, unknown>): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Favicons and the captive-portal and connectivity checks (Firefox ESR 140 makes them) are
      // the browser's requests, not the extension's: keep them out of the count.
      'browser.chrome.site_icons': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}
