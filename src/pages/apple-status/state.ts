import type { ServiceState, StatusEvent } from '../observation';

/**
 * State from the class of the page's light, which is the same in every language. Each class
 * that starts with "light-" must be one Apple is known to draw: light-available, a type
 * (issue, outage, performance, maintenance), or a type no longer current ("resolved",
 * "upcoming", "completed" before it: light-resolvedissue, light-upcoming-maintenance), which
 * Apple draws green. Matching whole classes, not words inside them, keeps "light-unresolved-issue"
 * from reading as resolved and "light-no-issues" as an issue. A status in a class of its own
 * ("light-issue resolved", "is-upcoming") is no such class either: the type alone would take a
 * resolved issue for a current one. Any other "light-" class, no light class at all, or two
 * that disagree is `unknown`, never `available`.
 */
export function stateFromLightClass(className: string): ServiceState {
  return agreedState(
    className
      .toLowerCase()
      .split(/\s/)
      .filter((token) => SAYS_STATE.test(token))
      .map((token) => {
        const match = LIGHT_CLASS.exec(token);
        return (
          !match ? 'unknown' : match[1] ? 'available' : (match[2] ?? 'issue')
        ) as ServiceState;
      }),
  );
}

/**
 * A class that says something of the state: not the cell's own two (light-content,
 * light-image), beside a state drawn on the cell (LIGHT, selectors.ts), nor one such as
 * "is-active". A class of its own that says the event is over or not yet begun ("scheduled",
 * "planned", "is-past", "ended", "closed", "finished", "inactive", "archived", "historical",
 * "expired", "future", "previous") is one too, in any spelling that holds its stem: beside the
 * type alone the light would read as a current event. The older stems are short, as they were
 * written for the status page's script budget: a stem inside an unrelated word ("extended",
 * "definite") only makes the light unknown, and one inside a current label part beside a light
 * of a current type only makes the row unknown (the label contradicts the light), never another
 * state.
 *
 * The same stems tell a label part the reader cannot read that says the event is over or
 * planned (parseLinkLabel), so many hold the words of the languages the extension speaks:
 * resolved ("r.sol": résolu, risolto, resolvido, resolt; "suel": resuelto; "soluc":
 * solucionado, not "solu", which the utility class "absolute" holds; "beho": behoben; "lost":
 * opgelost), completed or ended ("complet", "conclu", "termin", "schlo":
 * abgeschlossen; "fin": finie, finalizada, finalizată, finalitzada; "slut": avslutat,
 * afsluttet, slutført; "rled": erledigt), planned ("p.an": geplant, planifiée, gepland, planlı
 * and the Italian pianificata; "pr.v": prévue, previsto; "program"; "agend": agendada; "venir":
 * à venir; "oxim": próximo), in Japanese and Chinese one character (済, 完, 終 of 終了, 決 of
 * 解決, 定 of 予定 and 预定, 划 and 劃 of 计划 and 計劃, 已, 即 of 即將 and 即将), and in Korean the ending "된" that
 * makes 해결 (resolve), 완료 (complete), 예정 (schedule) and 종료 (end) a state of the event
 * ("해결된 문제"). A label part is folded first
 * (foldName: no accents or case), so one Latin stem holds the accented words of several
 * languages: "l[oø]st" (gelöst, löst, løst, opgelost), "konc" (zakończona, dokončená,
 * ukončená, končano), "esen" (vyřešen, vyriešený, riješen), "kom[em]" (kommande, kommende,
 * aankomend: not "komplett", "komunikacja"), "p.an" (naplánovaná), Dutch "volto", "holp" and "afger" (voltooid, verholpen, afgerond),
 * Hungarian " terv" at a word's start (tervezett: not "intervention"), Turkish "coz" and "tamam" (çözüldü, tamamlanmış), Finnish
 * "ratk" and "paatt" (ratkaistu, päättynyt), Polish "rozw" (rozwiązany), German "beend" and "bevor"
 * (beendet, bevorstehend: "ende" would also take the current "laufende"), Hungarian "megol",
 * Russian, Ukrainian and Bulgarian "р[еі]?ш" (решено, вирішено, завершено, решен: not the
 * "руш" of the current "нарушение", "порушення") and "план" (плановое, запланировано,
 * заплановане, планирана), Indonesian and Malay "seles" (selesai), Vietnamese "đã"
 * ("đa " once folded, not "đang"), Indonesian "jadw" (terjadwal, dijadwalkan), Romanian "nchei"
 * (încheiată) and "r.[sz]ol" (rezolvat beside résolu), Turkish "yakla" (yaklaşan, yaklaşıyor: not
 * "yaklaşık", about, folded "yaklasık"), Russian "транен" (устранено: not "устраняется", being
 * fixed, nor "транени" of "по устранению", a fix under way), Greek "ολοκλ" (ολοκληρώθηκε), Arabic " حل" after a space (تم حل: not محلي, local),
 * Hebrew "נפתר" (נפתרה), Thai "แลว" (แล้ว, already, without its tone mark: แก้ไขแล้ว, not the
 * current กำลังแก้ไข) and Korean 됨 or 된 after 결, 료 or 정 (해결됨, 완료된, 예정된: not 중단됨,
 * nor the 저하된 of a current "degraded").
 * A part that is a time ("23:00 – 01:00", folded " 23 00 01 00 ") names no event either.
 *
 * Since the worker reads the labels (no longer the status page's script), the languages whose
 * words did not fit are read too, each in the plainer word where a short stem also took another
 * (page-variants-23 to 27): French "achev" (not "achèvement" under way) and "regl" (not
 * "réglage", "règlement"), Dutch "beeindig", Norwegian and Danish "ful[dl]f" (fullført,
 * fuldført), Swedish "åtgärdat" (not "åtgärdas", being fixed), Portuguese "encerr", Romanian
 * "solutiona", Hungarian "befejez" and "ütemez", Slovenian "načrt", Croatian "završen", Finnish
 * "korjattu", "suunnit", "ajoitet" and "tulev", Turkish "gideril" (not "giderilmeye",
 * "gideriliyor", being fixed) and "zamanlan", Malay "jadual", Malay and Indonesian "datang"
 * (akan datang, mendatang), Vietnamese "sắp" and "theo/lên lịch", Russian "предстоя", Ukrainian
 * "усунен" (not "усунення", the fixing) and "майбутн" (folded, й loses its mark), Arabic "كتمل",
 * "جدول", "مخطط", "قادم" and "انته", Hebrew "מתוכנ" and "הסתיי", Greek "προγραμματισ", "επιλυ"
 * and "επερχομ", Thai "เสรจ" (เสร็จ). A planning word negated ("ungeplant", "ongepland",
 * "nieplanowana", "imprévu", "imprevista", "внеплановый", "予定外") is a current event: the stem
 * is not read after "nge", "nie", "im" or "вне", nor 定 before 外. Nor is "fin" in "find" or
 * "komm" in "kommunikation". French "complète" (complete) still folds to "complété"
 * (completed) and reads unknown beside a current light (page-variants-26).
 */
