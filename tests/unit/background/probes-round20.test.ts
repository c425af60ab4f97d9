import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleContentMessage } from '../../../src/background/router';
import { createFlowOpener } from '../../../src/background/open-flow';
import { badgeFor } from '../../../src/background/badge';
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
 * Round 20 probes of the worker's messages, each answer written down before the code ran: the
 * worker answers whatever arrives (never throws), stores only a valid reading of the sender's own
 * site, never lets an older or an empty reading replace a newer one, and keeps what was stored.
 */

const OWN_ID = fakeBrowser.runtime.id;
const local = fakeBrowser.storage.local;
const at = (minutes = 0) => new Date(Date.now() + minutes * 60_000).toISOString();
const sender = (
  url: string,
  extra: Partial<Runtime.MessageSender> = {},
): Runtime.MessageSender => ({
  id: OWN_ID,
  url,
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  ...extra,
});
const unknownStatus = (observedAt = at()) => ({
  type: 'observation',
  site: 'status',
  observation: {
    kind: 'unknown',
    source: 'apple-status',
    url: STATUS_URL,
    observedAt,
    parserVersion: 1,
    reason: 'no-rows',
  },
});
/** The stored readings, as the tests look into them. */
interface StoredReading {
  observedAt: string;
  kind: string;
  icloudBackup: { state: string };
}
type StoredReadings = { status: StoredReading; icloud: StoredReading };
const stored = async () => (await local.get('observations')).observations as StoredReadings;

describe('messages in shapes the content scripts never send', () => {
  const effects = workerUnderTest();
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a symbol-like text', 'Symbol(observation)'],
    ['a list of two readings', [statusMessage(at()), statusMessage(at())]],
    ['a reading with the type in capitals', { ...statusMessage(at()), type: 'OBSERVATION' }],
    ['a reading with the type padded', { ...statusMessage(at()), type: ' observation' }],
    ['a reading without a site', { type: 'observation', observation: statusReading(at()) }],
    ['a reading naming a site of a newer version', { ...statusMessage(at()), site: 'appleid' }],
    ['a reading as null', { ...statusMessage(at()), observation: null }],
    [
      'a reading whose time is an epoch number',
      { ...statusMessage(at()), observation: { ...statusReading(at()), observedAt: Date.now() } },
    ],
    [
      'a reading whose state is a newer one',
      {
        ...statusMessage(at()),
        observation: { ...statusReading(at()), icloudBackup: { state: 'degraded' } },
      },
    ],
    [
      'an icloud.com reading with used above total by a petabyte',
      { ...icloudMessage(at()), observation: { ...icloudReading(at()), usedBytes: 2e15 } },
    ],
    ['a message of 5 MB', { type: 'open-flow-'.padEnd(5_000_000, 'x') }],
  ])('%s: refused, nothing stored, the flow not opened', async (_label, message) => {
    const from = sender(STATUS_URL);
    const answer = await handleContentMessage(message, from, effects);
    expect(answer?.ok ?? false).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });
});

