import { describe, expect, it } from 'vitest';
import {
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
  table,
  type Probe,
} from './light-rows';

/**
 * Hand-made status pages, seventh round, each reading written before the reader ran on it:
 * whole localized pages (iCloud Backup among the other iCloud services of that language, with
 * labels in that language), several events on a row, labels worded in ways the reader does
 * not know, renamed or reordered services and markup drift.
 */

/** A page of one language: `backup` is the iCloud Backup row, among the other rows. */
const page = (backup: string, ...others: string[]) =>
  table(others.slice(0, 1).join('') + backup + others.slice(1).join(''));

const LOCALIZED: Probe[] = [
  [
    'de outage among German names',
    page(ev('iCloud-Backup', '1 Ausfall', 'light-outage'), ok('iCloud Drive'), ok('Fotos')),
    'outage',
    { 'icloud-drive': 'available', photos: 'available' },
  ],
  [
    'fr issue',
    page(ev('Sauvegarde iCloud', 'Problème', 'light-issue'), ok('Trousseau iCloud')),
    'issue',
    { 'icloud-keychain': 'available' },
  ],
  [
    'es maintenance in progress',
    page(ev('Copia de seguridad de iCloud', 'Mantenimiento en curso', 'light-maintenance')),
    'maintenance',
  ],
  [
    'es-MX respaldo, resolved',
    page(ev('Respaldo de iCloud', 'Problema resuelto', 'light-resolvedissue')),
    'available',
  ],
  [
    'it resolved issue',
    page(ev('Backup iCloud', 'Problema risolto', 'light-resolvedissue'), ok('Portachiavi iCloud')),
    'available',
    { 'icloud-keychain': 'available' },
  ],
  [
    'ja outage',
    page(ev('iCloudバックアップ', '1件の停止', 'light-outage'), ok('写真')),
    'outage',
    { photos: 'available' },
  ],
  ['zh-CN issue', page(ev('iCloud 云备份', '问题', 'light-issue')), 'issue'],
  [
    'zh-TW resolved',
    page(ev('iCloud 雲端備份', '已解決的問題', 'light-resolvedissue')),
    'available',
  ],
  ['zh-HK outage', page(ev('iCloud 備份', '中斷', 'light-outage')), 'outage'],
  ['ko outage', page(ev('iCloud 백업', '중단', 'light-outage')), 'outage'],
  [
    'pt-BR upcoming maintenance',
    page(ev('Backup do iCloud', 'Manutenção programada', 'light-upcoming-maintenance')),
    'available',
  ],
  ['pt-PT issue', page(ev('Cópia de segurança do iCloud', 'Problema', 'light-issue')), 'issue'],
  ['nl outage', page(ev('iCloud-reservekopie', 'Storing', 'light-outage')), 'outage'],
  ['sv issue', page(ev('iCloud-säkerhetskopiering', 'Problem', 'light-issue')), 'issue'],
  ['da outage', page(ev('iCloud-sikkerhedskopiering', 'Nedbrud', 'light-outage')), 'outage'],
  [
    'nb maintenance',
    page(ev('iCloud-sikkerhetskopiering', 'Vedlikehold pågår', 'light-maintenance')),
    'maintenance',
  ],
  ['fi outage', page(ev('iCloud-varmuuskopiointi', 'Katkos', 'light-outage')), 'outage'],
  ['pl outage', page(ev('Kopia zapasowa iCloud', 'Awaria', 'light-outage')), 'outage'],
  ['cs issue', page(ev('Zálohování na iCloud', 'Problém', 'light-issue')), 'issue'],
  ['sk outage', page(ev('Zálohovanie na iCloud', 'Výpadok', 'light-outage')), 'outage'],
  ['hu issue', page(ev('iCloud-biztonsági mentés', 'Probléma', 'light-issue')), 'issue'],
  ['ro outage', page(ev('Copie de rezervă iCloud', 'Întrerupere', 'light-outage')), 'outage'],
  ['ru outage', page(ev('Резервное копирование iCloud', 'Сбой', 'light-outage')), 'outage'],
  ['uk issue', page(ev('Резервне копіювання iCloud', 'Проблема', 'light-issue')), 'issue'],
  ['tr outage', page(ev('iCloud Yedekleme', 'Kesinti', 'light-outage')), 'outage'],
  ['el outage', page(ev('Αντίγραφα ασφαλείας iCloud', 'Διακοπή', 'light-outage')), 'outage'],
  ['he issue', page(ev('גיבוי iCloud', 'תקלה', 'light-issue')), 'issue'],
  ['he plural with a prefix', page(ev('גיבויים ב-iCloud', 'תקלה', 'light-issue')), 'issue'],
  ['ar outage', page(ev('النسخ الاحتياطي على iCloud', 'انقطاع', 'light-outage')), 'outage'],
  ['ar word order', page(ev('نسخ iCloud الاحتياطي', 'مشكلة', 'light-issue')), 'issue'],
  ['th issue', page(ev('ข้อมูลสำรอง iCloud', 'ปัญหา', 'light-issue')), 'issue'],
  ['vi issue', page(ev('Bản sao lưu iCloud', 'Sự cố', 'light-issue')), 'issue'],
  ['id outage', page(ev('Pencadangan iCloud', 'Gangguan', 'light-outage')), 'outage'],
  ['ms issue', page(ev('Sandaran iCloud', 'Isu', 'light-issue')), 'issue'],
  ['hr outage', page(ev('Sigurnosna kopija iCloud', 'Prekid', 'light-outage')), 'outage'],
  ['sl issue', page(ev('Varnostno kopiranje iCloud', 'Težava', 'light-issue')), 'issue'],
  ['bg outage', page(ev('Резервно копиране в iCloud', 'Прекъсване', 'light-outage')), 'outage'],
  ['ca issue', page(ev("Còpia de seguretat de l'iCloud", 'Incidència', 'light-issue')), 'issue'],
  ['lt issue', page(ev('iCloud atsarginės kopijos', 'Triktis', 'light-issue')), 'issue'],
  ['lv outage', page(ev('iCloud dublēšana', 'Traucējumi', 'light-outage')), 'outage'],
  ['et outage', page(ev('iCloudi varundus', 'Katkestus', 'light-outage')), 'outage'],
  ['sr outage', page(ev('iCloud резервна копија', 'Прекид', 'light-outage')), 'outage'],
  ['uk plural', page(ev('Резервні копії iCloud', 'Збій', 'light-outage')), 'outage'],
  [
    'fr-CA available',
    page(ok('Sauvegarde iCloud'), ev('iCloud Drive', 'Panne', 'light-outage')),
    'available',
    { 'icloud-drive': 'outage' },
  ],
  [
    'de other service out, backup green',
    page(ok('iCloud-Backup'), ev('iCloud-Schlüsselbund', 'Ausfall', 'light-outage')),
    'available',
    { 'icloud-keychain': 'outage' },
  ],
  [
    'ja green among others',
    page(ok('iCloudバックアップ'), ev('iCloudメール', '停止', 'light-outage')),
    'available',
    { 'icloud-mail': 'outage' },
  ],
];

