import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runStatusPage } from '../../../../src/inpage/status-page';
import { statusPageWithWorker, storedStatus } from '../../../support/status-page';
import {
  page,
  CELL,
  DOT,
  G,
  ev,
  named,
  ok,
  row,
  runProbes,
  section,
  table,
  type Probe,
} from './light-rows';

/**
 * Hand-made status pages, ninth round, each reading written before the reader ran on it:
 * Apple's name for iCloud Backup in the languages its page is localised in, invisible and
 * unusual spaces, changed classes and wrappers, rows and cells reordered, the iCloud services
 * whose names are close to it, resolved, ongoing and planned events, two tables, and layouts
 * the reader does not know (which read unknown, never a guess).
 */

/** Apple's name of iCloud Backup per language, with an outage. */
const NAMES: Probe[] = [
  ['en', page(ev('iCloud Backup', 'Outage', 'light-outage')), 'outage'],
  ['de', page(ev('iCloud-Backup', 'Ausfall', 'light-outage')), 'outage'],
  ['fr', page(ev('Sauvegarde iCloud', 'Panne', 'light-outage')), 'outage'],
  ['es', page(ev('Copia de seguridad de iCloud', 'Interrupción', 'light-outage')), 'outage'],
  ['it', page(ev('Backup di iCloud', 'Interruzione', 'light-outage')), 'outage'],
  ['ja', page(ev('iCloudバックアップ', '停止', 'light-outage')), 'outage'],
  ['ja spaced', page(ev('iCloud バックアップ', '停止', 'light-outage')), 'outage'],
  ['zh-CN', page(ev('iCloud 云备份', '中断', 'light-outage')), 'outage'],
  ['zh-HK', page(ev('iCloud 備份', '中斷', 'light-outage')), 'outage'],
  ['nl', page(ev('iCloud-reservekopie', 'Storing', 'light-outage')), 'outage'],
  ['nl back-up', page(ev('iCloud-back-up', 'Storing', 'light-outage')), 'outage'],
  ['pt-BR', page(ev('Backup do iCloud', 'Interrupção', 'light-outage')), 'outage'],
  ['ru', page(ev('Резервное копирование iCloud', 'Сбой', 'light-outage')), 'outage'],
  ['sv', page(ev('iCloud-säkerhetskopiering', 'Avbrott', 'light-outage')), 'outage'],
  ['da', page(ev('iCloud-sikkerhedskopiering', 'Nedbrud', 'light-outage')), 'outage'],
  ['ko', page(ev('iCloud 백업', '중단', 'light-outage')), 'outage'],
  ['pl', page(ev('Kopia zapasowa iCloud', 'Awaria', 'light-outage')), 'outage'],
  ['tr', page(ev('iCloud Yedekleme', 'Kesinti', 'light-outage')), 'outage'],
  ['ar', page(ev('النسخ الاحتياطي على iCloud', 'انقطاع', 'light-outage')), 'outage'],
  ['cs', page(ev('Zálohování na iCloud', 'Výpadek', 'light-outage')), 'outage'],
  ['fi', page(ev('iCloud-varmuuskopiointi', 'Katkos', 'light-outage')), 'outage'],
  ['no', page(ev('iCloud-sikkerhetskopiering', 'Avbrudd', 'light-outage')), 'outage'],
  ['hu', page(ev('iCloud-biztonsági mentés', 'Leállás', 'light-outage')), 'outage'],
  ['el', page(ev('Αντίγραφα ασφαλείας iCloud', 'Διακοπή', 'light-outage')), 'outage'],
  ['he', page(ev('גיבוי iCloud', 'הפסקה', 'light-outage')), 'outage'],
  ['uk', page(ev('Резервне копіювання iCloud', 'Збій', 'light-outage')), 'outage'],
  ['ro', page(ev('Backup iCloud', 'Întrerupere', 'light-outage')), 'outage'],
  ['vi', page(ev('Sao lưu iCloud', 'Ngừng hoạt động', 'light-outage')), 'outage'],
  ['th', page(ev('การสำรองข้อมูล iCloud', 'หยุดทำงาน', 'light-outage')), 'outage'],
  ['id', page(ev('Cadangan iCloud', 'Gangguan', 'light-outage')), 'outage'],
  ['ca', page(ev('Còpia de seguretat de l’iCloud', 'Interrupció', 'light-outage')), 'outage'],
  ['fr-CA', page(ev('Sauvegarde sur iCloud', 'Panne', 'light-outage')), 'outage'],
  ['es-MX lower', page(ev('Respaldo de iCloud', 'Interrupción', 'light-outage')), 'outage'],
  ['pt-PT', page(ev('Cópia de segurança do iCloud', 'Interrupção', 'light-outage')), 'outage'],
];

