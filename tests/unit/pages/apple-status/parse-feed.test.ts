import { readFixture } from '../../../support/fixtures';
import { describe, expect, it } from 'vitest';
import { parseStatusFeed } from '../../../../src/pages/apple-status/parse-feed';
import type { AppleStatusObservation, Observation } from '../../../../src/pages/observation';
import { FIXED_NOW } from '../fixtures';

const FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';

function readFeed(name: string): AppleStatusObservation {
  const observation = parseStatusFeed(readFixture(`feeds/${name}`), FEED_URL, FIXED_NOW);
  if (observation.kind !== 'apple-status') throw new Error(`not read: ${observation.reason}`);
  return observation;
}

function service(observation: AppleStatusObservation, name: string) {
  const found = observation.services.find((s) => s.name === name);
  if (!found) throw new Error(`service ${name} not found`);
  return found;
}

describe('parseStatusFeed', () => {
  it('reads JSONP with a BOM and trailing whitespace, decoding entities in names', () => {
    const observation = readFeed('feed-en-jsonp-bom-backup-outage.jsonp');
    expect(observation).toMatchObject({
      kind: 'apple-status',
      source: 'apple-status',
      format: 'feed',
      url: FEED_URL,
      observedAt: FIXED_NOW.toISOString(),
      parserVersion: 1,
    });
    expect(observation.services.map((s) => s.name)).toEqual([
      'App Store',
      'iCloud Account & Sign In',
      'iCloud Backup',
      'iCloud Drive',
      'Photos',
      'iCloud Mail',
      'iCloud Keychain',
    ]);
  });

  it('keeps several events per service with ISO dates and messages; since = ongoing start', () => {
    const observation = readFeed('feed-en-jsonp-bom-backup-outage.jsonp');
    expect(service(observation, 'iCloud Backup')).toEqual({
      name: 'iCloud Backup',
      id: 'icloud-backup',
      state: 'outage',
      events: [
        {
          type: 'outage',
          status: 'ongoing',
          start: '2022-02-22T08:30:00.000Z',
          message: 'Users may be unable to back up their data.',
        },
        {
          type: 'issue',
          status: 'resolved',
          start: '2022-02-21T08:30:00.000Z',
          end: '2022-02-21T10:30:00.000Z',
          message: 'Users were unable to back up their data.',
        },
      ],
    });
    expect(observation.icloudBackup).toEqual({
      state: 'outage',
      since: '2022-02-22T08:30:00.000Z',
    });
  });

  it('merges duplicate services and drops duplicate events', () => {
    const photos = service(readFeed('feed-en-jsonp-bom-backup-outage.jsonp'), 'Photos');
    expect(photos.events.map((e) => `${e.type}/${e.status}`)).toEqual([
      'outage/ongoing',
      'issue/resolved',
    ]);
    expect(photos.state).toBe('outage');
  });

  it('maps performance to issue, upcoming to available, ongoing maintenance to maintenance', () => {
    const observation = readFeed('feed-en-jsonp-bom-backup-outage.jsonp');
    expect(service(observation, 'iCloud Account & Sign In').state).toBe('issue');
    expect(service(observation, 'iCloud Drive').state).toBe('available');
    expect(service(observation, 'iCloud Mail').state).toBe('maintenance');
    // Empty statusType on a resolved event: type unknown, not current, no empty message.
    expect(service(observation, 'iCloud Keychain')).toMatchObject({
      state: 'available',
      events: [{ type: 'unknown', status: 'resolved', start: '2022-02-21T08:30:00.000Z' }],
    });
  });

  it('reports unknown parts: empty statusType ongoing, odd eventStatus, unreadable events', () => {
    const observation = readFeed('feed-en-json-unknown-parts.json');
    expect(service(observation, 'iCloud Backup')).toMatchObject({
      state: 'unknown',
      events: [{ type: 'unknown', status: 'ongoing' }],
    });
    expect(observation.icloudBackup).toEqual({ state: 'unknown' });
    expect(service(observation, 'iCloud Storage Upgrades')).toMatchObject({
      state: 'unknown',
      events: [{ type: 'issue', status: 'unknown' }],
    });
    // A known outage is the worst anyway, so an extra unknown event does not hide it.
    expect(service(observation, 'iCloud Drive').state).toBe('outage');
    expect(service(observation, 'Photos')).toEqual({
      name: 'Photos',
      id: 'photos',
      state: 'unknown',
      events: [],
    });
    // Non-object events become one unknown event (identical ones collapse); an absurd epoch
    // is dropped, not converted.
    expect(service(observation, 'iCloud Mail')).toMatchObject({
      state: 'unknown',
      events: [
        { type: 'issue', status: 'ongoing', message: 'Users may be unable to back up their data.' },
        { type: 'unknown', status: 'unknown' },
      ],
    });
    expect(service(observation, 'iCloud Mail').events[0]).not.toHaveProperty('start');
    expect(observation.services).toHaveLength(5);
    expect(observation.problems).toEqual(['events-unreadable', 'service-name-unreadable']);
  });

  it('reads Japanese names and drops dates outside 2000-2100', () => {
    const observation = readFeed('feed-ja-json-backup-performance.json');
    expect(observation.icloudBackup).toEqual({
      state: 'issue',
      since: '2023-11-14T22:13:20.000Z',
    });
    expect(service(observation, '写真')).toEqual({
      name: '写真',
      id: 'photos',
      state: 'available',
      events: [
        {
          type: 'issue',
          status: 'completed',
          message: 'Users may be unable to back up their data.',
        },
      ],
    });
    expect(observation.services.map((s) => s.id)).toEqual([
      'icloud-backup',
      'icloud-account-sign-in',
      'icloud-storage-upgrades',
      'icloud-web-apps',
      'photos',
    ]);
  });

  it.each([
    ['', 'not-json'],
    ['jsonCallback(', 'not-json'],
    ['<html></html>', 'not-json'],
    ['{"services": 3}', 'not-a-status-feed'],
    ['[1,2]', 'not-a-status-feed'],
    ['{"services": []}', 'no-readable-services'],
    ['{"services": [{"serviceName": ""}, {"events": []}]}', 'no-readable-services'],
  ])('returns kind unknown for %j', (text, reason) => {
    const observation: Observation = parseStatusFeed(text, FEED_URL, FIXED_NOW);
    expect(observation).toEqual({
      kind: 'unknown',
      url: FEED_URL,
      observedAt: FIXED_NOW.toISOString(),
      parserVersion: 1,
      reason,
    });
  });
});

