import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';
import { workerUnderTest } from '../../support/worker-under-test';
import {
  ICLOUD_URL,
  icloudReading,
  STATUS_URL,
  statusMessage,
  statusReading,
} from '../../support/readings';

/**
 * Messages to the worker from odd senders, with odd payloads, or while storage misbehaves, each
 * with the answer decided before the code was run: nothing throws, nothing wrong is stored, and
 * the newest reading of a site is the one kept.
 */

const OWN_ID = fakeBrowser.runtime.id;
/** A sender as the browser describes our content script in a tab's top frame. */
const from = (url: string, tabId: number): Runtime.MessageSender => ({
  id: OWN_ID,
  url,
  tab: { id: tabId } as Runtime.MessageSender['tab'],
  frameId: 0,
});
const status = from(STATUS_URL, 4);
const icloud = from(ICLOUD_URL, 5);
const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
const unknownMessage = (observedAt: string) => ({
  type: 'observation',
  site: 'status',
  observation: { kind: 'unknown', url: STATUS_URL, observedAt, parserVersion: 1 },
});

describe('hardening probes: the worker', () => {
  const effects = workerUnderTest();

  it.each<[string, Runtime.MessageSender, unknown]>([
    [
      'a reading of icloud.com sent from the status page',
      status,
      { type: 'observation', site: 'icloud', observation: icloudReading(minutes(0)) },
    ],
    ['a status reading sent from icloud.com', icloud, statusMessage(minutes(0))],
    ['a reading dated ten minutes ahead', status, statusMessage(minutes(10))],
    [
      'a reading with a number for its time',
      status,
      {
        ...statusMessage(minutes(0)),
        observation: { ...statusReading(minutes(0)), observedAt: Date.now() },
      },
    ],
    ['a reading with a Japanese date', status, statusMessage('2026年11月25日 10:00')],
    [
      'a reading of a site that does not exist',
      status,
      { ...statusMessage(minutes(0)), site: 'weather' },
    ],
    ['"open-flow" as a bare word', status, 'open-flow'],
    [
      'a message of a thousand nested lists',
      status,
      JSON.parse('['.repeat(1000) + ']'.repeat(1000)),
    ],
  ])('%s: refused, nothing stored', async (_label, sender, message) => {
    const answer = await handleContentMessage(message, sender, effects);
    expect(answer).toEqual({ ok: false });
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('keeps a reading dated four minutes ahead (a clock that drifts)', async () => {
    const message = statusMessage(minutes(4));
    expect(await handleContentMessage(message, status, effects)).toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: message.observation });
  });

  it('answers { ok: false } without throwing when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    expect(await handleContentMessage(statusMessage(minutes(0)), status, effects)).toEqual({
      ok: false,
    });
  });

  it('answers { ok: false } and keeps what was stored when storage is full', async () => {
    const earlier = statusMessage(minutes(-1));
    await handleContentMessage(earlier, status, effects);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError'),
    );
    expect(await handleContentMessage(statusMessage(minutes(0)), status, effects)).toEqual({
      ok: false,
    });
    expect(await observationsItem.getValue()).toEqual({ status: earlier.observation });
  });

  it('stores readings of both sites sent at the same moment', async () => {
    const both = await Promise.all([
      handleContentMessage(statusMessage(minutes(0)), status, effects),
      handleContentMessage(
        { type: 'observation', site: 'icloud', observation: icloudReading(minutes(0)) },
        icloud,
        effects,
      ),
    ]);
    expect(both).toEqual([{ ok: true }, { ok: true }]);
    expect(Object.keys((await observationsItem.getValue()) as object).sort()).toEqual([
      'icloud',
      'status',
    ]);
  });

  it('keeps the newer of two status readings when the older arrives last (two tabs)', async () => {
    const newer = statusMessage(minutes(0), 'available');
    const older = statusMessage(minutes(-2), 'issue');
    await handleContentMessage(newer, status, effects);
    await handleContentMessage(older, from(STATUS_URL, 9), effects);
    expect(await observationsItem.getValue()).toEqual({ status: newer.observation });
  });

  it('replaces a stored reading dated far ahead (the clock set back since) with a new one', async () => {
    await observationsItem.setValue({ status: statusReading(minutes(90)) });
    const message = statusMessage(minutes(0), 'available');
    expect(await handleContentMessage(message, status, effects)).toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: message.observation });
  });

  it('an unreadable page does not replace a current reading', async () => {
    const current = statusMessage(minutes(-1));
    await handleContentMessage(current, status, effects);
    await handleContentMessage(unknownMessage(minutes(0)), status, effects);
    expect(await observationsItem.getValue()).toEqual({ status: current.observation });
  });

  it('a reading replaces a stored value that is no record of readings', async () => {
    await fakeBrowser.storage.local.set({ observations: ['status', 42] });
    const message = statusMessage(minutes(0));
    expect(await handleContentMessage(message, status, effects)).toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: message.observation });
  });

  it('a hint request with a situation of 100,000 letters keeps the reading', async () => {
    const message = {
      ...statusMessage(minutes(0)),
      hint: { locale: 'de', situation: 'x'.repeat(1e5) },
    };
    expect((await handleContentMessage(message, status, effects))?.ok).toBe(true);
  });
});
