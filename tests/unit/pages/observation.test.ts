import { readFixture } from '../../support/fixtures';
import { describe, expect, it } from 'vitest';
import {
  isStale,
  type AppleStatusObservation,
  type IcloudStorageObservation,
} from '../../../src/pages/observation';
import { siteById } from '../../../src/pages/registry';
import { readPage } from '../../../src/pages/read-page';
import { FIXED_NOW, ICLOUD_URL, STATUS_URL } from './fixtures';

const at = (ms: number) => new Date(FIXED_NOW.getTime() + ms).toISOString();
const base = { url: STATUS_URL, parserVersion: 1 };
const STATUS_MAX_AGE_MS = siteById('status')!.maxAgeMs;
const STORAGE_MAX_AGE_MS = siteById('icloud')!.maxAgeMs;
const status = (observedAt: string): AppleStatusObservation => ({
  ...base,
  kind: 'apple-status',
  source: 'apple-status',
  format: 'page',
  observedAt,
  services: [],
  icloudBackup: { state: 'unknown' },
});
const storage = (observedAt: string): IcloudStorageObservation => ({
  ...base,
  kind: 'icloud-storage',
  source: 'icloud',
  basis: 'exact',
  observedAt,
  categories: [],
});

describe("isStale, with each site's own age", () => {
  it('treats status older than 30 minutes as stale', () => {
    expect(isStale(status(at(-STATUS_MAX_AGE_MS)), STATUS_MAX_AGE_MS, FIXED_NOW)).toBe(false);
    expect(isStale(status(at(-STATUS_MAX_AGE_MS - 1)), STATUS_MAX_AGE_MS, FIXED_NOW)).toBe(true);
    expect(STATUS_MAX_AGE_MS).toBe(30 * 60 * 1000);
  });

  it('treats storage older than 7 days as stale', () => {
    expect(isStale(storage(at(-STORAGE_MAX_AGE_MS)), STORAGE_MAX_AGE_MS, FIXED_NOW)).toBe(false);
    expect(isStale(storage(at(-STORAGE_MAX_AGE_MS - 1)), STORAGE_MAX_AGE_MS, FIXED_NOW)).toBe(true);
    expect(isStale(storage(at(-2 * 60 * 60 * 1000)), STORAGE_MAX_AGE_MS, FIXED_NOW)).toBe(false);
    expect(STORAGE_MAX_AGE_MS).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it('treats unreadable or far-future times and unknown observations as stale', () => {
    expect(isStale(status('yesterday'), STATUS_MAX_AGE_MS, FIXED_NOW)).toBe(true);
    expect(isStale(status(at(60 * 60 * 1000)), STATUS_MAX_AGE_MS, FIXED_NOW)).toBe(true);
    expect(isStale(status(at(60 * 1000)), STATUS_MAX_AGE_MS, FIXED_NOW)).toBe(false);
    expect(
      isStale(
        { kind: 'unknown', ...base, observedAt: FIXED_NOW.toISOString(), reason: 'x' },
        STATUS_MAX_AGE_MS,
        FIXED_NOW,
      ),
    ).toBe(true);
  });
});

describe('readPage', () => {
  const options = { now: FIXED_NOW };

  it('picks the status reader by URL for HTML', () => {
    const text = readFixture('pages/status-en-icloud-backup-issue.html');
    const observation = readPage(text, STATUS_URL, options);
    expect(observation.kind).toBe('apple-status');
    expect((observation as AppleStatusObservation).icloudBackup.state).toBe('issue');
  });

  it('picks the icloud reader by URL for HTML', () => {
    const text = readFixture('pages/icloud-de-200gb.html');
    expect(readPage(text, ICLOUD_URL, options)).toMatchObject({
      kind: 'icloud-storage',
      usedBytes: 123.4e9,
    });
  });

  it('reads only addresses the extension runs on, as the content script would', () => {
    const statusPage = readFixture('pages/status-en-all-available.html');
    for (const url of [
      'file:///saved/status.html',
      'https://example.com/',
      'http://www.apple.com/support/systemstatus/',
    ]) {
      expect(readPage(statusPage, url, options)).toMatchObject({
        kind: 'unknown',
        reason: 'unsupported-address',
      });
    }
    // The status page's markup at an icloud.com address is no storage bar.
    expect(readPage(statusPage, ICLOUD_URL, options).kind).toBe('unknown');
  });

  it('recognizes a feed at a status address and storage JSON at an icloud.com address', () => {
    const feed = readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp');
    expect(readPage(feed, `${STATUS_URL}data/x.js?ts=1`, options)).toMatchObject({
      kind: 'apple-status',
      format: 'feed',
      url: `${STATUS_URL}data/x.js`,
    });
    expect(readPage(feed, ICLOUD_URL, options)).toMatchObject({
      kind: 'unknown',
      reason: 'unrecognized-json',
    });
    const usage = JSON.stringify({
      storageUsageInfo: { usedStorageInBytes: 1, totalStorageInBytes: 2 },
    });
    expect(readPage(usage, ICLOUD_URL, options)).toMatchObject({
      kind: 'icloud-storage',
      basis: 'exact',
      usedBytes: 1,
      totalBytes: 2,
      categories: [],
    });
    expect(readPage(usage, STATUS_URL, options).kind).toBe('unknown');
  });

  it.each([
    ['plain text', 'hello', 'unrecognized-format'],
    ['other JSON', '{"a":1}', 'unrecognized-json'],
    ['RSS', '<?xml version="1.0"?>\n<rss version="2.0"></rss>', 'rss-not-supported'],
  ])('returns kind unknown for %s', (_label, text, reason) => {
    expect(readPage(text, STATUS_URL, options)).toEqual({
      kind: 'unknown',
      url: STATUS_URL,
      observedAt: FIXED_NOW.toISOString(),
      parserVersion: 1,
      reason,
    });
  });

  it('returns kind unknown when no HTML parser is available or the parser throws', () => {
    const html = readFixture('pages/status-en-all-available.html');
    const broken = () => {
      throw new Error('boom');
    };
    expect(readPage(html, STATUS_URL, { ...options, parseHtml: broken })).toMatchObject({
      kind: 'unknown',
      reason: 'reader-error',
    });
  });
});
