import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type RouterEffects } from '../../../src/background/router';
import { rememberDismissed } from '../../../src/storage/hint-dismissal';
import { observationsItem } from '../../../src/storage/items';
import { icloudReading } from '../../support/readings';

const OWN_ID = fakeBrowser.runtime.id;
const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const statusSender = { id: OWN_ID, url: STATUS_URL };
const icloudSender = { id: OWN_ID, url: 'https://www.icloud.com/settings/' };
const observation = {
  kind: 'apple-status',
  source: 'apple-status',
  format: 'page',
  url: STATUS_URL,
  observedAt: '2026-11-25T10:00:00.000Z',
  parserVersion: 1,
  services: [{ name: 'iCloud Backup', id: 'icloud-backup', state: 'issue', events: [] }],
  icloudBackup: { state: 'issue' },
};
const message = { type: 'observation', site: 'status', observation };
const SITUATION = 'apple-problem|issue|';

describe('content message router', () => {
  let effects: RouterEffects;
  /** The worker reads hint texts from its package; here no file exists unless a test says so. */
  let packageFile: ReturnType<typeof vi.fn<(path: string) => Promise<Response>>>;
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  beforeEach(() => {
    fakeBrowser.reset();
    packageFile = vi.fn(async () => new Response('', { status: 404 }));
    vi.stubGlobal('fetch', packageFile);
    effects = {
      openFlow: vi.fn(async () => undefined),
    };
  });
  /** What the status page's script sends: its reading, asking for the hint's texts. */
  const askTexts = (situation = SITUATION, locale = 'en') =>
    handleContentMessage({ ...message, hint: { locale, situation } }, statusSender, effects);
  /** The package's texts file holds `texts`. */
  const packageHolds = (texts: Record<string, string>) =>
    packageFile.mockImplementation(async () => new Response(JSON.stringify(texts)));

  it('stores a valid reading from our own content script, one per site', async () => {
    await expect(handleContentMessage(message, statusSender, effects)).resolves.toEqual({
      ok: true,
    });
    expect(await observationsItem.getValue()).toEqual({ status: observation });
  });

  it('sets the badge from what it stored, without any storage listener', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    const fresh = { ...observation, observedAt: new Date().toISOString() };
    await handleContentMessage({ ...message, observation: fresh }, statusSender, effects);
    expect(setText).toHaveBeenLastCalledWith({ text: '!' });
    const over = { ...fresh, icloudBackup: { state: 'available' }, services: [] };
    await handleContentMessage({ ...message, observation: over }, statusSender, effects);
    expect(setText).toHaveBeenLastCalledWith({ text: '' });
  });

  it('refuses a malformed reading and keeps what was stored', async () => {
    await handleContentMessage(message, statusSender, effects);
    const bad = { ...message, observation: { ...observation, services: 'all good' } };
    await expect(handleContentMessage(bad, statusSender, effects)).resolves.toEqual({ ok: false });
    expect(await observationsItem.getValue()).toEqual({ status: observation });
  });

  it('refuses a reading for a site other than the sender page', async () => {
    await expect(handleContentMessage(message, icloudSender, effects)).resolves.toEqual({
      ok: false,
    });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('stores a crafted link as the page address only, keeping storage small', async () => {
    const huge = `${STATUS_URL}?utm=${'q'.repeat(1000)}#${'x'.repeat(1_900_000)}`;
    const crafted = { ...message, observation: { ...observation, url: huge } };
    await expect(
      handleContentMessage(crafted, { ...statusSender, url: huge }, effects),
    ).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: observation });
    const all = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(all).length).toBeLessThan(2_000);
  });

  it.each([
    ['another site', 'https://evil.example/x'],
    ['another Apple page', 'https://www.apple.com/iphone/'],
    ['icloud.com', 'https://www.icloud.com/settings/'],
  ])('refuses a status reading that claims an address on %s', async (_label, url) => {
    const bad = { ...message, observation: { ...observation, url } };
    await expect(handleContentMessage(bad, statusSender, effects)).resolves.toEqual({ ok: false });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('refuses "Photos 9999 TB" from icloud.com, which no session could hold', async () => {
    const photos = {
      id: 'photos',
      label: 'Photos',
      amount: { value: 9999, unit: 'TB', bytes: 9999e12 },
    };
    const storage = { ...icloudReading(observation.observedAt), categories: [photos] };
    const result = await handleContentMessage(
      { type: 'observation', site: 'icloud', observation: storage },
      icloudSender,
      effects,
    );
    expect(result).toEqual({ ok: false });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('refuses a reading dated ahead of the clock and keeps the current one', async () => {
    const current = { ...observation, observedAt: new Date().toISOString() };
    await handleContentMessage({ ...message, observation: current }, statusSender, effects);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    for (const observedAt of [inAnHour, '2099-01-01T00:00:00.000Z']) {
      const ahead = { ...message, observation: { ...observation, observedAt } };
      await expect(handleContentMessage(ahead, statusSender, effects)).resolves.toEqual({
        ok: false,
      });
    }
    expect(await observationsItem.getValue()).toEqual({ status: current });
    // A minute ahead is the page's clock drifting, as isStale allows, and is stored.
    const drift = { ...observation, observedAt: new Date(Date.now() + 60_000).toISOString() };
    await expect(
      handleContentMessage({ ...message, observation: drift }, statusSender, effects),
    ).resolves.toEqual({ ok: true });
  });

  it('answers { ok: false } when storage refuses the write (quota)', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await expect(handleContentMessage(message, statusSender, effects)).resolves.toEqual({
      ok: false,
    });
  });

  it('opens the flow when the in-page hint asks', async () => {
    await expect(
      handleContentMessage({ type: 'open-flow' }, statusSender, effects),
    ).resolves.toEqual({ ok: true });
    expect(effects.openFlow).toHaveBeenCalledOnce();
  });

  it('stores the reading and hands the hint its texts in the one language it asks for', async () => {
    const texts = { 'hint.dismiss': 'Ignorer' };
    packageHolds(texts);
    await expect(askTexts(SITUATION, 'fr')).resolves.toEqual({ ok: true, texts });
    expect(packageFile).toHaveBeenCalledWith('/inpage/fr.json');
    expect(await observationsItem.getValue()).toEqual({ status: observation });
  });

  it('has no texts for the situation the user dismissed, and texts for any other', async () => {
    const texts = { 'hint.dismiss': 'Dismiss' };
    packageHolds(texts);
    await rememberDismissed(fakeBrowser as never, SITUATION);
    await expect(askTexts(SITUATION)).resolves.toEqual({ ok: true });
    expect(packageFile).not.toHaveBeenCalled();
    expect(await observationsItem.getValue()).toEqual({ status: observation });
    await expect(askTexts('apple-problem|outage|')).resolves.toEqual({ ok: true, texts });
  });

  it('hands the texts over even when storage refuses the reading', async () => {
    const texts = { 'hint.dismiss': 'Dismiss' };
    packageHolds(texts);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await expect(askTexts()).resolves.toEqual({ ok: false, texts });
  });

  it.each([
    ['a language not shipped', { locale: 'pt', situation: SITUATION }],
    ['a path instead of a language', { locale: '../popup', situation: SITUATION }],
    ['no language', { situation: SITUATION }],
    ['no situation', { locale: 'en' }],
    ['a situation that is not text', { locale: 'en', situation: 7 }],
    ['a request that is not an object', 'en'],
  ])('stores a reading that asks hint texts for %s, and reads no texts', async (_label, hint) => {
    const answer = await handleContentMessage({ ...message, hint }, statusSender, effects);
    expect(answer).toEqual({ ok: true });
    expect(answer?.texts).toBeUndefined();
    expect(packageFile).not.toHaveBeenCalled();
    expect(await observationsItem.getValue()).toEqual({ status: observation });
  });

  it('hands the texts over when the dismissal cannot be read (the hint shows again)', async () => {
    const texts = { 'hint.dismiss': 'Dismiss' };
    packageHolds(texts);
    await rememberDismissed(fakeBrowser as never, SITUATION);
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local) as (keys: unknown) => Promise<Record<string, unknown>>;
    // Only the dismissal's read fails; the reading's own storage works.
    vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) =>
      keys === 'hintDismissed' ? Promise.reject(new Error('gone')) : get(keys)) as never);
    await expect(askTexts()).resolves.toEqual({ ok: true, texts });
    expect(local.get).toHaveBeenCalledWith('hintDismissed');
  });

  it('answers without texts when they cannot be read, the reading stored', async () => {
    await expect(askTexts()).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ status: observation });
  });

  it.each([
    ['another extension', { id: 'someone-else', url: STATUS_URL }],
    ['a page outside the readers', { id: OWN_ID, url: 'https://evil.example/' }],
    ['a sender without a URL', { id: OWN_ID }],
    ['a sender with a broken URL', { id: OWN_ID, url: 'not a url' }],
  ])('ignores messages from %s', async (_label, sender) => {
    await expect(handleContentMessage(message, sender, effects)).resolves.toBeUndefined();
    await expect(
      handleContentMessage({ type: 'open-flow' }, sender, effects),
    ).resolves.toBeUndefined();
    await expect(
      handleContentMessage(
        { ...message, hint: { locale: 'en', situation: SITUATION } },
        sender,
        effects,
      ),
    ).resolves.toBeUndefined();
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
    expect(packageFile).not.toHaveBeenCalled();
  });

  it.each([null, 42, 'observation', { type: 'unknown' }, { type: 'observation', site: 'status' }])(
    'answers an unexpected message %j without throwing or storing',
    async (unexpected) => {
      await expect(handleContentMessage(unexpected, statusSender, effects)).resolves.toEqual({
        ok: false,
      });
      expect(await observationsItem.getValue()).toBeNull();
    },
  );
});