describe('parseStatusFeed: since when, with several ongoing events', () => {
  const event = (statusType: string, epochStartDate: number) => ({
    usersAffected: 'Some users are affected',
    epochStartDate,
    epochEndDate: null,
    messageId: String(epochStartDate),
    statusType,
    eventStatus: 'ongoing',
    message: 'Users may be affected.',
  });
  const feed = (...events: object[]) =>
    JSON.stringify({ services: [{ serviceName: 'iCloud Backup', events }] });
  const nine = Date.UTC(2026, 11, 1, 9);
  const fifteen = Date.UTC(2026, 11, 1, 15);
  const backupLine = (text: string) => {
    const o = parseStatusFeed(text, FEED_URL, FIXED_NOW);
    if (o.kind !== 'apple-status') throw new Error(o.reason);
    return o.icloudBackup;
  };

  it('dates the state from the event that sets it, not from an earlier lesser one', () => {
    expect(backupLine(feed(event('Issue', nine), event('Outage', fifteen)))).toEqual({
      state: 'outage',
      since: new Date(fifteen).toISOString(),
    });
    expect(backupLine(feed(event('Maintenance', nine), event('Outage', fifteen)))).toEqual({
      state: 'outage',
      since: new Date(fifteen).toISOString(),
    });
  });

  it('takes the earliest of several events of that kind', () => {
    expect(backupLine(feed(event('Outage', fifteen), event('Outage', nine)))).toEqual({
      state: 'outage',
      since: new Date(nine).toISOString(),
    });
  });
});
