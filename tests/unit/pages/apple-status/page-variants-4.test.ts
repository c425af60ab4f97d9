import { describe, expect, it } from 'vitest';
import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { parseStatusFeed } from '../../../../src/pages/apple-status/parse-feed';
import type { ServiceState } from '../../../../src/pages/observation';
import { FIXED_NOW, STATUS_URL, htmlDocument } from '../fixtures';

/**
 * Hand-made status pages, fourth round, each case's reading written before the reader ran on
 * it: iCloud Backup's name in locales of Apple's site not tried before (Baltic and South Slavic
 * ones, Finnish and Estonian case endings written onto "iCloud", backup "and restore" joined
 * by a conjunction), names of other things, and markup drift (lights as images, SVG or inside
 * a wrapper, tooltips holding another row's link or name, reordered cells, sections split).
 * Where a reading may honestly be unknown instead of a state, both are allowed: never another.
 */

const LIGHT = (cls: string) =>
  `<div class="light-content light-image"><div class="${cls}"></div></div>`;

/** A row: the light's cell (class or whole HTML), then the name cell holding `text`. */
function row(text: string, light: string, rowAttrs = ''): string {
  const image = light.startsWith('<') ? light : LIGHT(light);
  return `<td class="info-tooltip-wrapper"><div class="light-container" ${rowAttrs}>${image}<div class="light-content light-name">${text}</div></div></td>`;
}

/** A name cell's text: a link "<name> - <label>" when there is a label, else the name. */
const named = (name: string, label?: string) =>
  label === undefined
    ? `${name}<span class="a11y">: x</span>`
    : `<a class="light-link" href="#">${name} - ${label}</a>`;

const table = (cells: string) =>
  `<div class="section-lights"><table id="ssp-lights-table"><tr>${row(named('App Store'), 'light-available')}${cells}</tr></table></div>`;

function reading(html: string) {
  return readStatusPage(htmlDocument(html), STATUS_URL, FIXED_NOW).observation;
}

const backup = (html: string) => reading(html).icloudBackup.state;

/** [locale, a plausible name of iCloud Backup there] */
const BACKUP_NAMES: [string, string][] = [
  // A case ending written onto "iCloud" places it like a particle.
  ['fi', 'Varmuuskopiointi iCloudiin'],
  ['fi', 'Varmuuskopiot iCloudissa'],
  ['fi', 'iCloudin varmuuskopiot'],
  ['lv', 'iCloud rezerves kopijas'],
  ['bg', 'Резервно копиране в iCloud'],
  ['sr', 'Rezervna kopija na iCloud-u'],
  ['mk', 'Резервна копија на iCloud'],
  // Korean spaces "and" (및) apart from "restore"; "백업 복원" alone stays a restore.
  ['ko', 'iCloud 백업 및 복원'],
  ['ko', 'iCloud의 백업'],
  ['hu', 'Biztonsági mentés iCloudba'],
  ['hu', 'Mentés az iCloudban'],
  ['hr', 'Sigurnosna kopija na iCloudu'],
  ['pl', 'Kopia zapasowa w iCloud'],
  ['ca', 'Còpia de seguretat a iCloud'],
  ['pt-PT', 'Cópias de segurança em iCloud'],
  ['he', 'גיבוי ל-iCloud'],
  ['th', 'การสำรองข้อมูล iCloud'],
  ['uk', 'Резервне копіювання в iCloud'],
  ['ro', 'Copii de rezervă iCloud'],
  ['es-419', 'Respaldos de iCloud'],
  // Dutch writes "back-up" with a hyphen: read as one word.
  ['nl', 'iCloud-back-up'],
  ['kk', 'iCloud резервтік көшірмесі'],
];

/** States a probe may read: its state, or unknown where the name may honestly be missed. */
const OUTAGE_OR_UNKNOWN: ServiceState[] = ['outage', 'unknown'];

describe('iCloud Backup under names of more locales', () => {
  it.each(BACKUP_NAMES)('%s: %s', (_locale, name) => {
    expect(backup(table(row(named(name, 'X'), 'light-outage')))).toBe('outage');
    expect(backup(table(row(named(name), 'light-resolvedoutage')))).toBe('available');
  });
});

/** Names of something else: iCloud Backup stays unknown, whatever their light. */
const NOT_BACKUP: [string, string][] = [
  ['ko', 'iCloud 백업 복원'],
  ['ko', 'iCloud 사진 백업'],
  ['fi', 'iCloudin avainnipun varmuuskopio'],
  ['en', 'iCloudplus Backup Storage'],
  ['fi', 'iCloud-kuvien varmuuskopiointi'],
  ['sv', 'iCloud-nyckelring säkerhetskopia'],
  ['en', 'iCloudMail Backup'],
  ['en', 'iCloud Backend'],
  ['en', 'iCloudDrive Backup'],
  ['hu', 'iCloudfotók mentése'],
  ['et', 'iCloudi fotode varundus'],
  ['lv', 'iCloud Drive dublēšana'],
  ['ko', 'iCloud 키체인 백업 및 복원'],
  ['fi', 'Varmuuskopiointi iCloudiin yrityksille'],
];

