import { describe, expect, it } from 'vitest';
import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { FIXED_NOW, htmlDocument } from '../fixtures';

/**
 * Hand-made status pages in Apple's locales and in markup that drifts from the captures: each
 * case says, before any run, which iCloud services the reader must find and in what state. The
 * names are plausible local names of the services (Apple's usual terms and near variants), not
 * captures; words of the labels in other languages than English are unknown to the reader, so
 * the light alone decides there.
 */

type Light = { cls: string; tag?: string; attrs?: string };

interface Row {
  name: string;
  light?: Light | string;
  /** The text after the name in the link, without the separator. */
  label?: string;
  separator?: string;
  /** Markup inside the row, before the light's cell. */
  before?: string;
  /** Markup inside the name cell, after the link or the name. */
  inName?: string;
  /** The name cell first, then the light's. */
  reversed?: boolean;
  /** Wraps each cell in extra elements. */
  wrap?: boolean;
}

function lightHtml(light: Light | string | undefined): string {
  if (light === undefined) return '';
  const { cls, tag = 'div', attrs = '' } = typeof light === 'string' ? { cls: light } : light;
  const element =
    tag === 'img'
      ? `<img class="${cls}" src="x.png" ${attrs}>`
      : `<${tag} class="${cls}" ${attrs}></${tag}>`;
  return `<div class="light-content light-image">${element}</div>`;
}

function rowHtml(row: Row): string {
  const text =
    row.label === undefined
      ? `<span role="text">${row.name}<span class="a11y">: x</span></span>`
      : `<a class="light-link" href="#">${row.name}${row.separator ?? ' - '}${row.label}</a>`;
  const wrap = (html: string) =>
    row.wrap ? `<div class="w1"><span class="w2">${html}</span></div>` : html;
  const image = wrap(lightHtml(row.light));
  const name = wrap(`<div class="light-content light-name">${text}${row.inName ?? ''}</div>`);
  const cells = row.reversed ? name + image : image + name;
  return `<td class="info-tooltip-wrapper"><div class="light-container">${row.before ?? ''}${cells}</div></td>`;
}

function read(rows: Row[], path = '/support/systemstatus/') {
  const doc = htmlDocument(
    `<div class="section-lights"><table id="ssp-lights-table"><tr>${rowHtml({ name: 'App Store', light: 'light-available' })}${rows
      .map(rowHtml)
      .join('')}</tr></table></div>`,
  );
  return readStatusPage(doc, `https://www.apple.com${path}`, FIXED_NOW).observation;
}

const backupState = (rows: Row[]) => read(rows).icloudBackup.state;

