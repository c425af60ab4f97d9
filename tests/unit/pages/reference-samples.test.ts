import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLinkLabel, splitLinkText } from '../../../src/pages/apple-status/labels';
import { canonicalServiceId } from '../../../src/pages/apple-status/services';
import { worstCurrentState } from '../../../src/pages/apple-status/state';
import type { AppleStatusObservation, ServiceState } from '../../../src/pages/observation';
import { readPage } from '../../../src/pages/read-page';
import { FIXED_NOW } from './fixtures';

/**
 * Real captures shared by the team, read in place (never copied into the project). The
 * expectations below are the README's expected-facts table.
 */
const SAMPLES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/reference/status-samples',
);
const present = existsSync(SAMPLES);
if (!present) console.warn(`reference samples not found at ${SAMPLES}: suite skipped`);

const FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_ja_JP.js';
const sample = (dir: string, name: string) => readFileSync(join(SAMPLES, dir, name), 'utf8');
const filesIn = (dir: string) => readdirSync(join(SAMPLES, dir)).sort();

function readFeed(dir: string, name: string): AppleStatusObservation {
  const observation = readPage(sample(dir, name), FEED_URL, { now: FIXED_NOW });
  if (observation.kind !== 'apple-status') throw new Error(`${name}: ${observation.kind}`);
  return observation as AppleStatusObservation;
}

const active = (o: AppleStatusObservation) =>
  o.services.flatMap((s) =>
    s.events
      .filter((e) => e.status === 'ongoing' || e.status === 'upcoming')
      .map((e) => `${s.name}: ${e.type}/${e.status}`),
  );
const backupEvents = (o: AppleStatusObservation) =>
  o.services
    .filter((s) => s.id === 'icloud-backup')
    .flatMap((s) => s.events.map((e) => `${e.type}/${e.status}`));

interface Expected {
  dir: string;
  file: string;
  services: number;
  events: number;
  /** Exact active list, or a check for the README's summarized rows. */
  active: string[] | ((list: string[]) => void);
  /** undefined = n/a (developer feed: no iCloud Backup service). */
  backup?: string[];
  backupState: ServiceState;
}

const EN = 'json-consumer-en_US';
const DEV = 'json-developer-en_US';
const JA = 'json-consumer-ja_JP';
const countOf = (needle: string, expected: number, mustInclude?: string) => (list: string[]) => {
  expect(list.filter((a) => a.endsWith(needle))).toHaveLength(expected);
  if (mustInclude) expect(list).toContain(mustInclude);
};

