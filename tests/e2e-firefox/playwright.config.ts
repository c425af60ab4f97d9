import { defineConfig } from '@playwright/test';

// Playwright's runner and expect drive puppeteer-core here: Playwright cannot load add-ons into
// Firefox, puppeteer can over WebDriver BiDi. Each test gets its own Firefox and profile.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/firefox',
  globalSetup: './support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Starting Firefox takes 5 s on an idle 2-core machine and several times that on a busy one.
  timeout: 90_000,
  // The icloud.com reading once took over 10 s to be stored while `web-ext lint` ran beside these
  // tests (npm test runs them side by side): a wait, not a check, so it may be long.
  expect: { timeout: 30_000 },
  reporter: [['list']],
});
