import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleContentMessage } from '../../../src/background/router';
import { workerUnderTest } from '../../support/worker-under-test';
import { icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Messages to the worker from senders it does not serve, in shapes its content scripts never
 * send, in bursts, and while storage is not ready. Each answer was written down before the code
 * ran: no throw, nothing stored but a valid reading of the sender's own site, the latest kept.
 */

const OWN_ID = fakeBrowser.runtime.id;
const local = fakeBrowser.storage.local;
const at = (minutes = 0) => new Date(Date.now() + minutes * 60_000).toISOString();
const message = (observedAt = at(), state: 'issue' | 'outage' | 'available' = 'issue') => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(observedAt, state),
});
const page = (url = STATUS_URL): Runtime.MessageSender => ({ id: OWN_ID, url, frameId: 0 });
const stored = async () =>
  (await local.get('observations')).observations as Record<string, unknown> | undefined;

describe('senders that only look like the status page', () => {
  const effects = workerUnderTest();

  it.each([
    [
      'a host that begins with apple.com',
      'https://www.apple.com.evil.example/support/systemstatus/',
    ],
    [
      'the page named in a query',
      'https://evil.example/?u=https://www.apple.com/support/systemstatus/',
    ],
    ['a user name of apple.com', 'https://www.apple.com@evil.example/support/systemstatus/'],
    ['a data address', 'data:text/html,<p>www.apple.com/support/systemstatus/'],
    ['a blob of another origin', 'blob:https://evil.example/support/systemstatus/'],
  ])('%s: no answer, nothing stored', async (_label, url) => {
    expect(await handleContentMessage(message(), page(url), effects)).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });
});

describe('shapes the content script never sends', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a reading as JSON text', JSON.stringify(message())],
    ['a list of one reading', [message()]],
    ['a type in capitals', { ...message(), type: 'OBSERVATION' }],
    ['the other site named', { ...message(), site: 'icloud', observation: icloudReading(at()) }],
    [
      'a time of Infinity',
      { ...message(), observation: { ...statusReading(at()), observedAt: 'Infinity' } },
    ],
    [
      'a time of NaN',
      { ...message(), observation: { ...statusReading(at()), observedAt: Number.NaN } },
    ],
    [
      '100,000 services',
      {
        ...message(),
        observation: {
          ...statusReading(at()),
          services: Array.from({ length: 100_000 }, (_, i) => ({
            name: `S${i}`,
            id: `s${i}`,
            state: 'available',
            events: [],
          })),
        },
      },
    ],
    [
      'a 5 MB service name',
      {
        ...message(),
        observation: {
          ...statusReading(at()),
          services: [
            { name: 'x'.repeat(5_000_000), id: 'icloud-backup', state: 'issue', events: [] },
          ],
        },
      },
    ],
    ['a reading dated next year', message(at(525_600))],
  ])('%s: { ok: false }, nothing stored', async (_label, sent) => {
    await expect(handleContentMessage(sent, page(), effects)).resolves.toEqual({ ok: false });
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('a reading carrying __proto__ is stored without it, and pollutes nothing', async () => {
    const sent = JSON.parse(
      JSON.stringify(message()).replace('"kind"', '"__proto__":{"polluted":true},"kind"'),
    );
    expect(await handleContentMessage(sent, page(), effects)).toEqual({ ok: true });
    const status = (await stored())?.status as Record<string, unknown>;
    expect(Object.hasOwn(status, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a language this version lacks', { locale: 'pt', situation: 'issue' }],
    ['a 1 MB situation', { locale: 'de', situation: 'x'.repeat(1_000_000) }],
    ['null', null],
    ['a text', 'de'],
  ])('a hint request of %s: the reading is stored all the same', async (_label, hint) => {
    const result = await handleContentMessage({ ...message(), hint }, page(), effects);
    expect(result?.ok).toBe(true);
    expect((await stored())?.status).toBeDefined();
  });
});

describe('bursts', () => {
  const effects = workerUnderTest();

  it('100 readings at once, oldest first: the latest is stored', async () => {
    const sent = Array.from({ length: 100 }, (_, i) => message(at(-100 + i)));
    const answers = await Promise.all(sent.map((m) => handleContentMessage(m, page(), effects)));
    expect(answers.every((a) => a?.ok === true)).toBe(true);
    expect(((await stored())?.status as { observedAt: string }).observedAt).toBe(
      sent[99]!.observation.observedAt,
    );
  });

  it('100 readings at once, newest first: the newest stays', async () => {
    const sent = Array.from({ length: 100 }, (_, i) => message(at(-i)));
    await Promise.all(sent.map((m) => handleContentMessage(m, page(), effects)));
    expect(((await stored())?.status as { observedAt: string }).observedAt).toBe(
      sent[0]!.observation.observedAt,
    );
  });

  it('the status page and icloud.com at once each keep their reading', async () => {
    const icloud = { type: 'observation', site: 'icloud', observation: icloudReading(at()) };
    await Promise.all([
      handleContentMessage(message(), page(), effects),
      handleContentMessage(icloud, page('https://www.icloud.com/settings/'), effects),
    ]);
    expect(Object.keys((await stored()) ?? {}).sort()).toEqual(['icloud', 'status']);
  });
});

describe('storage that is not ready or refuses', () => {
  const effects = workerUnderTest();

  it('a read that fails answers { ok: false }, and the next message is stored', async () => {
    const get = vi.spyOn(local, 'get').mockRejectedValueOnce(new Error('not ready'));
    expect(await handleContentMessage(message(), page(), effects)).toEqual({ ok: false });
    get.mockRestore();
    expect(await handleContentMessage(message(), page(), effects)).toEqual({ ok: true });
    expect((await stored())?.status).toBeDefined();
  });

  it('a read that throws at once answers { ok: false }', async () => {
    vi.spyOn(local, 'get').mockImplementationOnce(() => {
      throw new Error('extension context invalidated');
    });
    expect(await handleContentMessage(message(), page(), effects)).toEqual({ ok: false });
  });

  it('a full storage keeps the reading stored before', async () => {
    const before = message(at(-3));
    await handleContentMessage(before, page(), effects);
    vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await handleContentMessage(message(), page(), effects)).toEqual({ ok: false });
    expect((await stored())?.status).toEqual(before.observation);
  });
});

describe('what the worker finds stored', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown]>([
    ['a text', 'garbage'],
    ['a number', 42],
    ['a list', [1, 2]],
    ['a record of damaged readings', { status: { kind: 'apple-status' }, icloud: 7 }],
  ])('%s: replaced by the new reading', async (_label, before) => {
    await local.set({ observations: before });
    const sent = message();
    expect(await handleContentMessage(sent, page(), effects)).toEqual({ ok: true });
    expect(await stored()).toEqual({ status: sent.observation });
  });

  it('a name of the prototype stored among the sites is not kept as a site of a newer version', async () => {
    await local.set({ observations: JSON.parse('{"__proto__":{"x":1},"constructor":2}') });
    await handleContentMessage(message(), page(), effects);
    expect(Object.keys((await stored()) ?? {})).toEqual(['status']);
  });
});