/** [locale, a name of iCloud Backup] */
const NAMES: [string, string][] = [
  ['fr-FR', 'Sauvegarde iCloud'],
  ['fr-FR', 'Sauvegarde sur iCloud'],
  ['fr-FR', 'Sauvegardes iCloud'],
  ['fr-CA', 'Sauvegarde dans iCloud'],
  ['fr-CA', 'Copie de sauvegarde iCloud'],
  ['de-DE', 'iCloud-Backup'],
  ['de-DE', 'iCloud-Sicherung'],
  ['de-AT', 'iCloud-Datensicherung'],
  ['de-AT', 'Backup in iCloud'],
  ['de-DE', 'iCloud-Sicherungskopie'],
  ['de-AT', 'Sicherungskopien in iCloud'],
  ['ja-JP', 'iCloudバックアップ'],
  ['ja-JP', 'iCloudのバックアップ'],
  ['ja-JP', 'iCloud のバックアップ'],
  ['ja-JP', 'ｉＣｌｏｕｄバックアップ'],
  ['zh-TW', 'iCloud 備份'],
  ['zh-TW', 'iCloud 備份與還原'],
  ['zh-HK', 'iCloud 備份'],
  ['zh-HK', 'iCloud 雲端備份'],
  ['zh-CN', 'iCloud 云备份'],
  ['zh-CN', 'iCloud备份'],
  ['ro-RO', 'Backup iCloud'],
  ['ro-RO', 'Copie de rezervă iCloud'],
  ['ro-RO', 'Copii de rezervă în iCloud'],
  ['ro-RO', 'Backup în iCloud'],
  ['ko-KR', 'iCloud 백업'],
  ['ar', 'النسخ الاحتياطي على iCloud'],
  ['ar', 'نسخ iCloud الاحتياطي'],
  ['he', 'גיבוי iCloud'],
  ['he', 'גיבוי ב-iCloud'],
  ['th', 'การสำรองข้อมูล iCloud'],
  ['th', 'ข้อมูลสำรอง iCloud'],
  ['vi', 'Sao lưu iCloud'],
  ['vi', 'Bản sao lưu iCloud'],
  ['id', 'Cadangan iCloud'],
  ['id', 'Pencadangan iCloud'],
  ['ms', 'Sandaran iCloud'],
  ['cs', 'Záloha na iCloudu'],
  ['cs', 'Zálohování na iCloud'],
  ['sk', 'Zálohovanie na iCloud'],
  ['hu', 'iCloud-mentés'],
  ['hu', 'iCloud biztonsági mentés'],
  ['el', 'Αντίγραφα ασφαλείας iCloud'],
  ['tr', 'iCloud Yedekleme'],
  ['tr', 'iCloud yedeği'],
  ['uk', 'Резервне копіювання iCloud'],
  ['uk', 'Резервні копії в iCloud'],
  ['ru', 'Резервное копирование iCloud'],
  ['ru', 'Резервная копия в iCloud'],
  ['pt-PT', 'Cópia de segurança iCloud'],
  ['pt-PT', 'Cópia de segurança em iCloud'],
  ['pt-BR', 'Backup do iCloud'],
  ['sv', 'iCloud-säkerhetskopiering'],
  ['da', 'iCloud-sikkerhedskopiering'],
  ['nb', 'iCloud-sikkerhetskopiering'],
  ['fi', 'iCloud-varmuuskopiointi'],
  ['nl', 'iCloud-reservekopie'],
  ['nl', 'Reservekopie in iCloud'],
  ['pl', 'Kopia zapasowa iCloud'],
  ['pl', 'Kopia zapasowa w iCloud'],
  ['hr', 'iCloud sigurnosna kopija'],
  ['ca', "Còpia de seguretat d'iCloud"],
  ['ca', 'Còpia de seguretat a iCloud'],
  ['zh-CN', 'iCloud 备份与恢复'],
  ['ja', 'iCloudバックアップと復元'],
  ['en', 'iCloud Backup and Restore'],
  // Korean spaces "and" apart from "restore"; "백업 복원" alone is a restore (near-miss.test.ts).
  ['ko', 'iCloud 백업 및 복원'],
];

describe('iCloud Backup under its local names', () => {
  it.each(NAMES)('%s: %s is iCloud Backup, its state from the light', (_locale, name) => {
    expect(backupState([{ name, light: 'light-outage', label: 'X' }])).toBe('outage');
    expect(backupState([{ name, light: 'light-available' }])).toBe('available');
  });
});

/** Names that say they are something else: never iCloud Backup. */
const NOT_BACKUP: [string, string][] = [
  ['fr', 'Sauvegarde iCloud pour Mac'],
  ['de', 'iCloud-Schlüsselbund-Sicherung'],
  ['en', 'iCloud Backup for Business'],
  ['en', 'Backup and Sync for iCloud Photos'],
  ['ja', 'iCloudキーチェーンのバックアップ'],
  ['zh', 'iCloud 钥匙串备份'],
  ['ro', 'Copie de rezervă Mac'],
];

