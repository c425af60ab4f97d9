import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type RouterEffects } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Messages and senders written by hand with the answer decided first. A page's language the
 * worker cannot serve only gives the hint in English; anything else unexpected is answered without storing, opening or throwing.
 */

const OWN_ID = fakeBrowser.runtime.id;
const now = () => new Date().toISOString();
const status = { id: OWN_ID, url: STATUS_URL };
const TEXTS = { 'hint.title': 'Apple reports a problem' };

describe('the worker and odd messages', () => {
  let effects: RouterEffects;
  afterEach(() => vi.unstubAllGlobals());
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(TEXTS))),
    );
    effects = { openFlow: vi.fn(async () => undefined) };
  });

  /** The status page's rows with an iCloud Backup issue, the page's language as given. */
  const rowsIn = (language: unknown) => ({
    type: 'status-rows',
    rows: [{ name: 'iCloud Backup', lights: 'light-issue' }],
    total: 1,
    language,
    last: true,
    feed: '',
  });

  it.each([
    ['a language the app does not speak', 'xx'],
    ['a language in capitals', 'EN'],
    ['an empty language', ''],
    ['a path for a language', '../popup'],
  ])(
    'keeps the rows whose page language is %s, with a hint in a language it speaks',
    async (_l, language) => {
      const answer = await handleContentMessage(rowsIn(language), status, effects);
      expect(answer).toMatchObject({ ok: true, view: { locale: 'en' } });
      expect(await observationsItem.getValue()).toMatchObject({
        status: { icloudBackup: { state: 'issue' } },
      });
    },
  );

  it.each([
    ['null', null],
    ['a number', 7],
    ['a list', ['en']],
    ['a language of a kilobyte', 'en'.repeat(512)],
  ])('refuses rows whose page language is %s, storing nothing', async (_l, language) => {
    await expect(handleContentMessage(rowsIn(language), status, effects)).resolves.toEqual({
      ok: false,
    });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['the type alone as a word', 'open-flow'],
    ['an empty object', {}],
    ['a reading with no observation', { type: 'observation', site: 'status' }],
    ['a reading of another site', { type: 'observation', site: 'icloud', observation: {} }],
    [
      'a reading dated a day ahead',
      {
        type: 'observation',
        site: 'status',
        observation: statusReading(new Date(Date.now() + 864e5).toISOString()),
      },
    ],
    [
      'a reading with a service name of a megabyte',
      {
        type: 'observation',
        site: 'status',
        observation: {
          ...statusReading(now()),
          services: [{ name: 'x'.repeat(2 ** 20), id: 'a', state: 'issue', events: [] }],
        },
      },
    ],
  ])('answers %s with ok: false or nothing, storing nothing', async (_l, message) => {
    const answer = await handleContentMessage(message, status, effects);
    expect([undefined, false]).toContain(answer?.ok);
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each([
    ['no id', { url: STATUS_URL }],
    ['another extension', { id: 'other-extension', url: STATUS_URL }],
    ['no address', { id: OWN_ID }],
    ['an address that is no URL', { id: OWN_ID, url: 'not a url' }],
    ['an extension page', { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` }],
  ])('ignores a sender with %s', async (_l, sender) => {
    const message = { type: 'observation', site: 'status', observation: statusReading(now()) };
    await expect(handleContentMessage(message, sender, effects)).resolves.toBeUndefined();
    await expect(
      handleContentMessage({ type: 'open-flow' }, sender, effects),
    ).resolves.toBeUndefined();
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('refuses a status reading sent from icloud.com', async () => {
    const message = { type: 'observation', site: 'status', observation: statusReading(now()) };
    await expect(
      handleContentMessage(message, { id: OWN_ID, url: ICLOUD_URL }, effects),
    ).resolves.toEqual({ ok: false });
  });

  it('replaces damaged stored readings with a new valid one, keeping the valid other site', async () => {
    const icloud = icloudReading(now());
    await observationsItem.setValue({ status: 'garbage', icloud });
    const reading = statusReading(now());
    const message = { type: 'observation', site: 'status', observation: reading };
    await expect(handleContentMessage(message, status, effects)).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: reading, icloud });
  });

  it('replaces stored readings that are not a record at all', async () => {
    await observationsItem.setValue(['not', 'readings']);
    const reading = statusReading(now());
    const message = { type: 'observation', site: 'status', observation: reading };
    await expect(handleContentMessage(message, status, effects)).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: reading });
  });

  it('answers ok: false when storage cannot be read, without throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    const message = { type: 'observation', site: 'status', observation: statusReading(now()) };
    await expect(handleContentMessage(message, status, effects)).resolves.toEqual({ ok: false });
  });

  it('opens the flow for an open-flow message with extra fields', async () => {
    await expect(
      handleContentMessage({ type: 'open-flow', tab: 1 }, status, effects),
    ).resolves.toEqual({ ok: true });
    expect(effects.openFlow).toHaveBeenCalledOnce();
  });
});