/** Backup "and restore" in the languages left out before, and names still outside the words. */
const AND_RESTORE: Probe[] = [
  ['en ampersand', page(ev('iCloud Backup &amp; Restore', 'Outage', 'light-outage')), 'outage'],
  ['en "and"', page(ev('iCloud Backup and Restore', 'Issue', 'light-issue')), 'issue'],
  ['el', page(ev('Αντίγραφα ασφαλείας και επαναφορά iCloud', 'Διακοπή', 'light-outage')), 'outage'],
  ['ms', page(ev('Sandaran dan Pemulihan iCloud', 'Isu', 'light-issue')), 'issue'],
  ['id', page(ev('Pencadangan dan Pemulihan iCloud', 'Gangguan', 'light-outage')), 'outage'],
  ['vi', page(ev('Sao lưu và khôi phục iCloud', 'Sự cố', 'light-issue')), 'issue'],
  ['he', page(ev('גיבוי ושחזור iCloud', 'תקלה', 'light-issue')), 'issue'],
  ['ar', page(ev('النسخ الاحتياطي والاستعادة على iCloud', 'انقطاع', 'light-outage')), 'outage'],
  ['hr', page(ev('Sigurnosno kopiranje i vraćanje iCloud', 'Prekid', 'light-outage')), 'outage'],
  ['kk', page(ev('iCloud сақтық көшірмесі', 'Іркіліс', 'light-outage')), 'outage'],
  ['is', page(ev('iCloud-öryggisafritun', 'Truflun', 'light-outage')), 'outage'],
];