describe('names of other things', () => {
  it.each(NOT_BACKUP)('%s: %s is not iCloud Backup', (_locale, name) => {
    const reading = read([{ name, light: 'light-available' }]);
    expect(reading.services.find((s) => s.id === 'icloud-backup')).toBeUndefined();
    expect(reading.icloudBackup.state).toBe('unknown');
  });
});

describe('dashes between the name and the label', () => {
  it.each([
    ['en dash', 'iCloud Backup', ' – ', 'Outage', 'light-outage', 'outage'],
    ['em dash', 'iCloud Backup', ' — ', '1 Issue', 'light-issue', 'issue'],
    [
      'minus sign',
      'iCloud Backup',
      ' − ',
      'Maintenance In Progress',
      'light-maintenance',
      'maintenance',
    ],
    ['fr en dash', 'Sauvegarde iCloud', ' – ', 'Panne', 'light-outage', 'outage'],
    ['de em dash', 'iCloud-Backup', ' — ', 'Problem', 'light-issue', 'issue'],
    ['ja en dash', 'iCloudバックアップ', ' – ', '問題', 'light-issue', 'issue'],
    ['ja full-width dash', 'iCloudバックアップ', ' － ', '障害', 'light-outage', 'outage'],
    ['zh-TW full-width dash', 'iCloud 備份', ' － ', '問題', 'light-issue', 'issue'],
    ['dash without spaces', 'iCloud Backup', '–', 'Outage', 'light-outage', 'unknown'],
    [
      'resolved, en dash',
      'iCloud Backup',
      ' – ',
      '1 Resolved Outage',
      'light-resolvedoutage',
      'available',
    ],
    ['contradiction, en dash', 'iCloud Backup', ' – ', 'Outage', 'light-available', 'unknown'],
    ['name with a dash', 'iCloud Backup – Developer', ' – ', 'Outage', 'light-outage', 'unknown'],
  ])('%s', (_title, name, separator, label, light, state) => {
    expect(backupState([{ name, separator, label, light }])).toBe(state);
  });
});

const HISTORY = `<div class="light-content light-image"><div class="light-available"></div></div>`;

/**
 * A popover or dialog holding a light before the row's own: the row's own light after it is
 * read, never the popover's green; with no own light the row reads unknown.
 */
