import { phrases } from './lexicon.ts';
import { atWordStart, type Span } from './spans.ts';

/*
 * Numbers that identify a person to a state, a bank or an insurer: national identity, tax and
 * social security numbers, passports, driving licences, bank accounts. Their shapes differ by
 * country and overlap with dates ("19900101-1234"), codes ("12345678Z") and plain words
 * ("BNCGLI85M41H501Z"), so they are found after their labels; the exported summary names them as
 * serial numbers, as it does card numbers.
 */

const LABELS = phrases(`
  passport|passport number|passport no|passport #|reisepass|reisepassnummer|passnummer|
  passeport|numéro de passeport|pasaporte|número de pasaporte|passaporto|numero di passaporto|
  passaporte|número do passaporte|paspoort|paspoortnummer|паспорт|номер паспорта|paszport|
  numer paszportu|driver's license|driver's licence|drivers license|driving licence|
  driving license|licence number|license number|dl number|führerschein|führerscheinnummer|
  permis de conduire|carnet de conducir|carta de condução|rijbewijs|rijbewijsnummer|
  ssn|social security|social security number|social security no|ni number|national insurance|
  national insurance number|nhs number|nhs no|sozialversicherungsnummer|versicherungsnummer|
  rentenversicherungsnummer|steuer-id|steueridentifikationsnummer|steuernummer|
  personalausweis|personalausweisnummer|ausweisnummer|ausweis-nr|numéro de sécurité sociale|
  sécurité sociale|nir|numéro fiscal|carte d'identité|numéro de carte d'identité|dni|nif|
  número de la seguridad social|seguridad social|cédula|cedula|curp|rfc|
  codice fiscale|carta d'identità|tessera sanitaria|cpf|cartão de cidadão|
  bsn|burgerservicenummer|personnummer|personnr|personnummeret|cpr|cpr-nummer|cpr nr|
  fødselsnummer|fødselsnummeret|henkilötunnus|hetu|pesel|nip|regon|dowód osobisty|
  numer dowodu|инн|снилс|серия и номер паспорта|tc kimlik|tc kimlik no|t.c. kimlik no|
  kimlik no|kimlik numarası|tckn|rodné číslo|aadhaar|aadhar|pan card|pan number|emirates id|
  national id|national id number|id number|id card|id card number|identity number|
  identity card number|tax id|tax number|iban|bank account|account number|sort code|
  kontonummer|numéro de compte|número de cuenta|numero di conto|número da conta|rekeningnummer|
  주민등록번호|주민번호|外国人登録番号|マイナンバー|個人番号|身份证|身份证号|身份证号码|身分證|
  身分證字號|护照号|護照號碼|银行卡号|旅券番号|パスポート番号|運転免許証番号|免許証番号|
  在留カード番号|
  เลขบัตรประชาชน|เลขประจำตัวประชาชน|เลขบัตรประจำตัวประชาชน|บัตรประชาชน|บัตรประชาชนเลขที่|
  เลขประจำตัวผู้เสียภาษี|หนังสือเดินทาง|เลขที่หนังสือเดินทาง|เลขหนังสือเดินทาง|
  căn cước|căn cước công dân|số căn cước|số căn cước công dân|chứng minh nhân dân|
  số chứng minh nhân dân|số cccd|số cmnd|mã số thuế|hộ chiếu|số hộ chiếu|
  nomor ktp|no ktp|no. ktp|nomor induk kependudukan|nomor paspor|paspor|nomor npwp|
  kad pengenalan|no. kad pengenalan|no kad pengenalan|nombor kad pengenalan|no. ic|no ic|
  nombor ic|nombor pasport|pasport|
  आधार|आधार नंबर|आधार संख्या|आधार कार्ड|आधार कार्ड नंबर|पैन|पैन कार्ड|पैन नंबर|पासपोर्ट|
  पासपोर्ट नंबर|
  رقم الهوية|رقم الهوية الوطنية|الهوية الوطنية|رقم الإقامة|رقم الاقامة|رقم جواز السفر|
  جواز السفر|الرقم القومي|الرقم الوطني|رقم البطاقة الشخصية|رقم البطاقة المدنية|بطاقة الهوية|
  תעודת זהות|מספר תעודת זהות|מספר זהות|ת.ז.|ת.ז|ת"ז|ת״ז|דרכון|מספר דרכון|
  αριθμός ταυτότητας|αριθμός διαβατηρίου|διαβατήριο|
  cod numeric personal|carte de identitate|pașaport|pasaport|
  ідентифікаційний код|ідентифікаційний номер|податковий номер|номер паспорта|
  személyi igazolvány|személyi igazolvány száma|személyi szám|adóazonosító|adóazonosító jel|
  taj szám|útlevél|útlevélszám|číslo občanského průkazu|občanský průkaz|číslo pasu|
  osobna iskaznica|broj osobne iskaznice|лична карта|isikukood|asmens kodas`);

