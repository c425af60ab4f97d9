import { readFixture } from '../../../support/fixtures';
import { describe, expect, it } from 'vitest';
import { parseStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { parseStatusFeed } from '../../../../src/pages/apple-status/parse-feed';
import { summarizeIcloud } from '../../../../src/pages/apple-status/summary';
import { FIXED_NOW, STATUS_URL, pageDocument } from '../fixtures';

const summaryOf = (name: string) =>
  summarizeIcloud(parseStatusPage(pageDocument(name), STATUS_URL, FIXED_NOW));

describe('summarizeIcloud', () => {
  it('gives apple-problem for an iCloud Backup issue, with related services and their states', () => {
    const summary = summaryOf('status-en-icloud-backup-issue.html');
    expect(summary.backup).toEqual({ state: 'issue', verdict: 'apple-problem' });
    expect(summary.services).toEqual([
      { id: 'icloud-backup', name: 'iCloud Backup', state: 'issue' },
      { id: 'icloud-account-sign-in', name: 'iCloud Account & Sign In', state: 'issue' },
      { id: 'icloud-storage-upgrades', name: 'iCloud Storage Upgrades', state: 'available' },
      { id: 'icloud-drive', name: 'iCloud Drive', state: 'issue' },
      { id: 'icloud-web-apps', name: 'iCloud Web Apps (iCloud.com)', state: 'available' },
      { id: 'photos', name: 'Photos', state: 'issue' },
      { id: 'icloud-mail', name: 'iCloud Mail', state: 'available' },
      { id: 'icloud-keychain', name: 'iCloud Keychain', state: 'available' },
      { id: 'apple-account', name: 'Apple ID', state: 'available' },
    ]);
    expect(summary.otherProblems).toEqual(['icloud-account-sign-in', 'icloud-drive', 'photos']);
  });

  it.each([
    ['status-en-all-available.html', 'available', 'available'],
    ['status-en-icloud-backup-outage.html', 'outage', 'apple-problem'],
    ['status-en-maintenance-in-progress.html', 'maintenance', 'maintenance'],
    ['status-en-upcoming-maintenance.html', 'available', 'available'],
    ['status-en-mutated-lights.html', 'unknown', 'unknown'],
    ['status-en-changed-markup.html', 'unknown', 'unknown'],
  ])('%s -> backup %s, verdict %s', (name, state, verdict) => {
    expect(summaryOf(name).backup).toEqual({ state, verdict });
  });

  it('carries since from a feed', () => {
    const observation = parseStatusFeed(
      readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp'),
      'https://www.apple.com/support/systemstatus/data/system_status_en_US.js',
      FIXED_NOW,
    );
    if (observation.kind !== 'apple-status') throw new Error('feed not read');
    expect(summarizeIcloud(observation).backup).toEqual({
      state: 'outage',
      since: '2022-02-22T08:30:00.000Z',
      verdict: 'apple-problem',
    });
  });

  it('reports conflicting duplicates of one service as unknown', () => {
    const observation = parseStatusPage(pageDocument('status-en-all-available.html'), STATUS_URL);
    observation.services.push({ name: 'Photos', id: 'photos', state: 'outage', events: [] });
    const photos = summarizeIcloud(observation).services.find((s) => s.id === 'photos');
    expect(photos?.state).toBe('unknown');
  });
});
