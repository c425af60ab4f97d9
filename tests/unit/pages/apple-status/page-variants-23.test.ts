import {
  CELL,
  DOT,
  G,
  NAME,
  div,
  ev,
  lights,
  named,
  ok,
  page,
  row,
  section,
  type Probe,
  describeRound,
  labelled,
} from './light-rows';

/**
 * Hand-made status pages, twenty-third round, each reading written before the reader ran on
 * it: label words saying an event is over or planned in the languages Apple localises the page
 * into, current labels in them that must stay current, labels with several parts, times,
 * markup drift and odd content.
 */

const OVER = labelled([
  ['de behoben issue', 'iCloud-Backup', 'Problem behoben', 'light-issue', 'unknown'],
  ['de gelöst outage', 'iCloud-Backup', 'Gelöster Ausfall', 'light-outage', 'unknown'],
  ['de abgeschlossen', 'iCloud-Backup', 'Wartung abgeschlossen', 'light-maintenance', 'unknown'],
  ['de beendet outage', 'iCloud-Backup', 'Beendeter Ausfall', 'light-outage', 'unknown'],
  ['de geplant', 'iCloud-Backup', 'Geplante Wartungsarbeiten', 'light-maintenance', 'unknown'],
  ['de bevorstehend', 'iCloud-Backup', 'Bevorstehende Wartung', 'light-maintenance', 'unknown'],
  ['fr résolu, masculine', 'Sauvegarde iCloud', 'Problème résolu', 'light-issue', 'unknown'],
  ['fr terminée', 'Sauvegarde iCloud', 'Panne terminée', 'light-outage', 'unknown'],
  ['fr programmée', 'Sauvegarde iCloud', 'Maintenance programmée', 'light-maintenance', 'unknown'],
  ['fr à venir', 'Sauvegarde iCloud', 'Maintenance à venir', 'light-maintenance', 'unknown'],
  ['fr achevée', 'Sauvegarde iCloud', 'Maintenance achevée', 'light-maintenance', 'unknown'],
  [
    'es resuelto issue',
    'Copia de seguridad de iCloud',
    'Problema resuelto',
    'light-issue',
    'unknown',
  ],
  [
    'es finalizada',
    'Copia de seguridad de iCloud',
    'Interrupción finalizada',
    'light-outage',
    'unknown',
  ],
  [
    'es prevista',
    'Copia de seguridad de iCloud',
    'Mantenimiento previsto',
    'light-maintenance',
    'unknown',
  ],
  [
    'es próximo',
    'Copia de seguridad de iCloud',
    'Próximo mantenimiento',
    'light-maintenance',
    'unknown',
  ],
  ['es solucionado', 'Respaldo de iCloud', 'Problema solucionado', 'light-issue', 'unknown'],
  ['it risolto issue', 'Backup di iCloud', 'Problema risolto', 'light-issue', 'unknown'],
  ['it conclusa', 'Backup di iCloud', 'Manutenzione conclusa', 'light-maintenance', 'unknown'],
  ['it terminata', 'Backup di iCloud', 'Interruzione terminata', 'light-outage', 'unknown'],
  [
    'it pianificata',
    'Backup di iCloud',
    'Manutenzione pianificata',
    'light-maintenance',
    'unknown',
  ],
  ['pt resolvido issue', 'Backup do iCloud', 'Problema resolvido', 'light-issue', 'unknown'],
  ['pt concluída', 'Backup do iCloud', 'Manutenção concluída', 'light-maintenance', 'unknown'],
  ['pt agendada', 'Backup do iCloud', 'Manutenção agendada', 'light-maintenance', 'unknown'],
  [
    'pt-PT prevista',
    'Cópia de segurança do iCloud',
    'Manutenção prevista',
    'light-maintenance',
    'unknown',
  ],
  ['nl opgelost', 'iCloud-reservekopie', 'Opgeloste storing', 'light-outage', 'unknown'],
  ['nl voltooid', 'iCloud-reservekopie', 'Voltooid onderhoud', 'light-maintenance', 'unknown'],
  ['nl beëindigd', 'iCloud-reservekopie', 'Beëindigde storing', 'light-outage', 'unknown'],
  ['sv löst', 'iCloud-säkerhetskopiering', 'Löst avbrott', 'light-outage', 'unknown'],
  [
    'sv avslutat',
    'iCloud-säkerhetskopiering',
    'Avslutat underhåll',
    'light-maintenance',
    'unknown',
  ],
  [
    'sv planerat',
    'iCloud-säkerhetskopiering',
    'Planerat underhåll',
    'light-maintenance',
    'unknown',
  ],
  ['da løst', 'iCloud-sikkerhedskopiering', 'Løst problem', 'light-issue', 'unknown'],
  [
    'nb fullført',
    'iCloud-sikkerhetskopiering',
    'Fullført vedlikehold',
    'light-maintenance',
    'unknown',
  ],
  ['ru решено', 'Резервное копирование iCloud', 'Проблема решена', 'light-issue', 'unknown'],
  ['ru устранено', 'Резервное копирование iCloud', 'Сбой устранен', 'light-outage', 'unknown'],
  [
    'ru завершено',
    'Резервное копирование iCloud',
    'Завершенное обслуживание',
    'light-maintenance',
    'unknown',
  ],
  [
    'ru запланировано',
    'Резервное копирование iCloud',
    'Запланированное обслуживание',
    'light-maintenance',
    'unknown',
  ],
  ['uk вирішено', 'Резервне копіювання iCloud', 'Проблему вирішено', 'light-issue', 'unknown'],
  ['tr çözüldü', 'iCloud Yedekleme', 'Çözülen kesinti', 'light-outage', 'unknown'],
  ['tr tamamlandı', 'iCloud Yedekleme', 'Tamamlanan bakım', 'light-maintenance', 'unknown'],
  ['tr planlı', 'iCloud Yedekleme', 'Planlı bakım', 'light-maintenance', 'unknown'],
  ['pl rozwiązany', 'Kopia zapasowa iCloud', 'Rozwiązany problem', 'light-issue', 'unknown'],
  ['pl zakończona', 'Kopia zapasowa iCloud', 'Zakończona awaria', 'light-outage', 'unknown'],
  [
    'pl zaplanowana',
    'Kopia zapasowa iCloud',
    'Zaplanowana konserwacja',
    'light-maintenance',
    'unknown',
  ],
  ['cs vyřešeno', 'Zálohování na iCloud', 'Vyřešený problém', 'light-issue', 'unknown'],
  ['cs plánovaná', 'Zálohování na iCloud', 'Plánovaná údržba', 'light-maintenance', 'unknown'],
  ['ko 해결됨', 'iCloud 백업', '해결된 문제', 'light-issue', 'unknown'],
  ['ko 완료', 'iCloud 백업', '완료된 유지 보수', 'light-maintenance', 'unknown'],
  ['ko 예정', 'iCloud 백업', '예정된 유지 보수', 'light-maintenance', 'unknown'],
  ['ko 종료', 'iCloud 백업', '종료된 서비스 중단', 'light-outage', 'unknown'],
  ['ja 終了', 'iCloudバックアップ', '終了した停止', 'light-outage', 'unknown'],
  ['ja 予定 maintenance', 'iCloudバックアップ', '予定メンテナンス', 'light-maintenance', 'unknown'],
  ['ja 解決済み issue', 'iCloudバックアップ', '解決済みの問題', 'light-issue', 'unknown'],
  ['zh-Hans 已解决 outage', 'iCloud 云备份', '已解决的服务中断', 'light-outage', 'unknown'],
  ['zh-Hans 计划', 'iCloud 云备份', '计划维护', 'light-maintenance', 'unknown'],
  ['zh-Hant 已完成', 'iCloud 備份', '已完成的維護', 'light-maintenance', 'unknown'],
  ['zh-Hant 即將', 'iCloud 備份', '即將進行的維護', 'light-maintenance', 'unknown'],
  ['hu megoldva', 'iCloud-biztonsági mentés', 'Megoldott probléma', 'light-issue', 'unknown'],
  ['fi ratkaistu', 'iCloud-varmuuskopiointi', 'Ratkaistu ongelma', 'light-issue', 'unknown'],
  [
    'el ολοκληρώθηκε',
    'Αντίγραφα ασφαλείας iCloud',
    'Ολοκληρωμένη συντήρηση',
    'light-maintenance',
    'unknown',
  ],
  ['id selesai', 'Cadangan iCloud', 'Pemeliharaan selesai', 'light-maintenance', 'unknown'],
  ['counted de resolved', 'iCloud-Backup', '1\u00a0behobener Ausfall', 'light-outage', 'unknown'],
  // The same words beside the green classes Apple draws them with change nothing.
  ['ko resolved drawn green', 'iCloud 백업', '해결된 문제', 'light-resolvedissue', 'available'],
  [
    'ru planned drawn green',
    'Резервное копирование iCloud',
    'Запланированное обслуживание',
    'light-upcomingmaintenance',
    'available',
  ],
  [
    'pl resolved drawn green',
    'Kopia zapasowa iCloud',
    'Rozwiązany problem',
    'light-resolvedissue',
    'available',
  ],
  [
    'tr completed drawn green',
    'iCloud Yedekleme',
    'Tamamlanan bakım',
    'light-completedmaintenance',
    'available',
  ],
]);