describe('markup drift', () => {
  it.each<[string, Row[], string]>([
    [
      'light as an image',
      [{ name: 'iCloud Backup', light: { cls: 'light-outage', tag: 'img' }, label: 'Outage' }],
      'outage',
    ],
    [
      'light as an empty span drawn by a pseudo-element',
      [{ name: 'iCloud-Backup', light: { cls: 'light-issue', tag: 'span' }, label: 'Problem' }],
      'issue',
    ],
    [
      'light with an aria label',
      [
        {
          name: 'Sauvegarde iCloud',
          light: { cls: 'light-maintenance', attrs: 'role="img" aria-label="Maintenance"' },
        },
      ],
      'maintenance',
    ],
    ['extra wrappers', [{ name: 'iCloud 백업', light: 'light-outage', wrap: true }], 'outage'],
    [
      'reversed columns',
      [{ name: 'Backup do iCloud', light: 'light-issue', reversed: true }],
      'issue',
    ],
    [
      'scheduled maintenance',
      [
        {
          name: 'iCloud Backup',
          light: 'light-upcoming-maintenance',
          label: 'Upcoming Maintenance',
        },
      ],
      'available',
    ],
    [
      'completed maintenance',
      [
        {
          name: 'iCloud Backup',
          light: 'light-completedmaintenance',
          label: 'Completed Maintenance',
        },
      ],
      'available',
    ],
    [
      'resolved outage',
      [{ name: 'iCloud Backup', light: 'light-resolvedoutage', label: '1 Resolved Outage' }],
      'available',
    ],
    [
      'resolved, local label',
      [{ name: 'iCloud 云备份', light: 'light-resolvedissue', label: '已解决的问题' }],
      'available',
    ],
    [
      'tooltip in the name cell with a green light',
      [
        {
          name: 'iCloud Backup',
          light: 'light-outage',
          label: 'Outage',
          inName: `<div class="tooltip">${HISTORY}</div>`,
        },
      ],
      'outage',
    ],
    [
      'popover before the light, green inside',
      [
        {
          name: 'iCloud Backup',
          light: 'light-outage',
          label: 'Outage',
          before: `<div class="popover" role="dialog">${HISTORY}</div>`,
        },
      ],
      'outage',
    ],
    [
      'popover attribute before the light',
      [
        {
          name: 'Sauvegarde iCloud',
          light: 'light-outage',
          before: `<div popover>${HISTORY}</div>`,
        },
      ],
      'outage',
    ],
    [
      'dialog element before the light',
      [{ name: 'iCloud-Backup', light: 'light-issue', before: `<dialog>${HISTORY}</dialog>` }],
      'issue',
    ],
    [
      'role=dialog, own light renamed',
      [{ name: 'iCloud Backup', light: undefined, before: `<div role="dialog">${HISTORY}</div>` }],
      'unknown',
    ],
    [
      'popover class, own light renamed',
      [
        {
          name: 'iCloudバックアップ',
          before: `<section class="event-popover">${HISTORY}</section>`,
        },
      ],
      'unknown',
    ],
    [
      'role=tooltip, own light renamed',
      [{ name: 'iCloud Backup', before: `<div role="tooltip">${HISTORY}</div>` }],
      'unknown',
    ],
    [
      'popover in the name cell',
      [
        {
          name: 'iCloud Backup',
          light: 'light-outage',
          label: 'Outage',
          inName: `<div popover>iCloud Drive - ${HISTORY}</div>`,
        },
      ],
      'outage',
    ],
    [
      // Its text is left out of the name, like a tooltip's.
      'popover nested in the link',
      [
        {
          name: 'iCloud Backup',
          light: 'light-outage',
          label: `Outage<span popover>iCloud Drive - Resolved Outage</span>`,
        },
      ],
      'outage',
    ],
  ])('%s', (_title, rows, state) => {
    expect(backupState(rows)).toBe(state);
  });
});

describe('related iCloud rows in other languages', () => {
  const ids = (rows: Row[]) =>
    read(rows)
      .services.filter((s) => s.id)
      .map((s) => `${s.id}:${s.state}`)
      .sort();

  it.each<[string, Row[], string[]]>([
    [
      'de',
      [
        { name: 'iCloud-Sicherung', light: 'light-issue' },
        { name: 'iCloud Drive', light: 'light-issue' },
        { name: 'iCloud-Schlüsselbund', light: 'light-available' },
      ],
      ['icloud-backup:issue', 'icloud-drive:issue', 'icloud-keychain:available'],
    ],
    [
      'fr',
      [
        { name: 'Sauvegarde sur iCloud', light: 'light-outage', label: 'Panne' },
        { name: 'Compte iCloud et connexion', light: 'light-available' },
        { name: 'Photos', light: 'light-available' },
      ],
      ['icloud-account-sign-in:available', 'icloud-backup:outage', 'photos:available'],
    ],
    [
      'ja',
      [
        { name: 'iCloudのバックアップ', light: 'light-maintenance' },
        { name: 'iCloudメール', light: 'light-available' },
        { name: 'iCloudキーチェーン', light: 'light-available' },
      ],
      ['icloud-backup:maintenance', 'icloud-keychain:available', 'icloud-mail:available'],
    ],
    [
      'zh-TW',
      [
        { name: 'iCloud 備份與還原', light: 'light-outage' },
        { name: 'iCloud Drive', light: 'light-available' },
      ],
      ['icloud-backup:outage', 'icloud-drive:available'],
    ],
  ])('%s', (_title, rows, expected) => {
    expect(ids(rows)).toEqual(expected);
  });
});
