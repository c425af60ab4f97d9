import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleContentMessage } from '../../../src/background/router';
import { workerUnderTest } from '../../support/worker-under-test';
import {
  ICLOUD_URL,
  icloudReading,
  STATUS_URL,
  statusMessage,
  statusReading,
} from '../../support/readings';

/**
 * What the worker writes over readings stored by another version of the extension, and over
 * readings sent in bursts, out of order, or in odd shapes, each with the outcome decided before
 * the code was run.
 */

const OWN_ID = fakeBrowser.runtime.id;
const statusPage: Runtime.MessageSender = { id: OWN_ID, url: STATUS_URL, frameId: 0 };
const icloudPage: Runtime.MessageSender = { id: OWN_ID, url: ICLOUD_URL, frameId: 0 };
const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
const local = () => fakeBrowser.storage.local.get(['observations', 'observations$']);

describe('readings a newer version stored', () => {
  const effects = workerUnderTest();

  it('a new reading keeps the newer version mark', async () => {
    await fakeBrowser.storage.local.set({
      observations: { icloud: icloudReading(minutes(-5)) },
      observations$: { v: 2 },
    });
    expect(await handleContentMessage(statusMessage(minutes(0)), statusPage, effects)).toEqual({
      ok: true,
    });
    expect((await local()).observations$).toEqual({ v: 2 });
  });

  it("a new reading leaves the other site's reading in the newer shape as it was", async () => {
    const theirs = { ...icloudReading(minutes(-5)), usedBytes: '4.8 GB', confidence: 0.9 };
    await fakeBrowser.storage.local.set({
      observations: { icloud: theirs },
      observations$: { v: 2 },
    });
    const message = statusMessage(minutes(0));
    await handleContentMessage(message, statusPage, effects);
    expect((await local()).observations).toEqual({ icloud: theirs, status: message.observation });
  });

  it('a damaged reading of the other site beside this version mark is still left out', async () => {
    await fakeBrowser.storage.local.set({
      observations: { icloud: { usedBytes: 'lots' } },
      observations$: { v: 1 },
    });
    const message = statusMessage(minutes(0));
    await handleContentMessage(message, statusPage, effects);
    expect(await local()).toEqual({
      observations: { status: message.observation },
      observations$: { v: 1 },
    });
  });

  it.each<[string, unknown]>([
    ['an older mark', { v: 0 }],
    ['a mark that is text', { v: '2' }],
    ['a mark of Infinity', { v: Infinity }],
    ['a mark that is no record', 'v2'],
  ])('%s: written as this version', async (_label, mark) => {
    await fakeBrowser.storage.local.set({ observations$: mark });
    await handleContentMessage(statusMessage(minutes(0)), statusPage, effects);
    expect((await local()).observations$).toEqual({ v: 1 });
  });

  it("a newer version's reading of the same site, not readable here, is replaced by a new one", async () => {
    await fakeBrowser.storage.local.set({
      observations: { status: { kind: 'apple-status', v2: true } },
      observations$: { v: 2 },
    });
    const message = statusMessage(minutes(0));
    expect(await handleContentMessage(message, statusPage, effects)).toEqual({ ok: true });
    expect((await local()).observations).toEqual({ status: message.observation });
  });
});

describe('bursts and odd readings', () => {
  const effects = workerUnderTest();

  it('forty readings of two tabs in shuffled order: the newest is kept', async () => {
    const times = Array.from({ length: 40 }, (_, i) => minutes(-i / 10));
    const order = times.map((_, i) => (i * 17) % 40);
    const answers = await Promise.all(
      order.map((i) =>
        handleContentMessage(
          statusMessage(times[i]!, i === 0 ? 'outage' : 'issue'),
          { ...statusPage, tab: { id: i % 2 } as Runtime.MessageSender['tab'] },
          effects,
        ),
      ),
    );
    expect(answers.every((answer) => answer !== undefined)).toBe(true);
    const { observations } = (await local()) as {
      observations: Record<string, { observedAt: string }>;
    };
    expect(observations.status?.observedAt).toBe(times[0]);
  });

  it('a reading from 1970 is no badge and does not replace a current one', async () => {
    const current = statusMessage(minutes(-1));
    await handleContentMessage(current, statusPage, effects);
    await handleContentMessage(
      statusMessage('1970-01-01T00:00:00.000Z', 'outage'),
      statusPage,
      effects,
    );
    expect((await local()).observations).toEqual({ status: current.observation });
  });

  it('a reading with a field no reading has is stored without it', async () => {
    const message = statusMessage(minutes(0));
    const odd = { ...message, observation: { ...message.observation, script: '<img onerror>' } };
    await handleContentMessage(odd, statusPage, effects);
    expect(JSON.stringify((await local()).observations)).not.toContain('onerror');
  });

  it.each<[string, unknown]>([
    ['a site named "__proto__"', { ...statusMessage(minutes(0)), site: '__proto__' }],
    ['a site named "constructor"', { ...statusMessage(minutes(0)), site: 'constructor' }],
    [
      'a reading dated "Infinity"',
      {
        ...statusMessage(minutes(0)),
        observation: { ...statusReading(minutes(0)), observedAt: 'Infinity' },
      },
    ],
    ['a list holding a reading', [statusMessage(minutes(0))]],
    ['a reading as JSON text', JSON.stringify(statusMessage(minutes(0)))],
  ])('%s: refused, nothing stored', async (_label, message) => {
    expect(await handleContentMessage(message, statusPage, effects)).toEqual({ ok: false });
    expect((await local()).observations).toBeUndefined();
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('an icloud.com reading from the icloud.com page beside a newer mark keeps both', async () => {
    const status = statusReading(minutes(-3));
    await fakeBrowser.storage.local.set({ observations: { status }, observations$: { v: 3 } });
    const message = { type: 'observation', site: 'icloud', observation: icloudReading(minutes(0)) };
    await handleContentMessage(message, icloudPage, effects);
    expect(await local()).toEqual({
      observations: { status, icloud: message.observation },
      observations$: { v: 3 },
    });
  });
});
