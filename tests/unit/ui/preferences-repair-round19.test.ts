import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { local, openWindow } from '../../support/flow-windows';
import { storedWith } from '../../support/stored-state';

/**
 * A stored language this version cannot read is named on the first opening and written back
 * without it, so the next opening names nothing. Outcomes written down before the code ran.
 */

describe('a damaged stored language', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown, unknown]>([
    ['a region tag beside a newer setting', { locale: 'en-US', fontSize: 3 }, { fontSize: 3 }],
    ['a language in capitals', { locale: 'DE' }, {}],
    ['a text instead of a record', 'de', {}],
  ])('%s: named once, then written back without it', async (_label, preferences, after) => {
    await local.set({ session: storedWith(), preferences, preferences$: { v: 1 } });
    const first = await openWindow();
    expect(first.flow().notice).toMatchObject({ kind: 'restored' });
    await waitFor(async () => expect((await local.get('preferences')).preferences).toEqual(after));
    first.unmount();
    const second = await openWindow();
    expect(second.flow().notice).toBeNull();
    second.unmount();
  });

  it('a language chosen in another window since is not written over', async () => {
    await local.set({ session: storedWith(), preferences: { locale: 'xx' } });
    const { flow, unmount } = await openWindow();
    flow().chooseLocale('fr');
    await waitFor(async () =>
      expect((await local.get('preferences')).preferences).toEqual({ locale: 'fr' }),
    );
    const again = await openWindow();
    expect(again.flow().chosenLocale).toBe('fr');
    expect(again.flow().notice).toBeNull();
    again.unmount();
    unmount();
  });
});
