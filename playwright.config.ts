import { defineConfig } from '@playwright/test';

// Each worker keeps one browser profile and resets it between its tests (tests/e2e/support/
// profile.ts); two workers keep both cores busy without sharing state.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: { trace: 'off' },
});