/**
 * Labels that are also words in some language ("nie" is Polish for "not", "pan" for "Mr"),
 * matched only in the capitals they are written in.
 */
const ACRONYMS = `NIE|NIK|KTP|NPWP|CCCD|CMND|CNP|OIB|JMBG|TAJ|PAN|ΑΦΜ|ΑΜΚΑ|ΑΔΤ|РНОКПП|ІПН|ЄДРПОУ|ЕГН|ЛНЧ|MyKad`;

/** After the label: "number", "no.", "#", a colon, "is", "是"… */
const BETWEEN = String.raw`(?:[ \t]*(?:number|no\.?|nr\.?|nummer|numéro|número|numero|#|n[°º]\.?|nomor|nombor|số|szám|száma|číslo|broj|numărul|номер|αριθμός|नंबर|संख्या|เลขที่))?(?:[ \t]+(?:của tôi|của mình|saya|aku|ku|ของฉัน|ของผม|ของดิฉัน|שלי|मेरा|मेरी))?(?:[ \t]*[:：=#]|[ \t]+(?:is|ist|est|es|è|é|är|er|je|to|là|adalah|ialah|คือ|הוא|היא|هو|هي|है)(?=[ \t])|[ \t]*(?:是|は|는|은))?[ \t]*`;
const AFTER_LABEL = String.raw`(?![\p{L}\p{M}])${BETWEEN}`;
const LABELLED = new RegExp(`(?:${LABELS})${AFTER_LABEL}`, 'giu');
const ACRONYM_LABELLED = new RegExp(`(?:${ACRONYMS})${AFTER_LABEL}`, 'gu');
/** Chinese, Japanese and Korean labels touch the words before them: "我的身份证号是…". */
const SPACED_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]/u;

/**
 * The value: groups of letters and digits joined by one space, dot, dash or slash ("DE89 3704
 * 0044 0532 0130 00", "2 85 05 75 123 456 78", "19900101-1234", "X1234567"). A group is a number
 * or holds one, or is a short group of capitals ("GB29 NWBK 6016 …"); the value ends at a word.
 */
const GROUP = /[\p{L}\p{N}]+/uy;
const SEPARATOR = /[ .\-/][ \t]?/y;

function valueAt(text: string, at: number): Span | undefined {
  let end = at;
  let digits = 0;
  for (let pos = at; ;) {
    GROUP.lastIndex = pos;
    const group = GROUP.exec(text)?.[0];
    if (!group || !(/\p{N}/u.test(group) || /^\p{Lu}{1,4}$/u.test(group))) break;
    digits += group.replace(/\D/gu, '').length;
    end = pos + group.length;
    SEPARATOR.lastIndex = end;
    const separator = SEPARATOR.exec(text)?.[0];
    if (!separator) break;
    pos = end + separator.length;
  }
  return digits >= 4 ? { start: at, end } : undefined;
}

export function* identityNumbers(text: string): Generator<Span> {
  const labels = [
    ...atWordStart(LABELLED, text, SPACED_WORD),
    ...atWordStart(ACRONYM_LABELLED, text, SPACED_WORD),
  ];
  for (const match of labels) {
    const value = valueAt(text, match.index + match[0].length);
    if (value) yield value;
  }
}
