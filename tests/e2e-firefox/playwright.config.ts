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
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
