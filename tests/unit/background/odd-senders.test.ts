import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';
import { workerUnderTest } from '../../support/worker-under-test';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Senders and messages no content script of ours sends, each with the answer decided before the
 * code was run: the worker answers without storing, opening or throwing.
 */

const OWN_ID = fakeBrowser.runtime.id;
const fresh = () => new Date().toISOString();
const reading = (edit: Record<string, unknown> = {}) => ({
  type: 'observation',
  site: 'status',
  observation: { ...statusReading(fresh()), ...edit },
});

describe('probes: the worker and odd senders', () => {
  const effects = workerUnderTest();

  it.each<[string, object]>([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: STATUS_URL }],
    ['no extension id', { url: STATUS_URL }],
    ['our own page, no site', { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` }],
    ['no address', { id: OWN_ID }],
    [
      'a look-alike host',
      { id: OWN_ID, url: 'https://www.apple.com.example.net/support/systemstatus/' },
    ],
    ['plain http', { id: OWN_ID, url: 'http://www.apple.com/support/systemstatus/' }],
    ['a data address', { id: OWN_ID, url: 'data:text/html,<h1>systemstatus</h1>' }],
    ['an empty address', { id: OWN_ID, url: '' }],
  ])('%s: no answer, nothing stored or opened', async (_l, sender) => {
    for (const message of [reading(), { type: 'open-flow' }]) {
      await expect(handleContentMessage(message, sender, effects)).resolves.toBeUndefined();
    }
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['two megabytes of text', 'x'.repeat(2 ** 21)],
    ['a type in capitals', { ...reading(), type: 'OBSERVATION' }],
    ['the site "__proto__"', { ...reading(), site: '__proto__' }],
    ['the site "constructor"', { ...reading(), site: 'constructor' }],
    [
      'a reading of the other site',
      { type: 'observation', site: 'icloud', observation: icloudReading(fresh()) },
    ],
    ['a time that is no time', reading({ observedAt: 'NaN' })],
    ['an address on icloud.com', reading({ url: ICLOUD_URL })],
    [
      'a reading nested a thousand deep',
      reading({ services: JSON.parse('['.repeat(1000) + ']'.repeat(1000)) }),
    ],
  ])('%s from the status page: { ok: false }, nothing stored', async (_l, message) => {
    await expect(
      handleContentMessage(message, { id: OWN_ID, url: STATUS_URL }, effects),
    ).resolves.toEqual({ ok: false });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('a full disk: { ok: false }, the hint still given, the stored reading kept', async () => {
    const earlier = statusReading(new Date(Date.now() - 60_000).toISOString());
    await observationsItem.setValue({ status: earlier });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );
    const rows = [{ name: 'iCloud Backup', lights: 'light-issue' }];
    const message = { type: 'status-rows', rows, total: 1, language: 'de', last: true, feed: '' };
    await expect(
      handleContentMessage(message, { id: OWN_ID, url: STATUS_URL }, effects),
    ).resolves.toMatchObject({ ok: false, row: 0, view: { locale: 'de' } });
    expect(await observationsItem.getValue()).toEqual({ status: earlier });
  });

  it('a megabyte of text stored instead of readings is replaced by the new reading', async () => {
    await fakeBrowser.storage.local.set({ observations: 'x'.repeat(2 ** 20) });
    const message = reading();
    await expect(
      handleContentMessage(message, { id: OWN_ID, url: STATUS_URL }, effects),
    ).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: message.observation });
  });

  it('from a frame of the status page, with no tab: the reading is stored', async () => {
    const sender = { id: OWN_ID, url: STATUS_URL, frameId: 3 };
    await expect(handleContentMessage(reading(), sender, effects)).resolves.toEqual({ ok: true });
  });
});
