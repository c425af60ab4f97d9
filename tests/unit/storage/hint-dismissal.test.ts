import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDismissed, rememberDismissed } from '../../../src/storage/hint-dismissal';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import { junk } from './arbitraries';

const api = fakeBrowser as unknown as ExtensionApi;
const OUTAGE = 'apple-problem|outage|2026-01-01T10:00:00.000Z';
const ALL_CLEAR = 'available|available|';

describe("the hint's dismissal in storage", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('dismisses the last situation dismissed, and only that one', async () => {
    expect(await isDismissed(api, OUTAGE)).toBe(false);
    await rememberDismissed(api, OUTAGE);
    expect(await isDismissed(api, OUTAGE)).toBe(true);
    await rememberDismissed(api, ALL_CLEAR);
    expect(await isDismissed(api, ALL_CLEAR)).toBe(true);
    expect(await isDismissed(api, OUTAGE)).toBe(false);
  });

  it('reads as not dismissed once all data is deleted', async () => {
    await rememberDismissed(api, OUTAGE);
    await fakeBrowser.storage.local.clear();
    expect(await isDismissed(api, OUTAGE)).toBe(false);
  });

  it('dismisses nothing for a damaged or foreign stored value', async () => {
    for (const value of [42, { situation: OUTAGE }, [OUTAGE], `${OUTAGE} `, null]) {
      await fakeBrowser.storage.local.set({ hintDismissed: value });
      expect(await isDismissed(api, OUTAGE)).toBe(false);
    }
    await fc.assert(
      fc.asyncProperty(junk, async (value) => {
        await fakeBrowser.storage.local.set({ hintDismissed: value });
        return (await isDismissed(api, OUTAGE)) === (value === OUTAGE);
      }),
      { numRuns: 300 },
    );
  });

  it('never rejects when storage fails: the hint shows again', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    await expect(isDismissed(api, OUTAGE)).resolves.toBe(false);
    await expect(rememberDismissed(api, OUTAGE)).resolves.toBeUndefined();
  });
});
