import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withFeedTimes } from '../../../../src/pages/apple-status/feed-times';
import { feedBackupLine, parseStatusFeed } from '../../../../src/pages/apple-status/parse-feed';
import type { AppleStatusObservation } from '../../../../src/pages/observation';
import { readFixture } from '../../../support/fixtures';
import { FIXED_NOW } from '../fixtures';

/**
 * The status page's script reads only iCloud Backup's line of the feed, without messages, ends,
 * the collapsing of repeated events or the other services (feedBackupLine): it must give every
 * feed the same line as the full reader, so a page reading gains the same `since`.
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
    const lean = feedBackupLine(text);
    const fullLine = full.kind === 'apple-status' ? full.icloudBackup : undefined;
    // A feed the full reader finds no service in gives the lean one an unknown line, no start.
    expect(lean).toEqual(fullLine ?? (lean && { state: 'unknown' }));
    for (const state of ['outage', 'issue', 'maintenance', 'available'] as const) {
      const page: AppleStatusObservation = {
        kind: 'apple-status',
        source: 'apple-status',
        format: 'page',
        url: 'https://www.apple.com/support/systemstatus/',
        observedAt: FIXED_NOW.toISOString(),
        parserVersion: 1,
        services: [],
        icloudBackup: { state },
      };
      expect(withFeedTimes(page, lean)).toEqual(withFeedTimes(page, fullLine));
    }
  });

  it('gives the start of the current event when the feed has one', () => {
    const outage = made.find(([name]) => name === 'two ongoing events')![1];
    expect(feedBackupLine(outage)).toEqual({
      state: 'outage',
      since: '2025-06-15T16:06:40.000Z',
    });
  });

  it('reads repeated events as they come, and an unreadable entry of the name as unknown', () => {
    expect(feedBackupLine(repeated)).toEqual({ state: 'unknown' });
  });
});
