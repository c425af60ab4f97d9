import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../src/background/badge';
import { showBadge } from '../../../src/background/effects';
import type { ServiceState } from '../../../src/pages/observation';
import { icloudReading, statusReading, STATUS_URL } from '../../support/readings';

const now = new Date('2026-11-25T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const stored = (state: ServiceState, observedAt = minutesAgo(1)) => ({
  status: statusReading(observedAt, state),
});

describe('toolbar badge', () => {
  it.each(['issue', 'outage'] as const)('shows "!" while iCloud Backup has an %s', (state) => {
    expect(badgeFor(stored(state), now).text).toBe('!');
  });

  it('uses a stronger colour for an outage than for an issue', () => {
    expect(badgeFor(stored('outage'), now).color).not.toBe(badgeFor(stored('issue'), now).color);
  });

  it.each(['available', 'maintenance', 'unknown'] as const)(
    'shows nothing when it is %s',
    (state) => {
      expect(badgeFor(stored(state), now).text).toBe('');
    },
  );

  it.each([
    ['dated 2099', '2099-01-01T00:00:00.000Z'],
    ['dated 1970', '1970-01-01T00:00:00.000Z'],
    ['older than 30 minutes', minutesAgo(31)],
  ])('shows nothing for an outage reading %s', (_label, observedAt) => {
    expect(badgeFor(stored('outage', observedAt), now).text).toBe('');
  });

  it('says until when a "!" holds', () => {
    expect(badgeFor(stored('issue', minutesAgo(10)), now).expiresAt).toBe(
      now.getTime() + 20 * 60_000,
    );
  });

  it.each([
    ['no readings', null],
    [
      'an unreadable page',
      {
        status: {
          kind: 'unknown',
          url: STATUS_URL,
          observedAt: minutesAgo(1),
          parserVersion: 1,
          reason: 'x',
        },
      },
    ],
    ['a reading with nothing but its kind', { status: { kind: 'apple-status' } }],
    ['storage in place of status', { status: icloudReading(minutesAgo(1)) }],
    ['no record at all', 'garbage'],
  ])('shows nothing, and does not throw, for %s', (_label, value) => {
    expect(badgeFor(value, now).text).toBe('');
  });
});

describe('showBadge in the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never rejects, even when the toolbar refuses', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('no toolbar'));
    await expect(showBadge(stored('outage'), now)).resolves.toBeUndefined();
    await expect(showBadge({ status: { kind: 'apple-status' } }, now)).resolves.toBeUndefined();
  });

  it('sets "!" for a current outage and clears it for a damaged reading', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    await showBadge(stored('outage'), now);
    await showBadge({ status: { kind: 'apple-status' } }, now);
    expect(setText.mock.calls).toEqual([[{ text: '!' }], [{ text: '' }]]);
  });
});
