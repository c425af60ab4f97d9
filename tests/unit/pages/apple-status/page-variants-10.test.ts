import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runStatusPage } from '../../../../src/inpage/status-page';
import { withFeedTimes } from '../../../../src/pages/apple-status/feed-times';
import { feedBackupLine } from '../../../../src/pages/apple-status/parse-feed';
import type { AppleStatusObservation, ServiceState } from '../../../../src/pages/observation';
import { statusPageWithWorker, storedStatus } from '../../../support/status-page';
import {
  NAME,
  lights,
  page,
  CELL,
  DOT,
  G,
  ev,
  named,
  ok,
  reading,
  row,
  runProbes,
  section,
  type Probe,
} from './light-rows';

/**
 * Hand-made status pages, tenth round, each reading written before the reader ran on it: markup
 * drift (classes reordered, lists, grid roles, custom elements, wrappers), status classes that
 * say an event is over or not yet begun, labels with times, duplicates, odd and long pages,
 * names in more languages, rows that arrive one by one, and the feed's times.
 */

const MARKUP: Probe[] = [
  [
    'cell classes reordered',
    lights(
      `<div class="light-container"><div class="light-image light-content"><div class="light-outage"></div></div>${NAME('iCloud Backup')}</div>`,
    ),
    'outage',
  ],
  [
    'cell classes padded with spaces',
    lights(
      `<div class="light-container"><div class="  light-content   light-image "><div class="light-issue"></div></div>${NAME('iCloud Backup')}</div>`,
    ),
    'issue',
  ],
  [
    'list instead of a table',
    `<ul class="section-lights"><li class="light-container">${DOT(G)}${NAME('App Store')}</li><li class="light-container">${DOT('light-outage')}${NAME('iCloud Backup')}</li></ul>`,
    'outage',
  ],
  [
    'grid roles',
    `<div class="section-lights" role="grid"><div role="row"><div role="gridcell" class="light-container">${DOT('light-issue')}${NAME('iCloud Backup')}</div></div></div>`,
    'issue',
  ],
  [
    'custom elements without a shadow root',
    `<status-lights class="section-lights"><status-row class="light-container"><status-light class="light-content light-image"><i class="light-maintenance"></i></status-light><status-name class="light-content light-name">iCloud Backup</status-name></status-row></status-lights>`,
    'maintenance',
  ],
  [
    'row class renamed',
    `<div class="section-lights"><div class="light-row">${DOT('light-outage')}${NAME('iCloud Backup')}</div></div>`,
    'unknown',
  ],
  [
    'both roots renamed',
    `<div class="status-lights"><div class="light-container">${DOT('light-outage')}${NAME('iCloud Backup')}</div></div>`,
    'unknown',
  ],
  [
    'table id kept, section class gone',
    `<div><table id="ssp-lights-table"><tr>${row(named('iCloud Backup'), DOT('light-outage'))}</tr></table></div>`,
    'outage',
  ],
  [
    'row attributes reordered and added',
    lights(
      `<div role="row" data-service="x" class="light-container" tabindex="0">${DOT('light-issue')}${NAME('iCloud Backup')}</div>`,
    ),
    'issue',
  ],
  [
    'light as an image',
    page(row(named('iCloud Backup'), CELL('', '<img class="light-outage" alt="">'))),
    'outage',
  ],
  [
    'name in a heading',
    lights(
      `<div class="light-container">${DOT('light-issue')}<h3 class="light-content light-name">iCloud Backup</h3></div>`,
    ),
    'issue',
  ],
  [
    'light cell after the name',
    lights(`<div class="light-container">${NAME('iCloud Backup')}${DOT('light-outage')}</div>`),
    'outage',
  ],
  [
    'second dot hidden',
    page(
      row(
        named('iCloud Backup'),
        CELL('', '<div class="light-outage"></div><div class="light-available" hidden></div>'),
      ),
    ),
    'outage',
  ],
  ['dot in upper case', page(row(named('iCloud Backup'), DOT('Light-Outage'))), 'outage'],
  [
    'row class on the table row, three services',
    lights(
      `<table><tr class="light-container"><td>${DOT(G)}${NAME('iCloud Backup')}</td><td>${DOT('light-outage')}${NAME('iCloud Drive')}</td><td>${DOT(G)}${NAME('iCloud Mail')}</td></tr></table>`,
    ),
    'unknown',
  ],
  [
    'wrapper with the row class around a list',
    `<ul class="section-lights light-container">${[ok('iCloud Drive'), ev('iCloud Backup', 'Outage', 'light-outage')].map((r) => `<li>${r}</li>`).join('')}</ul>`,
    'outage',
  ],
  [
    'nested sections',
    `<div class="section-lights"><div class="section-lights">${row(named('iCloud Backup', 'Issue'), DOT('light-issue'))}</div></div>`,
    'issue',
  ],
];

