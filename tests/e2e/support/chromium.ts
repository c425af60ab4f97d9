import { findBrowser } from '../../support/find-browser';

const CHROMIUM = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  aptPackage: 'chromium',
  usualPaths: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};

/** CHROMIUM_PATH wins, then the usual install paths. Nothing here ever downloads a browser. */
export const findChromium = (env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean) =>
  findBrowser(CHROMIUM, env, exists);

/** Headless Chromium with only the given unpacked extension, nothing reaching out on its own. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
