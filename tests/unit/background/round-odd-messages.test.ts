import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createFlowOpener } from '../../../src/background/open-flow';
import { handleContentMessage } from '../../../src/background/router';
import { workerUnderTest } from '../../support/worker-under-test';
import { ICLOUD_URL, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Messages the worker may receive from senders it does not serve, payloads its content scripts do
 * not send, and storage or toolbar calls that fail meanwhile, each with the answer decided before
 * the code was run: the worker answers, stores only a valid reading of the sender's own site,
 * keeps what storage held, and never throws.
 */

const OWN_ID = fakeBrowser.runtime.id;
const fresh = () => new Date().toISOString();
const reading = () => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(fresh()),
});
const stored = async () => (await fakeBrowser.storage.local.get('observations')).observations;
const sender = (patch: Partial<Runtime.MessageSender>): Runtime.MessageSender => ({
  id: OWN_ID,
  url: STATUS_URL,
  frameId: 0,
  ...patch,
});

describe('senders the worker does not serve', () => {
  const effects = workerUnderTest();

  it.each<[string, Partial<Runtime.MessageSender>]>([
    ["another extension's script on the status page", { id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['a sender without an id', { id: undefined }],
    ['the status page over http', { url: 'http://www.apple.com/support/systemstatus/' }],
    ['another page of apple.com', { url: 'https://www.apple.com/iphone/' }],
    ["the extension's own popup", { url: `chrome-extension://${OWN_ID}/popup.html` }],
    ['a blank frame', { url: 'about:blank' }],
    ['a sender without an address', { url: undefined }],
    ['an address that is no text', { url: 42 as unknown as string }],
  ])('%s: no answer, nothing stored or opened', async (_label, patch) => {
    for (const message of [reading(), { type: 'open-flow' }]) {
      await expect(handleContentMessage(message, sender(patch), effects)).resolves.toBeUndefined();
    }
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('the status page with a query and a fragment: its reading is stored', async () => {
    const page = sender({ url: `${STATUS_URL}?x=1#services` });
    expect((await handleContentMessage(reading(), page, effects))?.ok).toBe(true);
    expect(await stored()).toHaveProperty('status');
  });
});

describe('payloads our content scripts do not send', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown]>([
    ['null', null],
    ['nothing', undefined],
    ['the word open-flow', 'open-flow'],
    ['a reading that is null', { type: 'observation', site: 'status', observation: null }],
    [
      'a reading of a site this version lacks',
      { type: 'observation', site: 'weather', observation: {} },
    ],
    ['a type in capitals', { type: 'Open-Flow' }],
  ])('%s: refused, nothing stored or opened', async (_label, message) => {
    expect(await handleContentMessage(message, sender({}), effects)).toEqual({ ok: false });
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('a reading of 100,000 services: refused within a second', async () => {
    const message = reading();
    const service = message.observation.services[0];
    message.observation.services = Array(100_000).fill(service);
    const started = performance.now();
    expect(await handleContentMessage(message, sender({}), effects)).toEqual({ ok: false });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each<[string, unknown]>([
    ['a situation that is a number', { locale: 'en', situation: 7 }],
    ['a language that is a list', { locale: ['de'], situation: 'x' }],
  ])('a hint asked with %s: the reading stored, no texts', async (_label, hint) => {
    expect(await handleContentMessage({ ...reading(), hint }, sender({}), effects)).toEqual({
      ok: true,
      texts: undefined,
    });
  });

  it('fifty readings at once: each answered, one reading stored', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => handleContentMessage(reading(), sender({}), effects)),
    );
    expect(answers.every((answer) => answer?.ok === true)).toBe(true);
    expect(Object.keys((await stored()) as object)).toEqual(['status']);
  });
});

describe('calls that fail while a reading is stored', () => {
  const effects = workerUnderTest();
  const hint = { locale: 'ja', situation: 'outage' };

  it('texts that cannot be fetched: the reading stored, no texts', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await handleContentMessage({ ...reading(), hint }, sender({}), effects)).toEqual({
      ok: true,
      texts: undefined,
    });
  });

  it('texts that are no JSON: the reading stored, no texts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>')),
    );
    expect(await handleContentMessage({ ...reading(), hint }, sender({}), effects)).toEqual({
      ok: true,
      texts: undefined,
    });
  });

  it('a toolbar that refuses the badge: the reading stored all the same', async () => {
    const toolbar = fakeBrowser.action ?? fakeBrowser.browserAction;
    vi.spyOn(toolbar, 'setBadgeText').mockRejectedValue(new Error('No tab with id'));
    expect((await handleContentMessage(reading(), sender({}), effects))?.ok).toBe(true);
    expect(await stored()).toHaveProperty('status');
  });

  it.each<[string, () => unknown]>([
    ['gives nothing back', () => Promise.resolve(undefined)],
    [
      'throws at once',
      () => {
        throw new Error('Extension context invalidated');
      },
    ],
  ])('storage that %s: answered as not stored, never thrown', async (_label, get) => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(get as never);
    await expect(handleContentMessage(reading(), sender({}), effects)).resolves.toMatchObject({
      ok: false,
    });
  });

  it('storage that throws at once while a hint is asked for: answered, never thrown', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => {
      throw new Error('Extension context invalidated');
    });
    await expect(
      handleContentMessage({ ...reading(), hint }, sender({}), effects),
    ).resolves.toMatchObject({ ok: false });
  });

  it('a write that throws at once: answered as not stored, the next reading stored', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(() => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    expect((await handleContentMessage(reading(), sender({}), effects))?.ok).toBe(false);
    set.mockRestore();
    expect((await handleContentMessage(reading(), sender({}), effects))?.ok).toBe(true);
  });

  it('an icloud.com page asking for the flow while tabs cannot be listed: answered, never thrown', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('No window'));
    const open = createFlowOpener();
    const page = sender({ url: ICLOUD_URL });
    await expect(
      handleContentMessage({ type: 'open-flow' }, page, { openFlow: () => open(page) }),
    ).resolves.toEqual({ ok: true });
  });
});
