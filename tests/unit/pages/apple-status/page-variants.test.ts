import { describe, expect, it } from 'vitest';
import { parseStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import type { ServiceState } from '../../../../src/pages/observation';
import { FIXED_NOW, STATUS_URL, htmlDocument } from '../fixtures';

/** One service cell the way Apple draws it (APPLE-FACTS section 5); `light` is the dot's markup. */
function row(name: string, light: string, label?: string, a11y = ': Available'): string {
  const link = label
    ? `<a class="light-link" href="#">${name} - ${label}</a>`
    : `<span role="text">${name}<span class="a11y">${a11y}</span></span>`;
  return `<td class="info-tooltip-wrapper"><div class="light-container">
    <div class="light-content light-image">${light}</div>
    <div class="light-content light-name">${link}</div></div></td>`;
}

const dot = (cls: string) => `<div class="${cls}"></div>`;
const others =
  row('App Store', dot('light-available')) + row('Apple Music', dot('light-available'));

/** A row's inside written out, for lights and names placed where Apple does not put them. */
const bare = (inside: string) =>
  `<td class="info-tooltip-wrapper"><div class="light-container">${inside}</div></td>`;
const lit = (cls: string) => `<div class="light-content light-image">${dot(cls)}</div>`;

function page(cells: string, lang = 'en', dir = 'ltr'): string {
  return `<html lang="${lang}" dir="${dir}"><body><div class="section-lights">
    <table id="ssp-lights-table"><tbody><tr>${others}${cells}</tr></tbody></table></div></body></html>`;
}

function backupState(html: string): ServiceState {
  return parseStatusPage(htmlDocument(html), STATUS_URL, FIXED_NOW).icloudBackup.state;
}

// Expected results written before running the reader on them.
const CASES: [title: string, html: string, expected: ServiceState][] = [
  // Local names of iCloud Backup, Apple's usual lights.
  [
    'pt-BR outage',
    page(row('Backup do iCloud', dot('light-outage'), 'Interrupção'), 'pt-BR'),
    'outage',
  ],
  ['ko issue', page(row('iCloud 백업', dot('light-issue'), '문제'), 'ko'), 'issue'],
  ['zh-TW available', page(row('iCloud 雲端備份', dot('light-available')), 'zh-TW'), 'available'],
  [
    'nl maintenance',
    page(row('iCloud-reservekopie', dot('light-maintenance')), 'nl'),
    'maintenance',
  ],
  [
    'sv available',
    page(row('iCloud-säkerhetskopiering', dot('light-available')), 'sv'),
    'available',
  ],
  ['pl outage', page(row('Kopia zapasowa iCloud', dot('light-outage'), 'Awaria'), 'pl'), 'outage'],
  ['tr issue', page(row('iCloud Yedekleme', dot('light-issue'), 'Sorun'), 'tr'), 'issue'],
  [
    'ru available',
    page(row('Резервное копирование iCloud', dot('light-available')), 'ru'),
    'available',
  ],
  [
    'ar rtl outage',
    page(row('\u200fالنسخ الاحتياطي على iCloud', dot('light-outage'), 'انقطاع'), 'ar', 'rtl'),
    'outage',
  ],
  [
    'ar rtl isolates',
    page(row('النسخ الاحتياطي على \u2068iCloud\u2069', dot('light-available')), 'ar', 'rtl'),
    'available',
  ],
  ['de available', page(row('iCloud-Backup', dot('light-available')), 'de'), 'available'],
  [
    'fr issue resolved label',
    page(row('Sauvegarde iCloud', dot('light-resolved-issue'), 'Problème résolu'), 'fr'),
    'available',
  ],
  [
    'es maintenance',
    page(
      row('Copia de seguridad de iCloud', dot('light-maintenance'), 'Mantenimiento en curso'),
      'es',
    ),
    'maintenance',
  ],
  ['it outage', page(row('Backup iCloud', dot('light-outage'), 'Interruzione'), 'it'), 'outage'],
  ['ja outage', page(row('iCloudバックアップ', dot('light-outage'), '停止'), 'ja'), 'outage'],
  ['zh-CN issue', page(row('iCloud 云备份', dot('light-issue'), '问题'), 'zh-CN'), 'issue'],
  [
    'ja halfwidth',
    page(row('ｉＣｌｏｕｄバックアップ', dot('light-available')), 'ja'),
    'available',
  ],
  // English labels: the light cross-checked.
  [
    'en nbsp counts',
    page(row('iCloud Backup', dot('light-issue'), '1\u00a0Issue, 1\u00a0Resolved Issue')),
    'issue',
  ],
  [
    'en lower in progress',
    page(
      row(
        'iCloud Backup',
        dot('light-maintenance'),
        '1 Maintenance in progress, 1 Resolved Outage',
      ),
    ),
    'maintenance',
  ],
  [
    'en upcoming',
    page(row('iCloud Backup', dot('light-upcoming-maintenance'), 'Upcoming Maintenance')),
    'available',
  ],
  [
    'en completed',
    page(row('iCloud Backup', dot('light-completed-maintenance'), 'Completed Maintenance')),
    'available',
  ],
  [
    'en resolved outage',
    page(row('iCloud Backup', dot('light-resolved-outage'), 'Resolved Outage')),
    'available',
  ],
  [
    'green light beside outage label',
    page(row('iCloud Backup', dot('light-available'), 'Outage')),
    'unknown',
  ],
  [
    'outage light beside resolved label',
    page(row('iCloud Backup', dot('light-outage'), 'Resolved Outage')),
    'unknown',
  ],
  ['performance', page(row('iCloud Backup', dot('light-performance'), 'Performance')), 'issue'],
  // Light classes not recognised: never available, never a guess.
  ['unresolved', page(row('iCloud Backup', dot('light-unresolved-issue'))), 'unknown'],
  ['unresolved alone', page(row('iCloud Backup', dot('light-unresolved'))), 'unknown'],
  ['not completed', page(row('iCloud Backup', dot('light-not-completed'))), 'unknown'],
  ['incomplete upcoming', page(row('iCloud Backup', dot('light-notupcoming'))), 'unknown'],
  ['unavailable', page(row('iCloud Backup', dot('light-unavailable'))), 'unknown'],
  ['not available', page(row('iCloud Backup', dot('light-not-available'))), 'unknown'],
  ['renamed green', page(row('iCloud Backup', dot('status-green'))), 'unknown'],
  ['renamed dot class', page(row('iCloud Backup', dot('dot dot--ok'))), 'unknown'],
  ['no issue class', page(row('iCloud Backup', dot('light-no-issues'))), 'unknown'],
  ['no outage class', page(row('iCloud Backup', dot('light-no-outage'))), 'unknown'],
  ['available prefix', page(row('iCloud Backup', dot('light-available-soon'))), 'unknown'],
  ['resolved available', page(row('iCloud Backup', dot('light-resolved-available'))), 'unknown'],
  [
    'known beside unknown light class',
    page(row('iCloud Backup', dot('light-available light-blink'))),
    'unknown',
  ],
  ['svg light', page(row('iCloud Backup', '<svg class="light-outage"></svg>')), 'outage'],
  ['loading', page(row('iCloud Backup', dot('light-loading'))), 'unknown'],
  [
    'two lights disagree',
    page(row('iCloud Backup', dot('light-available light-outage'))),
    'unknown',
  ],
  [
    'image light',
    page(row('iCloud Backup', '<img src="/x/available.png" alt="Available">')),
    'unknown',
  ],
  [
    'aria light',
    page(row('iCloud Backup', '<span role="img" aria-label="Available"></span>')),
    'unknown',
  ],
  ['text light', page(row('iCloud Backup', '<span>Available</span>')), 'unknown'],
  ['empty light cell', page(row('iCloud Backup', '')), 'unknown'],
  [
    'wrapped light',
    page(row('iCloud Backup', `<span class="wrap">${dot('light-outage')}</span>`)),
    'unknown',
  ],
  [
    'a11y before light',
    page(row('iCloud Backup', `<span class="a11y">Outage</span>${dot('light-outage')}`)),
    'outage',
  ],
  // Names and markup drift.
  [
    // Apple's other pages hide screen-reader text with "visuallyhidden".
    'a11y renamed: suffix left out of the name',
    page(
      row('iCloud Backup', dot('light-outage')).replace('class="a11y"', 'class="visuallyhidden"'),
    ),
    'outage',
  ],
  [
    'tooltip nested in link with dates',
    page(
      row(
        'iCloud Backup',
        dot('light-outage'),
        'Outage<div class="tooltip">Dec 3, 2026 - 10:00 AM - ongoing</div>',
      ),
    ),
    'outage',
  ],
  [
    'popover renamed with dates',
    page(
      row(
        'iCloud Backup',
        dot('light-outage'),
        'Outage<div class="popover">03.12.2026 - 10:00 - 11:00</div>',
      ),
    ),
    'outage',
  ],
  [
    'popover ja dates',
    page(
      row(
        'iCloud Backup',
        dot('light-issue'),
        'Issue<div class="popover">2026年12月3日 10:00 - 継続中</div>',
      ),
    ),
    'issue',
  ],
  ['extra wrappers', page(row('<span><b>iCloud Backup</b></span>', dot('light-outage'))), 'outage'],
  [
    'duplicate agreeing',
    page(row('iCloud Backup', dot('light-issue')) + row('iCloud Backup', dot('light-issue'))),
    'issue',
  ],
  [
    'duplicate disagreeing',
    page(row('iCloud Backup', dot('light-issue')) + row('iCloud Backup', dot('light-available'))),
    'unknown',
  ],
  [
    'duplicate one unrecognised',
    page(row('iCloud Backup', dot('light-available')) + row('iCloud Backup', dot('light-foo'))),
    'unknown',
  ],
  [
    'second table disagrees',
    page(row('iCloud Backup', dot('light-available'))).replace(
      '</table>',
      `</table><table id="x"><tr>${row('iCloud Backup', dot('light-outage'))}</tr></table>`,
    ),
    'unknown',
  ],
  ['near miss only', page(row('iCloud Backup for Business', dot('light-outage'))), 'unknown'],
  ['keychain backup', page(row('iCloud Keychain Backup', dot('light-outage'))), 'unknown'],
  // The row's own light moved or renamed: a light in its name cell or tooltip is another event's.
  [
    'history light in a tooltip of the name',
    page(
      bare(
        `<div class="light-content light-name">iCloud Backup<div class="tooltip-content">${lit('light-available')}</div></div><div class="light-content light-picture">${dot('light-outage')}</div>`,
      ),
    ),
    'unknown',
  ],
  [
    'light in a popover of the name',
    page(
      bare(
        `<div class="light-content light-name">iCloud Backup<div class="popover">${lit('light-resolvedoutage')}</div></div>`,
      ),
    ),
    'unknown',
  ],
  [
    'light in hidden text',
    page(
      bare(
        `<span class="a11y">${lit('light-available')}</span><div class="light-content light-name">iCloud Backup</div>`,
      ),
    ),
    'unknown',
  ],
  [
    'own light before a tooltip light',
    page(
      bare(
        `${lit('light-issue')}<div class="light-content light-name">iCloud Backup<div class="tooltip">${lit('light-available')}</div></div>`,
      ),
    ),
    'issue',
  ],
  // Pages that must be unknown.
  ['no table', '<html><body><p>Sorry, something went wrong.</p></body></html>', 'unknown'],
  [
    'legend only',
    '<html><body><div class="section-legend"><span class="light-available"></span> Available</div></body></html>',
    'unknown',
  ],
  [
    'developer page',
    page(row('App Store Connect', dot('light-available')) + row('CloudKit', dot('light-outage'))),
    'unknown',
  ],
  ['all green without backup', page(row('iCloud Drive', dot('light-available'))), 'unknown'],
  [
    'renamed containers',
    page(row('iCloud Backup', dot('light-available'))).replaceAll('light-container', 'service-row'),
    'unknown',
  ],
  [
    'all green en',
    page(
      row('iCloud Backup', dot('light-available')) + row('iCloud Drive', dot('light-available')),
    ),
    'available',
  ],
  [
    'label unknown words keeps light',
    page(row('iCloud-Backup', dot('light-issue'), '1 Problem, 1 behobenes Problem'), 'de'),
    'issue',
  ],
  [
    'green beside unknown-language ongoing word',
    page(row('iCloud-Backup', dot('light-available'), 'Behobener Ausfall'), 'de'),
    'available',
  ],
];

describe('page variants: iCloud Backup state', () => {
  it.each(CASES)('%s', (_title, html, expected) => {
    expect(backupState(html)).toBe(expected);
  });
});
