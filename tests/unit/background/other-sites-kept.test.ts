import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import { storeObservations, readObservations } from '../../../src/storage/observations';
import { workerUnderTest } from '../../support/worker-under-test';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Readings of sites this version does not read (a newer build's, after a downgrade) are that
 * build's to read: whoever writes the readings (the worker storing a new one, the popup removing
 * a damaged one) leaves them as they are. Outcomes decided before the code was run.
 */

const OWN_ID = fakeBrowser.runtime.id;
const statusPage = { id: OWN_ID, url: STATUS_URL, frameId: 0 };
const icloudPage = { id: OWN_ID, url: ICLOUD_URL, frameId: 0 };
const fresh = () => new Date().toISOString();
const statusMessage = () => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(fresh()),
});
const icloudMessage = () => ({
  type: 'observation',
  site: 'icloud',
  observation: icloudReading(fresh()),
});
const stored = async () =>
  (await fakeBrowser.storage.local.get('observations')).observations as Record<string, unknown>;

const theirs = { kind: 'weather', observedAt: '2026-11-25T09:00:00.000Z', temperature: 21 };
const another = ['a list', 'of anything', { the: 'newer build wrote' }];

describe('the worker stores a reading beside readings of sites it does not know', () => {
  const effects = workerUnderTest();

  it.each<[string, Record<string, unknown>, () => unknown, typeof statusPage]>([
    ['a status reading beside one unknown site', { weather: theirs }, statusMessage, statusPage],
    [
      'an icloud.com reading beside one unknown site',
      { weather: theirs },
      icloudMessage,
      icloudPage,
    ],
    [
      'a status reading beside two unknown sites',
      { weather: theirs, maps: another },
      statusMessage,
      statusPage,
    ],
    [
      'a status reading over a damaged icloud.com one beside an unknown site',
      { weather: theirs, icloud: { kind: 'icloud-storage' } },
      statusMessage,
      statusPage,
    ],
  ])('%s: the unknown ones are kept as they were', async (_label, before, message, sender) => {
    await fakeBrowser.storage.local.set({ observations: before });
    expect((await handleContentMessage(message(), sender, effects))?.ok).toBe(true);
    const after = await stored();
    for (const [id, value] of Object.entries(before)) {
      if (id === 'icloud' || id === 'status') continue;
      expect(after[id]).toEqual(value);
    }
    expect(Object.keys(readObservations(after).observations)).toHaveLength(1);
    expect(readObservations(after).dropped).toEqual([]);
  });

  it('two sites read at once beside an unknown site: all three kept', async () => {
    await fakeBrowser.storage.local.set({ observations: { weather: theirs } });
    await Promise.all([
      handleContentMessage(statusMessage(), statusPage, effects),
      handleContentMessage(icloudMessage(), icloudPage, effects),
    ]);
    expect(Object.keys(await stored()).sort()).toEqual(['icloud', 'status', 'weather']);
  });

  it('a stored name of the prototype is kept as a name and changes no object', async () => {
    const before = JSON.parse('{"__proto__":{"polluted":1},"weather":{"kind":"weather"}}');
    await fakeBrowser.storage.local.set({ observations: before });
    expect((await handleContentMessage(statusMessage(), statusPage, effects))?.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await stored()).weather).toEqual({ kind: 'weather' });
  });

  it('a stored list of readings is no record of sites: only the new reading is stored', async () => {
    await fakeBrowser.storage.local.set({ observations: [theirs] });
    await handleContentMessage(statusMessage(), statusPage, effects);
    expect(Object.keys(await stored())).toEqual(['status']);
  });
});

describe('the popup writes back the readings without a damaged one', () => {
  const _effects = workerUnderTest();

  it('a reading of an unknown site is kept', async () => {
    const status = statusReading(fresh());
    await fakeBrowser.storage.local.set({
      observations: { status, icloud: 'damaged', weather: theirs },
    });
    const read = readObservations(await stored());
    expect(read.dropped).toEqual(['icloud']);
    expect(await storeObservations(read.observations)).toBe(true);
    expect(await stored()).toEqual({ status, weather: theirs });
  });

  it('only unknown sites left beside a damaged reading: they are kept, the item stays', async () => {
    await fakeBrowser.storage.local.set({ observations: { status: 'damaged', weather: theirs } });
    const read = readObservations(await stored());
    expect(await storeObservations(read.observations)).toBe(true);
    expect(await stored()).toEqual({ weather: theirs });
  });
});
