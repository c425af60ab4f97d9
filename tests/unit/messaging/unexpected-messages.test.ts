import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type RouterEffects } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';
import { icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Messages and senders the content scripts never produce, written by hand with the expected
 * answer first: nothing is stored, no tab is opened, and the worker answers instead of throwing.
 * (A valid reading with a bad hint request is stored: tests/unit/messaging/odd-messages.test.ts.)
 */

const OWN_ID = fakeBrowser.runtime.id;
const reading = statusReading('2026-11-25T10:00:00.000Z');
const valid = { type: 'observation', site: 'status', observation: reading };

describe('the worker and messages no content script sends', () => {
  let effects: RouterEffects;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    effects = { openFlow: vi.fn(async () => undefined) };
  });

  it.each([
    ['a look-alike host', 'https://www.apple.com.evil.example/support/systemstatus/'],
    ['plain http', 'http://www.apple.com/support/systemstatus/'],
    ['a user name before the host', 'https://www.apple.com@evil.example/support/systemstatus/'],
    ['another scheme', 'file:///support/systemstatus/'],
  ])('ignores a sender on %s', async (_label, url) => {
    const sender = { id: OWN_ID, url };
    await expect(handleContentMessage(valid, sender, effects)).resolves.toBeUndefined();
    await expect(
      handleContentMessage({ type: 'open-flow' }, sender, effects),
    ).resolves.toBeUndefined();
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each([
    ['a list of messages', [valid]],
    ['the reading without its envelope', reading],
    [
      'an icloud.com reading as the status one',
      { ...valid, observation: icloudReading(reading.observedAt) },
    ],
    ['a reading of no known kind', { ...valid, observation: { ...reading, kind: 'weather' } }],
    ['a type in capitals', { ...valid, type: 'OBSERVATION' }],
    ['a nested message', { type: 'observation', message: valid }],
  ])('answers %s with ok: false and stores nothing', async (_label, unexpected) => {
    const sender = { id: OWN_ID, url: STATUS_URL };
    await expect(handleContentMessage(unexpected, sender, effects)).resolves.toEqual({
      ok: false,
    });
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });
});
