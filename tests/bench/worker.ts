import { rm } from 'node:fs/promises';
import { heapAfterGc, launch, workerDevTools, type ExtensionBrowser } from './browser';
import { MESSAGE_EVENTS } from './config';
import { buildProbeExtension } from './extensions';
import type { Measure } from './report';
import { sleep } from './stats';

/** The worker's heap at rest, after a garbage collection, in a freshly started browser. */
export async function workerHeap(browser: ExtensionBrowser): Promise<number> {
  const devtools = await workerDevTools(browser);
  try {
    return await heapAfterGc(devtools.send);
  } finally {
    await devtools.detach();
  }
}

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
