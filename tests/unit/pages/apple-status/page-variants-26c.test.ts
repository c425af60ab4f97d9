import { describeRound, labelled } from './light-rows';
import { AR, EL, FI, FR, HE, NL, RU, TH, TR, UK, ZHT } from './backup-names';

/**
 * Hand-made status pages, twenty-sixth round, third pass, each reading written before the
 * reader ran on it: the over-or-planned words earlier rounds left reading as the light's
 * current event (Russian "предстоящий", Ukrainian "усунено", Dutch "afgerond", French
 * "achevé" and "réglé", Finnish "korjattu", Turkish "giderilen", Arabic, Hebrew and Greek
 * scheduled or planned, Thai "เสร็จสิ้น" without "แล้ว", traditional Chinese "即將"), in other
 * sentences than those files', and current labels in the same languages, some holding a
 * word of the same root that says the work goes on ("по устранению", "усунення",
 * "giderilmeye"), that must stay current.
 */

const [O, I, M] = ['light-outage', 'light-issue', 'light-maintenance'];

/** Over or planned, beside a light of a current type: the label contradicts it, unknown. */
const OVER = labelled([
  ['ru предстоящий перерыв', RU, 'Предстоящий перерыв в работе', O, 'unknown'],
  ['ru предстоящая профилактика', RU, 'Предстоящая профилактика', M, 'unknown'],
  ['uk проблему усунено', UK, 'Проблему усунено', I, 'unknown'],
  ['uk усунені несправності, plural', UK, 'Усунені несправності', O, 'unknown'],
  ['nl storing afgerond', NL, 'Storing afgerond', O, 'unknown'],
  ['nl afgeronde werkzaamheden', NL, 'Afgeronde werkzaamheden', M, 'unknown'],
  ['fr intervention achevée', FR, 'Intervention achevée', M, 'unknown'],
  ['fr incident réglé', FR, 'Incident réglé', I, 'unknown'],
  ['fi katkos korjattu', FI, 'Katkos korjattu', O, 'unknown'],
  ['fi korjatut häiriöt, plural', FI, 'Korjatut häiriöt', I, 'unknown'],
  ['tr giderilen sorun', TR, 'Giderilen sorun', I, 'unknown'],
  ['tr sorun giderildi', TR, 'Sorun giderildi', I, 'unknown'],
  ['ar صيانة مجدولة', AR, 'صيانة مجدولة', M, 'unknown'],
  ['ar صيانة مخطط لها', AR, 'صيانة مخطط لها', M, 'unknown'],
  ['he תחזוקה מתוכננת', HE, 'תחזוקה מתוכננת', M, 'unknown'],
  ['el προγραμματισμένες εργασίες', EL, 'Προγραμματισμένες εργασίες', M, 'unknown'],
  ['th บำรุงรักษาระบบเสร็จสิ้น', TH, 'บำรุงรักษาระบบเสร็จสิ้น', M, 'unknown'],
  ['zh-Hant 即將進行的系統維護', ZHT, '即將進行的系統維護', M, 'unknown'],
]);

/** Current labels in the same languages: the light's current state stands. */
const CURRENT = labelled([
  ['ru ведутся работы по устранению, alone', RU, 'Ведутся работы по устранению', O, 'outage'],
  ['ru идёт устранение сбоя', RU, 'Идёт устранение сбоя', O, 'outage'],
  ['ru перерыв в работе', RU, 'Перерыв в работе', O, 'outage'],
  ['uk триває усунення несправності', UK, 'Триває усунення несправності', I, 'issue'],
  ['nl storing in onderzoek', NL, 'Storing in onderzoek', O, 'outage'],
  ['fr intervention en cours', FR, 'Intervention en cours', M, 'maintenance'],
  ['fi huoltokatko käynnissä', FI, 'Huoltokatko käynnissä', M, 'maintenance'],
  ['tr sorun giderilmeye çalışılıyor', TR, 'Sorun giderilmeye çalışılıyor', I, 'issue'],
  ['ar انقطاع في الخدمة', AR, 'انقطاع في الخدمة', O, 'outage'],
  ['he תקלה נמשכת', HE, 'תקלה נמשכת', O, 'outage'],
  ['el συντήρηση σε εξέλιξη', EL, 'Συντήρηση σε εξέλιξη', M, 'maintenance'],
  ['th กำลังบำรุงรักษา', TH, 'กำลังบำรุงรักษา', M, 'maintenance'],
  ['zh-Hant 維護進行中', ZHT, '維護進行中', M, 'maintenance'],
]);

/**
 * None left: the worker reads their words since page-variants-27, out of the status page's
 * script budget that had left them out.
 */
const LEFT = new Set<string>();

describeRound(
  'twenty-sixth (c)',
  [
    ['labels saying over or planned', OVER],
    ['current labels in the same languages', CURRENT],
  ],
  LEFT,
);