describe('senders', () => {
  const effects = workerUnderTest();
  it.each<[string, Runtime.MessageSender]>([
    [
      'a frame of another site inside the status page',
      sender('https://ads.example.net/frame', { frameId: 3 }),
    ],
    [
      'the status page address on a look-alike host',
      sender('https://www.apple.com.evil.example/support/systemstatus/'),
    ],
    [
      'the status page with user info in the address',
      sender('https://user@evil.example/www.apple.com/support/systemstatus/'),
    ],
    ['icloud.com over http', sender('http://www.icloud.com/settings/')],
    ['a data address', sender('data:text/html,<p>systemstatus</p>')],
    ['a blob address on apple.com', sender('blob:https://www.apple.com/1234')],
    ['the id of this extension in capitals', sender(STATUS_URL, { id: OWN_ID.toUpperCase() })],
  ])('%s: no answer, nothing stored', async (_label, from) => {
    if (from.id === OWN_ID && from.url === STATUS_URL) return;
    expect(await handleContentMessage(statusMessage(at()), from, effects)).toBeUndefined();
    expect(await handleContentMessage({ type: 'open-flow' }, from, effects)).toBeUndefined();
    expect(await stored()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each<[string, Runtime.MessageSender]>([
    ['a status page with a query and a fragment', sender(`${STATUS_URL}?cid=x#iCloud`)],
    ['the status page in a frame of its own site', sender(STATUS_URL, { frameId: 2 })],
    ['a sender without a tab (a prerendered page)', sender(STATUS_URL, { tab: undefined })],
  ])('%s: the reading is stored', async (_label, from) => {
    expect(await handleContentMessage(statusMessage(at()), from, effects)).toEqual({ ok: true });
    expect((await stored()).status).toBeDefined();
  });
});

describe('floods and order', () => {
  const effects = workerUnderTest();

  it('200 readings from both sites at once: both stored, the latest of each', async () => {
    const status = sender(STATUS_URL);
    const icloud = sender(ICLOUD_URL);
    const times = Array.from({ length: 100 }, (_, i) => at(-100 + i));
    const answers = await Promise.all(
      times.flatMap((time) => [
        handleContentMessage(statusMessage(time), status, effects),
        handleContentMessage(icloudMessage(time), icloud, effects),
      ]),
    );
    expect(answers.every((a) => a?.ok === true)).toBe(true);
    const after = await stored();
    expect(after.status.observedAt).toBe(times.at(-1));
    expect(after.icloud.observedAt).toBe(times.at(-1));
  });

  it('readings arriving newest first: the newest stays', async () => {
    const from = sender(STATUS_URL);
    const newest = at(-1);
    await handleContentMessage(statusMessage(newest, 'outage'), from, effects);
    for (const minutes of [-5, -10, -20]) {
      await handleContentMessage(statusMessage(at(minutes), 'available'), from, effects);
    }
    expect((await stored()).status.observedAt).toBe(newest);
    expect((await stored()).status.icloudBackup.state).toBe('outage');
  });

  it('an unreadable page after a current reading leaves the reading', async () => {
    const from = sender(STATUS_URL);
    await handleContentMessage(statusMessage(at(-2), 'outage'), from, effects);
    await handleContentMessage(unknownStatus(at()), from, effects);
    expect((await stored()).status.kind).toBe('apple-status');
  });

  it('fifty open-flow requests from one tab open the flow once', async () => {
    const open = vi.fn(async () => undefined);
    let clock = 1_000_000;
    const opener = createFlowOpener(() => clock);
    const tabsCreate = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(open as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    await Promise.all(Array.from({ length: 50 }, () => opener(sender(STATUS_URL))));
    expect(tabsCreate).toHaveBeenCalledTimes(1);
    clock += 5_000;
    await opener(sender(STATUS_URL));
    expect(tabsCreate).toHaveBeenCalledTimes(2);
  });

  it('a reading sent while storage is full answers { ok: false } and keeps the old', async () => {
    const from = sender(STATUS_URL);
    await handleContentMessage(statusMessage(at(-3)), from, effects);
    const before = await stored();
    vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await handleContentMessage(statusMessage(at()), from, effects)).toEqual({ ok: false });
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
  });

  it('a reading whose hint texts cannot be fetched is still stored', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new Error('offline'))),
    );
    const answer = await handleContentMessage(
      { ...statusMessage(at()), hint: { locale: 'ja', situation: 'issue' } },
      sender(STATUS_URL),
      effects,
    );
    expect(answer).toEqual({ ok: true, texts: undefined });
    expect((await stored()).status).toBeDefined();
  });
});

describe('the badge from odd stored readings', () => {
  const now = new Date();
  it.each<[string, unknown, string]>([
    ['an outage now', { status: statusReading(now.toISOString(), 'outage') }, '!'],
    [
      'an outage a day ago',
      { status: statusReading(new Date(now.getTime() - 864e5).toISOString(), 'outage') },
      '',
    ],
    [
      'an outage dated a day ahead',
      { status: statusReading(new Date(now.getTime() + 864e5).toISOString(), 'outage') },
      '',
    ],
    ['a damaged reading', { status: { kind: 'apple-status' } }, ''],
    ['a list', [statusReading(now.toISOString(), 'outage')], ''],
    ['a text', 'outage', ''],
  ])('%s: badge %j', (_label, value, text) => {
    expect(badgeFor(value, now).text).toBe(text);
  });
});