const EXPECTED: Expected[] = [
  {
    dir: EN,
    file: 'statusbuddy_customer-no-issues.json',
    services: 65,
    events: 0,
    active: [],
    backup: [],
    backupState: 'available',
  },
  {
    dir: EN,
    file: 'statusbuddy_customer-one-ongoing-issue.json',
    services: 63,
    events: 2,
    active: ['iCloud Mail: outage/ongoing'],
    backup: [],
    backupState: 'available',
  },
  {
    dir: DEV,
    file: 'statusbuddy_developer-no-issues.json',
    services: 38,
    events: 0,
    active: [],
    backupState: 'unknown',
  },
  {
    dir: DEV,
    file: 'statusbuddy_developer-one-ongoing-issue.json',
    services: 33,
    events: 16,
    active: ['Videos: maintenance/ongoing'],
    backupState: 'unknown',
  },
  {
    dir: DEV,
    file: 'mikemanzo_developer_2020-02-15.json',
    services: 27,
    events: 1,
    active: [],
    backupState: 'unknown',
  },
  {
    dir: JA,
    file: 'ja_JP_2019-05-19T0434+0900_all-clear-first-snapshot.json',
    services: 50,
    events: 0,
    active: [],
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2019-06-02T2230+0900_icloud-mail-notes-resolved-percent-usersAffected.json',
    services: 50,
    events: 3,
    active: [],
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2019-06-28T0930+0900_maintenance-upcoming-icloud-mail-notes.json',
    services: 50,
    events: 3,
    active: [
      'App Store: issue/ongoing',
      'iCloudメモ: maintenance/upcoming',
      'iCloudメール: maintenance/upcoming',
    ],
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2019-06-28T1100+0900_maintenance-ongoing-icloud-mail-notes.json',
    services: 50,
    events: 3,
    active: [
      'App Store: issue/ongoing',
      'iCloudメモ: maintenance/ongoing',
      'iCloudメール: maintenance/ongoing',
    ],
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2019-06-28T1300+0900_maintenance-completed-icloud-mail-notes.json',
    services: 50,
    events: 3,
    active: [],
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2020-09-30T1000+0900_icloud-backup-outage-ongoing-plus-resolved-issue.json',
    services: 54,
    events: 19,
    active: countOf('outage/ongoing', 15, 'iCloudバックアップ: outage/ongoing'),
    backup: ['outage/ongoing', 'issue/resolved'],
    backupState: 'outage',
  },
  {
    dir: JA,
    file: 'ja_JP_2021-02-04T1806+0900_empty-statusType-resolved-multi-icloud.json',
    services: 56,
    events: 21,
    active: [],
    backup: ['unknown/resolved'],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2021-03-19T2345+0900_icloud-backup-issue-ongoing-china-mainland.json',
    services: 55,
    events: 9,
    active: (list) => {
      countOf('issue/ongoing', 7, 'iCloudバックアップ: issue/ongoing')(list);
      expect(list).toContain('Apple Pay: maintenance/upcoming');
    },
    backup: ['issue/ongoing'],
    backupState: 'issue',
  },
  {
    dir: JA,
    file: 'ja_JP_2022-02-22T1845+0900_icloud-backup-issue-ongoing-cannot-back-up.json',
    services: 61,
    events: 13,
    active: countOf('issue/ongoing', 13, 'iCloudバックアップ: issue/ongoing'),
    backup: ['issue/ongoing'],
    backupState: 'issue',
  },
  {
    dir: JA,
    file: 'ja_JP_2022-02-22T1945+0900_icloud-backup-issue-resolved-cannot-back-up.json',
    services: 61,
    events: 13,
    active: [],
    backup: ['issue/resolved'],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2022-10-26T0206+0900_icloud-backup-outage-ongoing.json',
    services: 62,
    events: 9,
    active: [
      'iCloud Drive: outage/ongoing',
      'iCloudバックアップ: outage/ongoing',
      '写真: outage/ongoing',
    ],
    backup: ['outage/ongoing'],
    backupState: 'outage',
  },
  {
    dir: JA,
    file: 'ja_JP_2022-10-26T0245+0900_icloud-backup-resolved-statusType-changed-to-issue.json',
    services: 62,
    events: 11,
    active: ['iWork for iCloud: issue/ongoing'],
    backup: ['issue/resolved'],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2023-02-24T0645+0900_null-usersAffected-pst-utc-times-messageId-3274.json',
    services: 61,
    events: 12,
    active: (list) => {
      expect(list).toHaveLength(12);
      expect(list.every((a) => /: (outage|issue)\/ongoing$/.test(a))).toBe(true);
    },
    backup: [],
    backupState: 'available',
  },
  {
    dir: JA,
    file: 'ja_JP_2023-12-08T1506+0900_latest-snapshot-head.json',
    services: 60,
    events: 3,
    active: [],
    backup: [],
    backupState: 'available',
  },
];

