import { describe, expect, it } from 'vitest';
import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { parseStatusFeed } from '../../../../src/pages/apple-status/parse-feed';
import { summarizeIcloud } from '../../../../src/pages/apple-status/summary';
import type { AppleStatusObservation } from '../../../../src/pages/observation';
import { readPage } from '../../../../src/pages/read-page';
import { readFixture } from '../../../support/fixtures';
import { FIXED_NOW, STATUS_URL, htmlDocument } from '../fixtures';

/**
 * Pages and feeds of this project (tests/fixtures/pages/sr-*.html and inline ones): a service
 * whose name holds iCloud Backup's words next to words of another thing is never iCloud
 * Backup, tooltip text nested in a name stays out of it, and markup a browser keeps inert
 * (noscript, template) is not read.
 */
function status(name: string): AppleStatusObservation {
  const reading = readPage(readFixture(`pages/${name}`), STATUS_URL, { now: FIXED_NOW });
  if (reading.kind !== 'apple-status') throw new Error(`not a status reading: ${reading.kind}`);
  return reading as AppleStatusObservation;
}

const idOf = (reading: AppleStatusObservation, name: string) =>
  reading.services.find((s) => s.name === name)?.id;
const stateOf = (reading: AppleStatusObservation, id: string) =>
  reading.services.find((s) => s.id === id)?.state;

function cell(name: string, light: string, label?: string): string {
  const text = label ? `<a class="light-link">${name} - ${label}</a>` : name;
  return `<td><div class="light-container">
    <div class="light-content light-image"><div class="${light}"></div></div>
    <div class="light-content light-name">${text}<span class="a11y">: x</span></div>
  </div></td>`;
}

const table = (cells: string) =>
  `<div class="section-lights"><div id="ssp-lights-table"><table><tr>${cells}</tr></table></div></div>`;

describe('no exact iCloud Backup row: another service is never taken for it', () => {
  it('reads unknown, not the outage of "iCloud Backup Manager" and the like', () => {
    const reading = status('sr-status-near-miss-only.html');
    expect(reading.icloudBackup).toEqual({ state: 'unknown' });
    expect(reading.problems).toContain('icloud-backup-not-listed');
    expect(reading.services.filter((s) => s.id === 'icloud-backup')).toEqual([]);
    expect(summarizeIcloud(reading).backup.verdict).toBe('unknown');
  });

  it('reads the real row next to a near miss: available (Portuguese page)', () => {
    const reading = status('sr-status-near-miss-and-real-pt.html');
    expect(reading.icloudBackup).toEqual({ state: 'available' });
    expect(idOf(reading, 'Backup do iCloud')).toBe('icloud-backup');
    expect(idOf(reading, 'Backup do iCloud para Empresas')).toBeUndefined();
    expect(stateOf(reading, 'photos')).toBe('outage');
  });

  it.each([
    ['ja', 'iCloudバックアップ復元'],
    ['zh', 'iCloud 云备份助手'],
    ['ko', 'iCloud 백업 복원'],
    ['ru', 'Резервное копирование фото iCloud'],
    ['fr', 'Sauvegarde iCloud des messages'],
    ['es', 'Copia de seguridad de iCloud para empresas'],
    ['de', 'iCloud-Fotos-Backup'],
  ])('%s: "%s" alone with an outage reads unknown', (_lang, name) => {
    const page = table(cell('App Store', 'light-available') + cell(name, 'light-outage', 'x'));
    const { observation } = readStatusPage(htmlDocument(page), STATUS_URL, FIXED_NOW);
    expect(observation.icloudBackup.state).toBe('unknown');
  });

  it('the feed reader follows the same rule', () => {
    const feed = JSON.stringify({
      services: [
        {
          serviceName: 'iCloud Backup Restore Assistant',
          events: [{ statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: 1.75e12 }],
        },
        { serviceName: 'iCloud Drive', events: [] },
      ],
    });
    const reading = parseStatusFeed(feed, STATUS_URL, FIXED_NOW);
    expect(reading.kind === 'apple-status' && reading.icloudBackup).toEqual({ state: 'unknown' });
  });

  it('harmless variants still are iCloud Backup', () => {
    for (const name of ['iCloud Backups', 'iCloud-Backup', 'iCloud Backup<img src=x>']) {
      const page = table(cell(name, 'light-issue', 'Issue'));
      const { observation } = readStatusPage(htmlDocument(page), STATUS_URL, FIXED_NOW);
      expect(observation.icloudBackup.state).toBe('issue');
    }
  });
});

describe('names without nested tooltip or inert content', () => {
  it('keeps each id when tooltips sit inside the link or the name cell', () => {
    const reading = status('sr-status-tooltip-in-link.html');
    expect(reading.services.map((s) => [s.name, s.id, s.state])).toEqual([
      ['iCloud Drive', 'icloud-drive', 'issue'],
      ['iCloud Backup', 'icloud-backup', 'available'],
      ['iCloud Mail', 'icloud-mail', 'outage'],
      ['Photos', 'photos', 'available'],
    ]);
    expect(reading.icloudBackup).toEqual({ state: 'available' });
  });

  it('does not take a name from a tooltip when the row has no iCloud Backup of its own', () => {
    const tip = '<div class="info-tooltip" role="dialog"><p>iCloud Backup - Outage</p></div>';
    const page = table(cell('iCloud Drive', 'light-issue', `Issue${tip}`));
    const { observation } = readStatusPage(htmlDocument(page), STATUS_URL, FIXED_NOW);
    expect(observation.services.map((s) => s.id)).toEqual(['icloud-drive']);
    expect(observation.icloudBackup.state).toBe('unknown');
  });

  it('ignores tables inside noscript and template', () => {
    const reading = status('sr-status-noscript-template.html');
    expect(reading.icloudBackup).toEqual({ state: 'available' });
    expect(reading.services.map((s) => s.name)).toEqual([
      'iCloud Backup',
      'iCloud Drive',
      'App Store',
    ]);
  });

  it('leaves noscript text out of a name', () => {
    const page = table(
      cell('iCloud Backup<noscript>Restore Service</noscript>', 'light-outage', 'Outage'),
    );
    const { observation } = readStatusPage(htmlDocument(page), STATUS_URL, FIXED_NOW);
    expect(observation.services[0]?.name).toBe('iCloud Backup');
    expect(observation.icloudBackup.state).toBe('outage');
  });
});
