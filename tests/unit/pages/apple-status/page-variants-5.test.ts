import { describe, expect, it } from 'vitest';
import type { ServiceState } from '../../../../src/pages/observation';
import { CELL, DOT, backup, named, reading, row, section, table } from './light-rows';

/**
 * Hand-made status pages, fifth round, each case's reading written before the reader ran on
 * it: iCloud Backup's name in Baltic, Slovenian, Nordic, Kazakh and other locales (backup "and
 * restore" joined by the language's own "and"), names of something else beside them, and
 * markup drift, chiefly a light drawn on its cell (a state class on the cell, no element).
 */

/** [locale, a plausible name of iCloud Backup there] */
const BACKUP_NAMES: [string, string][] = [
  ['lt', 'iCloud atsarginės kopijos'],
  ['lt', 'Atsarginis kopijavimas į iCloud'],
  ['lt', 'iCloud atsarginė kopija'],
  ['lv', 'iCloud dublēšana'],
  ['lv', 'iCloud dublējums'],
  ['lv', 'Dublēšana iCloud'],
  ['et', 'iCloudi varundus'],
  ['et', 'iCloudi varukoopiad'],
  ['et', 'iCloud varundamine'],
  ['sl', 'Varnostno kopiranje v iCloud'],
  ['sl', 'Varnostna kopija iCloud'],
  ['sl', 'iCloud varnostne kopije'],
  ['hr', 'iCloud sigurnosna kopija'],
  ['sr', 'Резервна копија на iCloud-у'],
  ['bg', 'Резервни копия в iCloud'],
  ['ro', 'Backup iCloud'],
  ['sk', 'Zálohovanie na iCloud'],
  ['hu', 'iCloud-biztonsági mentés'],
  ['el', 'Αντίγραφα ασφαλείας iCloud'],
  ['ms', 'Sandaran iCloud'],
  ['ca', "Còpia de seguretat de l'iCloud"],
  ['uk', 'Резервні копії iCloud'],
  // Backup "and restore", in the language's own "and".
  ['sv', 'iCloud-säkerhetskopiering och återställning'],
  ['sv', 'Säkerhetskopiering och återställning i iCloud'],
  ['fi', 'iCloud-varmuuskopiointi ja palautus'],
  ['fi', 'Varmuuskopiointi ja palautus iCloudiin'],
  ['da', 'iCloud-sikkerhedskopiering og gendannelse'],
  ['nb', 'iCloud-sikkerhetskopi og gjenoppretting'],
  ['nl', 'iCloud-reservekopie en herstel'],
  ['pl', 'Kopia zapasowa i przywracanie iCloud'],
  ['cs', 'Zálohování a obnova na iCloudu'],
  ['ru', 'Резервное копирование и восстановление iCloud'],
  ['hu', 'Biztonsági mentés és visszaállítás iCloud'],
  ['kk', 'iCloud резервтік көшірмесі'],
  ['kk', 'iCloud сақтық көшірмесі'],
];

/** Names of something else, or "restore" alone: iCloud Backup stays unknown. */
const NOT_BACKUP: [string, string][] = [
  ['sv', 'iCloud-återställning'],
  ['fi', 'iCloud-palautus'],
  ['da', 'iCloud-gendannelse'],
  ['lv', 'iCloud Drive dublēšana'],
  ['et', 'iCloudi fotode varundus'],
  ['lt', 'iCloud nuotraukų atsarginės kopijos'],
  ['sl', 'Varnostno kopiranje sporočil v iCloud'],
  ['sv', 'iCloud Drive och säkerhetskopiering'],
  ['sv', 'Återställning av iCloud-nyckelring'],
  ['kk', 'iCloud Drive көшірмесі'],
  ['en', 'iCloud Backup and Restore for Business'],
  ['ru', 'Восстановление iCloud'],
  ['nl', 'iCloud-herstel'],
  ['pl', 'Przywracanie iCloud'],
  ['en', 'iCloud Dublin'],
  ['lv', 'iCloud Dublin dublēšana'],
];

describe('iCloud Backup under names of more locales', () => {
  it.each(BACKUP_NAMES)('%s: %s', (_locale, name) => {
    expect(backup(table(row(named(name, 'X'), DOT('light-outage'))))).toBe('outage');
    expect(backup(table(row(named(name), DOT('light-resolvedissue'))))).toBe('available');
  });
});

describe('names of something else', () => {
  it.each(NOT_BACKUP)('%s: %s is not iCloud Backup', (_locale, name) => {
    const read = reading(table(row(named(name, 'X'), DOT('light-outage'))));
    expect(read.services.some((s) => s.id === 'icloud-backup')).toBe(false);
    expect(read.icloudBackup.state).toBe('unknown');
  });
});

const OUTAGE_OR_UNKNOWN: ServiceState[] = ['outage', 'unknown'];
const B = (label?: string) => named('iCloud Backup', label);
const POP = `<div popover>${DOT('light-outage')}<a class="light-link">iCloud Drive - Outage</a></div>`;

