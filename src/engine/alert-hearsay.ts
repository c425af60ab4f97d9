/**
 * What a note says that is not an alert the user saw: what someone else claimed ("A friend said
 * backups fail when storage is low", "Un ami m'a dit que …", "听说 …") and what it says of a
 * setting's control ("The 'Back Up This iPad' switch is grey and I can't tap it"), whose label
 * holds an alert's words and whose "can't tap" is no "can't back up".
 */
import { NOW_WORDS } from './alert-supposed.ts';
import { CLAUSE_MARK, JOINING_WORDS, SENTENCE_END, STOPWORDS, tokenize } from './alert-text.ts';

/**
 * A verb by which a person told the user something, or the user read or heard it, in the past:
 * what follows to the end of its sentence is a claim, no message shown. Present forms ("it says")
 * are how the device shows one and stay.
 */
const HEARSAY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:` +
    [
      String.raw`said|told|claimed|(?:read|heard)(?:\s+\p{L}+){0,3}?\s+that`,
      // A source named: "according to a forum", "laut Apple", "szerint".
      String.raw`according\s+to|laut|d[’']après|según|secondo|segundo|volgens|enligt|ifølge|согласно|według|podle|theo|menurut|göre|szerint`,
      // Said now: by someone ("my sister says her backup failed"), or by the device ("me dice que
      // mi iCloud está lleno", "ahora dice …"), which `someone` tells apart.
      String.raw`(says|tells|sagt|dit(?=\s+que)|dice|diz|zegt|säger|siger|sier|λέει|каже|говорит|zice|mówi|říká|sanoo|nói|bilang|אומר|אומרת|يقول|تقول)`,
      String.raw`meinte|sagte|behauptete|erzählte|(?:gelesen|gehört),?\s+dass`,
      String.raw`(?:m[’']|nous\s+)?a\s+dit|disait|(?:j[’']ai\s+)?(?:lu|entendu)\s+que`,
      String.raw`(?:me\s+)?(?:dijo|dijeron|ha\s+dicho|comentó)|(?:leí|escuché)\s+que`,
      String.raw`(?:mi\s+)?(?:ha|hanno)\s+detto|(?:ho\s+)?(?:letto|sentito)\s+che`,
      String.raw`disse|disseram|(?:me\s+)?falou|(?:li|ouvi)\s+que`,
      String.raw`zei|zeiden|(?:heeft|hebben)\s+gezegd|(?:gelezen|gehoord)\s+dat`,
      String.raw`sa\s+att?|sade|sagde|läste|hörde`,
      String.raw`ने\s+कहा`,
      String.raw`сказал[аио]?|говорил[аи]?|сказав|сказала|казав|казала|powiedział[aoy]?|mówił[aoy]?|słyszał(?:em|am)|czytał(?:em|am)|řekl[aoiy]?|říkal[aoiy]?|sanoi|sanoivat|a\s+spus|mondta|mondták|είπε|είπαν`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{M}])|听说|聽說|據說|据说|(?:朋友|别人|別人|客服|网上|網上|網路上)[说說]`,
  'iu',
);

/**
 * Who showed a message, not who claimed something: "it said", "my iPhone told me", "die Meldung
 * sagte", "le téléphone m'a dit".
 */
const SHOWER =
  /(?<![\p{L}\p{M}])(?:it|hij|il|ça|ca|es|er|het|det|den|оно|он|ono|to|i\s?cloud|iphone|ipad|phone|message|notification|alert|warning|Warnung|Hinweis|alerte|alerta|avviso|pop-?up|screen|settings|Meldung|Mitteilung|Nachricht|Handy|Telefon|Bildschirm|téléphone|écran|mensaje|notificación|pantalla|teléfono|messaggio|notifica|telefono|mensagem|notificação|tela|melding|scherm|telefoon|meddelandet?|телефон|сообщение|уведомление|экран|telefon|komunikat|powiadomienie|ekran)(?![\p{L}\p{M}])|アイフォン|画面|通知|設定|아이폰|화면|알림|설정/iu;

/**
 * A claim heard, said by its ending: Korean "…찼대요", Japanese "…だそうです" after a plain form
 * (not "なりそうです", looks like), Turkish "…söyledi", "…dedi".
 */
const HEARD_JA = /[だたるい]そう(?:です|だ)/u;
const HEARD_END = String.raw`[가-힣](?:대요|래요)|${HEARD_JA.source}|(?<![\p{L}\p{M}])(?:söyle\p{L}*|dedi(?:ler)?)`;

/**
 * Japanese and Korean report at the end of the sentence ("…と言っていました", "…と聞きました",
 * "…실패한대요", "…다고 했어요"): the claim is the sentence before it, said by the one its subject
 * (up to the first subject or topic particle) names. Told with no one named ("…って言われる")
 * is the device telling: only "told by" ("友達に…と言われた") names another.
 */
const REPORTED_END = new RegExp(
  String.raw`[^.!?。！？\r\n]*?(?:(?:と|って)(?:言って|言っ|聞い|聞き)|に[^.!?。！？\r\n]*?(?:と|って)言われ|(?:라|다)고\s*(?:했|하더|들었|말했)|${HEARD_END})[^.!?。！？\r\n]*`,
  'gu',
);
/** A quick look for such an ending before the sentences are read. */
const REPORTED = new RegExp(
  String.raw`(?:と|って)(?:言|聞)|(?:라|다)고\s*(?:했|하더|들었|말했)|${HEARD_END}`,
  'u',
);
/** The subject: up to the first particle that marks it, or the first space (Korean). */
const SUBJECT = /^[^がはにも\s]*/u;

/**
 * The text without the claims of others: each from its verb to the end of its sentence. A
 * Japanese or Korean sentence reports a claim only when its subject is someone: neither the device
 * nor a word the alerts know ("容量が足りないと言っています", "와이파이가 필요하대요", it says).
 */
export function withoutHearsay(input: string, known: (word: string) => boolean): string {
  const text = !REPORTED.test(input)
    ? input
    : input.replace(REPORTED_END, (sentence) => {
        // "…そうです" is always heard from someone, whatever its subject ("母のiPhoneで…と出るそうです").
        if (HEARD_JA.test(sentence)) return '';
        const subject = SUBJECT.exec(sentence.trim())![0];
        return !subject || SHOWER.test(subject) || known(subject) ? sentence : '';
      });
  return withoutLatinHearsay(text);
}

/**
 * Whether the clause before a verb of saying now names someone: a word of its own (not a function
 * word: "me dice"), no "now" ("ahora dice …") and no name with a capital inside ("WhatsApp says",
 * an app showing a message).
 */
const NOW_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${NOW_WORDS})(?![\p{L}\p{M}])`, 'iu');
const someone = (clause: string) =>
  !NOW_WORD.test(clause) &&
  !/\p{Ll}\p{Lu}/u.test(clause) &&
  tokenize(clause).some((word) => /\p{L}/u.test(word) && !STOPWORDS.has(word));