/** Current events in those languages stay current: none of their words says over or planned. */
const CURRENT = labelled([
  ['de Störung', 'iCloud-Backup', 'Störung', 'light-outage', 'outage'],
  ['de Leistungsprobleme', 'iCloud-Backup', 'Leistungsprobleme', 'light-performance', 'issue'],
  ['fr interruption', 'Sauvegarde iCloud', 'Interruption de service', 'light-outage', 'outage'],
  [
    'es interrupción',
    'Copia de seguridad de iCloud',
    'Interrupción del servicio',
    'light-outage',
    'outage',
  ],
  ['it problema', 'Backup di iCloud', 'Problema', 'light-issue', 'issue'],
  ['pt interrupção', 'Backup do iCloud', 'Interrupção', 'light-outage', 'outage'],
  ['nl storing', 'iCloud-reservekopie', 'Storing', 'light-outage', 'outage'],
  ['sv avbrott', 'iCloud-säkerhetskopiering', 'Avbrott', 'light-outage', 'outage'],
  [
    'sv pågående underhåll',
    'iCloud-säkerhetskopiering',
    'Pågående underhåll',
    'light-maintenance',
    'maintenance',
  ],
  ['ru сбой', 'Резервное копирование iCloud', 'Сбой', 'light-outage', 'outage'],
  [
    'ru нарушение работы',
    'Резервное копирование iCloud',
    'Нарушение работы',
    'light-outage',
    'outage',
  ],
  ['tr kesinti', 'iCloud Yedekleme', 'Kesinti', 'light-outage', 'outage'],
  [
    'tr devam eden bakım',
    'iCloud Yedekleme',
    'Devam eden bakım',
    'light-maintenance',
    'maintenance',
  ],
  ['pl awaria', 'Kopia zapasowa iCloud', 'Awaria', 'light-outage', 'outage'],
  [
    'pl trwająca konserwacja',
    'Kopia zapasowa iCloud',
    'Trwająca konserwacja',
    'light-maintenance',
    'maintenance',
  ],
  ['ko 서비스 중단', 'iCloud 백업', '서비스 중단', 'light-outage', 'outage'],
  ['ko 문제', 'iCloud 백업', '문제', 'light-issue', 'issue'],
  ['ja 停止中', 'iCloudバックアップ', '停止中', 'light-outage', 'outage'],
  [
    'ja パフォーマンスの低下',
    'iCloudバックアップ',
    'パフォーマンスの低下',
    'light-performance',
    'issue',
  ],
  ['zh-Hans 服务中断', 'iCloud 云备份', '服务中断', 'light-outage', 'outage'],
  ['zh-Hant 問題', 'iCloud 備份', '問題', 'light-issue', 'issue'],
  ['cs výpadek', 'Zálohování na iCloud', 'Výpadek', 'light-outage', 'outage'],
  ['fi katkos', 'iCloud-varmuuskopiointi', 'Katkos', 'light-outage', 'outage'],
  ['el διακοπή', 'Αντίγραφα ασφαλείας iCloud', 'Διακοπή', 'light-outage', 'outage'],
]);

