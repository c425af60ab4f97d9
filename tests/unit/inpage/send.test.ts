import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReporter, REPORT_INTERVAL_MS, send } from '../../../src/inpage/send';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import type { ContentToBackground } from '../../../src/messaging/protocol';
import type { IcloudStorageObservation } from '../../../src/pages/observation';

const reading = (usedBytes: number, at = 0): IcloudStorageObservation => ({
  kind: 'icloud-storage',
  source: 'icloud',
  url: `https://www.icloud.com/settings/?n=${at}`,
  observedAt: new Date(Date.UTC(2026, 0, 1) + at).toISOString(),
  parserVersion: 1,
  basis: 'displayed-decimal',
  usedBytes,
  totalBytes: 5e9,
  categories: [],
});

function reporter() {
  vi.useFakeTimers();
  const delivered: ContentToBackground[] = [];
  const report = createReporter('icloud', async (message) => {
    delivered.push(message);
  });
  const used = () =>
    delivered.map((m) =>
      m.type === 'observation' && 'usedBytes' in m.observation
        ? m.observation.usedBytes
        : undefined,
    );
  return { report, delivered, used };
}

describe('reporting readings to the background', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the first reading at once', async () => {
    const { report, delivered } = reporter();
    await report(reading(1e9));
    expect(delivered).toEqual([{ type: 'observation', site: 'icloud', observation: reading(1e9) }]);
  });

  it('sends a reading that did not change once, however often it is read again', async () => {
    const { report, delivered } = reporter();
    for (let i = 0; i < 1000; i++) {
      await report(reading(1e9, i));
      await vi.advanceTimersByTimeAsync(7);
    }
    expect(delivered).toHaveLength(1);
  });

  it('sends at most one reading per interval, the latest one last', async () => {
    const { report, used } = reporter();
    // A new reading every millisecond for three seconds.
    for (let i = 1; i <= 3000; i++) {
      await report(reading(i * 1e6, i));
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(used().length).toBeLessThanOrEqual(3000 / REPORT_INTERVAL_MS + 1);
    expect(used().at(-1)).toBe(3000e6);
  });

  it('drops a waiting reading when the page goes back to what was sent', async () => {
    const { report, used } = reporter();
    await report(reading(1e9));
    await report(reading(2e9));
    await report(reading(1e9));
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS * 2);
    expect(used()).toEqual([1e9]);
  });
});

describe('send', () => {
  it('swallows a failure of the extension (reloaded while the page stayed open)', async () => {
    const api = {
      runtime: { sendMessage: vi.fn(async () => Promise.reject(new Error('context invalidated'))) },
    } as unknown as ExtensionApi;
    await expect(send(api, { type: 'open-flow' })).resolves.toBeUndefined();
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'open-flow' });
  });

  it("hands back the worker's answer", async () => {
    const api = {
      runtime: { sendMessage: vi.fn(async () => ({ ok: true })) },
    } as unknown as ExtensionApi;
    await expect(send(api, { type: 'open-flow' })).resolves.toEqual({ ok: true });
  });
});