/** Spaces and invisible characters in the name and around the link's dash. */
const SPACES: Probe[] = [
  ['nbsp in the name', page(ev('iCloud\u00a0Backup', 'Issue', 'light-issue')), 'issue'],
  ['nbsp entity in the name', page(ev('iCloud&nbsp;Backup', 'Issue', 'light-issue')), 'issue'],
  [
    'nbsp around the dash',
    page(ev('iCloud Backup\u00a0-\u00a0Issue', '', 'light-issue').replace(' - </a>', '</a>')),
    'issue',
  ],
  ['zero-width space in the name', page(ev('iCloud\u200bBackup', 'Issue', 'light-issue')), 'issue'],
  [
    'zero-width joiner in the word',
    page(ev('iCloud Back\u200dup', 'Issue', 'light-issue')),
    'issue',
  ],
  ['soft hyphen in the word', page(ev('iCloud Back\u00adup', 'Issue', 'light-issue')), 'issue'],
  ['BOM before the name', page(ev('\ufeffiCloud Backup', 'Issue', 'light-issue')), 'issue'],
  ['newlines and tabs', page(ev('\n\t iCloud\n\t\tBackup \n', 'Issue', 'light-issue')), 'issue'],
  ['ideographic space, ja', page(ev('iCloud\u3000バックアップ', '停止', 'light-outage')), 'outage'],
  ['narrow nbsp, fr', page(ev('Sauvegarde\u202fiCloud', 'Panne', 'light-outage')), 'outage'],
  [
    'LRM marks, ar',
    page(ev('\u200fالنسخ الاحتياطي على \u200eiCloud\u200e', 'انقطاع', 'light-outage')),
    'outage',
  ],
  ['full-width letters', page(ev('ｉＣｌｏｕｄ バックアップ', '停止', 'light-outage')), 'outage'],
  ['upper case', page(ev('ICLOUD BACKUP', 'OUTAGE', 'light-outage')), 'outage'],
  [
    'en dash separator',
    page(row('<a class="light-link">iCloud Backup – Outage</a>', DOT('light-outage'))),
    'outage',
  ],
  [
    'no-break space in the label',
    page(ev('iCloud Backup', '1\u00a0Issue,\u00a01\u00a0Resolved\u00a0Issue', 'light-issue')),
    'issue',
  ],
  [
    'a11y suffix without link',
    page(row('iCloud Backup<span class="a11y"> - Available</span>', DOT(G))),
    'available',
  ],
];

