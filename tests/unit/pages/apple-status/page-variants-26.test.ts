import {
  CELL,
  DOT,
  G,
  div,
  ev,
  labelled,
  lights,
  named,
  page,
  row,
  type Probe,
} from './light-rows';
import { describeRound } from './light-rows';
import {
  AR,
  CS,
  DE,
  EL,
  EN,
  ES,
  FR,
  HE,
  HU,
  ID,
  IT,
  JA,
  KO,
  NL,
  PL,
  RO,
  RU,
  SV,
  TH,
  TR,
  ZH,
  ZHT,
} from './backup-names';

/**
 * Hand-made status pages, twenty-sixth round, each reading written before the reader ran on
 * it: label words saying an event is over or planned that no earlier round read (in other
 * inflections and word orders than rounds 23 to 25 used), current labels whose words hold a
 * stem of such a word in another sense ("unplanned", "complete", "communication"), light
 * classes beside utility classes, lights drawn without a class, rows with several events, odd
 * whitespace and entities.
 */

const [O, I, M] = ['light-outage', 'light-issue', 'light-maintenance'];

/** Over or planned, beside a light of a current type: the label contradicts it, unknown. */
const OVER = labelled([
  ['nl voltooid, plural', NL, 'Werkzaamheden voltooid', M, 'unknown'],
  ['nl verholpen probleem', NL, 'Verholpen probleem', I, 'unknown'],
  ['nl aankomende onderhoudswerkzaamheden', NL, 'Aankomende onderhoudswerkzaamheden', M, 'unknown'],
  ['fr intervention à venir', FR, 'Intervention à venir', M, 'unknown'],
  ['es mantenimiento próximo', ES, 'Mantenimiento próximo', M, 'unknown'],
  ['it attività pianificata', IT, 'Attività pianificata', M, 'unknown'],
  ['it pianificato, masculine', IT, 'Intervento pianificato', M, 'unknown'],
  ['de erledigt after the noun', DE, 'Störung erledigt', O, 'unknown'],
  ['hu tervezett munka', HU, 'Tervezett munkálatok', M, 'unknown'],
  ['tr yaklaşan güncelleme', TR, 'Yaklaşan güncelleme', M, 'unknown'],
  ['id perawatan terjadwal', ID, 'Perawatan terjadwal', M, 'unknown'],
  ['ro lucrare încheiată', RO, 'Lucrare încheiată', M, 'unknown'],
  ['ro incident rezolvat', RO, 'Incident rezolvat', I, 'unknown'],
  ['el ολοκληρώθηκε first', EL, 'Ολοκληρώθηκε η εργασία', M, 'unknown'],
  ['ar تم حل العطل', AR, 'تم حل العطل', O, 'unknown'],
  ['he תקלה שנפתרה', HE, 'תקלה שנפתרה', O, 'unknown'],
  ['th ปัญหาได้รับการแก้ไขแล้ว', TH, 'ปัญหาได้รับการแก้ไขแล้ว', I, 'unknown'],
  ['ja 解決した不具合', JA, '解決した不具合', I, 'unknown'],
  ['ko 문제 해결됨', KO, '문제 해결됨', I, 'unknown'],
  ['zh-Hans 计划维护', ZH, '计划维护', M, 'unknown'],
  ['zh-Hant 計劃維護', ZHT, '計劃維護', M, 'unknown'],
]);

/**
 * Current labels with a word that holds an over-or-planned stem in another sense: the light's
 * current event stands (a misreading here makes the row unknown, never another state).
 */
const CURRENT = labelled([
  ['de ungeplanter Ausfall', DE, 'Ungeplanter Ausfall', O, 'outage'],
  ['nl ongeplande storing', NL, 'Ongeplande storing', O, 'outage'],
  ['pl nieplanowana przerwa', PL, 'Nieplanowana przerwa', O, 'outage'],
  ['es interrupción imprevista', ES, 'Interrupción imprevista', O, 'outage'],
  ['fr panne imprévue', FR, 'Panne imprévue', O, 'outage'],
  ['ru внеплановый сбой', RU, 'Внеплановый сбой', O, 'outage'],
  ['ja 予定外の停止', JA, '予定外の停止', O, 'outage'],
  ['fr panne complète', FR, 'Panne complète', O, 'outage'],
  ['sv kommunikationsfel', SV, 'Kommunikationsfel', I, 'issue'],
  ['en users cannot find backups', EN, 'Some users cannot find backups', I, 'issue'],
  // Written after this round's stems (venir, oxim, p.an, rled, kom, terv, holp, volto, 決, 划,
  // 劃), in their languages: current labels that hold none of them stay current.
  ['fr incident en cours', FR, 'Incident en cours', I, 'issue'],
  ['es incidencia en curso', ES, 'Incidencia en curso', I, 'issue'],
  ['it manutenzione in corso', IT, 'Manutenzione in corso', M, 'maintenance'],
  ['de Wartung läuft', DE, 'Wartung läuft', M, 'maintenance'],
  ['nl storing in behandeling', NL, 'Storing in behandeling', O, 'outage'],
  ['hu folyamatban lévő karbantartás', HU, 'Folyamatban lévő karbantartás', M, 'maintenance'],
  ['ja 障害発生中', JA, '障害発生中', O, 'outage'],
  ['zh-Hans 服务中断', ZH, '服务中断', O, 'outage'],
  // "kom" (aankomend) is also in "Komplett-" and "komunikacja": written before "kom[em]".
  ['de Komplettausfall', DE, 'Komplettausfall', O, 'outage'],
  ['pl problem z komunikacją', PL, 'Problem z komunikacją', I, 'issue'],
  ['cs komplikace', CS, 'Komplikace při zálohování', I, 'issue'],
]);

