import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge';
import type { AppleStatusObservation, ServiceState } from '../../../src/pages/observation';

const status = (state: ServiceState): AppleStatusObservation => ({
  kind: 'apple-status',
  source: 'apple-status',
  format: 'page',
  url: 'https://www.apple.com/support/systemstatus/',
  observedAt: '2026-11-25T10:00:00.000Z',
  parserVersion: 1,
  services: [],
  icloudBackup: { state },
});

describe('toolbar badge', () => {
  it.each(['issue', 'outage'] as const)('shows "!" while iCloud Backup has an %s', (state) => {
    expect(badgeFor({ status: status(state) }).text).toBe('!');
  });

  it('uses a stronger colour for an outage than for an issue', () => {
    expect(badgeFor({ status: status('outage') }).color).not.toBe(
      badgeFor({ status: status('issue') }).color,
    );
  });

  it.each(['available', 'maintenance', 'unknown'] as const)(
    'shows nothing when it is %s',
    (state) => {
      expect(badgeFor({ status: status(state) }).text).toBe('');
    },
  );

  it('shows nothing without a status reading or with an unreadable one', () => {
    expect(badgeFor({}).text).toBe('');
    expect(
      badgeFor({
        status: {
          kind: 'unknown',
          url: 'https://www.apple.com/support/systemstatus/',
          observedAt: '2026-11-25T10:00:00.000Z',
          parserVersion: 1,
          reason: 'x',
        },
      }).text,
    ).toBe('');
  });
});
