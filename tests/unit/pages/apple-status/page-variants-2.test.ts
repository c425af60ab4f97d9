import { describe, expect, it } from 'vitest';
import { parseStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { summarizeIcloud } from '../../../../src/pages/apple-status/summary';
import { knownServicesOnly } from '../../../../src/pages/apple-status/observe';
import { FIXED_NOW, STATUS_URL, htmlDocument } from '../fixtures';

function cell(name: string, cls: string, label?: string, tooltip = ''): string {
  const inner = label
    ? `<a class="light-link" href="#">${name} - ${label}</a>${tooltip}`
    : `<span role="text">${name}<span class="a11y">: ok</span></span>`;
  return `<td class="info-tooltip-wrapper"><div class="light-container"><div class="light-content light-image"><div class="${cls}"></div></div><div class="light-content light-name">${inner}</div></div></td>`;
}

function read(cells: string) {
  const doc = htmlDocument(
    `<div class="section-lights"><table id="ssp-lights-table"><tr>${cells}</tr></table></div>`,
  );
  return knownServicesOnly(parseStatusPage(doc, STATUS_URL, FIXED_NOW));
}

const list = (cells: string) =>
  summarizeIcloud(read(cells)).services.map((s) => `${s.id}:${s.state}`);

describe('page variants: the services list', () => {
  it.each([
    [
      'rtl separator with marks',
      cell('النسخ الاحتياطي على iCloud\u200f', 'light-outage', '\u200fانقطاع'),
      ['icloud-backup:outage'],
    ],
    [
      'pt-BR several',
      cell('Backup do iCloud', 'light-available') +
        cell('Fotos', 'light-issue', 'Problema') +
        cell('iCloud Drive', 'light-outage', 'Interrupção'),
      ['icloud-backup:available', 'icloud-drive:outage', 'photos:issue'],
    ],
    [
      'de several',
      cell('iCloud-Backup', 'light-maintenance', 'Wartung wird durchgeführt') +
        cell('iCloud-Schlüsselbund', 'light-available') +
        cell('iCloud Mail', 'light-resolvedissue', 'Behobenes Problem'),
      ['icloud-backup:maintenance', 'icloud-keychain:available', 'icloud-mail:available'],
    ],
    [
      'en counts nbsp',
      cell('iCloud Backup', 'light-outage', '1\u00a0Outage, 2\u00a0Resolved\u00a0Issues'),
      ['icloud-backup:outage'],
    ],
    [
      // Once read as no separator (the whole link a name of nothing); now split like " - ".
      'en dash separator',
      cell('iCloud Backup', 'light-issue', 'X').replace(' - X', ' – Issue'),
      ['icloud-backup:issue'],
    ],
    [
      'name with hyphen kept',
      cell('Apple Pay - Developer', 'light-outage', 'Outage') +
        cell('iCloud Backup', 'light-available'),
      ['icloud-backup:available'],
    ],
    [
      'ja several',
      cell('iCloudバックアップ', 'light-issue', '問題') +
        cell('写真', 'light-issue', '問題') +
        cell('iCloudアカウントおよびサインイン', 'light-available'),
      ['icloud-account-sign-in:available', 'icloud-backup:issue', 'photos:issue'],
    ],
  ])('%s', (_title, cells, expected) => {
    expect(list(cells).sort()).toEqual(expected);
  });
});
