import { describe, expect, it } from 'vitest';
import { withFeedTimes } from '../../../../src/pages/apple-status/feed-times';
import { feedBackupLine } from '../../../../src/pages/apple-status/parse-feed';
import type { ServiceState } from '../../../../src/pages/observation';
import {
  CELL,
  DOT,
  G,
  NAME,
  ev,
  lights,
  named,
  ok,
  page,
  row,
  section,
  type Probe,
  div,
  feedEvent,
  pageReading,
  describeRound,
  labelled,
} from './light-rows';

/**
 * Hand-made status pages, twenty-second round, each reading written before the reader ran on
 * it: status classes and label words that say an event is over or not yet begun (in the
 * languages Apple localises the page into), rows the page does not show, markup drift, times
 * in labels, and odd content.
 */

const CLASSES: Probe[] = [
  [
    'outage and "archived"',
    page(row(named('iCloud Backup'), DOT('light-outage archived'))),
    'unknown',
  ],
  [
    'issue and "historical"',
    page(row(named('iCloud Backup'), DOT('light-issue historical'))),
    'unknown',
  ],
  [
    'outage and "expired"',
    page(row(named('iCloud Backup'), DOT('light-outage expired'))),
    'unknown',
  ],
  [
    'maintenance and "future"',
    page(row(named('iCloud Backup'), DOT('light-maintenance future'))),
    'unknown',
  ],
  [
    'outage and "is-Archived"',
    page(row(named('iCloud Backup'), DOT('light-outage is-Archived'))),
    'unknown',
  ],
  [
    'issue and "event--history"',
    page(row(named('iCloud Backup'), DOT('light-issue event--history'))),
    'unknown',
  ],
  [
    'maintenance and "state-future"',
    page(row(named('iCloud Backup'), DOT('light-maintenance state-future'))),
    'unknown',
  ],
  [
    'outage and "previous"',
    page(row(named('iCloud Backup'), DOT('light-outage previous'))),
    'unknown',
  ],
  [
    'outage and "RESOLVED"',
    page(row(named('iCloud Backup'), DOT('light-outage RESOLVED'))),
    'unknown',
  ],
  [
    'outage and "was-resolved"',
    page(row(named('iCloud Backup'), DOT('light-outage was-resolved'))),
    'unknown',
  ],
  [
    'maintenance and "light-upcoming"',
    page(row(named('iCloud Backup'), DOT('light-maintenance light-upcoming'))),
    'unknown',
  ],
  [
    'outage on the cell, "expired" on the dot',
    page(row(named('iCloud Backup'), CELL('light-outage', '<div class="expired"></div>'))),
    'unknown',
  ],
  [
    'outage and a neutral "js-tooltip-trigger"',
    page(row(named('iCloud Backup'), DOT('light-outage js-tooltip-trigger'))),
    'outage',
  ],
  [
    'issue and "animated pulse"',
    page(row(named('iCloud Backup'), DOT('light-issue animated pulse'))),
    'issue',
  ],
  [
    'outage and "is-current"',
    page(row(named('iCloud Backup'), DOT('light-outage is-current'))),
    'outage',
  ],
  [
    'maintenance and "ongoing"',
    page(row(named('iCloud Backup'), DOT('light-maintenance ongoing'))),
    'maintenance',
  ],
  ['outage and "active"', page(row(named('iCloud Backup'), DOT('light-outage active'))), 'outage'],
  ['dot class in capitals', page(row(named('iCloud Backup'), DOT('LIGHT-OUTAGE'))), 'outage'],
  [
    'resolved class in capitals drawn green',
    page(row(named('iCloud Backup'), DOT('Light-ResolvedIssue'))),
    'available',
  ],
];

