import { defineConfig } from '@playwright/test';

// Not a test stage: `npm run store:assets` writes the store images with the Chromium harness.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/store',
  globalSetup: '../e2e/support/global-setup.ts',
  workers: 2,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
