import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';

const OWN_ID = 'own-extension-id';
const statusSender = { id: OWN_ID, url: 'https://www.apple.com/support/systemstatus/' };
const observation = {
  kind: 'apple-status',
  url: 'https://www.apple.com/support/systemstatus/',
  observedAt: '2026-11-25T10:00:00.000Z',
  parserVersion: 1,
  data: { services: [] },
};

describe('content message router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid observation from our own content script, one per kind', async () => {
    await expect(
      handleContentMessage({ type: 'observation', observation }, statusSender, OWN_ID),
    ).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ 'apple-status': observation });
  });

  it('refuses a malformed observation and keeps what was stored', async () => {
    await handleContentMessage({ type: 'observation', observation }, statusSender, OWN_ID);
    const bad = {
      type: 'observation',
      observation: { ...observation, url: 'javascript:alert(1)' },
    };
    await expect(handleContentMessage(bad, statusSender, OWN_ID)).resolves.toEqual({ ok: false });
    expect(await observationsItem.getValue()).toEqual({ 'apple-status': observation });
  });

  it.each([
    ['another extension', { id: 'someone-else', url: statusSender.url }],
    ['a page outside the readers', { id: OWN_ID, url: 'https://evil.example/' }],
    ['a sender without a URL', { id: OWN_ID }],
  ])('ignores messages from %s', async (_label, sender) => {
    await expect(
      handleContentMessage({ type: 'observation', observation }, sender, OWN_ID),
    ).resolves.toBeUndefined();
    expect(await observationsItem.getValue()).toEqual({});
  });

  it.each([null, 42, 'observation', { type: 'unknown' }, { type: 'observation' }])(
    'answers an unexpected message %j without throwing or storing',
    async (message) => {
      await expect(handleContentMessage(message, statusSender, OWN_ID)).resolves.toEqual({
        ok: false,
      });
      expect(await observationsItem.getValue()).toEqual({});
    },
  );
});
