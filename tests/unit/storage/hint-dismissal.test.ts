import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDismissed, rememberDismissed } from '../../../src/storage/hint-dismissal';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import { hintDismissedItem } from '../../../src/storage/items';

const api = fakeBrowser as unknown as ExtensionApi;
const OUTAGE = 'apple-problem|outage|2026-01-01T10:00:00.000Z';

describe("the hint's dismissal in storage", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the same stored value the extension pages read and clear', async () => {
    await rememberDismissed(api, OUTAGE);
    expect(await hintDismissedItem.getValue()).toBe(OUTAGE);
    expect(await isDismissed(api, OUTAGE)).toBe(true);
    await hintDismissedItem.setValue('available|available|');
    expect(await isDismissed(api, 'available|available|')).toBe(true);
    expect(await isDismissed(api, OUTAGE)).toBe(false);
    await fakeBrowser.storage.local.remove('hintDismissed');
    expect(await isDismissed(api, 'available|available|')).toBe(false);
  });

  it('dismisses only the situation it names, whatever else is stored', async () => {
    for (const value of [42, { situation: OUTAGE }, [OUTAGE], `${OUTAGE} `, null]) {
      await fakeBrowser.storage.local.set({ hintDismissed: value });
      expect(await isDismissed(api, OUTAGE)).toBe(false);
    }
  });
});
