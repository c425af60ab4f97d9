import { describe, expect, it } from 'vitest';
import type { ServiceState } from '../../../../src/pages/observation';
import { CELL, DOT, backup, named, reading, row, section, table } from './light-rows';

/**
 * Hand-made status pages, sixth round, each case's reading written before the reader ran on
 * it: iCloud Backup's name in more locales, a restore from (or of) a backup, which Apple's
 * service list does not have (the captures list one "iCloud Backup" and no restore: such a
 * row is no service, never iCloud Backup), and markup drift (a light drawn as an SVG, aria
 * labels, the name cell first, split tables).
 */

/** [locale, a plausible name of iCloud Backup there] */
const BACKUP_NAMES: [string, string][] = [
  ['nl', 'iCloud-back-up'],
  ['nl', "iCloud-back-up's"],
  ['nl', 'iCloud-back-up en herstel'],
  ['el', 'iCloud Αντίγραφα ασφαλείας'],
  ['tr', 'iCloud Yedekleme ve Geri Yükleme'],
  ['tr', 'iCloud Yedekleme'],
  ['tr', 'iCloud Yedeklemesi'],
  ['ms', 'Sandaran iCloud'],
  ['fi', 'iCloud-varmuuskopiointi'],
  ['uk', 'Резервне копіювання та відновлення iCloud'],
  ['zh-TW', 'iCloud 備份'],
  ['zh-HK', 'iCloud 備份與還原'],
  ['ko', 'iCloud 백업 및 복원'],
  ['pt-BR', 'Backup e Restauração do iCloud'],
  ['es', 'Copia de seguridad y restauración de iCloud'],
  ['it', 'Backup e ripristino iCloud'],
  ['de', 'iCloud-Backup und Wiederherstellung'],
  ['fr', 'Sauvegarde et restauration iCloud'],
  ['ja', 'iCloudバックアップと復元'],
  ['ca', "Còpia de seguretat i restauració d'iCloud"],
  ['ro', 'Backup și restaurare iCloud'],
  ['cs', 'Zálohování na iCloud'],
  ['sk', 'Zálohovanie a obnova iCloud'],
  ['ru', 'Резервное копирование iCloud'],
  ['sv', 'iCloud-säkerhetskopiering och återställning'],
  ['nb', 'iCloud-sikkerhetskopi og gjenoppretting'],
  // Kazakh, Icelandic, and backup "and restore" where "and" is a longer word (Greek "και",
  // Malay and Indonesian "dan") or written onto "restore" (Hebrew "ו", Arabic "و").
  ['kk', 'iCloud резервтік көшірмесі'],
  ['kk', 'iCloud сақтық көшірмесі'],
  ['kk', 'iCloud сақтық көшірмелері'],
  ['is', 'iCloud-afritun'],
  ['is', 'Öryggisafrit iCloud'],
  ['is', 'iCloud-öryggisafritun'],
  ['el', 'Δημιουργία αντιγράφων ασφαλείας και επαναφορά iCloud'],
  ['el', 'Αντίγραφα ασφαλείας και επαναφορά iCloud'],
  ['ms', 'Sandaran dan Pemulihan iCloud'],
  ['id', 'Pencadangan dan Pemulihan iCloud'],
  ['vi', 'Sao lưu và khôi phục iCloud'],
  ['he', 'גיבוי ושחזור iCloud'],
  ['ar', 'النسخ الاحتياطي والاستعادة على iCloud'],
  ['hr', 'Sigurnosno kopiranje i vraćanje iCloud'],
];

/** Restores from a backup, and other services' backups: never iCloud Backup. */
const NOT_BACKUP: [string, string][] = [
  ['fi', 'Palautus iCloud-varmuuskopiosta'],
  ['fi', 'iCloud-varmuuskopion palautus'],
  ['en', 'Restore from iCloud Backup'],
  ['de', 'Wiederherstellung aus iCloud-Backup'],
  ['de', 'iCloud-Backup-Wiederherstellung'],
  ['nl', 'Herstel van iCloud-back-up'],
  ['nl', 'iCloud-back-upherstel'],
  ['tr', 'iCloud Geri Yükleme'],
  ['tr', 'iCloud Yedeklemeden Geri Yükleme'],
  ['el', 'Επαναφορά iCloud'],
  ['el', 'Επαναφορά από αντίγραφο ασφαλείας iCloud'],
  ['ms', 'Pemulihan iCloud'],
  ['ms', 'Pemulihan daripada sandaran iCloud'],
  ['kk', 'iCloud Drive сақтық көшірмесі'],
  ['is', 'iCloud-lyklakippa'],
  ['is', 'iCloud Drive afritun'],
  ['sv', 'Återställning från iCloud-säkerhetskopia'],
  ['sv', 'iCloud-säkerhetskopia återställning'],
  ['nb', 'Gjenoppretting av iCloud-sikkerhetskopi'],
  ['da', 'Gendannelse fra iCloud-sikkerhedskopi'],
  ['fr', 'Restauration de la sauvegarde iCloud'],
  ['pl', 'Przywracanie z kopii zapasowej iCloud'],
  ['ru', 'Восстановление из резервной копии iCloud'],
  ['uk', 'Відновлення з резервної копії iCloud'],
  ['cs', 'Obnova ze zálohy iCloud'],
  ['es', 'Restauración de copia de seguridad de iCloud'],
  ['it', 'Ripristino da backup iCloud'],
  ['pt', 'Restauração do backup do iCloud'],
  ['hu', 'Visszaállítás iCloud-biztonsági mentésből'],
  ['vi', 'Khôi phục iCloud'],
  ['vi', 'Khôi phục từ bản sao lưu iCloud'],
  ['tr', 'iCloud Yedekleme ve Drive'],
  ['ms', 'Sandaran Foto iCloud'],
  ['he', 'שחזור מגיבוי iCloud'],
];

