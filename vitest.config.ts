import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { startSlicePlugin } from './src/knowledge/start-slice-plugin';

export default defineConfig({
  plugins: [WxtVitest(), startSlicePlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/knowledge/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/vitest-setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is not enough.
    testTimeout: 60_000,
  },
});