/** Labels Apple would localise, saying the event is over or planned, beside a current light. */
const ENDED = labelled([
  ['de resolved outage', 'iCloud-Backup', 'Behobener Ausfall', 'light-outage', 'unknown'],
  ['de resolved issue', 'iCloud-Backup', 'Behobenes Problem', 'light-issue', 'unknown'],
  [
    'de completed maintenance',
    'iCloud-Backup',
    'Abgeschlossene Wartung',
    'light-maintenance',
    'unknown',
  ],
  ['de ended maintenance', 'iCloud-Backup', 'Beendete Wartung', 'light-maintenance', 'unknown'],
  ['de planned maintenance', 'iCloud-Backup', 'Geplante Wartung', 'light-maintenance', 'unknown'],
  [
    'de upcoming maintenance',
    'iCloud-Backup',
    'Bevorstehende Wartung',
    'light-maintenance',
    'unknown',
  ],
  ['fr resolved outage', 'Sauvegarde iCloud', 'Panne résolue', 'light-outage', 'unknown'],
  [
    'fr resolved issue, capitalised',
    'Sauvegarde iCloud',
    'Problème Résolu',
    'light-issue',
    'unknown',
  ],
  [
    'fr finished maintenance',
    'Sauvegarde iCloud',
    'Maintenance terminée',
    'light-maintenance',
    'unknown',
  ],
  [
    'fr planned maintenance',
    'Sauvegarde iCloud',
    'Maintenance planifiée',
    'light-maintenance',
    'unknown',
  ],
  [
    'fr expected maintenance',
    'Sauvegarde iCloud',
    'Maintenance prévue',
    'light-maintenance',
    'unknown',
  ],
  [
    'es resolved outage',
    'Copia de seguridad de iCloud',
    'Interrupción resuelta',
    'light-outage',
    'unknown',
  ],
  [
    'es completed maintenance',
    'Copia de seguridad de iCloud',
    'Mantenimiento completado',
    'light-maintenance',
    'unknown',
  ],
  [
    'es scheduled maintenance',
    'Copia de seguridad de iCloud',
    'Mantenimiento programado',
    'light-maintenance',
    'unknown',
  ],
  ['es-MX resolved issue', 'Respaldo de iCloud', 'Problema resuelto', 'light-issue', 'unknown'],
  ['it resolved outage', 'Backup di iCloud', 'Interruzione risolta', 'light-outage', 'unknown'],
  [
    'it completed maintenance',
    'Backup di iCloud',
    'Manutenzione completata',
    'light-maintenance',
    'unknown',
  ],
  [
    'it scheduled maintenance',
    'Backup di iCloud',
    'Manutenzione programmata',
    'light-maintenance',
    'unknown',
  ],
  [
    'it expected maintenance',
    'Backup di iCloud',
    'Manutenzione prevista',
    'light-maintenance',
    'unknown',
  ],
  ['ja resolved outage', 'iCloudバックアップ', '解決済みの停止', 'light-outage', 'unknown'],
  [
    'ja completed maintenance',
    'iCloudバックアップ',
    '完了したメンテナンス',
    'light-maintenance',
    'unknown',
  ],
  [
    'ja scheduled maintenance',
    'iCloudバックアップ',
    '予定されているメンテナンス',
    'light-maintenance',
    'unknown',
  ],
  ['zh-Hans resolved issue', 'iCloud 云备份', '已解决的问题', 'light-issue', 'unknown'],
  [
    'zh-Hans completed maintenance',
    'iCloud 云备份',
    '已完成的维护',
    'light-maintenance',
    'unknown',
  ],
  ['zh-Hant resolved outage', 'iCloud 備份', '已解決的服務中斷', 'light-outage', 'unknown'],
  ['zh-Hant scheduled maintenance', 'iCloud 備份', '預定維護', 'light-maintenance', 'unknown'],
  ['pt resolved outage', 'Backup do iCloud', 'Interrupção resolvida', 'light-outage', 'unknown'],
  [
    'pt scheduled maintenance',
    'Backup do iCloud',
    'Manutenção programada',
    'light-maintenance',
    'unknown',
  ],
  [
    'nl planned maintenance',
    'iCloud-reservekopie',
    'Gepland onderhoud',
    'light-maintenance',
    'unknown',
  ],
  // The same words beside the green class Apple draws them with change nothing.
  [
    'de resolved outage drawn green',
    'iCloud-Backup',
    'Behobener Ausfall',
    'light-resolvedoutage',
    'available',
  ],
  [
    'fr planned maintenance drawn green',
    'Sauvegarde iCloud',
    'Maintenance planifiée',
    'light-upcomingmaintenance',
    'available',
  ],
  [
    'ja completed maintenance drawn green',
    'iCloudバックアップ',
    '完了したメンテナンス',
    'light-completedmaintenance',
    'available',
  ],
]);