describe('iCloud Backup under names of more locales', () => {
  it.each(BACKUP_NAMES)('%s: %s', (_l, name) => {
    expect(backup(table(row(named(name, 'X'), DOT('light-outage'))))).toBe('outage');
    expect(backup(table(row(named(name), DOT('light-resolvedissue'))))).toBe('available');
  });
});

describe('a restore from or of a backup, and other names', () => {
  it.each(NOT_BACKUP)('%s: %s', (_l, name) => {
    const read = reading(table(row(named(name, 'X'), DOT('light-outage'))));
    expect(read.services.some((s) => s.id === 'icloud-backup')).toBe(false);
    expect(read.icloudBackup.state).toBe('unknown');
  });
});

const B = (label?: string) => named('iCloud Backup', label);
/** [what, page, the state it must read] */
const DRIFT: [string, string, ServiceState][] = [
  [
    'light inside an inline svg in the cell',
    table(row(B('Outage'), CELL('', '<svg class="light-outage"><circle r="4"/></svg>'))),
    'outage',
  ],
  [
    'svg with no class, class on circle',
    table(row(B('Outage'), CELL('', '<svg><circle class="light-outage" r="4"/></svg>'))),
    'unknown',
  ],
  [
    'svg light green',
    table(
      row(B(), CELL('', '<svg class="light-available" viewBox="0 0 8 8"><circle r="4"/></svg>')),
    ),
    'available',
  ],
  [
    'svg light with a title that disagrees',
    table(row(B('Issue'), CELL('', '<svg class="light-issue"><title>Available</title></svg>'))),
    'issue',
  ],
  [
    'aria-label on light says available, class outage',
    table(row(B('Outage'), CELL('', '<span class="light-outage" aria-label="Available"></span>'))),
    'outage',
  ],
  [
    'aria-hidden light',
    table(row(B('Issue'), CELL('', '<div class="light-issue" aria-hidden="true"></div>'))),
    'issue',
  ],
  [
    'name cell first, then light',
    table(
      `<td><div class="light-container"><div class="light-content light-name">${B('Issue')}</div>${DOT('light-issue')}</div></td>`,
    ),
    'issue',
  ],
  [
    'name in aria-label only, empty cell',
    table(
      `<td><div class="light-container">${DOT('light-outage')}<div class="light-content light-name" aria-label="iCloud Backup"></div></div></td>`,
    ),
    'unknown',
  ],
  [
    'split tables, backup in second without id',
    table(row(named('iCloud Drive'), DOT('light-available'))) +
      section(row(B('Issue'), DOT('light-issue'))),
    'issue',
  ],
  [
    'two tables both with backup, disagreeing',
    table(row(B(), DOT('light-available'))) + section(row(B('Outage'), DOT('light-outage'))),
    'unknown',
  ],
  [
    'two tables both with backup, agreeing',
    table(row(B('Issue'), DOT('light-issue'))) + section(row(B('Issue'), DOT('light-issue'))),
    'issue',
  ],
  ['light class upper case', table(row(B('Outage'), DOT('Light-Outage'))), 'outage'],
  ['two classes on dot', table(row(B('Outage'), DOT('dot light-outage big'))), 'outage'],
  ['light-unknownstate', table(row(B('Outage'), DOT('light-degraded'))), 'unknown'],
  [
    'role=img with aria-label only',
    table(row(B('Outage'), CELL('', '<span role="img" aria-label="Outage"></span>'))),
    'unknown',
  ],
  [
    'label in another language, maintenance light',
    table(row(named('iCloud-Backup', 'Wartung'), DOT('light-maintenance'))),
    'maintenance',
  ],
  [
    'link inside tooltip only (another row)',
    table(
      row(
        `iCloud Backup<div class="tooltip">${named('iCloud Drive', 'Outage')}</div>`,
        DOT('light-available'),
      ),
    ),
    'available',
  ],
  [
    'a11y suffix says outage, light green',
    table(row(`iCloud Backup<span class="a11y">: outage</span>`, DOT('light-available'))),
    'available',
  ],
  [
    'Kazakh name with a cell light',
    table(row(named('iCloud сақтық көшірмесі', 'Ақау'), CELL('light-issue'))),
    'issue',
  ],
  [
    'nl name with svg light',
    table(row(named('iCloud-back-up', 'Storing'), CELL('', '<svg class="light-outage"></svg>'))),
    'outage',
  ],
];

describe('markup drift', () => {
  it.each(DRIFT)('%s', (_w, page, want) => {
    expect(backup(page)).toBe(want);
  });
});