export const SAYS_STATE =
  /^ \d+ \d|upcoming|complet|nchei|đa |expi|tamam|beho|archi|rozw|yakla(?!s.k)|futu|р[еі]?ш|ended|sched|soluc|konc|kom[em](?!un)|oxim|beend|schlo|inact|agend|slut|megol|program|bevor|seles|[결료정][된됨]|jadw|(?<!вне)план|conclu| terv|past|r.[sz]ol|(?<!nge|nie)p.an|holp|נפתר|транен(?!и)|coz|termin|venir| حل|fin(?!d)|volto|แลว|hist|rled|suel|clos|^light-(?!con|im)|regl(?!ag|em)|(?<!im)pr.v|paatt|l[oø]st|ratk|[済完已終決划劃即]|定(?!外)|ολοκλ|esen|afger|achev(?!em)|beeindig|ful[dl]f|atgarda[dt]|encerr|solutiona|befejez|utemez|nacrt|zavrsen|korjattu|korjatut|suunnit|ajoitet|tulev|gideril(?!me|iyor)|zamanlan|jadual|datang| sap |theo lich|len lich|предстоя|усунен(?!н)|маибутн|كتمل|جدول|مخطط|قادم|انته|מתוכנ|הסתיי|προγραμματισ|επιλυ|επερχομ|เสรจ/;

/** 1: no longer current (never before "available"), 2: the type; none: performance, an issue. */
const LIGHT_CLASS =
  /^light-(?:(resolved|upcoming|completed)-?(?!a))?(?:(available|issue|outage|maintenance)|performance)$/;

/**
 * Worst CURRENT state from a service's events: outage > issue (incl. performance) >
 * maintenance in progress > available. Resolved, completed and upcoming events are not
 * current. An ongoing event of unknown type (Apple has sent `statusType: ""`), or an event
 * whose status is unreadable, could be anything up to an outage, so it makes the state
 * `unknown` unless an outage is already known; it never reads as `available`.
 */
export function worstCurrentState(events: readonly StatusEvent[]): ServiceState {
  let worst = 0;
  let uncertain = false;
  for (const { type, status } of events) {
    // -1: an ongoing event of unknown type, or an unreadable status.
    const rank =
      status === 'ongoing'
        ? RANK.indexOf(type === 'performance' ? 'issue' : type)
        : -(status === 'unknown');
    if (rank < 0) uncertain = true;
    else if (rank > worst) worst = rank;
  }
  return worst === 3 ? 'outage' : uncertain ? 'unknown' : RANK[worst]!;
}

/** Current states, least to worst (an outage, 3, outranks any doubt). */
const RANK: ServiceState[] = ['available', 'maintenance', 'issue', 'outage'];

/** Several readings of one service (duplicates) agree, or the result is `unknown`. */
export function agreedState(states: readonly ServiceState[]): ServiceState {
  const first = states[0];
  if (!first) return 'unknown';
  return states.every((state) => state === first) ? first : 'unknown';
}