const STATUS: Probe[] = [
  [
    'scheduled in a class of its own',
    page(ev('iCloud Backup', 'Wartung', 'light-maintenance scheduled')),
    'unknown',
  ],
  [
    'planned in a class of its own',
    page(ev('Sauvegarde iCloud', 'Maintenance prévue', 'light-maintenance planned')),
    'unknown',
  ],
  [
    'past in a class of its own',
    page(ev('iCloud-Backup', 'Ausfall', 'light-outage past')),
    'unknown',
  ],
  [
    'ended in a class of its own',
    page(ev('iCloud Backup', 'Problema', 'light-issue ended')),
    'unknown',
  ],
  [
    'is-scheduled',
    page(ev('iCloudバックアップ', 'メンテナンス', 'light-maintenance is-scheduled')),
    'unknown',
  ],
  [
    'light-scheduled-maintenance',
    page(ev('iCloud Backup', 'Maintenance', 'light-scheduled-maintenance')),
    'unknown',
  ],
  [
    'light-planned-maintenance',
    page(ev('iCloud Backup', 'Wartung', 'light-planned-maintenance')),
    'unknown',
  ],
  [
    'type then status in one class',
    page(ev('iCloud Backup', 'Ausfall', 'light-outage-resolved')),
    'unknown',
  ],
  ['BEM modifier', page(ev('iCloud Backup', 'Ausfall', 'light-outage--resolved')), 'unknown'],
  [
    'maintenance then upcoming',
    page(ev('iCloud Backup', 'Wartung', 'light-maintenance-upcoming')),
    'unknown',
  ],
  [
    'resolved outage class',
    page(ev('iCloud Backup', 'Resolved Outage', 'light-resolvedoutage')),
    'available',
  ],
  [
    'completed maintenance class, dashed',
    page(ev('iCloud Backup', 'Completed Maintenance', 'light-completed-maintenance')),
    'available',
  ],
  [
    'upcoming label on a maintenance light',
    page(ev('iCloud Backup', 'Upcoming Maintenance', 'light-maintenance')),
    'unknown',
  ],
  [
    'completed label on a maintenance light',
    page(ev('iCloud Backup', 'Completed Maintenance', 'light-maintenance')),
    'unknown',
  ],
  [
    'maintenance in progress',
    page(ev('iCloud Backup', 'Maintenance In Progress', 'light-maintenance')),
    'maintenance',
  ],
  [
    'counted, lower-case in progress',
    page(
      ev(
        'iCloud Backup',
        '1\u00a0Maintenance in progress, 1\u00a0Resolved Outage',
        'light-maintenance',
      ),
    ),
    'maintenance',
  ],
  [
    'outage label on a maintenance light',
    page(ev('iCloud Backup', 'Outage', 'light-maintenance')),
    'unknown',
  ],
  [
    'maintenance label on an outage light',
    page(ev('iCloud Backup', 'Maintenance In Progress', 'light-outage')),
    'unknown',
  ],
  [
    'label with an end time, resolved light',
    page(ev('iCloud Backup', 'Outage (ended 11:58 PM)', 'light-resolvedoutage')),
    'available',
  ],
  [
    'label with a start across midnight',
    page(ev('iCloud Backup', 'Outage since 23:50 UTC', 'light-outage')),
    'outage',
  ],
  [
    'resolved label, outage light',
    page(ev('iCloud Backup', 'Resolved Outage', 'light-outage')),
    'unknown',
  ],
  [
    'upcoming with a date, upcoming light',
    page(ev('iCloud Backup', 'Upcoming Maintenance', 'light-upcomingmaintenance')),
    'available',
  ],
  [
    'two lights: outage and maintenance',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage light-maintenance'))),
    'unknown',
  ],
];

