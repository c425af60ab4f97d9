import { phrases } from './lexicon.ts';
import { atWordStart, type Span } from './spans.ts';

/*
 * Apple Support case numbers are kept: they identify the support case, not the person, and the
 * support advisor needs them. They are long runs of digits that would otherwise read as phone
 * numbers, so they are set aside before phone numbers are looked for.
 */

/** "Case", "case number", "Vorgang", "dossier", "caso", "案例编号", "케이스 번호"… */
const CASE_WORDS = phrases(`
  case|case number|case no|case id|case ref|support case|ticket|ticket number|ticket no|
  reference number|ref no|fall|fallnummer|fall-id|fall-nr|vorgang|vorgangsnummer|vorgangs-nr|
  ticketnummer|supportfall|anfragenummer|referenznummer|dossier|numéro de dossier|cas|
  numéro de cas|requête|référence|caso|número de caso|numero de caso|id de caso|expediente|
  incidencia|referencia|numero di caso|numero del caso|pratica|numero pratica|segnalazione|
  riferimento|número do caso|processo|número do processo|protocolo|chamado|ocorrência|zaak|
  zaaknummer|casenummer|dossiernummer|referentienummer|meldingsnummer|ärende|ärendenummer|
  ärendenr|sag|sagsnummer|sak|saksnummer|henvendelse|zgłoszenie|zgłoszenia|numer zgłoszenia|
  sprawa|sprawy|numer sprawy|przypadku|обращение|обращения|номер обращения|заявка|заявки|
  номер заявки|кейс|кейса|номер дела|тикет|звернення|vaka|vaka numarası|kayıt numarası|
  talep numarası|destek talebi|případ|případu|číslo případu|požadavku|prípad|prípadu|
  υπόθεση|υπόθεσης|αριθμός υπόθεσης|αιτήματος|ügyszám|esetszám|caz|cazului|număr caz|
  tapausnumero|hồ sơ|mã hồ sơ|số hồ sơ|mã yêu cầu|kasus|nomor kasus|tiket|nomor tiket|kes|
  nombor kes|رقم الحالة|الحالة|رقم القضية|رقم الطلب|رقم التذكرة|תיק|מספר תיק|מספר פנייה|
  פנייה|केस|केस नंबर|केस संख्या|मामला संख्या|เคส|หมายเลขเคส|เลขเคส|案例|案例编号|案例號碼|
  案例号|个案编号|個案編號|工单号|案件编号|ケース|ケース番号|受付番号|お問い合わせ番号|케이스|
  케이스 번호|사례|사례 번호|접수 번호|접수번호|个案|個案|案件|工单|slučaj|slučaja|broj slučaja|predmet|
  broj predmeta|случай|случая|atvejo|atvejis|juhtum|juhtumi`);
/** Letters of scripts with spaces between words: Chinese and Japanese words touch their neighbours. */
const SPACED_LETTER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]`;
const WORD_START = new RegExp(SPACED_LETTER, 'u');
/**
 * A case word, at most two short words ("number", "n°", "ID", "is") and a run of 8 to 15 digits
 * with no spaces that does not start with 0 (phone numbers are grouped or start with 0 or +).
 */
const LABELLED = new RegExp(
  String.raw`(?:${CASE_WORDS})(?:[ \t]*(?:[:：#=][ \t]*)?[\p{L}\p{M}.#°º№-]{1,14}){0,2}[ \t]*(?:[:：#=][ \t]*)?(?<value>[1-9]\d{7,14})(?!\d|[ \t./-]\d)`,
  'dgiu',
);
/** "just in case 4155551234 calls": English "in case" is not a case. */
const IN_CASE = /(?:^|[^\p{L}])in[ \t]+$/iu;
/** Apple's own formats: 12 digits from 10…, or 14 from 2000… */
const APPLE_FORMAT = /(?<![\d+])(?:10\d{10}|2000\d{10})(?!\d|[ \t./-]\d)/gu;
/** Near an Apple format, "Apple", "Support" or "AppleCare" is as good a sign as a case word. */
const CONTEXT = new RegExp(
  String.raw`(?<!${SPACED_LETTER})(?:${CASE_WORDS}|apple|support|applecare|サポート|客服|지원)(?!${SPACED_LETTER})`,
  'iu',
);
const WINDOW = 80;

function* labelled(text: string): Generator<Span> {
  for (const match of atWordStart(LABELLED, text, WORD_START)) {
    if (IN_CASE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const [start, end] = match.indices!.groups!.value!;
    yield { start, end };
  }
}

/** The text of the line around a position, at most WINDOW characters on either side. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW, text.lastIndexOf('\n', start) + 1);
  const newline = text.indexOf('\n', end);
  const to = Math.min(text.length, end + WINDOW, newline < 0 ? text.length : newline);
  return text.slice(from, start) + ' ' + text.slice(end, to);
}

/** Case numbers: after a case word, or in Apple's formats with a case word on the same line. */
export function* caseNumbers(text: string): Generator<Span> {
  yield* labelled(text);
  for (const match of text.matchAll(APPLE_FORMAT)) {
    const end = match.index + match[0].length;
    if (CONTEXT.test(lineAround(text, match.index, end))) yield { start: match.index, end };
  }
}