/** Class names and wrappers that moved. */
const MARKUP: Probe[] = [
  [
    'extra classes on the row and dot',
    section(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<span class="light-outage is-active dot"></span>'),
        'data-x="1"',
      ),
    ),
    'outage',
  ],
  [
    'renamed table id',
    section(row(named('iCloud Backup', 'Issue'), DOT('light-issue')), 'id="lights-table-v2"'),
    'issue',
  ],
  [
    'tbody and two cells a row',
    section(
      `${row(named('iCloud Drive', 'Outage'), DOT('light-outage'))}</tr><tr>${row(named('iCloud Backup'), DOT(G))}`,
      'id="ssp-lights-table"',
    ),
    'available',
    { 'icloud-drive': 'outage' },
  ],
  [
    'name cell before the light',
    table(
      `<td><div class="light-container"><div class="light-content light-name">${named('iCloud Backup', 'Outage')}</div>${DOT('light-outage')}</div></td>`,
    ),
    'outage',
  ],
  [
    'list instead of table',
    `<div class="section-lights"><ul><li class="light-container">${DOT('light-issue')}<div class="light-content light-name">${named('iCloud Backup', 'Issue')}</div></li></ul></div>`,
    'issue',
  ],
  [
    'name wrapped in span and strong',
    page(
      row(
        '<span><strong>iCloud</strong> Backup</span><span class="a11y">: available</span>',
        DOT(G),
      ),
    ),
    'available',
  ],
  [
    'link wrapped in a button',
    page(
      row(
        `<button type="button">${named('iCloud Backup', 'Outage')}</button>`,
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'state class on the cell',
    page(row(named('iCloud Backup', 'Issue'), CELL('light-issue'))),
    'issue',
  ],
  [
    'light class in upper case',
    page(row(named('iCloud Backup', 'Outage'), DOT('Light-Outage'))),
    'outage',
  ],
  ['unknown light class', page(row(named('iCloud Backup', 'Outage'), DOT('light-red'))), 'unknown'],
  ['no light at all', page(row(named('iCloud Backup', 'Outage'), CELL(''))), 'unknown'],
  [
    'svg dot',
    page(
      row(
        named('iCloud Backup', 'Issue'),
        CELL('', '<svg class="light-issue"><circle r="4"/></svg>'),
      ),
    ),
    'issue',
  ],
  [
    'popover holding a drive outage',
    page(
      row(
        `${named('iCloud Backup')}<div class="popover"><a class="light-link">iCloud Drive - Outage</a><div class="light-outage"></div></div>`,
        DOT(G),
      ),
    ),
    'available',
  ],
  [
    'hidden history in the row',
    page(
      row(
        `${named('iCloud Backup', 'Issue')}<div hidden><div class="light-content light-image"><div class="light-outage"></div></div></div>`,
        DOT('light-issue'),
      ),
    ),
    'issue',
  ],
  [
    'row in noscript',
    `${section('', 'id="ssp-lights-table"')}<noscript>${section(row(named('iCloud Backup', 'Outage'), DOT('light-outage')))}</noscript>`,
    'unknown',
  ],
  [
    'template row',
    page(ok('iCloud Drive')) +
      `<template>${section(row(named('iCloud Backup', 'Outage'), DOT('light-outage')))}</template>`,
    'unknown',
  ],
];

/** Rows reordered, and services whose names are close to iCloud Backup's. */
const NEIGHBOURS: Probe[] = [
  [
    'backup last after a drive outage',
    page(
      ev('iCloud Drive', 'Outage', 'light-outage'),
      ev('Photos', 'Issue', 'light-issue'),
      ok('iCloud Backup'),
    ),
    'available',
    { 'icloud-drive': 'outage', photos: 'issue' },
  ],
  [
    'backup first before outages',
    page(
      ok('iCloud Backup'),
      ev('iCloud Mail', 'Outage', 'light-outage'),
      ev('iCloud Keychain', 'Issue', 'light-issue'),
    ),
    'available',
    { 'icloud-mail': 'outage', 'icloud-keychain': 'issue' },
  ],
  [
    'account and sign in outage',
    page(ok('iCloud Backup'), ev('iCloud Account &amp; Sign In', 'Outage', 'light-outage')),
    'available',
    { 'icloud-account-sign-in': 'outage' },
  ],
  [
    'account and sign in, & plain',
    page(ev('iCloud Account & Sign In', 'Issue', 'light-issue')),
    'unknown',
    { 'icloud-account-sign-in': 'issue' },
  ],
  [
    'web apps outage',
    page(ok('iCloud Backup'), ev('iCloud Web Apps (iCloud.com)', 'Outage', 'light-outage')),
    'available',
    { 'icloud-web-apps': 'outage' },
  ],
  [
    'storage upgrades',
    page(ok('iCloud Backup'), ev('iCloud Storage Upgrades', 'Issue', 'light-issue')),
    'available',
    { 'icloud-storage-upgrades': 'issue' },
  ],
  [
    'photos, de',
    page(ok('iCloud-Backup'), ev('Fotos', 'Ausfall', 'light-outage')),
    'available',
    { photos: 'outage' },
  ],
  [
    'photos, ja',
    page(ok('iCloudバックアップ'), ev('写真', '停止', 'light-outage')),
    'available',
    { photos: 'outage' },
  ],
  [
    'drive only',
    page(ev('iCloud Drive', 'Outage', 'light-outage')),
    'unknown',
    { 'icloud-drive': 'outage' },
  ],
  ['private relay', page(ev('iCloud Private Relay', 'Outage', 'light-outage')), 'unknown'],
  ['backup of keychain', page(ev('iCloud Keychain Backup', 'Outage', 'light-outage')), 'unknown'],
  ['messages backup', page(ev('Messages in iCloud Backup', 'Outage', 'light-outage')), 'unknown'],
  ['iCloud+', page(ev('iCloud+', 'Outage', 'light-outage')), 'unknown'],
  ['Time Machine backup', page(ev('Time Machine Backup', 'Outage', 'light-outage')), 'unknown'],
  [
    'Apple Account',
    page(ok('iCloud Backup'), ev('Apple Account', 'Outage', 'light-outage')),
    'available',
    { 'apple-account': 'outage' },
  ],
  [
    'duplicate rows agree',
    page(
      ev('iCloud Backup', 'Issue', 'light-issue'),
      ok('iCloud Drive'),
      ev('iCloud Backup', 'Issue', 'light-issue'),
    ),
    'issue',
  ],
  [
    'duplicate rows disagree',
    page(ev('iCloud Backup', 'Issue', 'light-issue'), ok('iCloud Backup')),
    'unknown',
  ],
];

/** Events on the row: ongoing, resolved, planned, and a light that contradicts its label. */
const EVENTS: Probe[] = [
  [
    'resolved outage',
    page(ev('iCloud Backup', 'Resolved Outage', 'light-resolvedoutage')),
    'available',
  ],
  [
    '1 resolved issue',
    page(ev('iCloud Backup', '1 Resolved Issue', 'light-resolved-issue')),
    'available',
  ],
  [
    '2 resolved outages',
    page(ev('iCloud Backup', '2 Resolved Outages', 'light-resolvedoutage')),
    'available',
  ],
  [
    'issue and resolved issue',
    page(ev('iCloud Backup', '1 Issue, 1 Resolved Issue', 'light-issue')),
    'issue',
  ],
  [
    'outage and resolved issue',
    page(ev('iCloud Backup', '1 Outage, 1 Resolved Issue', 'light-outage')),
    'outage',
  ],
  [
    'upcoming maintenance',
    page(ev('iCloud Backup', 'Upcoming Maintenance', 'light-upcoming-maintenance')),
    'available',
  ],
  [
    'upcoming maintenance, green light',
    page(ev('iCloud Backup', 'Upcoming Maintenance', G)),
    'available',
  ],
  [
    'maintenance in progress',
    page(ev('iCloud Backup', 'Maintenance In Progress', 'light-maintenance')),
    'maintenance',
  ],
  [
    'maintenance in progress, lower',
    page(ev('iCloud Backup', '1 Maintenance in progress, 1 Resolved Outage', 'light-maintenance')),
    'maintenance',
  ],
  [
    'completed maintenance',
    page(ev('iCloud Backup', 'Completed Maintenance', 'light-completedmaintenance')),
    'available',
  ],
  [
    'resolved outage, red light',
    page(ev('iCloud Backup', 'Resolved Outage', 'light-outage')),
    'unknown',
  ],
  ['outage, green light', page(ev('iCloud Backup', 'Outage', G)), 'unknown'],
  [
    'upcoming maintenance, maintenance light',
    page(ev('iCloud Backup', 'Upcoming Maintenance', 'light-maintenance')),
    'unknown',
  ],
  [
    'maintenance label, outage light',
    page(ev('iCloud Backup', 'Maintenance In Progress', 'light-outage')),
    'unknown',
  ],
  ['performance', page(ev('iCloud Backup', 'Performance', 'light-performance')), 'issue'],
  [
    'de resolved, light decides',
    page(ev('iCloud-Backup', 'Behobenes Problem', 'light-resolvedissue')),
    'available',
  ],
  [
    'ja maintenance, light decides',
    page(ev('iCloudバックアップ', 'メンテナンス中', 'light-maintenance')),
    'maintenance',
  ],
  [
    'fr planned, light decides',
    page(ev('Sauvegarde iCloud', 'Maintenance planifiée', 'light-upcoming-maintenance')),
    'available',
  ],
  [
    'zh resolved, light decides',
    page(ev('iCloud 云备份', '已解决的问题', 'light-resolvedissue')),
    'available',
  ],
  [
    'es ongoing, light decides',
    page(ev('Copia de seguridad de iCloud', '1 problema', 'light-issue')),
    'issue',
  ],
  [
    'it two events',
    page(ev('Backup di iCloud', '1 interruzione, 1 problema risolto', 'light-outage')),
    'outage',
  ],
  [
    'maintenance light with an unread label',
    page(ev('iCloud Backup', 'Wartung', 'light-maintenance')),
    'maintenance',
  ],
];

/** Two tables, and layouts without Apple's rows. */
const LAYOUTS: Probe[] = [
  [
    'two tables, backup in the second',
    section(ok('App Store'), 'id="ssp-lights-table"') +
      section(ev('iCloud Backup', 'Issue', 'light-issue')),
    'issue',
  ],
  [
    'two tables disagreeing',
    section(ok('iCloud Backup'), 'id="ssp-lights-table"') +
      section(ev('iCloud Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'two tables agreeing',
    section(ev('iCloud Backup', 'Outage', 'light-outage'), 'id="ssp-lights-table"') +
      section(ev('iCloud Backup', 'Outage', 'light-outage')),
    'outage',
  ],
  [
    'table id and section nested',
    `<div class="section-lights">${section(ev('iCloud Backup', 'Issue', 'light-issue'), 'id="ssp-lights-table"')}</div>`,
    'issue',
    { 'icloud-backup': 'issue' },
  ],
  ['no table, a paragraph', '<main><p>iCloud Backup - Outage</p></main>', 'unknown'],
  [
    'other layout, cards',
    '<main><div class="status-card"><h3>iCloud Backup</h3><span class="status-outage">Outage</span></div></main>',
    'unknown',
  ],
  [
    'rows outside any section',
    row(named('iCloud Backup', 'Outage'), DOT('light-outage')),
    'unknown',
  ],
  ['empty table', section('', 'id="ssp-lights-table"'), 'unknown'],
];

/** Screen-reader text in the classes of Apple's other pages and of common kits. */
const READER_TEXT: Probe[] = [
  [
    'visuallyhidden suffix',
    page(
      row(
        'iCloud Backup<span class="visuallyhidden"> (opens a window)</span>',
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'visually-hidden suffix, de',
    page(row('iCloud-Backup<span class="visually-hidden">: verfügbar</span>', DOT(G))),
    'available',
  ],
  [
    'sr-only suffix, fr',
    page(row('Sauvegarde iCloud<span class="sr-only">: disponible</span>', DOT(G))),
    'available',
  ],
  [
    'visuallyhidden in the link',
    page(
      row(
        '<a class="light-link">iCloud Backup - Outage<span class="visuallyhidden"> (opens a dialog)</span></a>',
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'aria-hidden copy of the name',
    page(row('iCloud Backup<span aria-hidden="true">iCloud Backup</span>', DOT(G))),
    'available',
  ],
  ['name only in a title', page(row('<span title="iCloud Backup"></span>', DOT(G))), 'unknown'],
];

/** What the page does not show is never read: a stale table kept hidden beside the live one. */
const UNSHOWN: Probe[] = [
  [
    'hidden stale outage, live green',
    section(ok('iCloud Drive'), 'id="ssp-lights-table"') +
      `<div hidden>${section(ev('iCloud Backup', 'Outage', 'light-outage'))}</div>` +
      section(ok('iCloud Backup')),
    'available',
  ],
  [
    'only a hidden table lists it',
    section(ok('App Store'), 'id="ssp-lights-table"') +
      `<div style="display:none">${section(ev('iCloud Backup', 'Outage', 'light-outage'))}</div>`,
    'unknown',
  ],
  [
    'hidden row in the live table',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'hidden'), ok('iCloud Backup')),
    'available',
  ],
  [
    'row in a closed disclosure is still listed',
    page(ok('iCloud Drive')) +
      `<details><summary>More</summary>${section(ev('iCloud Backup', 'Issue', 'light-issue'))}</details>`,
    'issue',
  ],
  [
    'legend of the lights',
    page(ok('iCloud Backup')) +
      `<div class="section-lights"><div class="light-container">${DOT('light-outage')}<div class="light-content light-name">Outage</div></div></div>`,
    'available',
  ],
];

/** A status in a class of its own beside the type: the type alone would be a current event. */
const STATUS_CLASSES: Probe[] = [
  [
    'resolved beside the type, fr label',
    page(ev('Sauvegarde iCloud', 'Problème résolu', 'light-issue resolved')),
    'unknown',
  ],
  [
    'is-upcoming beside maintenance, ja',
    page(ev('iCloudバックアップ', 'メンテナンス予定', 'light-maintenance is-upcoming')),
    'unknown',
  ],
  [
    'completed beside maintenance',
    page(ev('iCloud-Backup', 'Wartung abgeschlossen', 'light-maintenance completed')),
    'unknown',
  ],
  [
    'unrelated class beside the type',
    page(ev('iCloud Backup', 'Outage', 'light-outage is-active')),
    'outage',
  ],
  [
    'Japanese label with its own comma, light decides',
    page(ev('iCloudバックアップ', '1件の停止、1件の解決済みの問題', 'light-outage')),
    'outage',
  ],
];

/**
 * Read since the tenth round: a colon against the name separates it from the label, a line
 * break between words is a space.
 */
const COLON: Probe[] = [
  [
    'br between words, es',
    page(row('Copia de<br>seguridad de iCloud<span class="a11y">: x</span>', DOT(G))),
    'available',
  ],
  [
    'colon separator',
    page(row('<a class="light-link">iCloud Backup: Outage</a>', DOT('light-outage'))),
    'outage',
  ],
];

/** Left unknown (never wrong); each with why. */
const LEFT: Probe[] = [
  // A wrapper given the row's class reads one row's name with every row's lights; skipping a
  // row that holds rows (not in its popover) costs 12 B the status page's budget lacks.
  [
    'wrapper with the row class',
    `<div class="section-lights"><div class="light-container">${row(named('App Store'), DOT(G))}${row(named('iCloud Backup', 'Outage'), DOT('light-outage'))}</div></div>`,
    'outage',
  ],
  // An unknown "light-" class may mean anything (page-variants.test.ts, "light-blink").
  [
    'decorative light- class beside the type',
    page(ev('iCloud Backup', 'Outage', 'light-outage light-dot')),
    'outage',
  ],
];

describe('status page variants, ninth round', () => {
  describe('names', () => runProbes(NAMES));
  describe('spaces', () => runProbes(SPACES));
  describe('markup', () => runProbes(MARKUP));
  describe('neighbours', () => runProbes(NEIGHBOURS));
  describe('events', () => runProbes(EVENTS));
  describe('layouts', () => runProbes(LAYOUTS));
  describe('screen-reader text', () => runProbes(READER_TEXT));
  describe('what the page does not show', () => runProbes(UNSHOWN));
  describe('status classes', () => runProbes(STATUS_CLASSES));
  describe('colon and line break', () => runProbes(COLON));
  describe('left unknown', () => runProbes(LEFT, it.fails));
});

describe('a table that loads late', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is read whole once it is there, never from the page before it', async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    document.body.innerHTML = '<main><p>Loading</p></main>';
    const deps = statusPageWithWorker();
    const running = runStatusPage(deps);
    await vi.advanceTimersByTimeAsync(1500);
    expect(deps.ask).not.toHaveBeenCalled();
    document.querySelector('main')!.innerHTML = page(
      ok('iCloud Drive'),
      ev('Resolved before', 'Outage', 'light-outage'),
      ev('iCloud Backup', '1 Issue, 1 Resolved Outage', 'light-issue'),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await running;
    expect((await storedStatus())?.icloudBackup.state).toBe('issue');
    // Apple reports a current problem: the page is asked for its feed once, then stored.
    expect(deps.asked.map((message) => message.feed)).toEqual([undefined, '']);
  });
});
