import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import { workerUnderTest } from '../../support/worker-under-test';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Messages from our own content scripts in shapes they do not send, and storage that misbehaves
 * while the worker stores a reading, each with the answer decided before the code was run: the
 * worker answers, keeps what storage held, and never throws.
 */

const OWN_ID = fakeBrowser.runtime.id;
const statusPage = { id: OWN_ID, url: STATUS_URL, frameId: 0 };
const icloudPage = { id: OWN_ID, url: ICLOUD_URL, frameId: 0 };
const fresh = () => new Date().toISOString();
const statusMessage = (hint?: unknown) => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(fresh()),
  ...(hint !== undefined && { hint }),
});
const storedReadings = async () =>
  (await fakeBrowser.storage.local.get('observations')).observations;

describe('odd payloads from our own content scripts', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown, unknown]>([
    ['a hint in a language this version lacks', { locale: 'pt', situation: 'x' }, undefined],
    ['a hint that is null', null, undefined],
    ['a hint that is a list', ['en', 'x'], undefined],
  ])('%s: the reading is stored, no texts', async (_label, hint) => {
    const answer = await handleContentMessage(statusMessage(hint), statusPage, effects);
    expect(answer).toEqual({ ok: true, texts: undefined });
    expect(await storedReadings()).toHaveProperty('status');
  });

  it('a hint of a situation a megabyte long: the reading is stored', async () => {
    const hint = { locale: 'en', situation: 's'.repeat(2 ** 20) };
    const answer = await handleContentMessage(statusMessage(hint), statusPage, effects);
    expect(answer?.ok).toBe(true);
  });

  it.each<[string, unknown]>([
    [
      'an icloud.com reading claimed by the status page',
      { type: 'observation', site: 'icloud', observation: icloudReading(fresh()) },
    ],
    ['a list of messages', [{ type: 'open-flow' }]],
    ['a reading without its type', { site: 'status', observation: statusReading(fresh()) }],
    [
      'a reading dated tomorrow',
      {
        ...statusMessage(),
        observation: statusReading(new Date(Date.now() + 864e5).toISOString()),
      },
    ],
  ])('%s: refused, nothing stored or opened', async (_label, message) => {
    expect(await handleContentMessage(message, statusPage, effects)).toEqual({ ok: false });
    expect(await storedReadings()).toBeUndefined();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it('a reading carrying a prototype name is stored without changing any other object', async () => {
    const message = JSON.parse(
      JSON.stringify(statusMessage()).replace('"kind":', '"__proto__":{"polluted":1},"kind":'),
    );
    expect((await handleContentMessage(message, statusPage, effects))?.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the flow asked for with a field more opens it', async () => {
    const answer = await handleContentMessage(
      { type: 'open-flow', from: 'x' },
      icloudPage,
      effects,
    );
    expect(answer).toEqual({ ok: true });
    expect(effects.openFlow).toHaveBeenCalledTimes(1);
  });
});

describe('what storage held when a reading arrives', () => {
  const effects = workerUnderTest();

  it.each<[string, unknown]>([
    ['an empty list', []],
    ['a word', 'corrupted'],
    ['a damaged icloud.com reading', { icloud: { kind: 'icloud-storage' } }],
  ])('%s: the new reading is stored', async (_label, before) => {
    await fakeBrowser.storage.local.set({ observations: before });
    expect((await handleContentMessage(statusMessage(), statusPage, effects))?.ok).toBe(true);
    expect(Object.keys((await storedReadings()) as object)).toEqual(['status']);
  });

  // After a downgrade, a newer build's third site is that build's to read (otherSites).
  it('a reading of a site a newer build reads is kept beside the new one', async () => {
    const theirs = { kind: 'weather', observedAt: fresh() };
    await fakeBrowser.storage.local.set({ observations: { weather: theirs } });
    await handleContentMessage(statusMessage(), statusPage, effects);
    expect(await storedReadings()).toMatchObject({ weather: theirs });
  });

  it.each<[string, 'get' | 'set', unknown]>([
    ['a full disk', 'set', new DOMException('quota', 'QuotaExceededError')],
    ['storage that cannot be read', 'get', new Error('IO error')],
  ])('%s: answered as not stored, never thrown', async (_label, method, error) => {
    vi.spyOn(fakeBrowser.storage.local, method).mockRejectedValue(error);
    await expect(handleContentMessage(statusMessage(), statusPage, effects)).resolves.toMatchObject(
      {
        ok: false,
      },
    );
  });

  it('two sites at once: both readings stored', async () => {
    const icloudMessage = {
      type: 'observation',
      site: 'icloud',
      observation: icloudReading(fresh()),
    };
    await Promise.all([
      handleContentMessage(statusMessage(), statusPage, effects),
      handleContentMessage(icloudMessage, icloudPage, effects),
    ]);
    expect(Object.keys((await storedReadings()) as object).sort()).toEqual(['icloud', 'status']);
  });
});