const LOCALES: Probe[] = [
  ['de Sicherung, issue', page(ev('iCloud-Sicherung', 'Problem', 'light-issue')), 'issue'],
  [
    'fr-CH maintenance',
    page(ev('Sauvegarde iCloud', 'Maintenance en cours', 'light-maintenance')),
    'maintenance',
  ],
  ['it issue', page(ev('Backup iCloud', 'Problema', 'light-issue')), 'issue'],
  ['es-419 en', page(ev('Respaldo en iCloud', 'Problema', 'light-issue')), 'issue'],
  [
    'ja maintenance',
    page(ev('iCloud バックアップ', 'メンテナンス中', 'light-maintenance')),
    'maintenance',
  ],
  ['zh-CN plain', page(ev('iCloud 备份', '问题', 'light-issue')), 'issue'],
  ['zh-TW maintenance', page(ev('iCloud 備份', '維護中', 'light-maintenance')), 'maintenance'],
  ['ko available', page(ok('iCloud 백업')), 'available'],
  ['hr', page(ev('Sigurnosna kopija iCloud', 'Problem', 'light-issue')), 'issue'],
  ['sk', page(ev('Zálohovanie do iCloudu', 'Výpadok', 'light-outage')), 'outage'],
  ['sl', page(ev('Varnostno kopiranje iCloud', 'Težava', 'light-issue')), 'issue'],
  ['lt', page(ev('iCloud atsarginės kopijos', 'Triktis', 'light-issue')), 'issue'],
  ['ms', page(ev('Sandaran iCloud', 'Gangguan', 'light-outage')), 'outage'],
  ['id', page(ok('Pencadangan iCloud')), 'available'],
  ['uk available', page(ok('Резервне копіювання iCloud')), 'available'],
  ['kk', page(ev('iCloud сақтық көшірмесі', 'Ақау', 'light-issue')), 'issue'],
  ['he maintenance', page(ev('גיבוי iCloud', 'תחזוקה', 'light-maintenance')), 'maintenance'],
  ['ar issue', page(ev('النسخ الاحتياطي على iCloud', 'مشكلة', 'light-issue')), 'issue'],
  ['hi', page(ev('iCloud बैकअप', 'समस्या', 'light-issue')), 'issue'],
  ['th available', page(ok('ข้อมูลสำรอง iCloud')), 'available'],
  ['bn', page(ev('iCloud ব্যাকআপ', 'বিভ্রাট', 'light-outage')), 'outage'],
  ['ta', page(ev('iCloud காப்புப்பிரதி', 'சிக்கல்', 'light-issue')), 'issue'],
  ['fa', page(ev('پشتیبان‌گیری iCloud', 'قطعی', 'light-outage')), 'outage'],
  [
    'de: Drive out, backup fine',
    page(ok('iCloud-Backup'), ev('iCloud Drive', 'Ausfall', 'light-outage')),
    'available',
    { 'icloud-drive': 'outage' },
  ],
  [
    'ja: Photos out, backup fine',
    page(ev('写真', '停止', 'light-outage'), ok('iCloudバックアップ')),
    'available',
    { photos: 'outage' },
  ],
  [
    'fr: Keychain out, backup fine',
    page(ev('Trousseau iCloud', 'Panne', 'light-outage'), ok('Sauvegarde iCloud')),
    'available',
    { 'icloud-keychain': 'outage' },
  ],
  [
    'es: Mail out, backup fine',
    page(
      ok('Copia de seguridad de iCloud'),
      ev('Correo de iCloud', 'Interrupción', 'light-outage'),
    ),
    'available',
    { 'icloud-mail': 'outage' },
  ],
  [
    'it: storage out, backup fine',
    page(
      ok('Backup di iCloud'),
      ev('Spazio di archiviazione iCloud', 'Interruzione', 'light-outage'),
    ),
    'available',
  ],
  [
    'zh: keychain backup is no backup',
    page(ok('iCloud 云备份'), ev('iCloud 钥匙串备份', '中断', 'light-outage')),
    'available',
  ],
];

