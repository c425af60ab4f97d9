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
    // Vitest leaves one core to itself by default, which on a 2-core machine runs the files one
    // at a time; two workers take the unit suite from about 8 to under 6 minutes there.
    maxWorkers: 2,
  },
});