describe('names of something else', () => {
  it.each(NOT_BACKUP)('%s: %s is not iCloud Backup', (_locale, name) => {
    const read = reading(table(row(named(name, 'Outage'), 'light-outage')));
    expect(read.services.some((s) => s.id === 'icloud-backup')).toBe(false);
    expect(read.icloudBackup.state).toBe('unknown');
  });
});

const DRIVE_TIP = (cls: string) =>
  `<div class="${cls}"><a class="light-link" href="#">iCloud Drive - Outage</a></div>`;

/** [what, page, the states allowed (the first is the one wanted)] */
const DRIFT: [string, string, ServiceState[]][] = [
  [
    'light as an image',
    table(row(named('iCloud Backup', 'Outage'), LIGHT_HTML('<img class="light-outage" alt="">'))),
    ['outage'],
  ],
  [
    'light as SVG',
    table(
      row(
        named('iCloud Backup', 'Issue'),
        LIGHT_HTML('<svg class="light-issue" viewBox="0 0 10 10"><circle r="5"/></svg>'),
      ),
    ),
    ['issue'],
  ],
  [
    'light with an aria label',
    table(
      row(
        named('iCloud Backup', 'Maintenance In Progress'),
        LIGHT_HTML('<i class="light-maintenance" role="img" aria-label="Maintenance"></i>'),
      ),
    ),
    ['maintenance'],
  ],
  [
    'light drawn by a pseudo-element of the cell (no element)',
    table(
      row(
        named('iCloud Backup', 'Outage'),
        '<div class="light-content light-image light-outage"></div>',
      ),
    ),
    ['outage'],
  ],
  [
    'light inside a wrapper',
    table(
      row(
        named('iCloud Backup', 'Outage'),
        LIGHT_HTML('<span class="dot-wrap"><span class="light-outage"></span></span>'),
      ),
    ),
    OUTAGE_OR_UNKNOWN,
  ],
  [
    'light class upper case',
    table(row(named('iCloud Backup', 'Outage'), 'Light-Outage')),
    ['outage'],
  ],
  [
    'light with more classes',
    table(row(named('iCloud Backup', 'Outage'), 'light-outage pulse')),
    ['outage'],
  ],
  [
    'light with two states',
    table(row(named('iCloud Backup'), 'light-outage light-available')),
    ['unknown'],
  ],
  [
    'light aria-hidden',
    table(
      row(
        named('iCloud Backup', 'Issue'),
        LIGHT_HTML('<div class="light-issue" aria-hidden="true"></div>'),
      ),
    ),
    ['issue'],
  ],
  [
    'cells reordered: name before light',
    table(
      `<td><div class="light-container"><div class="light-content light-name">${named('iCloud Backup', 'Outage')}</div>${LIGHT('light-outage')}</div></td>`,
    ),
    ['outage'],
  ],
  [
    'upcoming maintenance',
    table(row(named('iCloud Backup', 'Upcoming Maintenance'), 'light-upcoming-maintenance')),
    ['available'],
  ],
  [
    'completed maintenance',
    table(row(named('iCloud Backup', 'Completed Maintenance'), 'light-completedmaintenance')),
    ['available'],
  ],
  [
    'resolved outage and a current issue',
    table(row(named('iCloud Backup', '1&nbsp;Resolved Outage, 1&nbsp;Issue'), 'light-issue')),
    ['issue'],
  ],
  [
    'localized label, light decides',
    table(row(named('iCloud-Backup', 'Ausfall'), 'light-outage')),
    ['outage'],
  ],
  [
    'localized label, green light',
    table(row(named('Sauvegarde iCloud', '1 problème résolu'), 'light-resolvedissue')),
    ['available'],
  ],
  [
    'table split into two sections, backup in the second',
    `${table('')}<div class="section-lights"><table><tr>${row(named('iCloud Backup', 'Outage'), 'light-outage')}</tr></table></div>`,
    ['outage'],
  ],
  [
    'a hidden stale row before the shown one',
    table(
      row(named('iCloud Backup'), 'light-available', 'style="display:none"') +
        row(named('iCloud Backup', 'Issue'), 'light-issue'),
    ),
    ['issue'],
  ],
  [
    'a history light hidden in the row',
    table(
      row(
        named('iCloud Backup', 'Outage'),
        LIGHT_HTML('<div class="light-available" hidden></div><div class="light-outage"></div>'),
      ),
    ),
    ['outage'],
  ],
  [
    'name split by a line break',
    table(row(named('iCloud<br>Backup', 'Outage'), 'light-outage')),
    ['outage'],
  ],
  [
    'name with no-break space and zero-width joiner',
    table(row(named('iCloud&nbsp;Back\u200dup', 'Outage'), 'light-outage')),
    ['outage'],
  ],
  // In a table's row happy-dom's parser puts a template's content in the page, which no
  // browser does; beside the table it keeps it inert as they do.
  [
    'a row inside a template beside the table',
    `${table('')}<div class="section-lights"><template><div class="light-container">${LIGHT('light-outage')}<div class="light-content light-name">${named('iCloud Backup', 'Outage')}</div></div></template></div>`,
    ['unknown'],
  ],
  // Tooltips holding another row's link: never the row's own.
  [
    "event-tooltip with another row's link before the row's own link",
    table(
      `<td><div class="light-container">${LIGHT('light-issue')}<div class="light-content light-name">${DRIVE_TIP('event-tooltip')}${named('iCloud Backup', 'Issue')}</div></div></td>`,
    ),
    ['issue'],
  ],
  [
    "event-tooltip with another row's link, the row has no link",
    table(
      `<td><div class="light-container">${DRIVE_TIP('event-tooltip')}${LIGHT('light-available')}<div class="light-content light-name">${named('iCloud Backup')}</div></div></td>`,
    ),
    ['available'],
  ],
  [
    "tooltip-content with a backup link in iCloud Drive's red row",
    table(
      `<td><div class="light-container">${LIGHT('light-outage')}<div class="light-content light-name"><div class="tooltip-content"><a class="light-link">iCloud Backup - Outage</a></div>${named('iCloud Drive')}</div></div></td>` +
        row(named('iCloud Backup'), 'light-available'),
    ),
    ['available'],
  ],
  [
    "status-tooltip after the row's link",
    table(
      `<td><div class="light-container">${LIGHT('light-outage')}<div class="light-content light-name">${named('iCloud Backup', 'Outage')}<span class="status-tooltip"><a class="light-link">iCloud Drive - Resolved Issue</a></span></div></div></td>`,
    ),
    ['outage'],
  ],
  [
    "tooltip light and link outside the name cell, the row's light after",
    table(
      `<td><div class="light-container"><div class="event-tooltip">${LIGHT('light-available')}<a class="light-link">iCloud Mail - Resolved Outage</a></div>${LIGHT('light-outage')}<div class="light-content light-name">${named('iCloud Backup', 'Outage')}</div></div></td>`,
    ),
    ['outage'],
  ],
  [
    "a wrapper named like a tooltip around the row's only link",
    table(
      `<td><div class="light-container">${LIGHT('light-outage')}<div class="light-content light-name"><span class="has-tooltip">${named('iCloud Backup', 'Outage')}</span></div></div></td>`,
    ),
    OUTAGE_OR_UNKNOWN,
  ],
  [
    'popover with aria-hidden holding another row',
    table(
      `<td><div class="light-container">${LIGHT('light-issue')}<div class="light-content light-name">${named('iCloud Backup', 'Issue')}</div><div popover><div class="light-container">${LIGHT('light-outage')}</div></div></div></td>`,
    ),
    ['issue'],
  ],
];