/** Current events in those languages stay current: no word of theirs says "over". */
const CURRENT = labelled([
  ['de outage', 'iCloud-Backup', 'Ausfall', 'light-outage', 'outage'],
  [
    'de ongoing maintenance',
    'iCloud-Backup',
    'Laufende Wartung',
    'light-maintenance',
    'maintenance',
  ],
  ['de maintenance running', 'iCloud-Backup', 'Wartung läuft', 'light-maintenance', 'maintenance'],
  ['de performance', 'iCloud-Backup', 'Leistung', 'light-performance', 'issue'],
  [
    'fr maintenance in progress',
    'Sauvegarde iCloud',
    'Maintenance en cours',
    'light-maintenance',
    'maintenance',
  ],
  ['fr performance', 'Sauvegarde iCloud', 'Performances', 'light-performance', 'issue'],
  [
    'es maintenance in progress',
    'Copia de seguridad de iCloud',
    'Mantenimiento en curso',
    'light-maintenance',
    'maintenance',
  ],
  ['es performance', 'Copia de seguridad de iCloud', 'Rendimiento', 'light-performance', 'issue'],
  [
    'it maintenance in progress',
    'Backup di iCloud',
    'Manutenzione in corso',
    'light-maintenance',
    'maintenance',
  ],
  ['it performance', 'Backup di iCloud', 'Prestazioni', 'light-performance', 'issue'],
  [
    'ja maintenance in progress',
    'iCloudバックアップ',
    'メンテナンス中',
    'light-maintenance',
    'maintenance',
  ],
  ['ja performance', 'iCloudバックアップ', 'パフォーマンス', 'light-performance', 'issue'],
  [
    'zh-Hans maintenance in progress',
    'iCloud 云备份',
    '维护进行中',
    'light-maintenance',
    'maintenance',
  ],
  ['zh-Hant outage', 'iCloud 備份', '服務中斷', 'light-outage', 'outage'],
  [
    'pt maintenance in progress',
    'Backup do iCloud',
    'Manutenção em andamento',
    'light-maintenance',
    'maintenance',
  ],
  [
    'nl maintenance busy',
    'iCloud-reservekopie',
    'Onderhoud bezig',
    'light-maintenance',
    'maintenance',
  ],
  [
    'ko maintenance in progress',
    'iCloud 백업',
    '유지 보수 진행 중',
    'light-maintenance',
    'maintenance',
  ],
  [
    'ru maintenance',
    'Резервное копирование iCloud',
    'Техническое обслуживание',
    'light-maintenance',
    'maintenance',
  ],
  ['de counted outage', 'iCloud-Backup', '1\u00a0Ausfall', 'light-outage', 'outage'],
]);

const HIDDEN: Probe[] = [
  [
    'only row hidden with visibility:hidden',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'style="visibility:hidden"')),
    'unknown',
  ],
  [
    'only row hidden with visibility: hidden and a space',
    page(
      row(
        named('iCloud Backup', 'Issue'),
        DOT('light-issue'),
        'style="color:red; visibility: hidden"',
      ),
    ),
    'unknown',
  ],
  [
    'only row hidden with DISPLAY:NONE in capitals',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'style="DISPLAY:NONE"')),
    'unknown',
  ],
  [
    'only row hidden with Display: None',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'style="Display: None"')),
    'unknown',
  ],
  [
    'stale section hidden with visibility:hidden beside the live one',
    `<div style="visibility:hidden">${section(ev('iCloud Backup', 'Outage', 'light-outage'))}</div>` +
      page(ok('iCloud Backup')),
    'available',
  ],
  [
    'stale table in capitals DISPLAY: NONE beside the live one',
    `<div style="DISPLAY: NONE">${section(ok('iCloud Backup'))}</div>` +
      page(ev('iCloud Backup', 'Issue', 'light-issue')),
    'issue',
  ],
  [
    'light hidden with visibility:hidden, none other',
    page(
      row(
        named('iCloud Backup'),
        CELL('', '<div class="light-outage" style="visibility:hidden"></div>'),
      ),
    ),
    'unknown',
  ],
  [
    'row shown with visibility:visible',
    page(row(named('iCloud Backup', 'Issue'), DOT('light-issue'), 'style="visibility:visible"')),
    'issue',
  ],
  [
    'row shown with display:block',
    page(row(named('iCloud Backup', 'Issue'), DOT('light-issue'), 'style="display:block"')),
    'issue',
  ],
  [
    'row with display:flex and border:none is shown',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        DOT('light-outage'),
        'style="display:flex;border:none"',
      ),
    ),
    'outage',
  ],
  [
    'row inert is still shown',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'inert')),
    'outage',
  ],
];

