import { describe, expect, it } from 'vitest';
import { findFeedUrl, withFeedTimes } from '../../../../src/pages/apple-status/feed-times';
import type { AppleStatusObservation, ServiceState } from '../../../../src/pages/observation';

const PAGE = 'https://www.apple.com/de/support/systemstatus/';
const FEED = 'https://www.apple.com/support/systemstatus/data/system_status_de_DE.js';

const reading = (state: ServiceState, since?: string): AppleStatusObservation => ({
  kind: 'apple-status',
  source: 'apple-status',
  format: 'page',
  url: PAGE,
  observedAt: '2026-11-25T10:00:00.000Z',
  parserVersion: 1,
  services: [],
  icloudBackup: since ? { state, since } : { state },
});

describe("finding the page's own feed", () => {
  it('takes the consumer feed the page loaded, whatever its locale', () => {
    const loaded = [
      'https://www.apple.com/metrics/x.js',
      FEED,
      'https://www.apple.com/wss/fonts.css',
    ];
    expect(findFeedUrl(loaded, PAGE)).toBe(FEED);
  });

  it('ignores the developer feed, other origins and broken URLs', () => {
    expect(
      findFeedUrl(
        [
          'https://www.apple.com/support/systemstatus/data/developer/system_status_en_US.js',
          'https://evil.example/support/systemstatus/data/system_status_en_US.js',
          'not a url',
        ],
        PAGE,
      ),
    ).toBeUndefined();
    expect(findFeedUrl([FEED], 'not a url')).toBeUndefined();
  });
});

describe("adding the feed's times to the page reading", () => {
  it('adds the start when both agree on the current state', () => {
    const merged = withFeedTimes(
      reading('outage'),
      reading('outage', '2022-10-25T17:06:00.000Z').icloudBackup,
    );
    expect(merged.icloudBackup).toEqual({ state: 'outage', since: '2022-10-25T17:06:00.000Z' });
  });

  it('changes nothing when the feed disagrees or is unreadable', () => {
    const page = reading('issue');
    expect(withFeedTimes(page, reading('outage', '2022-10-25T17:06:00.000Z').icloudBackup)).toBe(
      page,
    );
    expect(withFeedTimes(page, undefined)).toBe(page);
  });
});