function LIGHT_HTML(inner: string): string {
  return `<div class="light-content light-image">${inner}</div>`;
}

describe('markup drift', () => {
  it.each(DRIFT)('%s', (_what, page, allowed) => {
    expect(allowed).toContain(backup(page));
  });
});

/** The other iCloud rows in the locales above: the Korean page's sign-in is not read (budget). */
describe('related iCloud rows', () => {
  it.each([
    ['fi', 'iCloud Drive', 'icloud-drive'],
    ['et', 'iCloudi Drive', 'icloud-drive'],
    ['hu', 'iCloud Drive', 'icloud-drive'],
    ['fi', 'iCloudin avainnippu', undefined],
    ['fi', 'iCloudin Drive', 'icloud-drive'],
    ['de', 'iCloud-Schlüsselbund', 'icloud-keychain'],
    ['fr', 'Trousseau iCloud', 'icloud-keychain'],
    ['es', 'Correo de iCloud', 'icloud-mail'],
    ['ja', 'iCloudキーチェーン', 'icloud-keychain'],
    ['zh', 'iCloud 邮件', 'icloud-mail'],
    ['ko', 'iCloud 백업 및 복원', 'icloud-backup'],
    ['en', 'iCloud Mail', 'icloud-mail'],
    ['en', 'iCloud.com', 'icloud-web-apps'],
  ])('%s: %s', (_locale, name, id) => {
    const read = reading(table(row(named(name, 'Outage'), 'light-outage')));
    expect(read.services.find((s) => s.name === name)?.id).toBe(id);
  });
});

describe('the feed reader names rows by the same rule', () => {
  it.each([
    ['Varmuuskopiointi iCloudiin', 'outage'],
    ['iCloud 백업 및 복원', 'outage'],
    ['iCloud 백업 복원', 'unknown'],
    ['iCloudMail Backup', 'unknown'],
  ])('%s: %s', (serviceName, state) => {
    const feed = JSON.stringify({
      services: [
        {
          serviceName,
          events: [{ statusType: 'Outage', eventStatus: 'ongoing', epochStartDate: 1.75e12 }],
        },
      ],
    });
    const read = parseStatusFeed(feed, STATUS_URL, FIXED_NOW);
    expect(read.kind === 'apple-status' && read.icloudBackup.state).toBe(state);
  });
});
