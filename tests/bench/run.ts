/**
 * Performance benchmark: `npm run bench` (after `npm run build`). Every measure is taken next to
 * its floor in the same run (a blank page and empty scripts of the same extension), printed with
 * its budget, and written to .output/bench.json; exit 1 when one is over, 2 when it cannot run.
 * Timings live here, never in the test suite, because they depend on the machine.
 */
import { rm, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT } from '../e2e/support/paths';
import { launch, type ExtensionBrowser } from './browser';
import { measureBundles } from './bundles';
import { measureEngine } from './engine';
import { buildFloorExtension } from './extensions';
import { measurePages } from './pages';
import { measurePopup } from './popup';
import { notes, passes, table, writeResults, type Measure } from './report';
import { wakeMeasures, workerHeap, workerHeapMeasure } from './worker';

const RESULTS = join(ROOT, '.output/bench.json');

/** Both browsers up side by side: the subject (the build as is) and its floor. */
async function inBrowsers(floorDir: string): Promise<Measure[]> {
  const browsers: { floor?: ExtensionBrowser; subject?: ExtensionBrowser } = {};
  try {
    browsers.floor = await launch(floorDir);
    browsers.subject = await launch(EXTENSION_DIR);
    const both = { floor: browsers.floor, subject: browsers.subject };
    const heap = { floor: await workerHeap(both.floor), subject: await workerHeap(both.subject) };
    const dirs = { floor: floorDir, subject: EXTENSION_DIR };
    return [
      ...(await measurePopup(both, dirs)),
      ...(await measurePages(both)),
      workerHeapMeasure(heap),
    ];
  } finally {
    await browsers.floor?.close();
    await browsers.subject?.close();
  }
}

async function main(): Promise<number> {
  await stat(join(EXTENSION_DIR, 'manifest.json')).catch(() => {
    throw new Error('No build found: run `npm run build` first.');
  });
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const floorDir = await buildFloorExtension(EXTENSION_DIR);
  try {
    const measures = [
      ...(await measureBundles({ floor: floorDir, subject: EXTENSION_DIR })),
      ...(await inBrowsers(floorDir)),
      ...(await wakeMeasures(EXTENSION_DIR)),
      measureEngine(),
    ];
    const run = {
      seconds: Math.round((Date.now() - started) / 1000),
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    };
    console.log(table(measures));
    console.log(`\n${notes(measures)}`);
    await writeResults(RESULTS, run, measures);
    const over = measures.filter((m) => !passes(m)).length;
    console.log(
      `\n${over} of ${measures.length} over budget in ${run.seconds} s, load average ${run.loadAverage.start.toFixed(1)} → ${run.loadAverage.end.toFixed(1)} on ${cpus().length} cores; written to ${RESULTS}`,
    );
    return over === 0 ? 0 : 1;
  } finally {
    await rm(floorDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