const SUBJECT_AFTER =
  /^\s*([^\s,]+)\s*(?:,|(?:that|dass|dat|att|at|que|che|що|что)(?![\p{L}\p{M}]))/iu;

function withoutLatinHearsay(input: string): string {
  const verb = HEARSAY.exec(input);
  if (!verb) return input;
  const before = input.slice(0, verb.index);
  const rest = input.slice(verb.index + verb[0].length);
  const end = SENTENCE_END.exec(rest);
  const clause = before.split(CLAUSE).pop()!;
  const after = end ? rest.slice(end.index) : '';
  // The device or its message as the one that "said" is a message shown: read past it.
  // A verb second puts the subject after it, before what it says: "Seitdem sagt iCloud-Backup,
  // es kann …", "Sedan dess säger iCloud-säkerhetskopiering att …".
  const next = SUBJECT_AFTER.exec(rest)?.[1] ?? '';
  if (SHOWER.test(clause) || (verb[1] && (SHOWER.test(next) || !someone(clause)))) {
    return before + verb[0] + withoutLatinHearsay(rest);
  }
  return before + withoutLatinHearsay(after);
}

/**
 * A setting's control (a switch, a button) or its greyed state: the clause says what the
 * control does, though its label ("Back Up This iPhone", "Jetzt sichern") holds an alert's words.
 * Not the verb ("switch to iCloud+") nor a colour of the device ("Space Grey").
 */
const CONTROL =
  /(?<![\p{L}\p{M}])(?:switch(?!\s+(?:to|on|off|from|over|back|plans?|phones?)(?!\p{L}))|toggle|button|(?<!space\s)gr[ae]y(?:ed)?(?:\s+out)?|Schalter|Taste|Knopf|ausgegraut|grau|bouton|interrupteur|gris[ée]?e?s?|interruptor|bot[óo]n|interruttore|pulsante|grigi[oa]|bot[ãa]o|cinza|acinzentad[oa]|schakelaar|knop|grijs|reglaget?|knappen?|gr[åa]t?t?|bryteren?|переключатель|кнопка|сер(?:ый|ая|ое|ые)|неактив\p{L}*|przełącznik|przycisk|szary|wyszarzon\p{L}*|перемикач|сір(?:ий|а|е)|přepínač|tlačítko|šed(?:ý|á|é)|anahtar\p{L}*|düğme\p{L}*|gri|kytkin|painike|harmaa|comutator\p{L}*|buton\p{L}*|kapcsoló|gomb|szürke|διακόπτης|κουμπί|γκρι|công tắc|nút|xám|tombol|sakelar|abu-abu)(?![\p{L}\p{M}])|스위치|버튼|회색|スイッチ|ボタン|グレー|灰色|开关|開關|按钮|按鈕/iu;

/** Where a clause ends, kept by a split: marks, and a joining word. */
const CLAUSE = new RegExp(String.raw`(${CLAUSE_MARK.source}|\s(?:${JOINING_WORDS}|mais)\s)`, 'iu');

/** The text without the clauses about a setting's control. */
export function withoutControls(input: string): string {
  if (!CONTROL.test(input)) return input;
  return input
    .split(CLAUSE)
    .map((part, i) => (i % 2 === 0 && CONTROL.test(part) ? '' : part))
    .join('');
}
