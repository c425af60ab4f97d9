import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type RouterEffects } from '../../../src/background/router';
import type { StatusAnswer } from '../../../src/background/status-page';
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

  /** What the status page's script sends: its rows as text (src/pages/apple-status/page-rows.ts). */
  const statusRows = (overrides: Record<string, unknown> = {}) => ({
    type: 'status-rows',
    rows: [
      { name: 'iCloud Drive', lights: 'light-available' },
      { name: 'iCloud Backup', lights: 'light-issue' },
    ],
    total: 2,
    language: 'en',
    last: true,
    ...overrides,
  });
  const askTexts = (overrides: Record<string, unknown> = {}) =>
    handleContentMessage(statusRows(overrides), statusSender, effects);
  const storedStatus = async () =>
    ((await observationsItem.getValue()) as { status?: { icloudBackup: unknown } } | null)?.status;

  it("parses the page's rows, stores the reading and answers with the hint in the page's language", async () => {
    packageHolds({ 'hint.dismiss': 'Ignorer' });
    const answer = await askTexts({ language: 'fr-FR', feed: '' });
    expect(answer).toMatchObject({ ok: true, row: 1, view: { locale: 'fr', tone: 'problem' } });
    expect((answer as StatusAnswer).view?.labels.dismiss).toBe('Ignorer');
    expect(packageFile).toHaveBeenCalledWith('/inpage/fr.json');
    expect(await storedStatus()).toMatchObject({
      url: STATUS_URL,
      icloudBackup: { state: 'issue' },
      services: [
        { name: 'iCloud Drive', id: 'icloud-drive', state: 'available' },
        { name: 'iCloud Backup', id: 'icloud-backup', state: 'issue' },
      ],
    });
  });

  it("asks for the page's feed while Apple reports a problem, and stores nothing before it", async () => {
    packageHolds({ 'hint.dismiss': 'Dismiss' });
    await expect(askTexts()).resolves.toEqual({ ok: false, feed: true });
    expect(await observationsItem.getValue()).toBeNull();
    await expect(askTexts({ feed: 'not a feed' })).resolves.toMatchObject({ ok: true, row: 1 });
    expect(await storedStatus()).toMatchObject({ icloudBackup: { state: 'issue' } });
  });

  it('asks the page to read again while no row is iCloud Backup, unless it will not read again', async () => {
    const rows = [{ name: 'iCloud Drive', lights: 'light-available' }];
    await expect(askTexts({ rows, total: 1, last: false })).resolves.toEqual({
      ok: false,
      again: true,
    });
    expect(await observationsItem.getValue()).toBeNull();
    await expect(askTexts({ rows, total: 1, last: true })).resolves.toEqual({ ok: true });
    expect(await storedStatus()).toMatchObject({ icloudBackup: { state: 'unknown' } });
  });

  it('answers no hint for the situation the user dismissed, and a hint for any other', async () => {
    packageHolds({ 'hint.dismiss': 'Dismiss' });
    await rememberDismissed(fakeBrowser as never, SITUATION);
    await expect(askTexts({ feed: '' })).resolves.toEqual({ ok: true, row: 1 });
    expect(packageFile).not.toHaveBeenCalled();
    expect(await storedStatus()).toMatchObject({ icloudBackup: { state: 'issue' } });
    const outage = [{ name: 'iCloud Backup', lights: 'light-outage' }];
    await expect(askTexts({ rows: outage, total: 1, feed: '' })).resolves.toMatchObject({
      view: { situation: 'apple-problem|outage|' },
    });
  });

  it('answers with the hint even when storage refuses the reading', async () => {
    packageHolds({ 'hint.dismiss': 'Dismiss' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await expect(askTexts({ feed: '' })).resolves.toMatchObject({ ok: false, view: {} });
  });

  it.each([
    ['a language that is not text', { language: 7 }],
    ['rows that are not a list', { rows: 'iCloud Backup' }],
    ['a row without its lights', { rows: [{ name: 'iCloud Backup' }] }],
    ['a name past the limit', { rows: [{ name: 'x'.repeat(1001), lights: 'light-issue' }] }],
    ['a count below zero', { total: -1 }],
    ['no word on whether more reads follow', { last: undefined }],
    ['a feed that is not text', { feed: 1 }],
  ])('refuses rows with %s, storing nothing', async (_label, overrides) => {
    packageHolds({ 'hint.dismiss': 'Dismiss' });
    await expect(askTexts(overrides)).resolves.toEqual({ ok: false });
    expect(packageFile).not.toHaveBeenCalled();
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('refuses rows from a page that is not the status page', async () => {
    await expect(handleContentMessage(statusRows(), icloudSender, effects)).resolves.toEqual({
      ok: false,
    });
    expect(await observationsItem.getValue()).toBeNull();
  });

  it('hands the hint over when the dismissal cannot be read (the hint shows again)', async () => {
    packageHolds({ 'hint.dismiss': 'Dismiss' });
    await rememberDismissed(fakeBrowser as never, SITUATION);
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local) as (keys: unknown) => Promise<Record<string, unknown>>;
    // Only the dismissal's read fails; the reading's own storage works.
    vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) =>
      keys === 'hintDismissed' ? Promise.reject(new Error('gone')) : get(keys)) as never);
    await expect(askTexts({ feed: '' })).resolves.toMatchObject({ ok: true, view: {} });
    expect(local.get).toHaveBeenCalledWith('hintDismissed');
  });

  it('answers without a hint when its texts cannot be read, the reading stored', async () => {
    await expect(askTexts({ feed: '' })).resolves.toEqual({ ok: true, row: 1 });
    expect(await storedStatus()).toMatchObject({ icloudBackup: { state: 'issue' } });
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
    await expect(handleContentMessage(statusRows(), sender, effects)).resolves.toBeUndefined();
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
