import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withFeedTimes } from '../../../../src/pages/apple-status/feed-times';
import {
  parseStatusFeed,
  parseStatusFeedTimes,
} from '../../../../src/pages/apple-status/parse-feed';
import type { AppleStatusObservation } from '../../../../src/pages/observation';
import { readFixture } from '../../../support/fixtures';
import { FIXED_NOW } from '../fixtures';

/**
 * The status page's script reads the feed without messages, ends and the collapsing of repeated
 * events (parseStatusFeedTimes): it must give every feed the same iCloud Backup line, states and
 * starts as the full reader, so a page reading gains the same `since`.
 */
const SAMPLES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/reference/status-samples',
);
const present = existsSync(SAMPLES);
if (!present) console.warn(`reference samples not found at ${SAMPLES}: real feeds skipped`);

const FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';

const realFeeds = present
  ? readdirSync(SAMPLES)
      .filter((dir) => dir.startsWith('json-') || dir === 'edited-fixtures')
      .flatMap((dir) =>
        readdirSync(join(SAMPLES, dir))
          .filter((name) => name.endsWith('.json'))
          .map((name) => [`${dir}/${name}`, readFileSync(join(SAMPLES, dir, name), 'utf8')]),
      )
  : [];

const repeated = JSON.stringify({
  services: [
    {
      serviceName: 'iCloud Backup',
      events: [1, 2].map(() => ({
        statusType: 'Outage',
        eventStatus: 'ongoing',
        epochStartDate: 1750000000000,
        message: 'Some users',
      })),
    },
    { serviceName: 'iCloud Backup', events: 'broken' },
  ],
});

const made: [string, string][] = [
  ...['feed-en-json-unknown-parts.json', 'feed-en-jsonp-bom-backup-outage.jsonp'].map(
    (name): [string, string] => [name, readFixture(`feeds/${name}`)],
  ),
  ['not json', 'jsonCallback(nope'],
  ['no services', '{"drpost":1}'],
  ['repeated events and an unreadable entry', repeated],
  [
    'two ongoing events',
    JSON.stringify({
      services: [
        {
          serviceName: 'iCloud-Backup',
          events: [
            { statusType: 'Issue', eventStatus: 'ongoing', epochStartDate: 1750000000000 },
            { statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: 1750003600000 },
          ],
        },
      ],
    }),
  ],
];

describe('the feed as the status page reads it', () => {
  it.each([...made, ...realFeeds])('%s: the same line as the full reader', (_name, text) => {
    const full = parseStatusFeed(text, FEED_URL, FIXED_NOW);
    const lean = parseStatusFeedTimes(text, FEED_URL);
    expect(lean.kind).toBe(full.kind);
    if (full.kind !== 'apple-status' || lean.kind !== 'apple-status') return;
    expect(lean.icloudBackup).toEqual(full.icloudBackup);
    expect(lean.services.map((s) => [s.name, s.id, s.state])).toEqual(
      full.services.map((s) => [s.name, s.id, s.state]),
    );
    const page: AppleStatusObservation = {
      ...full,
      icloudBackup: { state: full.icloudBackup.state },
    };
    expect(withFeedTimes(page, lean)).toEqual(withFeedTimes(page, full));
  });

  it('keeps no messages or ends, and repeated events as they come', () => {
    const lean = parseStatusFeedTimes(repeated, FEED_URL);
    if (lean.kind !== 'apple-status') throw new Error(lean.kind);
    expect(lean.icloudBackup).toEqual({ state: 'unknown' });
    expect(lean.services[0]!.events).toEqual([
      { type: 'outage', status: 'ongoing', start: '2025-06-15T15:06:40.000Z' },
      { type: 'outage', status: 'ongoing', start: '2025-06-15T15:06:40.000Z' },
    ]);
  });
});
