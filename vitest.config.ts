import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { startSlicePlugin } from './src/knowledge/start-slice-plugin';

/** The tests of code that reads or renders a page: they need a DOM. */
const DOM_TESTS = ['tests/unit/{ui,pages,inpage}/**/*.test.{ts,tsx}'];
/**
 * Tests that time themselves with `process.cpuUsage()` (tests/unit/report/redact-timing.ts): in a
 * worker thread that counts every thread of the process, the other test file's too, so they run
 * in a process of their own.
 */
const CPU_TIMED = ['tests/unit/report/redact-round{19,20,21}-probes.test.ts'];

export default defineConfig({
  plugins: [WxtVitest(), startSlicePlugin()],
  test: {
    setupFiles: ['tests/support/vitest-setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is not enough.
    testTimeout: 60_000,
    // Vitest leaves one core to itself by default, which on a 2-core machine runs the files one
    // at a time; two workers take the unit suite from about 8 to under 6 minutes there.
    maxWorkers: 2,
    // Worker threads instead of child processes: each file starts without a new Node process and
    // its module loader; the unit stage went from 365 to 302 s on this machine (same 15,708 tests).
    pool: 'threads',
    // A DOM costs each file about 0.7 s to set up; the engine, knowledge, report and storage
    // tests run without one (about 180 files).
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: DOM_TESTS,
          setupFiles: ['tests/support/dom-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/knowledge/**/*.test.{ts,tsx}'],
          exclude: [...DOM_TESTS, ...CPU_TIMED],
        },
      },
      {
        extends: true,
        test: {
          name: 'cpu-timed',
          environment: 'node',
          include: CPU_TIMED,
          pool: 'forks',
          // Even in a process of its own, a measurement taken while the rest of the suite fills
          // both cores has come out 7x the same one alone ("veljeni Juha " at 4.4x alone, 25x
          // once under the whole suite). A probe over its bar is measured again, twice at most:
          // a super-linear pass is over every time, a burst of load once.
          retry: 2,
        },
      },
    ],
  },
});
