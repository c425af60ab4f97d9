import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleContentMessage } from '../../../src/background/router';
import { workerUnderTest } from '../../support/worker-under-test';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Round 19 probes of the worker's messages: each answer was written down before the code ran.
 * Whatever arrives, the worker answers (never throws), stores only a valid reading of the
 * sender's own site, and keeps what was stored before.
 */

const OWN_ID = fakeBrowser.runtime.id;
const local = fakeBrowser.storage.local;
const at = (minutes = 0) => new Date(Date.now() + minutes * 60_000).toISOString();
const fromStatus = (extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: OWN_ID,
  url: STATUS_URL,
  frameId: 0,
  ...extra,
});
const reading = (observedAt = at()) => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(observedAt, 'issue'),
});
const stored = async () => (await local.get('observations')).observations as unknown;

describe('messages in shapes the content scripts never send', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown]>([
    ['a number', 42],
    ['NaN', Number.NaN],
    ['an empty object', {}],
    ['a type of the wrong kind', { type: 7 }],
    ['an unknown type', { type: 'delete-everything' }],
    ['a reading without its reading', { type: 'observation', site: 'status' }],
    ['a reading as text', { ...reading(), observation: JSON.stringify(reading().observation) }],
    [
      'a reading of the other site',
      { ...reading(), site: 'icloud', observation: icloudReading(at()) },
    ],
    ['a reading with the site in capitals', { ...reading(), site: 'STATUS' }],
    ['a reading dated an hour ahead', reading(at(60))],
    [
      'a reading dated in year 10000',
      {
        ...reading(),
        observation: { ...reading().observation, observedAt: '+010000-01-01T00:00:00Z' },
      },
    ],
    [
      'a reading dated 30 February',
      {
        ...reading(),
        observation: { ...reading().observation, observedAt: '2026-02-30T10:00:00Z' },
      },
    ],
    [
      'a reading of an unknown kind',
      { ...reading(), observation: { ...reading().observation, kind: 'maybe' } },
    ],
    [
      'a reading with 100,000 services',
      {
        ...reading(),
        observation: {
          ...reading().observation,
          services: Array.from({ length: 100_000 }, () => ({
            name: 'iCloud Backup',
            state: 'issue',
          })),
        },
      },
    ],
    [
      'a reading with a 1 MB address',
      {
        ...reading(),
        observation: { ...reading().observation, url: `${STATUS_URL}${'a'.repeat(2 ** 20)}` },
      },
    ],
  ])('%s: refused, nothing stored', async (_label, message) => {
    const answer = await handleContentMessage(message, fromStatus(), effects);
    expect(answer?.ok ?? false).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['extra fields beside open-flow', { type: 'open-flow', tab: 99, url: 'https://evil.example/' }],
    [
      'a prototype name beside open-flow',
      JSON.parse('{"type":"open-flow","__proto__":{"type":"x"}}'),
    ],
  ])('%s: the flow opens, nothing else', async (_label, message) => {
    await expect(handleContentMessage(message, fromStatus(), effects)).resolves.toEqual({
      ok: true,
    });
    expect(effects.openFlow).toHaveBeenCalledTimes(1);
    expect(await stored()).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a hint in an unknown language', { locale: 'xx', situation: 'issue' }],
    ['a hint as text', 'give me texts'],
    ['a hint with a 1 MB situation', { locale: 'en', situation: 's'.repeat(2 ** 20) }],
    ['a hint as a list', [{ locale: 'en', situation: 'issue' }]],
  ])('a reading with %s: stored; no texts unless servable', async (_label, hint) => {
    const answer = await handleContentMessage({ ...reading(), hint }, fromStatus(), effects);
    expect(answer?.ok).toBe(true);
    expect(await stored()).toHaveProperty('status');
  });
});

describe('senders the worker does not serve', () => {
  const effects = workerUnderTest();

  it.each<[string, Runtime.MessageSender]>([
    ['another extension on the status page', fromStatus({ id: 'abcdefghijklmnop' })],
    ['no extension id', fromStatus({ id: undefined })],
    ['no address', fromStatus({ url: undefined })],
    ['a page of another site', fromStatus({ url: 'https://example.com/support/systemstatus/' })],
    ['apple.com outside the status page', fromStatus({ url: 'https://www.apple.com/iphone/' })],
    [
      'the status page over http',
      fromStatus({ url: 'http://www.apple.com/support/systemstatus/' }),
    ],
    ['a file address', fromStatus({ url: 'file:///C:/systemstatus/index.html' })],
    ['an extension page', fromStatus({ url: `chrome-extension://${OWN_ID}/popup.html` })],
    ['about:blank in a frame', fromStatus({ url: 'about:blank', frameId: 4 })],
  ])('%s: no answer, nothing stored, the flow not opened', async (_label, sender) => {
    expect(await handleContentMessage(reading(), sender, effects)).toBeUndefined();
    expect(await handleContentMessage({ type: 'open-flow' }, sender, effects)).toBeUndefined();
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('a status reading from icloud.com is refused; its own is stored', async () => {
    const sender = fromStatus({ url: ICLOUD_URL });
    expect(await handleContentMessage(reading(), sender, effects)).toEqual({ ok: false });
    const own = { type: 'observation', site: 'icloud', observation: icloudReading(at()) };
    expect(await handleContentMessage(own, sender, effects)).toEqual({ ok: true });
    expect(Object.keys((await stored()) as object)).toEqual(['icloud']);
  });
});

describe('storage in odd states when a reading arrives', () => {
  const effects = workerUnderTest();

  it.each<[string, Record<string, unknown>, unknown]>([
    [
      'readings stored as a list of 100,000',
      { observations: Array.from({ length: 100_000 }, () => 1) },
      undefined,
    ],
    ['readings stored as a number', { observations: 7 }, undefined],
    [
      'a mark that names no number',
      { observations: { icloud: 'x' }, observations$: { v: 'two' } },
      undefined,
    ],
    [
      'a prototype name among the sites',
      { observations: JSON.parse('{"__proto__":{"status":1}}') },
      undefined,
    ],
    ['a newer site kept', { observations: { weather: { sunny: true } } }, { sunny: true }],
  ])('%s: the reading is stored', async (_label, before, weather) => {
    await local.set(before);
    const message = reading();
    expect(await handleContentMessage(message, fromStatus(), effects)).toEqual({ ok: true });
    const after = (await stored()) as Record<string, unknown>;
    expect(after.status).toEqual(message.observation);
    expect(after.weather).toEqual(weather);
    expect(Object.hasOwn(after, '__proto__')).toBe(false);
  });

  it('storage that throws on read: answered { ok: false }, never thrown', async () => {
    const get = local.get;
    local.get = () => Promise.reject(new Error('gone'));
    try {
      expect(await handleContentMessage(reading(), fromStatus(), effects)).toEqual({ ok: false });
    } finally {
      local.get = get;
    }
  });

  it('a dismissal stored as an object shows the hint again', async () => {
    await local.set({ hintDismissed: { situation: 'issue' } });
    const rows = [{ name: 'iCloud Backup', lights: 'light-issue' }];
    const answer = await handleContentMessage(
      { type: 'status-rows', rows, total: 1, language: 'de', last: true, feed: '' },
      fromStatus(),
      effects,
    );
    expect(answer?.ok).toBe(true);
    expect(answer).toHaveProperty('view.tone', 'problem');
  });
});