/** Names that are something else: iCloud Backup stays unknown, whatever their light. */
const NOT_BACKUP: Probe[] = [
  [
    'en restore from backup, out',
    page(ev('Restore from iCloud Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'en backup for business',
    page(ev('iCloud Backup for Business', 'Outage', 'light-outage')),
    'unknown',
  ],
  ['en messages backup', page(ev('Messages in iCloud', 'Outage', 'light-outage')), 'unknown'],
  [
    'fr photos backup',
    page(ev('Sauvegarde des photos iCloud', 'Panne', 'light-outage')),
    'unknown',
  ],
  [
    'de keychain backup',
    page(ev('iCloud-Schlüsselbund-Sicherung', 'Ausfall', 'light-outage')),
    'unknown',
  ],
  ['es security', page(ev('Seguridad de iCloud', 'Interrupción', 'light-outage')), 'unknown'],
  ['vi storage', page(ev('Lưu trữ iCloud', 'Sự cố', 'light-issue')), 'unknown'],
  ['pt keychain', page(ev('Chaves do iCloud', 'Interrupção', 'light-outage')), 'unknown'],
  ['zh photo backup', page(ev('iCloud 照片备份', '中断', 'light-outage')), 'unknown'],
  ['ko photo backup', page(ev('iCloud 사진 백업', '중단', 'light-outage')), 'unknown'],
  [
    'en backup with a platform',
    page(ev('iCloud Backup (macOS)', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'en restore before backup',
    page(ev('iCloud Restore &amp; Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'en backup and another thing',
    page(ev('iCloud Backup & Messages', 'Outage', 'light-outage')),
    'unknown',
  ],
  ['en drive and backup', page(ev('iCloud Drive & Backup', 'Outage', 'light-outage')), 'unknown'],
  [
    'el drive and restore',
    page(ev('iCloud Drive και επαναφορά', 'Διακοπή', 'light-outage')),
    'unknown',
  ],
  [
    'hr restore of a backup',
    page(ev('Vraćanje sigurnosne kopije iCloud', 'Prekid', 'light-outage')),
    'unknown',
  ],
  [
    'ar restore from a backup',
    page(ev('الاستعادة من النسخ الاحتياطي على iCloud', 'انقطاع', 'light-outage')),
    'unknown',
  ],
  ['he "and restore" alone', page(ev('ושחזור iCloud', 'תקלה', 'light-issue')), 'unknown'],
  ['id restore alone', page(ev('Pemulihan iCloud', 'Gangguan', 'light-outage')), 'unknown'],
  [
    'vi restore and backup',
    page(ev('Khôi phục và sao lưu iCloud', 'Sự cố', 'light-issue')),
    'unknown',
  ],
  [
    'kk drive copy',
    page(ev('iCloud Drive сақтық көшірмесі', 'Іркіліс', 'light-outage')),
    'unknown',
  ],
  ['is keychain copy', page(ev('iCloud-lyklakippa afritun', 'Truflun', 'light-outage')), 'unknown'],
  ['en Mac backup', page(ev('Time Machine Backup', 'Outage', 'light-outage')), 'unknown'],
  ['en device backup', page(ev('Device Backup', 'Outage', 'light-outage')), 'unknown'],
  ['no row at all', page(ok('iCloud Drive'), ok('iCloud Mail')), 'unknown'],
];

/** Several events, and labels worded in ways the reader does not know. */
const EVENTS: Probe[] = [
  [
    'outage with a resolved issue',
    page(ev('iCloud Backup', '1 Outage, 1 Resolved Issue', 'light-outage')),
    'outage',
  ],
  [
    'two issues and a completed maintenance',
    page(ev('iCloud Backup', '2 Issues, 1 Completed Maintenance', 'light-issue')),
    'issue',
  ],
  [
    'resolved outage and upcoming maintenance',
    page(ev('iCloud Backup', '1 Resolved Outage, 1 Upcoming Maintenance', 'light-resolvedoutage')),
    'available',
  ],
  [
    'maintenance in progress and a resolved issue',
    page(ev('iCloud Backup', 'Maintenance In Progress, 1 Resolved Issue', 'light-maintenance')),
    'maintenance',
  ],
  ['issue and outage', page(ev('iCloud Backup', '1 Issue, 1 Outage', 'light-outage')), 'outage'],
  ['label says outage, light green', page(ev('iCloud Backup', 'Outage', G)), 'unknown'],
  ['label says outage, light issue', page(ev('iCloud Backup', 'Outage', 'light-issue')), 'unknown'],
  [
    '"Scheduled Maintenance", green',
    page(ev('iCloud Backup', 'Scheduled Maintenance', 'light-upcoming-maintenance')),
    'available',
  ],
  [
    '"Resolved" alone, green',
    page(ev('iCloud Backup', 'Resolved', 'light-resolvedissue')),
    'available',
  ],
  [
    '"Completed", green',
    page(ev('iCloud Backup', 'Completed', 'light-completedmaintenance')),
    'available',
  ],
  [
    '"Issue Resolved" word order',
    page(ev('iCloud Backup', 'Issue Resolved', 'light-resolvedissue')),
    'available',
  ],
  [
    'de two events',
    page(ev('iCloud-Backup', '1 Problem, 1 behobenes Problem', 'light-issue')),
    'issue',
  ],
  [
    'fr two events',
    page(ev('Sauvegarde iCloud', '1 panne, 1 problème résolu', 'light-outage')),
    'outage',
  ],
  [
    'ja two events',
    page(ev('iCloudバックアップ', '停止1件、解決済みの問題1件', 'light-outage')),
    'outage',
  ],
  [
    'zh full-width comma events',
    page(ev('iCloud 云备份', '1 个中断，1 个已解决的问题', 'light-outage')),
    'outage',
  ],
  [
    'no-break spaces',
    page(ev('iCloud Backup', '1\u00a0Issue, 1\u00a0Resolved\u00a0Issue', 'light-issue')),
    'issue',
  ],
  [
    'fr "Maintenance" bare, in progress',
    page(ev('Sauvegarde iCloud', 'Maintenance', 'light-maintenance')),
    'maintenance',
  ],
  [
    'fr "Performance", issue light',
    page(ev('Sauvegarde iCloud', 'Performance', 'light-issue')),
    'issue',
  ],
  [
    'en "Completed Maintenance" with maintenance light',
    page(ev('iCloud Backup', 'Completed Maintenance', 'light-maintenance')),
    'unknown',
  ],
  [
    // A colon against the name separates it from the label since the tenth round (labels.ts).
    'label with a colon and no dash',
    page(row(`<a class="light-link" href="#">iCloud Backup: Outage</a>`, DOT('light-outage'))),
    'outage',
  ],
  [
    'backup twice, disagreeing',
    page(ok('iCloud Backup'), ev('iCloud Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'backup twice, same outage',
    page(
      ev('iCloud Backup', 'Outage', 'light-outage'),
      ev('iCloud Backup', '1 Outage', 'light-outage'),
    ),
    'outage',
  ],
];

const R = (cls: string, name: string, rowTag = 'li', cellTag = 'span') =>
  `<${rowTag} class="light-container"><${cellTag} class="light-content light-image"><span class="${cls}"></span></${cellTag}><${cellTag} class="light-content light-name">${name}</${cellTag}></${rowTag}>`;

const MARKUP: Probe[] = [
  [
    'rows as a list',
    `<div class="section-lights"><ul>${R(G, 'App Store')}${R('light-outage', 'iCloud Backup')}</ul></div>`,
    'outage',
  ],
  [
    'rows as table rows',
    `<div class="section-lights"><table>${R(G, 'App Store', 'tr', 'td')}${R('light-issue', 'iCloud Backup', 'tr', 'td')}</table></div>`,
    'issue',
  ],
  [
    'table id only',
    `<table id="ssp-lights-table">${R('light-outage', 'iCloud Backup', 'tr', 'td')}</table>`,
    'outage',
  ],
  [
    'renamed row class',
    `<div class="section-lights"><div class="status-row"><div class="light-content light-image"><div class="light-outage"></div></div><div class="light-content light-name">iCloud Backup</div></div></div>`,
    'unknown',
  ],
  ['renamed light classes', table(row(named('iCloud Backup'), DOT('status-green'))), 'unknown'],
  [
    'light class with a colour word',
    table(row(named('iCloud Backup', 'Outage'), DOT('light-red'))),
    'unknown',
  ],
  [
    'light-scheduled-maintenance',
    table(row(named('iCloud Backup', 'Scheduled Maintenance'), DOT('light-scheduled-maintenance'))),
    'unknown',
  ],
  [
    'light-maintenance-in-progress',
    table(row(named('iCloud Backup'), DOT('light-maintenance-in-progress'))),
    'unknown',
  ],
  [
    'light as img',
    table(row(named('iCloud Backup', 'Issue'), CELL('', '<img class="light-issue" alt="">'))),
    'issue',
  ],
  [
    'light and an icon',
    table(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<div class="light-outage"></div><i class="icon icon-x"></i>'),
      ),
    ),
    'outage',
  ],
  [
    'cells in swapped class order',
    table(
      row(
        named('iCloud Backup', 'Outage'),
        '<div class="light-image light-content"><div class="light-outage"></div></div>',
      ),
    ),
    'outage',
  ],
  [
    'three services in one container, mixed',
    section(
      `<div class="light-container">${CELL('', '<div class="light-available"></div>')}<div class="light-content light-name">iCloud Backup</div>${CELL('', '<div class="light-outage"></div>')}<div class="light-content light-name"><a class="light-link">iCloud Drive - Outage</a></div></div>`,
    ),
    'unknown',
  ],
  [
    'extra wrappers around the table',
    `<main><div class="wrap"><div class="section-lights"><div class="grid"><div class="col">${table(row(named('iCloud Backup', 'Issue'), DOT('light-issue')))}</div></div></div></div></main>`,
    'issue',
  ],
  ['name in a heading', table(row('<h3>iCloud Backup</h3>', DOT('light-outage'))), 'outage'],
  [
    'a "new" badge after the name',
    table(row('iCloud Backup <span class="badge">New</span>', DOT(G))),
    'unknown',
  ],
  [
    'the a11y text before the name',
    table(row('<span class="a11y">Outage: </span>iCloud Backup', DOT('light-outage'))),
    'outage',
  ],
  [
    'other row in a dialog inside the row',
    table(
      row(
        `${named('iCloud Backup')}<div role="dialog"><a class="light-link">iCloud Drive - Outage</a>${DOT('light-outage')}</div>`,
        DOT(G),
      ),
    ),
    'available',
  ],
  [
    'reordered: backup last',
    table(ok('iCloud Drive') + ok('Photos') + ev('iCloud Backup', 'Issue', 'light-issue')),
    'issue',
  ],
  ['renamed "iCloud Backups"', table(ev('iCloud Backups', 'Outage', 'light-outage')), 'outage'],
  ['renamed "Backup (iCloud)"', table(ev('Backup (iCloud)', 'Outage', 'light-outage')), 'outage'],
  ['name with a trademark sign', table(ev('iCloud® Backup', 'Outage', 'light-outage')), 'outage'],
  [
    'name with a zero-width joiner',
    table(ev('iCloud\u200bBackup', 'Outage', 'light-outage')),
    'outage',
  ],
];

describe('status page variants, seventh round', () => {
  // Left as todos in the seventh round, read since the eighth (page-variants-8.test.ts).
  it('hi: "iCloud बैकअप - समस्या" with an issue light reads issue', () => {
    expect(reading(page(ev('iCloud बैकअप', 'समस्या', 'light-issue'))).icloudBackup.state).toBe(
      'issue',
    );
  });
  it('a name cell "iCloud Backup <a class=light-link>Outage</a>" reads outage', () => {
    const html = table(row('iCloud Backup <a class="light-link">Outage</a>', DOT('light-outage')));
    expect(reading(html).icloudBackup.state).toBe('outage');
  });
  describe('localized pages', () => runProbes(LOCALIZED));
  describe('backup and restore, and names outside the words', () => runProbes(AND_RESTORE));
  describe('names of other things', () => runProbes(NOT_BACKUP));
  describe('events and labels', () => runProbes(EVENTS));
  describe('markup', () => runProbes(MARKUP));
});