/** Several events in one label, in English: the worst current one is the light's. */
const SEVERAL = labelled([
  ['outage beside resolved issues', EN, '1 Outage, 2 Resolved Issues', O, 'outage'],
  ['issue beside upcoming maintenance', EN, '1 Issue, 1 Upcoming Maintenance', I, 'issue'],
  ['nothing current, green', EN, 'Resolved Outage, Completed Maintenance', G, 'available'],
  ['outage label, issue light', EN, '1 Outage, 1 Resolved Outage', I, 'unknown'],
  ['three events, outage worst', EN, '2 Issues, 1 Outage, 1 Completed Maintenance', O, 'outage'],
]);

const MARKUP: Probe[] = [
  [
    'light class beside utility classes',
    page(row(named(EN, 'Outage'), DOT(`${O} absolute inline-block rounded-full`))),
    'outage',
  ],
  [
    'light class beside an animation class',
    page(row(named(EN, 'Issue'), DOT(`animate-pulse ${I} shadow-md`))),
    'issue',
  ],
  [
    'light as an svg with the class',
    page(row(named(EN, 'Outage'), CELL('', `<svg class="${O}"></svg>`))),
    'outage',
  ],
  [
    'light with an aria-label only',
    page(row(named(EN), CELL('', '<span role="img" aria-label="Outage"></span>'))),
    'unknown',
  ],
  [
    'light with a title only',
    page(row(named(EN), CELL('', '<span title="Issue"></span>'))),
    'unknown',
  ],
  [
    'light in a data attribute only',
    page(row(named(EN, 'Outage'), CELL('', '<span data-light="outage"></span>'))),
    'unknown',
  ],
  [
    'cell and name in an extra wrapper',
    lights(
      div(
        'light-container',
        div('row-inner', DOT(M) + `<div class="light-content light-name">${EN}</div>`),
      ),
    ),
    'maintenance',
  ],
  [
    'light cell class renamed',
    page(
      row(
        named(EN, 'Outage'),
        `<div class="light-content light-icon"><div class="${O}"></div></div>`,
      ),
    ),
    'unknown',
  ],
];

const ODD: Probe[] = [
  [
    'tabs and line breaks in the link',
    page(row(`<a class="light-link" href="#">iCloud\tBackup\n  -\n  Outage</a>`, DOT(O))),
    'outage',
  ],
  [
    'nbsp around the dash',
    page(row(`<a class="light-link" href="#">${EN}&nbsp;-&nbsp;Issue</a>`, DOT(I))),
    'issue',
  ],
  [
    'ideographic spaces around the dash',
    page(row(`<a class="light-link" href="#">${JA}\u3000-\u3000障害</a>`, DOT(O))),
    'outage',
  ],
  ['zero-width space inside the name', page(ev('iCloud\u200bBackup', 'Issue', I)), 'issue'],
  ['soft hyphen in the name', page(ev('iCloud Back&shy;up', 'Outage', O)), 'outage'],
  [
    'en dash as a numeric entity',
    page(row(`<a class="light-link" href="#">${EN} &#8211; Outage</a>`, DOT(O))),
    'outage',
  ],
  [
    'double-encoded en dash',
    page(row(`<a class="light-link" href="#">${EN} &amp;#8211; Issue</a>`, DOT(I))),
    'issue',
  ],
  ['name with an nbsp entity', page(row(named('iCloud&nbsp;Backup'), DOT(M))), 'maintenance'],
  // A word no service has beside "Backup" makes the name nobody's: unknown, not iCloud Backup.
  ['absolute backup is no service', page(ev('iCloud Absolute Backup', 'Outage', O)), 'unknown'],
];

const GROUPS: [string, Probe[]][] = [
  ['labels saying over or planned', OVER],
  ['current labels holding a stem in another sense', CURRENT],
  ['several events', SEVERAL],
  ['markup', MARKUP],
  ['odd whitespace and entities', ODD],
];

/**
 * Left as they read now, with `it.fails` (a reader that reads them right fails here until they
 * move out). It reads unknown where the light's state is right.
 */
const LEFT = new Set<string>([
  // Folded, French "complète" (complete) is "complété" (completed): "complet" reads it as over.
  // Leaving out "complete" as a whole word would also drop English "Maintenance Complete".
  'fr panne complète',
]);

describeRound('twenty-sixth', GROUPS, LEFT);
