import { rm } from 'node:fs/promises';
import { heapAfterGc, launch, workerDevTools, type ExtensionBrowser } from './browser';
import { MESSAGE_EVENTS } from './config';
import { buildProbeExtension } from './extensions';
import type { Measure } from './report';
import { sleep } from './stats';

/**
 * The worker's heap at rest in a freshly started browser: read after a garbage collection,
 * again every half second until two readings agree. The first reading alone moved between
 * +142 and +325 KB over the floor from run to run with the same worker, while the later ones
 * were the same in every start (a worker still finishing its start-up when first read).
 */
export async function workerHeap(browser: ExtensionBrowser): Promise<number> {
  const devtools = await workerDevTools(browser);
  try {
    let last = await heapAfterGc(devtools.send);
    for (let reading = 1; reading < HEAP_READINGS; reading++) {
      await sleep(500);
      const now = await heapAfterGc(devtools.send);
      if (Math.abs(now - last) <= HEAP_SETTLED_BYTES) return now;
      last = now;
    }
    return last;
  } finally {
    await devtools.detach();
  }
}

const HEAP_READINGS = 8;
const HEAP_SETTLED_BYTES = 1024;

export function workerHeapMeasure(heap: { floor: number; subject: number }): Measure {
  return {
    area: 'memory',
    name: 'background worker JS heap at rest (vs empty worker)',
    budget: 'backgroundHeap',
    unit: 'B',
    floor: heap.floor,
    now: heap.subject,
    value: heap.subject - heap.floor,
  };
}

interface ProbeFindings {
  timers: string[];
  listeners: string[];
}

/**
 * Starts the build with a probe loaded before its worker (see worker-probe.js), lets it settle
 * and reads what it set up: timers and alarms set at start, and events it listens to.
 */
async function probeWorker(build: string): Promise<ProbeFindings> {
  const dir = await buildProbeExtension(build);
  const browser = await launch(dir);
  try {
    await sleep(1000);
    return await browser.worker.evaluate(
      () => (globalThis as unknown as { __benchProbe: ProbeFindings }).__benchProbe,
    );
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function wakeMeasures(build: string): Promise<Measure[]> {
  const found = await probeWorker(build);
  const wakers = [...new Set(found.listeners)].filter((e) => !MESSAGE_EVENTS.includes(e));
  return [
    {
      area: 'background',
      name: 'timers and alarms set at start',
      budget: 'backgroundTimers',
      unit: 'count',
      floor: 0,
      now: found.timers.length,
      value: found.timers.length,
      note: found.timers.length ? found.timers.join(', ') : undefined,
    },
    {
      area: 'background',
      name: 'events other than messages that wake it',
      budget: 'backgroundWakers',
      unit: 'count',
      floor: 0,
      now: wakers.length,
      value: wakers.length,
      note: `listens to: ${[...new Set(found.listeners)].join(', ') || 'nothing'}`,
    },
  ];
}
