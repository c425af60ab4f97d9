import { describe, expect, it } from 'vitest';
import { applyObservations, withoutStaleReadings } from '../../../src/flow/observed-facts';
import type {
  AppleStatusObservation,
  IcloudStorageObservation,
} from '../../../src/pages/observation';

const now = new Date('2026-11-25T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

const status = (state: AppleStatusObservation['icloudBackup']['state'], at: string) =>
  ({
    kind: 'apple-status',
    source: 'apple-status',
    format: 'page',
    url: 'https://www.apple.com/support/systemstatus/',
    observedAt: at,
    parserVersion: 1,
    services: [],
    icloudBackup: { state },
  }) satisfies AppleStatusObservation;

const storage = (at: string): IcloudStorageObservation => ({
  kind: 'icloud-storage',
  source: 'icloud',
  url: 'https://www.icloud.com/settings/',
  observedAt: at,
  parserVersion: 1,
  basis: 'displayed-decimal',
  usedBytes: 4.8e9,
  totalBytes: 5e9,
  categories: [
    { id: 'photos', label: 'Photos', bytes: 3.9e9 },
    { id: 'backup', label: 'Backups', bytes: 0.9e9 },
    { id: 'other', label: 'Family', bytes: 1e6 },
    { id: 'other', label: 'Other', bytes: 2e6 },
  ],
});

describe('prefilling facts from page readings', () => {
  it('fills the status and storage facts with their source and time', () => {
    const { facts, readings } = applyObservations(
      {},
      { status: status('outage', minutesAgo(5)), icloud: storage(minutesAgo(60)) },
      now,
    );
    expect(facts).toMatchObject({
      appleBackupStatus: 'outage',
      storageUsedBytes: 4.8e9,
      storageTotalBytes: 5e9,
      storageByCategory: { photos: 3.9e9, backup: 0.9e9, other: 3e6 },
    });
    expect(facts.sources?.appleBackupStatus).toEqual({
      source: 'apple-status',
      at: minutesAgo(5),
      url: 'https://www.apple.com/support/systemstatus/',
    });
    expect(readings.map((r) => [r.site, r.state])).toEqual([
      ['status', 'fresh'],
      ['icloud', 'fresh'],
    ]);
  });

  it('uses no status older than 30 minutes and no storage older than 7 days', () => {
    const { facts, readings } = applyObservations(
      {},
      { status: status('outage', minutesAgo(31)), icloud: storage(minutesAgo(8 * 24 * 60)) },
      now,
    );
    expect(facts.appleBackupStatus).toBeUndefined();
    expect(facts.storageUsedBytes).toBeUndefined();
    expect(readings.map((r) => r.state)).toEqual(['stale', 'stale']);
  });

  it('takes out what an earlier reading filled once that reading is stale, not what the user said', () => {
    const filled = applyObservations(
      {},
      { status: status('outage', minutesAgo(5)), icloud: storage(minutesAgo(60)) },
      now,
    ).facts;
    const withAnswer = {
      ...filled,
      wifi: 'stable' as const,
      sources: { ...filled.sources, wifi: { source: 'user', at: minutesAgo(3 * 24 * 60) } },
    };
    // Three days later the session still holds them, and no page was read again.
    const later = new Date(now.getTime() + 3 * 24 * 60 * 60_000);
    const { facts } = applyObservations(withAnswer, {}, later);
    expect(facts.appleBackupStatus).toBeUndefined();
    expect(facts.sources?.appleBackupStatus).toBeUndefined();
    expect(facts.storageUsedBytes).toBe(4.8e9);
    expect(facts.wifi).toBe('stable');
    expect(facts.sources?.wifi).toBeDefined();
    // Eight days on, the storage bar is stale too.
    const week = applyObservations(withAnswer, {}, new Date(now.getTime() + 8 * 24 * 60 * 60_000));
    expect(week.facts.storageUsedBytes).toBeUndefined();
    expect(week.facts.storageByCategory).toBeUndefined();
    expect(week.facts.wifi).toBe('stable');
  });

  it('treats a reading with an unreadable time as stale', () => {
    const facts = {
      appleBackupStatus: 'outage' as const,
      sources: { appleBackupStatus: { source: 'apple-status', at: 'not a date' } },
    };
    expect(withoutStaleReadings(facts, now).appleBackupStatus).toBeUndefined();
  });

  it('keeps a correction the user made after the reading', () => {
    const corrected = {
      appleBackupStatus: 'available' as const,
      sources: { appleBackupStatus: { source: 'user' as const, at: minutesAgo(1) } },
    };
    const { facts } = applyObservations(
      corrected,
      { status: status('outage', minutesAgo(5)) },
      now,
    );
    expect(facts.appleBackupStatus).toBe('available');
  });

  it("holds nothing a page filled with a date ahead of the clock, and keeps the user's answer", () => {
    const ahead = new Date(now.getTime() + 2 * 24 * 60 * 60_000).toISOString();
    const facts = {
      appleBackupStatus: 'outage' as const,
      storageUsedBytes: 4.8e9,
      wifi: 'stable' as const,
      sources: {
        appleBackupStatus: { source: 'apple-status', at: ahead },
        storageUsedBytes: { source: 'icloud', at: ahead },
        wifi: { source: 'user', at: ahead },
      },
    };
    expect(withoutStaleReadings(facts, now)).toEqual({
      wifi: 'stable',
      sources: { wifi: { source: 'user', at: ahead } },
    });
    // A few minutes ahead is clock drift between the page and the computer, and counts.
    const drift = {
      ...facts,
      sources: { appleBackupStatus: { source: 'apple-status', at: minutesAgo(-2) } },
    };
    expect(withoutStaleReadings(drift, now).appleBackupStatus).toBe('outage');
  });

  it('lets a current reading replace an answer dated ahead of the clock', () => {
    const ahead = {
      appleBackupStatus: 'available' as const,
      sources: { appleBackupStatus: { source: 'user' as const, at: '2099-01-01T00:00:00.000Z' } },
    };
    const { facts } = applyObservations(ahead, { status: status('outage', minutesAgo(2)) }, now);
    expect(facts.appleBackupStatus).toBe('outage');
    expect(facts.sources?.appleBackupStatus?.source).toBe('apple-status');
  });

  it('says since when Apple reports the problem only for a start before the page was read', () => {
    const since = (start: string) => {
      const reading = status('outage', minutesAgo(5));
      const withStart = { ...reading, icloudBackup: { state: 'outage' as const, since: start } };
      return applyObservations({}, { status: withStart }, now).readings[0]?.since;
    };
    expect(since(minutesAgo(120))).toBe(minutesAgo(120));
    expect(since(minutesAgo(3))).toBe(minutesAgo(3));
    expect(since('2099-01-01T00:00:00.000Z')).toBeUndefined();
    expect(since(minutesAgo(-60))).toBeUndefined();
  });

  it('neither uses nor reports a stored reading dated ahead of the clock', () => {
    const ahead = new Date(now.getTime() + 3 * 3_600_000).toISOString();
    const { facts, readings } = applyObservations(
      {},
      { status: status('outage', ahead), icloud: storage(minutesAgo(-2)) },
      now,
    );
    expect(readings.map((r) => [r.site, r.state])).toEqual([['icloud', 'fresh']]);
    expect(facts.appleBackupStatus).toBeUndefined();
    expect(facts.storageUsedBytes).toBe(4.8e9);
  });

  it('lets a newer reading replace an older answer', () => {
    const older = {
      appleBackupStatus: 'available' as const,
      sources: { appleBackupStatus: { source: 'user' as const, at: minutesAgo(20) } },
    };
    const { facts } = applyObservations(older, { status: status('issue', minutesAgo(2)) }, now);
    expect(facts.appleBackupStatus).toBe('issue');
  });

  it('reports a page it could not read, and fills nothing from it', () => {
    const { facts, readings } = applyObservations(
      {},
      {
        status: status('unknown', minutesAgo(1)),
        icloud: {
          kind: 'unknown',
          url: 'https://www.icloud.com/settings/',
          observedAt: minutesAgo(1),
          parserVersion: 1,
          reason: 'storage-usage-not-found',
        },
      },
      now,
    );
    expect(facts).toEqual({});
    expect(readings.map((r) => r.state)).toEqual(['unreadable', 'unreadable']);
  });
});