/** Labels of several parts: a part that could be current explains the light. */
const PARTS = labelled([
  [
    'de issue and a resolved issue',
    'iCloud-Backup',
    '1 Problem, 1 behobenes Problem',
    'light-issue',
    'issue',
  ],
  [
    'fr outage and a resolved issue',
    'Sauvegarde iCloud',
    '1 panne, 1 problème résolu',
    'light-outage',
    'outage',
  ],
  [
    'ru two over',
    'Резервное копирование iCloud',
    '1 решенная проблема, 1 завершенное обслуживание',
    'light-outage',
    'unknown',
  ],
  [
    'en issue and a de resolved outage',
    'iCloud Backup',
    '1 Issue, 1 behobener Ausfall',
    'light-outage',
    'unknown',
  ],
  [
    'en outage and an ended issue',
    'iCloud Backup',
    '1 Outage, 1 Ended Issue',
    'light-outage',
    'outage',
  ],
  [
    'en outage and scheduled maintenance',
    'iCloud Backup',
    'Outage, Scheduled Maintenance',
    'light-outage',
    'outage',
  ],
  [
    'en ended outage and resolved issue, green',
    'iCloud Backup',
    'Ended Outage, 1 Resolved Issue',
    G,
    'available',
  ],
  [
    'ja issue and a resolved one, ideographic comma',
    'iCloudバックアップ',
    '1件の問題、1件の解決済みの問題',
    'light-issue',
    'issue',
  ],
  [
    'zh outage and a completed maintenance, full-width comma',
    'iCloud 云备份',
    '服务中断，已完成的维护',
    'light-outage',
    'outage',
  ],
]);

