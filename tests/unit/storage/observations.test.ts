import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allSites, siteById } from '../../../src/pages/registry';
import { READING_FOR_SITE } from '../../support/sites';
import { observationsItem } from '../../../src/storage/items';
import { saveReading } from '../../../src/background/readings';
import { readObservations, storeObservations } from '../../../src/storage/observations';
import { icloudReading, statusReading } from '../../support/readings';
import { junk, mutated } from './arbitraries';

const at = '2026-11-25T10:00:00.000Z';
const icloud = icloudReading(at);
const status = statusReading(at);

describe('stored readings, read per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing, and drops nothing, when none is stored', () => {
    expect(readObservations(null)).toEqual({ observations: {}, dropped: [] });
    expect(readObservations(undefined)).toEqual({ observations: {}, dropped: [] });
  });

  it.each([
    ['a status reading with nothing but its kind', { kind: 'apple-status' }],
    ['a status reading without its iCloud Backup state', { ...status, icloudBackup: undefined }],
    ['a status reading from another site', { ...status, url: 'https://evil.example/x' }],
    ['storage in place of a status reading', icloud],
  ])('drops %s alone and keeps the icloud.com reading', (_label, bad) => {
    expect(readObservations({ status: bad, icloud })).toEqual({
      observations: { icloud },
      dropped: ['status'],
    });
  });

  it.each([
    ['missing', { ...icloud, categories: undefined }],
    ['[null]', { ...icloud, categories: [null] }],
    ['not a list', { ...icloud, categories: 'Photos' }],
  ])(
    'drops an icloud.com reading whose categories are %s, and keeps the status reading',
    (_l, bad) => {
      expect(readObservations({ status, icloud: bad })).toEqual({
        observations: { status },
        dropped: ['icloud'],
      });
    },
  );

  it("drops every site's reading when what is stored is no record of readings", () => {
    expect(readObservations('garbage').dropped).toEqual(allSites().map((site) => site.id));
    expect(readObservations('garbage').dropped).toContain('icloud');
    expect(readObservations([status]).observations).toEqual({});
  });

  it('stores a reading next to the other site and leaves a damaged one out', async () => {
    await observationsItem.setValue({ status: { kind: 'apple-status' }, icloud });
    expect(await saveReading(siteById('status')!, status)).toEqual({ status, icloud });
    expect(await observationsItem.getValue()).toEqual({ status, icloud });
  });

  it('writes what the storage item reads, version included (the worker bypasses the item)', async () => {
    await saveReading(siteById('icloud')!, icloud);
    expect(await observationsItem.getValue()).toEqual({ icloud });
    expect(await observationsItem.getMeta()).toEqual({ v: 1 });
  });

  it('says so when storage refuses a write (quota), and keeps what was stored', async () => {
    await observationsItem.setValue({ icloud });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await saveReading(siteById('status')!, status)).toBeUndefined();
    expect(await observationsItem.getValue()).toEqual({ icloud });
  });

  it('removes the item once no valid reading is left', async () => {
    await observationsItem.setValue({ status: { kind: 'apple-status' } });
    expect(await storeObservations({})).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('property: the readings read path (10,000 stored values)', () => {
  const stored = fc.oneof(
    junk,
    mutated({ status, icloud }, [
      ['status'],
      ['icloud'],
      ['status', 'kind'],
      ['status', 'url'],
      ['status', 'icloudBackup'],
      ['status', 'services', 0, 'state'],
      ['icloud', 'categories'],
      ['icloud', 'categories', 0],
      ['icloud', 'usedBytes'],
      ['icloud', 'used', 'value'],
      ['other'],
    ]),
  );

  it('never throws, returns only valid readings, and drops only sites that were invalid', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const { observations, dropped } = readObservations(value);
        const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
          string,
          unknown
        >;
        for (const site of ['status', 'icloud'] as const) {
          const valid = READING_FOR_SITE[site].safeParse(record[site]).success;
          const reading = observations[site];
          if (reading !== undefined && !READING_FOR_SITE[site].safeParse(reading).success) {
            return false;
          }
          // A valid reading is kept unless the whole value was not a record.
          if (valid && !Array.isArray(value) && reading === undefined) return false;
          if (dropped.includes(site) && valid && !Array.isArray(value)) return false;
        }
        return true;
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