const MARKUP: Probe[] = [
  [
    'script text inside the name cell',
    page(row('iCloud Backup<script>var s="iCloud Drive - Outage"</script>', DOT(G))),
    'available',
  ],
  [
    'style element inside the name cell',
    page(row('iCloud Backup<style>.x{color:red}</style>', DOT('light-issue'))),
    'issue',
  ],
  [
    'script inside the link',
    page(
      row(
        '<a class="light-link">iCloud Backup - Outage<script>1</script></a>',
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'link parts in spans',
    page(
      row(
        '<a class="light-link"><span>iCloud Backup</span> - <span>Outage</span></a>',
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'link text across lines',
    page(row('<a class="light-link">\n  iCloud Backup\n  -\n  Issue\n</a>', DOT('light-issue'))),
    'issue',
  ],
  [
    'an img without class beside the dot',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<img alt=""><div class="light-outage"></div>'),
      ),
    ),
    'outage',
  ],
  [
    'cell with a neutral extra class',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        `<div class="light-content light-image is-active"><div class="light-outage"></div></div>`,
      ),
    ),
    'outage',
  ],
  [
    'light cell is a button',
    page(
      row(
        named('iCloud Backup', 'Issue'),
        `<button class="light-content light-image"><span class="light-issue"></span></button>`,
      ),
    ),
    'issue',
  ],
  [
    'rows as list items',
    `<ul class="section-lights"><li class="light-container">${DOT('light-outage')}${NAME('iCloud Backup')}</li><li class="light-container">${DOT(G)}${NAME('iCloud Drive')}</li></ul>`,
    'outage',
    { 'icloud-drive': 'available' },
  ],
  [
    'cells in an extra wrapper inside the row',
    lights(div('light-container', div('row-inner', DOT('light-issue') + NAME('iCloud Backup')))),
    'issue',
  ],
  [
    'role=row and role=cell everywhere',
    lights(
      div(
        'light-container',
        `<div role="cell" class="light-content light-image"><div class="light-outage" role="img"></div></div><div role="cell" class="light-content light-name">iCloud Backup</div>`,
        'role="row"',
      ),
    ),
    'outage',
  ],
  [
    'both roots renamed',
    `<div class="status-lights"><div class="light-container">${DOT('light-outage')}${NAME('iCloud Backup')}</div></div>`,
    'unknown',
  ],
  [
    'svg dot with a title',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<svg class="light-outage"><title>Outage</title><circle r="4"/></svg>'),
      ),
    ),
    'outage',
  ],
  [
    'light given by aria-label on the cell only',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        `<div class="light-content light-image" aria-label="Outage"></div>`,
      ),
    ),
    'unknown',
  ],
  [
    'light given by a title only, green row',
    page(row(named('iCloud Backup'), CELL('', '<span title="Available"></span>'))),
    'unknown',
  ],
  [
    'a11y text in the cell agreeing with the dot',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<div class="light-outage"></div><span class="a11y">Outage</span>'),
      ),
    ),
    'outage',
  ],
  [
    'tooltip with a history light after the dot',
    page(
      row(
        named('iCloud Backup'),
        CELL(
          '',
          `<div class="${G}"></div><div role="tooltip"><div class="light-outage"></div></div>`,
        ),
      ),
    ),
    'available',
  ],
];

const TIMES = labelled([
  [
    'time range with an en dash',
    'iCloud Backup',
    'Issue, 10:00 PM – 1:30 AM PST',
    'light-issue',
    'issue',
  ],
  [
    'resolved outage with an en dash range, green',
    'iCloud Backup',
    'Resolved Outage, 10:00 PM – 1:30 AM',
    'light-resolvedoutage',
    'available',
  ],
  ['24 h range with a hyphen', 'iCloud Backup', 'Outage, 23:10 - 00:40', 'light-outage', 'outage'],
  [
    '24 h range with an em dash',
    'iCloud Backup',
    'Maintenance In Progress, 22:00 — 02:00 CET',
    'light-maintenance',
    'maintenance',
  ],
  ['de since 23:50', 'iCloud-Backup', 'Ausfall seit 23:50', 'light-outage', 'outage'],
  ['fr since 23 h 50', 'Sauvegarde iCloud', 'Panne depuis 23 h 50', 'light-outage', 'outage'],
  ['ja from 23:50', 'iCloudバックアップ', '停止 23:50～', 'light-outage', 'outage'],
  [
    'since 12:05 AM across midnight',
    'iCloud Backup',
    'Outage since 12:05 AM',
    'light-outage',
    'outage',
  ],
  [
    'upcoming maintenance range beside a maintenance light',
    'iCloud Backup',
    'Upcoming Maintenance, 23:00 – 01:00',
    'light-maintenance',
    'unknown',
  ],
]);