const ODD: Probe[] = [
  [
    'empty row',
    page(`<td><div class="light-container"></div></td>`, ok('iCloud Backup')),
    'available',
  ],
  [
    'row with a light and no name',
    page(row('', DOT('light-outage')), ok('iCloud Backup')),
    'available',
  ],
  [
    'duplicate rows, same light',
    page(
      ev('iCloud Backup', 'Outage', 'light-outage'),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'outage',
  ],
  [
    'duplicate rows, different lights',
    page(ok('iCloud Backup'), ev('iCloud Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'duplicate rows, the stale one hidden',
    page(
      ev('iCloud Backup', 'Outage', 'light-outage'),
      row(named('iCloud Backup'), DOT(G), 'hidden'),
    ),
    'outage',
  ],
  [
    'duplicate rows in two languages, different lights',
    page(ev('iCloud Backup', 'Issue', 'light-issue'), ok('iCloud-Backup')),
    'unknown',
  ],
  [
    'long page, backup after 300 rows',
    page(
      ...Array.from({ length: 300 }, (_, i) => ok(`Service ${i}`)),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'outage',
  ],
  [
    'huge page, backup after the first 500 rows',
    page(
      ...Array.from({ length: 600 }, (_, i) => ok(`Service ${i}`)),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'unknown',
  ],
  [
    'link without a name cell',
    lights(
      `<div class="light-container">${DOT('light-issue')}<a class="light-link">iCloud Backup - Issue</a></div>`,
    ),
    'issue',
  ],
  ['emoji in the name', page(ev('iCloud Backup ☁️', 'Issue', 'light-issue')), 'issue'],
  ['name in capitals', page(ev('ICLOUD BACKUP', 'Issue', 'light-issue')), 'issue'],
  ['soft hyphen in the name', page(ev('iCloud Back\u00adup', 'Issue', 'light-issue')), 'issue'],
  [
    'br between words, en',
    page(row('iCloud<br>Backup<span class="a11y">: x</span>', DOT('light-outage'))),
    'outage',
  ],
  [
    'br between words, es',
    page(row('Copia de<br>seguridad de iCloud<span class="a11y">: x</span>', DOT('light-outage'))),
    'outage',
  ],
  ['br between words, fr', page(row('Sauvegarde<br>iCloud', DOT('light-issue'))), 'issue'],
  [
    'colon in the link',
    page(row('<a class="light-link">iCloud Backup: Outage</a>', DOT('light-outage'))),
    'outage',
  ],
  [
    'full-width colon in the link, ja',
    page(row('<a class="light-link">iCloudバックアップ：停止</a>', DOT('light-outage'))),
    'outage',
  ],
  [
    'colon in the link, other service',
    page(
      ok('iCloud Backup'),
      row('<a class="light-link">iCloud Drive: Outage</a>', DOT('light-outage')),
    ),
    'available',
  ],
  [
    'name and label in one cell, no link',
    page(row('iCloud Backup: Outage', DOT('light-outage'))),
    'unknown',
  ],
  [
    'past incidents section beside the live table',
    page(ok('iCloud Backup')) +
      `<section class="history"><div class="section-lights">${row(named('iCloud Backup', 'Resolved Outage'), DOT('light-outage'))}</div></section>`,
    'unknown',
  ],
  [
    'legend row named after a state',
    page(ok('iCloud Backup'), row('Outage', DOT('light-outage'))),
    'available',
  ],
];

/** Left unknown (never wrong); each with why. */
const LEFT: Probe[] = [
  // The wrapper reads as a row named after its first link with every row's lights, which
  // disagree: unknown. Skipping a row that holds the next row would also skip a row whose
  // popover holds a history row, and read that history row instead (a wrong reading).
  [
    'wrapper with the row class, backup first',
    `<div class="section-lights"><div class="light-container">${row(named('iCloud Backup', 'Issue'), DOT('light-issue'))}${row(named('App Store'), DOT(G))}${row(named('iCloud Drive', 'Outage'), DOT('light-outage'))}</div></div>`,
    'issue',
    { 'icloud-drive': 'outage' },
  ],
  // A row in a popover is read as a row of the page (the rows' own look-up only leaves out
  // what the page does not show): a longer selector tested on every row's ancestors costs
  // the status page's time, which is over its budget.
  [
    'row in a popover of another row is not a row of the page',
    page(
      ok('iCloud Backup'),
      row(
        named('iCloud Drive') +
          `<div popover>${row(named('iCloud Backup', 'Resolved Outage'), DOT('light-outage'))}</div>`,
        DOT(G),
      ),
    ),
    'available',
  ],
];

describe('status page variants, tenth round', () => {
  describe('markup', () => runProbes(MARKUP));
  describe('status classes and labels', () => runProbes(STATUS));
  describe('locales', () => runProbes(LOCALES));
  describe('odd content', () => runProbes(ODD));
  describe('left unknown', () => runProbes(LEFT, it.fails));
});

/** Rows added one by one after the first, as a page that renders its table in steps would. */
describe('rows that arrive one by one', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function streamed(rows: string[], gapMs: number): Promise<AppleStatusObservation> {
    vi.useFakeTimers();
    document.body.innerHTML = section(rows[0]!);
    const tr = document.querySelector('tr')!;
    fakeBrowser.reset();
    void runStatusPage(statusPageWithWorker());
    for (const next of rows.slice(1)) {
      await vi.advanceTimersByTimeAsync(gapMs);
      tr.insertAdjacentHTML('beforeend', next);
    }
    await vi.advanceTimersByTimeAsync(15_000);
    return (await storedStatus())!;
  }

  it('reads iCloud Backup when its row comes 300 ms after the first', async () => {
    const got = await streamed(
      [ok('App Store'), ok('iCloud Drive'), ev('iCloud Backup', 'Outage', 'light-outage')],
      150,
    );
    expect(got.icloudBackup.state).toBe('outage');
  });

  it('reads iCloud Backup when the rows come over two seconds', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ok(`Service ${i}`));
    const got = await streamed([...rows, ev('Sauvegarde iCloud', 'Panne', 'light-issue')], 100);
    expect(got.icloudBackup.state).toBe('issue');
  });

  it('says not listed only once the page has had its time', async () => {
    const got = await streamed([ok('App Store'), ok('iCloud Drive')], 100);
    expect(got.icloudBackup.state).toBe('unknown');
    expect(got.problems).toContain('icloud-backup-not-listed');
  });
});

/** The feed's times: since when a current event runs, never an ended or planned one's. */
describe("the feed's times", () => {
  const NOW = '2026-12-04T20:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  const feed = (...events: object[]) =>
    JSON.stringify({
      services: [
        { serviceName: 'iCloud Backup', events },
        { serviceName: 'iCloud Drive', events: [] },
      ],
    });
  const page = (state: ServiceState): AppleStatusObservation => ({
    kind: 'apple-status',
    source: 'apple-status',
    format: 'page',
    url: 'https://www.apple.com/support/systemstatus/',
    observedAt: NOW,
    parserVersion: 1,
    services: [],
    icloudBackup: { state },
  });
  const since = (state: ServiceState, text: string) =>
    withFeedTimes(page(state), feedBackupLine(text)).icloudBackup.since;

  it('takes the start of an outage that began before midnight', () => {
    const text = feed({
      statusType: 'Outage',
      eventStatus: 'ongoing',
      epochStartDate: at('2026-12-03T23:50:00Z'),
      epochEndDate: null,
    });
    expect(since('outage', text)).toBe('2026-12-03T23:50:00.000Z');
  });

  it('takes the current issue, not the outage resolved yesterday', () => {
    const text = feed(
      {
        statusType: 'Outage',
        eventStatus: 'resolved',
        epochStartDate: at('2026-12-03T08:00:00Z'),
        epochEndDate: at('2026-12-03T09:00:00Z'),
      },
      { statusType: 'Issue', eventStatus: 'ongoing', epochStartDate: at('2026-12-04T18:10:00Z') },
    );
    expect(since('issue', text)).toBe('2026-12-04T18:10:00.000Z');
  });

  it('gives no start for planned maintenance while the page is green', () => {
    const text = feed({
      statusType: 'Maintenance',
      eventStatus: 'upcoming',
      epochStartDate: at('2026-12-05T07:00:00Z'),
    });
    expect(since('available', text)).toBeUndefined();
  });

  it('gives no start for maintenance the feed still plans while the page shows it running', () => {
    const text = feed({
      statusType: 'Maintenance',
      eventStatus: 'upcoming',
      epochStartDate: at('2026-12-05T07:00:00Z'),
    });
    expect(since('maintenance', text)).toBeUndefined();
  });

  it('takes the start of maintenance in progress, its planned end set', () => {
    const text = feed({
      statusType: 'Maintenance',
      eventStatus: 'Ongoing',
      epochStartDate: at('2026-12-04T19:00:00Z'),
      epochEndDate: at('2026-12-04T23:00:00Z'),
    });
    expect(since('maintenance', text)).toBe('2026-12-04T19:00:00.000Z');
  });

  it('gives no start later than the reading', () => {
    const text = feed({
      statusType: 'Outage',
      eventStatus: 'ongoing',
      epochStartDate: at('2026-12-05T02:00:00Z'),
    });
    expect(since('outage', text)).toBeUndefined();
  });

  it('gives no start when the feed says less than the page', () => {
    const text = feed({
      statusType: 'Issue',
      eventStatus: 'ongoing',
      epochStartDate: at('2026-12-04T18:10:00Z'),
    });
    expect(since('outage', text)).toBeUndefined();
  });

  it('gives no start for an event in seconds since 2001', () => {
    expect(
      since(
        'outage',
        feed({ statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: 786_000_000 }),
      ),
    ).toBeUndefined();
  });

  it('takes the earlier of two current outages', () => {
    const text = feed(
      { statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: at('2026-12-04T12:00:00Z') },
      { statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: at('2026-12-04T09:30:00Z') },
    );
    expect(since('outage', text)).toBe('2026-12-04T09:30:00.000Z');
  });

  const SAMPLES = '/work/shared/reference/status-samples/json-consumer-ja_JP/';
  const sample = (name: string) => readFileSync(SAMPLES + name, 'utf8');
  it.skipIf(!existsSync(SAMPLES))(
    'reads the captured outage of 2020-09-30 (ja_JP) with its start',
    () => {
      if (!existsSync(SAMPLES)) return;
      const text = sample(
        'ja_JP_2020-09-30T1000+0900_icloud-backup-outage-ongoing-plus-resolved-issue.json',
      );
      const line = feedBackupLine(text)!;
      expect(line.state).toBe('outage');
      expect(Date.parse(line.since!)).toBeLessThan(Date.parse('2020-09-30T01:00:00Z'));
    },
  );
  it.skipIf(!existsSync(SAMPLES))(
    'gives no start after the captured resolution of 2022-10-26 (ja_JP)',
    () => {
      const text = sample(
        'ja_JP_2022-10-26T0245+0900_icloud-backup-resolved-statusType-changed-to-issue.json',
      );
      expect(feedBackupLine(text)).toEqual({ state: 'available' });
    },
  );
});

/** Spot checks that the probes' pages parse as intended. */
describe('probe pages', () => {
  it('the long page holds 301 services besides App Store', () => {
    const html = page(
      ...Array.from({ length: 300 }, (_, i) => ok(`Service ${i}`)),
      ok('iCloud Backup'),
    );
    expect(reading(html).services).toHaveLength(302);
  });
});