/** Times in labels: they say when, never whether the event is current. */
const TIMES = labelled([
  ['since 11:50 PM PST', 'iCloud Backup', 'Outage since 11:50 PM PST', 'light-outage', 'outage'],
  [
    'de seit 23:50 Uhr MEZ',
    'iCloud-Backup',
    'Ausfall seit 23:50 Uhr MEZ',
    'light-outage',
    'outage',
  ],
  [
    'es desde las 23:50',
    'Copia de seguridad de iCloud',
    'Interrupción desde las 23:50',
    'light-outage',
    'outage',
  ],
  ['it dalle 23:50', 'Backup di iCloud', 'Interruzione dalle 23:50', 'light-outage', 'outage'],
  ['ru с 23:50', 'Резервное копирование iCloud', 'Сбой с 23:50', 'light-outage', 'outage'],
  ['ko 오후 11:50부터', 'iCloud 백업', '서비스 중단 오후 11:50부터', 'light-outage', 'outage'],
  ['zh 自 23:50 起', 'iCloud 云备份', '服务中断 自 23:50 起', 'light-outage', 'outage'],
  [
    'range across midnight, 12 h',
    'iCloud Backup',
    'Maintenance In Progress, 11:00 PM – 2:00 AM',
    'light-maintenance',
    'maintenance',
  ],
  [
    'range across midnight with dates',
    'iCloud Backup',
    'Issue, Dec 4, 11:50 PM – Dec 5, 1:30 AM',
    'light-issue',
    'issue',
  ],
  [
    'past range with a resolved label',
    'iCloud Backup',
    'Resolved Issue, 11:00 PM – 12:30 AM',
    'light-resolvedissue',
    'available',
  ],
  [
    'UTC offset in the label',
    'iCloud Backup',
    'Outage since 23:50 UTC+09:00',
    'light-outage',
    'outage',
  ],
  [
    'de planned range beside a maintenance light',
    'iCloud-Backup',
    'Geplante Wartung, 23:00 – 01:00 Uhr',
    'light-maintenance',
    'unknown',
  ],
]);

const MARKUP: Probe[] = [
  [
    'dot inside a span wrapper in the cell',
    page(
      row(named('iCloud Backup', 'Outage'), CELL('', '<span><i class="light-outage"></i></span>')),
    ),
    'unknown',
  ],
  [
    'inline svg dot, class on the svg',
    page(
      row(
        named('iCloud Backup', 'Issue'),
        CELL('', '<svg class="light-issue" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4"/></svg>'),
      ),
    ),
    'issue',
  ],
  [
    'inline svg, class only on the circle',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<svg viewBox="0 0 8 8"><circle class="light-outage" r="4"/></svg>'),
      ),
    ),
    'unknown',
  ],
  [
    'light by aria-label only, role img',
    page(
      row(
        named('iCloud Backup', 'Outage'),
        CELL('', '<span role="img" aria-label="Outage"></span>'),
      ),
    ),
    'unknown',
  ],
  [
    'light by title only',
    page(row(named('iCloud Backup'), CELL('', '<span title="Available"></span>'))),
    'unknown',
  ],
  [
    'ARIA table roles on every element',
    lights(
      `<div role="table"><div role="rowgroup">${div('light-container', `${CELL('', '<div class="light-outage" role="img" aria-label="Outage"></div>')}<div role="cell" class="light-content light-name">iCloud Backup</div>`, 'role="row"')}</div></div>`,
    ),
    'outage',
  ],
  [
    'row class renamed, old class kept beside',
    lights(div('light-container status-row--v2', DOT('light-issue') + NAME('iCloud Backup'))),
    'issue',
  ],
  [
    'row class renamed only',
    lights(div('status-row', DOT('light-outage') + NAME('iCloud Backup'))),
    'unknown',
  ],
  [
    'dot class renamed to a BEM form',
    page(row(named('iCloud Backup'), DOT('status-dot status-dot--outage'))),
    'unknown',
  ],
  [
    'dot with utility classes',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage absolute rounded-full'))),
    'outage',
  ],
  [
    'name wrapped in a strong and a span',
    page(row('<span><strong>iCloud Backup</strong></span>', DOT('light-issue'))),
    'issue',
  ],
  [
    'name cell with a data attribute and a lang',
    page(row('<span lang="de">iCloud-Backup</span>', DOT('light-outage'))),
    'outage',
  ],
  [
    'link with a nested span for the label',
    page(
      row(
        '<a class="light-link" href="#">Резервное копирование iCloud - <span>Сбой</span></a>',
        DOT('light-outage'),
      ),
    ),
    'outage',
  ],
  [
    'table with tbody and two rows of cells',
    `<div class="section-lights"><table id="ssp-lights-table"><tbody><tr>${ok('iCloud Drive')}${ev('iCloud Backup', 'Issue', 'light-issue')}</tr><tr>${ok('Photos')}</tr></tbody></table></div>`,
    'issue',
    { 'icloud-drive': 'available', photos: 'available' },
  ],
];

