import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissedSituation, rememberDismissed } from '../../../src/inpage/dismissed';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import { hintDismissedItem } from '../../../src/storage/items';

const api = fakeBrowser as unknown as ExtensionApi;

describe("the hint's dismissal in storage", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the same stored value the extension pages read and clear', async () => {
    await rememberDismissed(api, 'apple-problem|outage|2026-01-01T10:00:00.000Z');
    expect(await hintDismissedItem.getValue()).toBe(
      'apple-problem|outage|2026-01-01T10:00:00.000Z',
    );
    await hintDismissedItem.setValue('available|available|');
    expect(await dismissedSituation(api)).toBe('available|available|');
    await fakeBrowser.storage.local.remove('hintDismissed');
    expect(await dismissedSituation(api)).toBeNull();
  });

  it('reads anything that is not a situation id as none', async () => {
    for (const value of [42, { situation: 'x' }, 'x'.repeat(5000)]) {
      await fakeBrowser.storage.local.set({ hintDismissed: value });
      expect(await dismissedSituation(api)).toBeNull();
    }
  });
});
