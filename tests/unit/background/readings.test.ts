import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveReading } from '../../../src/background/readings';
import { siteById } from '../../../src/pages/registry';
import { unknownObservation } from '../../../src/pages/observation';
import { observationsItem } from '../../../src/storage/items';
import { ICLOUD_URL, STATUS_URL, icloudReading, statusReading } from '../../support/readings';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const unreadable = (url: string) => unknownObservation(url, new Date(), 'layout-changed');

describe("the worker's store of readings", () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both readings when the status page and icloud.com report at the same moment', async () => {
    const status = statusReading(minutesAgo(1).toISOString());
    const icloud = icloudReading(minutesAgo(1).toISOString());
    await Promise.all([
      saveReading(siteById('status')!, status),
      saveReading(siteById('icloud')!, icloud),
    ]);
    expect(await observationsItem.getValue()).toEqual({ status, icloud });
  });

  it('stores readings in the order they arrived: the later one of a site wins', async () => {
    const older = statusReading(minutesAgo(2).toISOString(), 'issue');
    const newer = statusReading(minutesAgo(1).toISOString(), 'available');
    await Promise.all([
      saveReading(siteById('status')!, older),
      saveReading(siteById('status')!, newer),
    ]);
    expect(await observationsItem.getValue()).toEqual({ status: newer });
  });

  it('goes on storing after storage refused one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const icloud = icloudReading(minutesAgo(1).toISOString());
    const [refused, stored] = await Promise.all([
      saveReading(siteById('status')!, statusReading(minutesAgo(1).toISOString())),
      saveReading(siteById('icloud')!, icloud),
    ]);
    expect(refused).toBeUndefined();
    expect(stored).toEqual({ icloud });
  });

  it.each([
    ['status', STATUS_URL, () => statusReading(minutesAgo(10).toISOString(), 'outage')],
    ['icloud', ICLOUD_URL, () => icloudReading(minutesAgo(60).toISOString())],
  ])(
    'keeps a current %s reading when the page could not be read a moment later',
    async (site, url, current) => {
      const good = current();
      await saveReading(siteById(site)!, good);
      expect(await saveReading(siteById(site)!, unreadable(url))).toEqual({ [site]: good });
      expect(await observationsItem.getValue()).toEqual({ [site]: good });
    },
  );

  it('replaces an out-of-date reading with "could not be read"', async () => {
    await saveReading(siteById('status')!, statusReading(minutesAgo(31).toISOString()));
    const unknown = unreadable(STATUS_URL);
    await saveReading(siteById('status')!, unknown);
    expect(await observationsItem.getValue()).toEqual({ status: unknown });
  });

  it('replaces "could not be read" and current readings alike with a new reading', async () => {
    await saveReading(siteById('status')!, unreadable(STATUS_URL));
    const first = statusReading(minutesAgo(5).toISOString(), 'outage');
    await saveReading(siteById('status')!, first);
    expect(await observationsItem.getValue()).toEqual({ status: first });
    const second = statusReading(minutesAgo(1).toISOString(), 'available');
    await saveReading(siteById('status')!, second);
    expect(await observationsItem.getValue()).toEqual({ status: second });
  });
});