const ODD: Probe[] = [
  [
    'duplicate rows, green and outage',
    page(ok('iCloud Backup'), ev('iCloud Backup', 'Outage', 'light-outage')),
    'unknown',
  ],
  [
    'duplicate rows, one hidden stale green',
    page(
      ev('iCloud Backup', 'Outage', 'light-outage'),
      row(named('iCloud Backup'), DOT(G), 'style="visibility:hidden"'),
    ),
    'outage',
  ],
  [
    'duplicate rows, both issue',
    page(
      ev('iCloud Backup', 'Issue', 'light-issue'),
      ev('iCloud Backup', '1 Issue', 'light-issue'),
    ),
    'issue',
  ],
  [
    'empty rows before the backup row',
    page(
      '<td><div class="light-container"></div></td>'.repeat(3),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'outage',
  ],
  [
    'row with a light but no name cell',
    page(`<td><div class="light-container">${DOT('light-outage')}</div></td>`, ok('iCloud Backup')),
    'available',
  ],
  [
    'name cell holds only an image',
    page(row('<img alt="iCloud Backup">', DOT('light-outage'))),
    'unknown',
  ],
  [
    'ja page with an English legend row',
    page(ok('iCloudバックアップ'), row('Outage', DOT('light-outage'))),
    'available',
  ],
  [
    'label-only link with a time beside the name',
    page(row('iCloud Backup <a class="light-link">Outage since 23:50</a>', DOT('light-outage'))),
    'outage',
  ],
];

/**
 * Left as they read now (unknown, or the reading of the round before), each for a reason; run
 * with `it.fails`, so that a reader that reads them right fails here until they move out.
 */
const LEFT = new Set([
  // A style element's text in a name: "style" among what is not shown, about 2 B.
  'style element inside the name cell',
  // A dot whose class holds "tooltip" is passed over as a tooltip's (another event's light);
  // telling the two apart costs a selector: unknown, never wrong.
  'outage and a neutral "js-tooltip-trigger"',
]);

const GROUPS: [string, Probe[]][] = [
  ['status classes', CLASSES],
  ['labels saying over or planned, in several languages', ENDED],
  ['current labels in several languages', CURRENT],
  ['rows the page does not show', HIDDEN],
  ['markup', MARKUP],
  ['times in labels', TIMES],
  ['odd content', ODD],
];

describeRound('twenty-second', GROUPS, LEFT);

/** The feed's times across midnight and zones, twenty-second round: since when, or none. */
describe("the feed's times, twenty-second round", () => {
  const NOW = '2026-12-05T01:30:00.000Z';
  const seen = pageReading('https://www.apple.com/jp/support/systemstatus/', NOW);
  const since = (state: ServiceState, ...services: object[]) =>
    withFeedTimes(seen(state), feedBackupLine(JSON.stringify({ services }))).icloudBackup.since;

  it('an outage begun before midnight in Tokyo is since then, in UTC', () => {
    expect(
      since('outage', {
        serviceName: 'iCloudバックアップ',
        events: [feedEvent('Outage', 'ongoing', '2026-12-04T23:50:00+09:00')],
      }),
    ).toBe('2026-12-04T14:50:00.000Z');
  });
  it('a start the same minute as the reading is since then', () => {
    expect(
      since('issue', {
        serviceName: 'iCloud Backup',
        events: [feedEvent('Issue', 'ongoing', NOW)],
      }),
    ).toBe(NOW);
  });
  it('a start a second after the reading is no since', () => {
    expect(
      since('issue', {
        serviceName: 'iCloud Backup',
        events: [feedEvent('Issue', 'ongoing', '2026-12-05T01:30:01.000Z')],
      }),
    ).toBeUndefined();
  });
  it('maintenance still marked upcoming after its start gives no since', () => {
    expect(
      since('maintenance', {
        serviceName: 'iCloud Backup',
        events: [feedEvent('Maintenance', 'upcoming', '2026-12-05T00:00:00-08:00')],
      }),
    ).toBeUndefined();
  });
  it('two backup entries whose states disagree give no since', () => {
    expect(
      since(
        'outage',
        {
          serviceName: 'iCloud Backup',
          events: [feedEvent('Outage', 'ongoing', '2026-12-04T22:00:00Z')],
        },
        { serviceName: 'iCloud Backups', events: [] },
      ),
    ).toBeUndefined();
  });
  it('the earlier of two ongoing outages', () => {
    expect(
      since('outage', {
        serviceName: 'Sauvegarde iCloud',
        events: [
          feedEvent('Outage', 'ongoing', '2026-12-05T00:10:00+01:00'),
          feedEvent('Outage', 'ongoing', '2026-12-04T23:05:00Z'),
        ],
      }),
    ).toBe('2026-12-04T23:05:00.000Z');
  });
});