/** [what, page, the states allowed (the first is the one wanted)] */
const DRIFT: [string, string, ServiceState[]][] = [
  ['light class on its cell', table(row(B('Outage'), CELL('light-outage'))), ['outage']],
  [
    'light class on its cell, screen-reader text in it',
    table(row(B('Issue'), CELL('light-issue', '<span class="a11y">Issue</span>'))),
    ['issue'],
  ],
  ['light class on its cell, green', table(row(B(), CELL('light-available'))), ['available']],
  [
    'light class on its cell, completed maintenance',
    table(row(B('Completed Maintenance'), CELL('light-completedmaintenance'))),
    ['available'],
  ],
  [
    'light class on its cell, maintenance in progress',
    table(row(B('Maintenance In Progress'), CELL('light-maintenance'))),
    ['maintenance'],
  ],
  [
    'light class on its cell, unknown class',
    table(row(B('Outage'), CELL('light-red'))),
    ['unknown'],
  ],
  [
    'light class on its cell, label says otherwise',
    table(row(B('Outage'), CELL('light-available'))),
    ['unknown'],
  ],
  [
    'light class on its cell and a light in it that disagree',
    table(row(B(), CELL('light-available', '<div class="light-outage"></div>'))),
    ['unknown'],
  ],
  [
    'light class on its cell and a light in it that agree',
    table(row(B('Issue'), CELL('light-issue', '<i class="light-issue"></i>'))),
    ['issue'],
  ],
  [
    'light class on its cell, a hidden stale light in it',
    table(row(B('Outage'), CELL('light-outage', '<div class="light-available" hidden></div>'))),
    ['outage'],
  ],
  [
    'light class on a hidden cell, the shown cell green',
    table(row(B(), CELL('light-outage').replace('<div', '<div hidden') + DOT('light-available'))),
    ['available'],
  ],
  [
    'light class on its cell, name cell first',
    table(
      `<td><div class="light-container"><div class="light-content light-name">${B('Outage')}</div>${CELL('light-outage')}</div></td>`,
    ),
    ['outage'],
  ],
  [
    'light class on its cell, localized label',
    table(row(named('Sauvegarde iCloud', 'Panne'), CELL('light-outage'))),
    ['outage'],
  ],
  [
    'light class on its cell, Swedish name',
    table(row(named('iCloud-säkerhetskopiering', 'Avbrott'), CELL('light-outage'))),
    ['outage'],
  ],
  [
    'a state only in a data attribute of the cell',
    table(row(B('Outage'), '<div class="light-content light-image" data-status="outage"></div>')),
    ['unknown'],
  ],
  [
    'a state only in an aria label of the cell',
    table(row(B('Outage'), '<div class="light-content light-image" aria-label="Outage"></div>')),
    ['unknown'],
  ],
  ['an empty cell', table(row(B(), CELL(''))), ['unknown']],
  [
    'light as an image',
    table(row(B('Outage'), CELL('', '<img class="light-outage" src="x.png" alt="Outage">'))),
    ['outage'],
  ],
  [
    'light as a role=img span with an aria label',
    table(
      row(B('Issue'), CELL('', '<span class="light-issue" role="img" aria-label="Issue"></span>')),
    ),
    ['issue'],
  ],
  [
    'light class inside an SVG',
    table(row(B('Outage'), CELL('', '<svg><circle class="light-outage" r="4"/></svg>'))),
    OUTAGE_OR_UNKNOWN,
  ],
  [
    'a popover with another light before the cell',
    table(row(B(), POP + DOT('light-available'))),
    ['available'],
  ],
  [
    'a popover with another light after the name',
    table(row(`${B('Issue')}${POP}`, DOT('light-issue'))),
    ['issue'],
  ],
  [
    'a role=tooltip holding another light between the cells',
    table(
      row(
        B(),
        `${DOT('light-available')}<div role="tooltip">${DOT('light-outage')}iCloud Drive - Outage</div>`,
      ),
    ),
    ['available'],
  ],
  [
    'an extra wrapper around the cell',
    table(row(B('Issue'), `<div class="wrap">${DOT('light-issue')}</div>`)),
    ['issue'],
  ],
  [
    'upcoming maintenance',
    table(row(B('Upcoming Maintenance'), DOT('light-upcomingmaintenance'))),
    ['available'],
  ],
  [
    'a resolved outage',
    table(row(B('Resolved Outage'), DOT('light-resolvedoutage'))),
    ['available'],
  ],
  [
    'a hidden stale row, then the shown one',
    table(row(B('Outage'), DOT('light-outage'), 'hidden') + row(B(), DOT('light-available'))),
    ['available'],
  ],
  [
    'table split in three sections, backup in the last, without the id',
    table('') +
      section(row(named('iCloud Drive'), DOT('light-available'))) +
      section(row(B('Outage'), CELL('light-outage'))),
    ['outage'],
  ],
];

describe('markup drift', () => {
  it.each(DRIFT)('%s', (_what, page, allowed) => {
    expect(allowed).toContain(backup(page));
  });
});

describe('related iCloud rows in these locales', () => {
  it.each([
    ['lt', 'iCloud Drive', 'icloud-drive'],
    ['sv', 'iCloud Drive', 'icloud-drive'],
    ['sl', 'iCloud Drive', 'icloud-drive'],
    ['lv', 'iCloud Mail', 'icloud-mail'],
    ['fi', 'iCloudin avainnippu', undefined],
    ['da', 'iCloud-nøglering', undefined],
    ['sv', 'iCloud-återställning', undefined],
  ])('%s: %s', (_locale, name, id) => {
    const read = reading(table(row(named(name, 'Outage'), CELL('light-outage'))));
    expect(read.services.find((s) => s.name === name)?.id).toBe(id);
  });
});