describe.skipIf(!present)('reference samples: JSON feeds (expected-facts table)', () => {
  it('covers every JSON feed file in the samples', () => {
    const listed = new Set(EXPECTED.map((e) => `${e.dir}/${e.file}`));
    const files = [EN, DEV, JA].flatMap((dir) => filesIn(dir).map((f) => `${dir}/${f}`));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(EXPECTED.map((e) => [e.file, e] as const))('%s', (_name, expected) => {
    const observation = readFeed(expected.dir, expected.file);
    expect(observation.services).toHaveLength(expected.services);
    expect(observation.services.reduce((n, s) => n + s.events.length, 0)).toBe(expected.events);
    const list = active(observation);
    if (typeof expected.active === 'function') expected.active(list);
    else expect(list.sort()).toEqual([...expected.active].sort());
    if (expected.backup === undefined) {
      expect(observation.services.some((s) => s.id === 'icloud-backup')).toBe(false);
      expect(observation.problems).toContain('icloud-backup-not-listed');
    } else {
      expect(backupEvents(observation)).toEqual(expected.backup);
    }
    expect(observation.icloudBackup.state).toBe(expected.backupState);
  });

  it('gives since for the 2020-09-30 backup outage (ongoing start, not the resolved one)', () => {
    const observation = readFeed(
      JA,
      'ja_JP_2020-09-30T1000+0900_icloud-backup-outage-ongoing-plus-resolved-issue.json',
    );
    expect(observation.icloudBackup).toEqual({
      state: 'outage',
      since: '2020-09-29T12:01:00.000Z',
    });
  });

  it('decodes &amp; in names of the raw en_US capture', () => {
    const names = readFeed(EN, 'statusbuddy_customer-one-ongoing-issue.json').services.map(
      (s) => s.name,
    );
    expect(names).toContain('iCloud Account & Sign In');
    expect(names.some((n) => n.includes('&amp;'))).toBe(false);
  });
});

const EMOJI_STATE: Record<string, ServiceState> = {
  ':large_yellow_circle:': 'issue',
  ':red_circle:': 'outage',
  ':white_circle:': 'maintenance',
  ':large_green_circle:': 'available',
};

describe.skipIf(!present)('reference samples: DOM-derived text lines', () => {
  const files = present ? filesIn('dom-derived-text') : [];

  it.each(files.filter((f) => !f.includes('v2020-format')))(
    '%s: the label after the emoji gives the state of the light',
    (file) => {
      const lines = sample('dom-derived-text', file)
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const [, emoji, rest] = /^(:[a-z_]+:) (.*)$/.exec(line) ?? [];
        const split = splitLinkText(rest ?? '');
        const events = parseLinkLabel(split?.[1] ?? '');
        expect(events.length, line).toBeGreaterThan(0);
        expect(
          events.every((e) => e.type !== 'unknown'),
          line,
        ).toBe(true);
        expect(worstCurrentState(events), line).toBe(EMOJI_STATE[emoji ?? '']);
      }
    },
  );

  it('reads "iCloud Backup - 1 Issue, 1 Resolved Issue" with no-break spaces', () => {
    const text = sample(
      'dom-derived-text',
      'user_2022-01-11T1502Z_icloud-backup-1-issue-1-resolved-issue_nbsp.txt',
    );
    expect(text).toContain('1\u00a0Issue');
    const line = text.split('\n').find((l) => l.includes('iCloud Backup')) ?? '';
    const split = splitLinkText(line.replace(/^:[a-z_]+: /, ''));
    expect(split?.[0]).toBe('iCloud Backup');
    expect(canonicalServiceId(split?.[0] ?? '')).toBe('icloud-backup');
    expect(parseLinkLabel(split?.[1] ?? '')).toEqual([
      { type: 'issue', status: 'ongoing', count: 1 },
      { type: 'issue', status: 'resolved', count: 1 },
    ]);
  });

  it('reads the 2020 format: every listed service is in outage, iCloud Backup among them', () => {
    const lines = sample('dom-derived-text', files.find((f) => f.includes('v2020-format')) ?? '')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    const parsed = lines.map((l) => splitLinkText(l.slice(2)));
    expect(parsed.map((p) => worstCurrentState(parseLinkLabel(p?.[1] ?? '')))).toEqual(
      lines.map(() => 'outage'),
    );
    expect(parsed.map((p) => canonicalServiceId(p?.[0] ?? ''))).toContain('icloud-backup');
  });
});

describe.skipIf(!present)('reference samples: RSS, legacy and edited files fail safely', () => {
  it.each(present ? filesIn('rss-derived') : [])(
    '%s is not read as a status (RSS unsupported)',
    (file) => {
      expect(
        readPage(
          sample('rss-derived', file),
          'https://www.apple.com/support/systemstatus/feed.rss',
          { now: FIXED_NOW },
        ),
      ).toMatchObject({
        kind: 'unknown',
        reason: 'rss-not-supported',
      });
    },
  );

  it('the 2012 legacy schema is kind unknown', () => {
    const file = filesIn('json-legacy-2012')[0] ?? '';
    expect(readPage(sample('json-legacy-2012', file), FEED_URL, { now: FIXED_NOW })).toMatchObject({
      kind: 'unknown',
      reason: 'unrecognized-json',
    });
  });

  it.each(present ? filesIn('edited-fixtures') : [])(
    '%s: missing statusType never reads as available while ongoing; absurd dates are dropped',
    (file) => {
      const observation = readFeed('edited-fixtures', file);
      const events = observation.services.flatMap((s) => s.events);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.start === undefined && e.end === undefined)).toBe(true);
      for (const s of observation.services) {
        const ongoing = s.events.some((e) => e.status === 'ongoing');
        expect(s.state, s.name).toBe(ongoing ? 'unknown' : 'available');
      }
    },
  );
});

describe.skipIf(!present)('reference samples: icloud storageUsageInfo JSON', () => {
  it('reads exact used and total bytes and the categories', () => {
    const observation = readPage(
      sample('icloud-storage-json', 'pyicloud_storageUsageInfo_fr.json'),
      'https://www.icloud.com/settings/',
      { now: FIXED_NOW },
    );
    expect(observation).toMatchObject({
      kind: 'icloud-storage',
      source: 'icloud',
      basis: 'exact',
      usedBytes: 2348632876,
      totalBytes: 5368709120,
      quota: { overQuota: false, almostFull: false, paid: false },
      categories: [
        { id: 'photos', label: 'Photos et vidéos', bytes: 0 },
        { id: 'backup', label: 'Sauvegarde', bytes: 799008186 },
        { id: 'docs', label: 'Documents', bytes: 449092146 },
        { id: 'mail', label: 'Mail', bytes: 1101522944 },
      ],
    });
  });
});