const ODD: Probe[] = [
  [
    'empty name cells around the row',
    page(row('', DOT(G)), ev('iCloud Backup', 'Outage', 'light-outage'), row(' ', DOT(G))),
    'outage',
  ],
  [
    'duplicate rows, issue and outage',
    page(
      ev('iCloud Backup', 'Issue', 'light-issue'),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'unknown',
  ],
  [
    'duplicate rows in two languages agreeing',
    page(
      ev('iCloud Backup', 'Outage', 'light-outage'),
      ev('iCloud-Backup', 'Ausfall', 'light-outage'),
    ),
    'outage',
  ],
  [
    'only row hidden with VISIBILITY:HIDDEN',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'style="VISIBILITY:HIDDEN"')),
    'unknown',
  ],
  [
    'only row in a wrapper with visibility: hidden',
    `<div style="visibility: hidden">${page(ev('iCloud Backup', 'Issue', 'light-issue'))}</div>`,
    'unknown',
  ],
  [
    'stale hidden green row beside the live outage',
    page(
      row(named('iCloud Backup'), DOT(G), 'style="visibility:hidden"'),
      ev('iCloud Backup', 'Outage', 'light-outage'),
    ),
    'outage',
  ],
  [
    'row with overflow:hidden is shown',
    page(row(named('iCloud Backup', 'Outage'), DOT('light-outage'), 'style="overflow:hidden"')),
    'outage',
  ],
  [
    'row shown with visibility:visible in capitals',
    page(row(named('iCloud Backup', 'Issue'), DOT('light-issue'), 'style="VISIBILITY: VISIBLE"')),
    'issue',
  ],
  [
    'row drawn late in a second section',
    section(ok('iCloud Drive')) + section(ev('iCloud Backup', 'Outage', 'light-outage')),
    'outage',
  ],
  [
    'name only whitespace and a light',
    page(row('&nbsp;', DOT('light-outage')), ok('iCloud Backup')),
    'available',
  ],
  [
    'backup row with no light cell at all',
    page(`<td><div class="light-container">${NAME('iCloud Backup')}</div></td>`),
    'unknown',
  ],
  [
    "another row's light in a tooltip of the backup row",
    page(
      row(
        named('iCloud Backup') +
          '<div class="event-tooltip"><div class="light-outage"></div></div>',
        DOT(G),
      ),
    ),
    'available',
  ],
];

const GROUPS: [string, Probe[]][] = [
  ['labels saying over or planned', OVER],
  ['current labels', CURRENT],
  ['labels of several parts', PARTS],
  ['times in labels', TIMES],
  ['markup', MARKUP],
  ['odd content', ODD],
];

/**
 * Left as they read now, each for a reason, with `it.fails` (so that a reader that reads them
 * right fails here until they move out).
 */
const LEFT = new Set([
  // The dash before "Dec 5" splits name from label (a dash before a time does not): the name
  // takes "Issue, Dec 4, 11:50 PM" and the row is nobody's, unknown.
  'range across midnight with dates',
]);

describeRound('twenty-third', GROUPS, LEFT);
