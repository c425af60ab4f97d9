import { describe, expect, it } from 'vitest';
import { parseStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { MAX_SERVICES } from '../../../../src/pages/apple-status/page-rows';
import { LIGHT, SERVICE_ROWS } from '../../../../src/pages/apple-status/selectors';
import type { AppleStatusObservation } from '../../../../src/pages/observation';
import {
  FIXED_NOW,
  STATUS_URL,
  STATUS_URL_DE,
  STATUS_URL_JP,
  htmlDocument,
  pageDocument,
} from '../fixtures';

function read(name: string, url = STATUS_URL): AppleStatusObservation {
  return parseStatusPage(pageDocument(name), url, FIXED_NOW);
}

function service(observation: AppleStatusObservation, name: string) {
  const found = observation.services.find((s) => s.name === name);
  if (!found) throw new Error(`service ${name} not found`);
  return found;
}

function statesBy(observation: AppleStatusObservation) {
  const counts: Record<string, number> = {};
  for (const s of observation.services) counts[s.state] = (counts[s.state] ?? 0) + 1;
  return counts;
}

describe('selectors against the project fixtures', () => {
  it.each([
    ['status-en-all-available.html', 67],
    ['status-en-80-services.html', 80],
    ['status-jp-icloud-backup-outage.html', 30],
    ['status-en-entities-and-dashes.html', 8],
    ['status-en-changed-markup.html', 0],
  ])('%s has %i service containers and the legend is not one of them', (name, count) => {
    const doc = pageDocument(name);
    expect(doc.querySelectorAll(SERVICE_ROWS)).toHaveLength(count);
    const lights = [...doc.querySelectorAll(SERVICE_ROWS)].filter((c) => c.querySelector(LIGHT));
    expect(lights).toHaveLength(count);
  });
});

describe('parseStatusPage', () => {
  it('stamps source, url, time and parser version', () => {
    const observation = read('status-en-all-available.html');
    expect(observation).toMatchObject({
      kind: 'apple-status',
      source: 'apple-status',
      format: 'page',
      url: STATUS_URL,
      observedAt: '2025-06-24T21:42:00.000Z',
      parserVersion: 1,
    });
    expect(observation.problems).toBeUndefined();
  });

  it('reads an all-clear page: every service available, names without the a11y suffix', () => {
    const observation = read('status-en-all-available.html');
    expect(observation.services).toHaveLength(67);
    expect(statesBy(observation)).toEqual({ available: 67 });
    expect(observation.services.every((s) => s.events.length === 0)).toBe(true);
    expect(observation.services.some((s) => s.name.includes(':'))).toBe(false);
    expect(service(observation, 'iCloud Account & Sign In').id).toBe('icloud-account-sign-in');
    expect(service(observation, 'Maps Routing & Navigation').id).toBeUndefined();
    expect(observation.icloudBackup).toEqual({ state: 'available' });
  });

  it('reads an ongoing iCloud Backup issue', () => {
    const observation = read('status-en-icloud-backup-issue.html');
    expect(service(observation, 'iCloud Backup')).toEqual({
      name: 'iCloud Backup',
      id: 'icloud-backup',
      state: 'issue',
      events: [{ type: 'issue', status: 'ongoing' }],
    });
    expect(service(observation, 'iCloud Keychain')).toMatchObject({
      state: 'available',
      events: [{ type: 'issue', status: 'resolved' }],
    });
    expect(statesBy(observation)).toEqual({ available: 63, issue: 4 });
    expect(observation.icloudBackup).toEqual({ state: 'issue' });
  });

  it('reads an outage and counts performance as an issue', () => {
    const observation = read('status-en-icloud-backup-outage.html');
    expect(observation.icloudBackup).toEqual({ state: 'outage' });
    expect(service(observation, 'Photos').state).toBe('outage');
    expect(service(observation, 'iCloud Web Apps (iCloud.com)')).toMatchObject({
      id: 'icloud-web-apps',
      state: 'issue',
      events: [{ type: 'performance', status: 'ongoing' }],
    });
  });

  it('reads maintenance in progress as maintenance, completed maintenance as available', () => {
    const observation = read('status-en-maintenance-in-progress.html');
    expect(observation.icloudBackup).toEqual({ state: 'maintenance' });
    expect(service(observation, 'AppleCare on Device').events).toEqual([
      { type: 'maintenance', status: 'ongoing' },
    ]);
    expect(service(observation, 'iCloud Mail')).toMatchObject({
      state: 'available',
      events: [{ type: 'maintenance', status: 'completed' }],
    });
  });

  it('does not count upcoming maintenance as current', () => {
    const observation = read('status-en-upcoming-maintenance.html');
    expect(service(observation, 'iCloud Backup')).toMatchObject({
      state: 'available',
      events: [{ type: 'maintenance', status: 'upcoming' }],
    });
    expect(observation.icloudBackup).toEqual({ state: 'available' });
  });

  it('reads "1 Issue, 1 Resolved Issue" labels with no-break spaces and several events', () => {
    const observation = read('status-en-multiple-events-nbsp.html');
    expect(service(observation, 'iCloud Backup')).toMatchObject({
      state: 'issue',
      events: [
        { type: 'issue', status: 'ongoing', count: 1 },
        { type: 'issue', status: 'resolved', count: 1 },
      ],
    });
    expect(service(observation, 'iCloud Drive')).toMatchObject({
      state: 'outage',
      events: [
        { type: 'outage', status: 'ongoing', count: 1 },
        { type: 'issue', status: 'ongoing', count: 2 },
        { type: 'outage', status: 'resolved', count: 1 },
      ],
    });
    expect(service(observation, 'Photos').state).toBe('available');
    expect(service(observation, 'iCloud Bookmarks & Tabs').state).toBe('issue');
  });

  it('decodes entities (also double-encoded ones) and splits names on the last " - "', () => {
    const observation = read('status-en-entities-and-dashes.html');
    expect(observation.services.map((s) => s.name)).toEqual([
      'App Store',
      'iCloud Account & Sign In',
      'Maps Routing & Navigation',
      'iCloud Backup',
      'Apple Business Essentials - Device Management',
      'Apple Pay & Wallet',
      'iCloud Storage Upgrades',
      'Photos',
    ]);
    expect(service(observation, 'Apple Business Essentials - Device Management')).toMatchObject({
      state: 'issue',
      events: [{ type: 'performance', status: 'ongoing' }],
    });
    expect(service(observation, 'iCloud Account & Sign In')).toMatchObject({
      id: 'icloud-account-sign-in',
      state: 'available',
      events: [{ type: 'outage', status: 'resolved' }],
    });
  });

  it('reads the Japanese page by light class and recognizes Japanese names', () => {
    const observation = read('status-jp-icloud-backup-outage.html', STATUS_URL_JP);
    expect(observation.url).toBe(STATUS_URL_JP);
    expect(service(observation, 'iCloudバックアップ')).toEqual({
      name: 'iCloudバックアップ',
      id: 'icloud-backup',
      state: 'outage',
      // The Japanese label words are not in the known grammar: the event is unknown, the
      // state still comes from the light.
      events: [{ type: 'unknown', status: 'unknown' }],
    });
    expect(service(observation, 'iCloudアカウントおよびサインイン')).toMatchObject({
      id: 'icloud-account-sign-in',
      state: 'outage',
    });
    expect(service(observation, '写真')).toMatchObject({ id: 'photos', state: 'issue' });
    expect(service(observation, 'iCloud Drive').state).toBe('available');
    expect(service(observation, 'iCloud Webアプリ(iCloud.com)').id).toBe('icloud-web-apps');
    expect(observation.icloudBackup).toEqual({ state: 'outage' });
  });

  it('reads the German page by light class', () => {
    const observation = read('status-de-icloud-backup-issue.html', STATUS_URL_DE);
    expect(observation.icloudBackup).toEqual({ state: 'issue' });
    expect(service(observation, 'Fotos')).toMatchObject({
      id: 'photos',
      state: 'issue',
      // "Gelöstes" folds to "gelostes", which holds the stem of "gelöst": that part is over.
      events: [
        { type: 'unknown', status: 'unknown', count: 1 },
        { type: 'unknown', status: 'resolved', count: 1 },
      ],
    });
    expect(service(observation, 'iCloud Drive').state).toBe('available');
  });

  it('reports unknown, never available, for renamed, missing or contradicted lights', () => {
    const observation = read('status-en-mutated-lights.html');
    expect(observation.services.map((s) => [s.name, s.state])).toEqual([
      ['App Store', 'unknown'],
      ['iCloud Backup', 'unknown'],
      ['Photos', 'unknown'],
      ['iCloud Drive', 'unknown'],
      ['Game Center', 'unknown'],
    ]);
    expect(observation.icloudBackup).toEqual({ state: 'unknown' });
    expect(observation.problems).toEqual([
      'light-class-unknown',
      'light-contradicts-label',
      'light-missing',
    ]);
  });

  it.each([
    ['light-maintenance', 'Outage', 'unknown'],
    ['light-issue', '1\u00a0Outage, 1\u00a0Resolved Issue', 'unknown'],
    ['light-outage', 'Resolved Outage', 'unknown'],
    ['light-issue', 'Upcoming Maintenance', 'unknown'],
    ['light-outage', '1\u00a0Outage, 1\u00a0Issue', 'outage'],
    ['light-maintenance', '1\u00a0Maintenance in progress, 1\u00a0Resolved Outage', 'maintenance'],
    ['light-upcomingmaintenance', 'Upcoming Maintenance', 'available'],
    ['light-issue', 'Performance', 'issue'],
    // A label the reader cannot read in full says nothing against a light that is not green.
    ['light-outage', '1\u00a0Issue, 1\u00a0Störung', 'outage'],
    ['light-issue', 'Ausfall', 'issue'],
  ])(
    'a %s light beside "%s" reads as %s: the light must show the label\'s worst current event',
    (light, label, state) => {
      const doc = htmlDocument(`<table id="ssp-lights-table"><tr><td>
      <div class="light-container"><div class="light-content light-image"><div class="${light}"></div></div>
      <div class="light-content light-name"><span class="light-link">iCloud Backup - ${label}</span></div></div>
      </td></tr></table>`);
      const observation = parseStatusPage(doc, STATUS_URL, FIXED_NOW);
      expect(observation.icloudBackup.state).toBe(state);
      expect((observation.problems ?? []).includes('light-contradicts-label')).toBe(
        state === 'unknown',
      );
    },
  );

  it('yields no services and an unknown backup state for changed markup', () => {
    const observation = read('status-en-changed-markup.html');
    expect(observation.services).toEqual([]);
    expect(observation.icloudBackup).toEqual({ state: 'unknown' });
    expect(observation.problems).toEqual(['icloud-backup-not-listed', 'no-service-lights-found']);
  });

  it('reads 80 services', () => {
    const observation = read('status-en-80-services.html');
    expect(observation.services).toHaveLength(80);
    expect(statesBy(observation)).toEqual({ available: 78, issue: 1, outage: 1 });
  });

  it('skips a service without a readable name and says so', () => {
    const doc = htmlDocument(`<table id="ssp-lights-table"><tr><td>
      <div class="light-container"><div class="light-content light-image"><div class="light-outage"></div></div>
      <div class="light-content light-name"><span class="a11y">: outage</span></div></div>
      </td></tr></table>`);
    const observation = parseStatusPage(doc, STATUS_URL, FIXED_NOW);
    expect(observation.services).toEqual([]);
    expect(observation.problems).toContain('service-name-unreadable');
  });

  it('works on an element root, not only a document', () => {
    const doc = pageDocument('status-en-icloud-backup-issue.html');
    const table = doc.querySelector('.section-lights');
    if (!table) throw new Error('fixture lost its table');
    expect(parseStatusPage(table, STATUS_URL, FIXED_NOW).icloudBackup.state).toBe('issue');
  });
});

describe('parseStatusPage on hostile pages', () => {
  const row = (name: string, light = 'light-available', link = '') =>
    `<div class="light-container"><div class="light-content light-image"><div class="${light}"></div></div>` +
    `<div class="light-content light-name">${link || name}<span class="a11y">: x</span></div></div>`;
  const page = (rows: string) =>
    htmlDocument(
      `<div class="section-lights"><table id="ssp-lights-table"><tr><td>${rows}</td></tr></table></div>`,
    );

  it(`reads at most ${MAX_SERVICES} services and says the list was cut`, () => {
    const observation = parseStatusPage(
      page(Array.from({ length: 700 }, (_, i) => row(`Service ${i}`)).join('')),
      STATUS_URL,
      FIXED_NOW,
    );
    expect(observation.services).toHaveLength(MAX_SERVICES);
    expect(observation.problems).toContain('too-many-services');
  });

  it('keeps at most 20 events from a link listing a hundred', () => {
    const label = Array.from({ length: 120 }, () => 'Issue').join(', ');
    const link = `<a class="light-link">iCloud Backup - ${label}</a>`;
    const observation = parseStatusPage(page(row('', 'light-issue', link)), STATUS_URL, FIXED_NOW);
    expect(observation.services[0]?.events.length).toBeLessThanOrEqual(20);
    expect(observation.icloudBackup.state).toBe('issue');
  });

  it('removes bidi controls and invisible characters from service names', () => {
    const name = 'iCloud\u200d Back\u00adup\u202e\u2066';
    const observation = parseStatusPage(page(row(name, 'light-outage')), STATUS_URL, FIXED_NOW);
    expect(observation.services[0]).toMatchObject({ name: 'iCloud Backup', id: 'icloud-backup' });
    expect(observation.icloudBackup.state).toBe('outage');
  });

  it('treats a name cell holding a whole page as unreadable', () => {
    const huge = `<div>${'<span>x</span>'.repeat(5000)}</div>`;
    const observation = parseStatusPage(page(row(huge)), STATUS_URL, FIXED_NOW);
    expect(observation.services).toEqual([]);
    expect(observation.problems).toContain('service-name-unreadable');
  });
});
