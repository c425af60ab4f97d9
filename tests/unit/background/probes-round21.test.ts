import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleContentMessage } from '../../../src/background/router';
import { createFlowOpener } from '../../../src/background/open-flow';
import { workerUnderTest } from '../../support/worker-under-test';
import {
  ICLOUD_URL,
  icloudMessage,
  icloudReading,
  STATUS_URL,
  statusMessage,
  statusReading,
} from '../../support/readings';

/**
 * Round 21 probes of the worker's messages, each answer written down before the code ran: it
 * answers whatever arrives, stores only a valid current reading of the sender's own site, and
 * keeps what was stored when it refuses.
 */

const OWN_ID = fakeBrowser.runtime.id;
const local = fakeBrowser.storage.local;
const at = (minutes = 0) => new Date(Date.now() + minutes * 60_000).toISOString();
const sender = (url: string, extra: Partial<Runtime.MessageSender> = {}) =>
  ({ id: OWN_ID, url, frameId: 0, tab: { id: 3 }, ...extra }) as Runtime.MessageSender;
const stored = async () =>
  (await local.get('observations')).observations as
    Record<string, { observedAt: string; icloudBackup?: { state: string } }> | undefined;

describe('unknown types and missing fields: refused, nothing stored', () => {
  const effects = workerUnderTest();
  const reading = statusReading(at());
  const without = (key: string) =>
    Object.fromEntries(Object.entries(reading).filter(([k]) => k !== key));
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['a number', 42],
    ['a ping', { type: 'ping' }],
    ['open-flow in capitals', { type: 'OPEN-FLOW' }],
    ['the type as an object', { type: { toString: () => 'open-flow' } }],
    ['the type as a list', { type: ['open-flow'] }],
    ['a reading without its time', { ...statusMessage(at()), observation: without('observedAt') }],
    ['a reading without its address', { ...statusMessage(at()), observation: without('url') }],
    [
      'a reading without its parser version',
      { ...statusMessage(at()), observation: without('parserVersion') },
    ],
    ['a reading without its kind', { ...statusMessage(at()), observation: without('kind') }],
    [
      'a reading whose time is not a date',
      { ...statusMessage(at()), observation: { ...reading, observedAt: 'now' } },
    ],
    [
      'a reading dated 30 February',
      { ...statusMessage(at()), observation: { ...reading, observedAt: '2026-02-30T10:00:00Z' } },
    ],
    ['a reading dated ten minutes ahead', statusMessage(at(10))],
    ['a reading dated a year ahead', statusMessage(at(525_600))],
    [
      'a status reading with the address of icloud.com',
      { ...statusMessage(at()), observation: { ...reading, url: ICLOUD_URL } },
    ],
    [
      'a status message carrying an icloud.com reading',
      { ...statusMessage(at()), observation: icloudReading(at()) },
    ],
    ['a reading naming the other site', { ...statusMessage(at()), site: 'icloud' }],
    ['a reading as a JSON text', { ...statusMessage(at()), observation: JSON.stringify(reading) }],
  ])('%s', async (_label, message) => {
    const answer = await handleContentMessage(message, sender(STATUS_URL), effects);
    expect(answer?.ok ?? false).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  // Written down as refused; the schema copies only the fields it knows, so what is stored is clean.
  it('a reading with a __proto__ field is stored without it', async () => {
    const reading = JSON.stringify(statusReading(at()));
    const message: unknown = JSON.parse(
      `{"type":"observation","site":"status","observation":${reading.replace('{', '{"__proto__":{"kind":"x"},')}}`,
    );
    expect(await handleContentMessage(message, sender(STATUS_URL), effects)).toEqual({ ok: true });
    const kept = (await stored())?.status;
    expect(Object.hasOwn(kept ?? {}, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });

  it('a reading dated four minutes ahead (clocks drift) is stored', async () => {
    expect(await handleContentMessage(statusMessage(at(4)), sender(STATUS_URL), effects)).toEqual({
      ok: true,
    });
  });
});

describe('senders that are not our content script on its own page: no answer', () => {
  const effects = workerUnderTest();
  it.each<[string, Runtime.MessageSender]>([
    ['no id', sender(STATUS_URL, { id: undefined })],
    ['another extension', sender(STATUS_URL, { id: 'abcdefghijklmnopabcdefghijklmnop' })],
    ['no address', sender(STATUS_URL, { url: undefined })],
    ['the popup of this extension', sender(`chrome-extension://${OWN_ID}/popup.html`)],
    [
      'an iframe of another site inside icloud.com',
      sender('https://evil.example/icloud.com/settings/', { frameId: 9 }),
    ],
    ['Apple’s developer status page', sender('https://developer.apple.com/system-status/')],
    [
      'the status page on apple.com.cn over http',
      sender('http://www.apple.com/support/systemstatus/'),
    ],
    ['a file address', sender('file:///C:/systemstatus/index.html')],
  ])('%s', async (_label, from) => {
    expect(await handleContentMessage(statusMessage(at()), from, effects)).toBeUndefined();
    expect(await handleContentMessage({ type: 'open-flow' }, from, effects)).toBeUndefined();
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('icloud.com sending a status reading is refused, its own kept', async () => {
    await handleContentMessage(icloudMessage(at()), sender(ICLOUD_URL), effects);
    const answer = await handleContentMessage(statusMessage(at()), sender(ICLOUD_URL), effects);
    expect(answer).toEqual({ ok: false });
    expect(Object.keys((await stored()) ?? {})).toEqual(['icloud']);
  });
});

describe('order, storage and the flow', () => {
  const effects = workerUnderTest();

  it('a reading one millisecond older than the stored one does not replace it', async () => {
    const newer = new Date(Date.now() - 60_000);
    const older = new Date(newer.getTime() - 1).toISOString();
    await handleContentMessage(
      statusMessage(newer.toISOString(), 'outage'),
      sender(STATUS_URL),
      effects,
    );
    await handleContentMessage(statusMessage(older, 'available'), sender(STATUS_URL), effects);
    expect((await stored())?.status?.icloudBackup?.state).toBe('outage');
  });

  it('a reading older than a stored one dated a day ahead replaces it', async () => {
    await local.set({ observations: { status: statusReading(at(1440), 'outage') } });
    await handleContentMessage(statusMessage(at(-1), 'available'), sender(STATUS_URL), effects);
    expect((await stored())?.status?.icloudBackup?.state).toBe('available');
  });

  it.each<[string, unknown]>([
    ['a text', 'garbage'],
    ['a list', [1, 2, 3]],
    ['a number', 7],
    ['a record of damaged readings', { status: { kind: 'x' }, icloud: 'y' }],
  ])('stored readings as %s: the new reading is stored over them', async (_label, value) => {
    await local.set({ observations: value });
    expect(await handleContentMessage(statusMessage(at()), sender(STATUS_URL), effects)).toEqual({
      ok: true,
    });
    expect((await stored())?.status).toBeDefined();
  });

  it('a newer version’s site and mark are kept when a reading is stored', async () => {
    await local.set({ observations: { appleid: { v: 9 } }, observations$: { v: 2 } });
    await handleContentMessage(statusMessage(at()), sender(STATUS_URL), effects);
    const got = await local.get(['observations', 'observations$']);
    expect(got.observations).toHaveProperty('appleid', { v: 9 });
    expect(got.observations$).toEqual({ v: 2 });
  });

  it('storage that cannot be read answers { ok: false }, never throws', async () => {
    vi.spyOn(local, 'get').mockRejectedValue(new Error('gone'));
    expect(await handleContentMessage(statusMessage(at()), sender(STATUS_URL), effects)).toEqual({
      ok: false,
    });
  });

  it('a hint request in a language this version lacks costs the hint, not the reading', async () => {
    const answer = await handleContentMessage(
      { ...statusMessage(at()), hint: { locale: 'pt', situation: 'issue' } },
      sender(STATUS_URL),
      effects,
    );
    expect(answer).toEqual({ ok: true, texts: undefined });
  });

  it('a hint request with a situation of a megabyte is answered', async () => {
    const answer = await handleContentMessage(
      { ...statusMessage(at()), hint: { locale: 'de', situation: 'x'.repeat(1_000_000) } },
      sender(STATUS_URL),
      effects,
    );
    expect(answer?.ok).toBe(true);
  });

  it('open-flow when the browser refuses a tab (window closing) still answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('No current window'));
    const opener = createFlowOpener();
    const answer = await handleContentMessage({ type: 'open-flow' }, sender(STATUS_URL), {
      openFlow: () => opener(sender(STATUS_URL)),
    });
    expect(answer).toEqual({ ok: true });
  });

  it('300 messages of every kind at once: each answered, the latest readings stored', async () => {
    const messages = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0
        ? statusMessage(at(-300 + i))
        : i % 3 === 1
          ? { type: 'junk', i }
          : icloudMessage(at(-300 + i)),
    );
    const answers = await Promise.all(
      messages.map((m, i) =>
        handleContentMessage(m, sender(i % 3 === 2 ? ICLOUD_URL : STATUS_URL), effects),
      ),
    );
    expect(answers.filter((a) => a?.ok === true)).toHaveLength(200);
    expect((await stored())?.status?.observedAt).toBe(
      (messages[297] as ReturnType<typeof statusMessage>).observation.observedAt,
    );
  });
});
