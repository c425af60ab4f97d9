// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const probe = readFileSync(
  fileURLToPath(new URL('../../bench/worker-probe.js', import.meta.url)),
  'utf8',
);

function fakeEvent() {
  const listeners: unknown[] = [];
  return { listeners, addListener: (fn: unknown) => void listeners.push(fn) };
}

/** A worker global with the parts of `chrome` the probe wraps, then the probe run in it. */
function workerWithProbe(withBrowser = false) {
  const chrome = {
    runtime: { onMessage: fakeEvent(), onInstalled: fakeEvent(), id: 'x' },
    storage: { onChanged: fakeEvent(), local: { onChanged: fakeEvent(), get: () => {} } },
    alarms: {
      onAlarm: fakeEvent(),
      created: [] as unknown[],
      create(...args: unknown[]) {
        this.created.push(args);
      },
    },
  };
  const timers: unknown[] = [];
  const global: Record<string, unknown> = {
    chrome,
    browser: withBrowser ? chrome : undefined,
    setTimeout: (fn: unknown) => (timers.push(fn), 1),
    setInterval: (fn: unknown) => (timers.push(fn), 2),
  };
  global.globalThis = global;
  runInNewContext(probe, global);
  return { global, chrome, timers };
}

const findings = (global: Record<string, unknown>) =>
  global.__benchProbe as { timers: string[]; listeners: string[] };

describe('the worker probe', () => {
  it('records the events listened to and still registers the listeners', () => {
    const { global, chrome } = workerWithProbe();
    const onMessage = () => {};
    runInNewContext(
      'chrome.runtime.onMessage.addListener(onMessage); chrome.storage.local.onChanged.addListener(() => {});',
      Object.assign(global, { onMessage }),
    );
    expect(findings(global).listeners).toEqual(['runtime.onMessage', 'storage.local.onChanged']);
    expect(chrome.runtime.onMessage.listeners).toEqual([onMessage]);
    expect(chrome.storage.local.onChanged.listeners).toHaveLength(1);
  });

  it('records timers and alarms, and still sets them', () => {
    const { global, chrome, timers } = workerWithProbe();
    runInNewContext(
      "setTimeout(() => {}, 10); setInterval(() => {}, 10); chrome.alarms.create('poll', { periodInMinutes: 1 });",
      global,
    );
    expect(findings(global).timers).toEqual(['setTimeout', 'setInterval', 'alarms.create']);
    expect(timers).toHaveLength(2);
    expect(chrome.alarms.created).toEqual([['poll', { periodInMinutes: 1 }]]);
  });

  it('counts a listener once when `browser` and `chrome` are the same object', () => {
    const { global } = workerWithProbe(true);
    runInNewContext('browser.runtime.onMessage.addListener(() => {});', global);
    expect(findings(global).listeners).toEqual(['runtime.onMessage']);
  });

  it('records nothing for a worker that does nothing', () => {
    expect(findings(workerWithProbe().global)).toEqual({ timers: [], listeners: [] });
  });
});
