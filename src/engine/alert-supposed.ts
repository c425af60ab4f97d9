/**
 * What a note says of an alert that is not showing now: one only supposed ("if it says storage
 * full I will buy more", "Wenn da iCloud-Speicher voll steht, …", "もし…と表示されたら"), one only
 * guessed ("my iCloud is probably full"), and one that showed before the one showing now ("It
 * used to say iCloud storage full, now it says Backup failed").
 */
import { CLAUSE_END, isNegation, SENTENCE_END, tokenize } from './alert-text.ts';

/**
 * "If" opening a supposition, to the end of its clause. Words that are also others' are read as
 * "if" only before what follows a supposition: French "si" (Italian "si" is reflexive, "Si è
 * verificato un errore"), Italian and Portuguese "se" (Spanish "se" is reflexive) before a verb of
 * showing, Dutch "als" and Scandinavian "om" opening the text or a clause.
 */
const IF_LATIN = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:` +
    [
      "if|in case|wenn|falls|s[’']il|si(?= (?:ça|ca|il|elle|on|je|j[’']|le|la|l[’']|mon|ma|me|te|tu|el|aparece|sale|dice|pone))",
      'se(?= (?:dice|dicesse|appare|compare|esce|mostra|aparecer|aparece|disser|diz|mostrar|der|vier|ficar))',
      '(?<=^\\s*|[,;:.!?]\\s*)(?:als|om)',
      'jeśli|jeżeli|gdyby|если|якщо|pokud|jestli|eğer|jos|dacă|αν|nếu|jika|kalau|apabila|إذا|אם|ถ้า|अगर|यदि',
    ].join('|') +
    // "If not" is "unless" or "without" ("Không thể sao lưu nếu không có địa chỉ email …").
    String.raw`)(?![\p{L}\p{M}])(?!\s+(?:not|nicht|kein|pas|no|non|não|niet|nie|не|không|tidak|ei|δεν|לא|ไม่|नहीं)(?![\p{L}\p{M}]))`,
  'iu',
);
/**
 * Japanese "もし" up to the conditional ending, Chinese "如果" up to "就", Korean "만약" up to "-면",
 * Thai "ถ้า" (written against the next word) up to "จะ" or "ก็", or the clause end.
 */
const IF_CJK =
  /もし.*?(?:たら|れば|なら|ば|$)|(?:如果|要是|假如|万一|萬一).*?(?:的话|的話|就|$)|만약.*?(?:면|$)|ถ้า.*?(?:จะ|ก็|$)/u;

/**
 * Guesses ("probably", "vielleicht", "peut-être", "たぶん", "可能"): the clause says what might be,
 * not what showed. Not words that also mean "can" (Polish "może", Romanian "poate"), nor "可能"
 * inside "不可能" (impossible).
 */
const GUESS =
  /(?<![\p{L}\p{M}])(?:probably|maybe|perhaps|might|possibly|vielleicht|wahrscheinlich|vermutlich|peut-être|probablement|quizás|quizá|tal vez|probablemente|forse|probabilmente|talvez|provavelmente|misschien|waarschijnlijk|kanske|måske|kanskje|возможно|наверное|можливо|мабуть|možná|ehkä|luultavasti|belki|muhtemelen|talán|có lẽ|mungkin)(?![\p{L}\p{M}])|たぶん|多分|かもしれ|(?<!不)可能是|也许|大概|아마|어쩌면/iu;

/**
 * A supposition that the alert shows ("if it says …", "wenn da … steht", "もし…と表示されたら"):
 * what follows it in the sentence is what the user would then do ("I will buy more", "je
 * prendrai plus"), no more an alert than the supposition. "If I tap Back Up Now, it says Backup
 * failed" supposes no showing: it reports what happens each time.
 */
const SHOWING_VERBS =
  'says?|shows?|appears?|pops|gets?|steht|sagt|zeigt|kommt|dit|affiche|dice|sale|aparece|pone|appare|compare|mostra|aparecer|diz|staat|zegt|står|säger|siger|sier|pisze|пишет|пише|показывает|показує';
const SHOWING = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${SHOWING_VERBS})(?![\p{L}\p{M}])|表示|出たら|提示|显示|弹出`,
  'iu',
);

/** The text without its suppositions and guesses, clause by clause. */
export function withoutSupposed(input: string): string {
  if (!IF_LATIN.test(input) && !IF_CJK.test(input) && !GUESS.test(input)) return input;
  let consequence = false;
  return input
    .split(CLAUSE_END)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (SENTENCE_END.test(part)) consequence = false;
        return part;
      }
      if (consequence || GUESS.test(part)) return '';
      const cjk = IF_CJK.exec(part);
      const latin = cjk ? undefined : IF_LATIN.exec(part);
      const supposed = cjk?.[0] ?? (latin ? part.slice(latin.index) : '');
      consequence = SHOWING.test(supposed);
      if (cjk) return part.slice(0, cjk.index) + part.slice(cjk.index + cjk[0].length);
      return latin ? part.slice(0, latin.index) : part;
    })
    .join('');
}

/**
 * "Now" opening a clause ("…, now it says …", "jetzt steht da …", "今は…"): what follows is
 * the alert showing now; an alert before it showed earlier. Romanian "nu" (not) before its verb
 * is no "now". Chinese "现在变成" (now it became) is read whole: its verb is no app's name.
 */
export const NOW_WORDS = [
  'now|jetzt|nun|maintenant|désormais|ahora|adesso|ora|agora|nu(?! (?:s|se|a|am|ai|au|ar|e|este|sunt|pot|mai|va|vor|are|avem|face|fac|poate|merge)(?![\\p{L}]))',
  'nå|teraz|teď|nyní|теперь|сейчас|тепер|зараз|şimdi|nyt|most|τώρα|acum|bây giờ|sekarang',
  // Vietnamese "giờ" alone is also the hour ("2 giờ"): now only before "already", "then", "still".
  'giờ(?= (?:đã|thì|vẫn)(?![\\p{L}\\p{M}]))',
].join('|');
const NOW = new RegExp(
  String.raw`(?:^|[,;:.!?。！？、，；：\r\n]\s*|\s(?:but|and|aber|und|mais|et|pero|y|ma|e|mas|maar|en|men|och|og|ale|но|а|і)\s+)(?:` +
    NOW_WORDS +
    String.raw`)(?![\p{L}\p{M}])|(?:^|[,;:.!?。！？、，；：\r\n]\s*)(?:今は|今では|現在は|(?:现在|現在|如今)(?:变成了?|变为|成了|显示|是)?|지금은|이제는)` +
    // With no mark before it, "now" opens the clause when a verb of showing follows: "It used to
    // say iCloud storage full now it says backup failed".
    String.raw`|\s(?:now|jetzt|maintenant|ahora|adesso|ora|agora|nu|teraz|теперь|сейчас|тепер|зараз)(?=\s+(?:(?:it|es|da|ça|ca|il|er|me|mi|mu)\s+)?(?:${SHOWING_VERBS})(?![\p{L}\p{M}]))`,
  'giu',
);

/**
 * "Works", "fine", "fixed": said in the clause opened by "now" with no negation, the alert before
 * it is gone ("It used to say Backup failed but now the backup works fine", "今は直りました").
 */
const WORKING =
  /(?<![\p{L}\p{M}])(?:works?|working|fine|ok|okay|fixed|solved|funktioniert|klappt|marche|fonctionne|funciona|funziona|werkt|fungerar|virker|fungerer|działa|работает|працює|funguje|toimii|çalışıyor|működik|merge|ổn|berhasil|normal)(?![\p{L}\p{M}])|괜찮|直り|直っ|好了|正常/iu;
export const worksNow = (now: string) => WORKING.test(now) && !tokenize(now).some(isNegation);

/** The part of a text after its last clause opened by "now", if any. */
export function saidNow(input: string): string | undefined {
  let after: number | undefined;
  for (const m of input.matchAll(NOW)) after = m.index + m[0].length;
  const rest = after === undefined ? '' : input.slice(after);
  return rest.trim() ? rest : undefined;
}

/**
 * A tip or a rule opening a sentence ("Tip: backups fail if …", "Normally backups only fail when
 * …", "En général, …", "ヒント：…"): what backups do in general, no alert shown. Not "Hinweis" nor
 * "提示", which name the message shown.
 */
const GENERAL = new RegExp(
  String.raw`^\s*(?:` +
    [
      // Turkish "İpucu": its dotted capital has no one-letter lower case to match by.
      'tips?|hint|tipp|astuce|consejo|suggerimento|dica|vinkki|wskazówka|İpucu|ipucu',
      'usually|normally|typically|generally|in general|as a rule|normalerweise|meistens|in der regel',
      'en général|généralement|normalement|normalmente|generalmente|por lo general|di solito',
      'solitamente|geralmente|normaal|meestal|vanligtvis|normalt|обычно|как правило|zazwyczaj',
      'zwykle|genellikle|normalde|yleensä',
    ].join('|') +
    String.raw`)(?![\p{L}\p{M}])|^\s*(?:ヒント|팁|通常|一般的に|一般来说|一般來說|보통|일반적으로)`,
  'iu',
);
/**
 * "But" turns from the rule to what happened ("Normally it works, but now …"); French "mais" only
 * before a word Portuguese "mais" (more) is not followed by ("não aparece mais armazenamento").
 */
const BUT =
  /\s(?:but|aber|pero|ma|mas|maar|но|ale|men|fakat|mutta|mais(?=\s+(?:aujourd|maintenant|depuis|là|ça|il|elle|je|j[’']|cette|ce)))\s/iu;

/**
 * An alert said to be gone, with no "now": "… went away", "… ist verschwunden", "ne s'affiche
 * plus", "消えました". Not "no longer" alone, which says a backup no longer works ("Backup geht
 * nicht mehr", "ya no puedo hacer copia", "je n'ai plus de place").
 */
const GONE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:` +
    [
      'went away|go(?:ne|es)? away|disappeared|vanished',
      String.raw`no longer (?:get|see) the(?:\s+\S+){0,4}?\s+(?:alert|message|notification|warning)|(?:has|have)(?: not|n[’']t) come back`,
      String.raw`verschwunden|(?:kommt|erscheint)(?:\s+\S+){0,4}\s+nicht\s+mehr|(?:geht|klappt) (?:es|alles) wieder`,
      String.raw`disparu|n[’']ai plus (?:l[’']alerte|le message|la notification)|ne s[’']affiche plus|plus de message`,
      String.raw`desapareci[óo]|ya no(?= (?:me )?(?:sale|aparece)|\s*[.!]?\s*$)|sparit[oa]|non (?:compare|esce|appare) più`,
      'sumiu|desapareceu|não aparece mais|verdwenen|zniknął|zniknęła|zniknęło|пропал[аио]?|исчез(?:ло|ла)?',
      'kayboldu|försvann|biến mất',
      // "Gone" and "weg" said of the message itself: "all my space is gone" says it is full.
      // The message may be named between: "die Meldung iCloud-Speicher voll ist weg".
      String.raw`(?:it|alert|message|notification|warning|pop-?up)(?:\s+\S+){0,4}?(?:[’']s| is| has)(?: now)? gone`,
      String.raw`(?:es|Meldung|Hinweis|Warnung|Mitteilung|melding|het)(?:\s+\S+){0,4}?\s+i(?:st|s)(?: jetzt| wieder)? weg`,
      String.raw`(?:message|alerte|notification)(?:\s+\S+){0,4}?\s+est partie?|se (?:fue|ha ido)|(?:è|sono) andat[oaie] via|foi embora`,
      'không còn (?:báo|hiện|thấy)',
    ].join('|') +
    String.raw`)(?![\p{L}\p{M}])|消えました|消えた|사라졌|消失了`,
  'iu',
);

/** Said gone, not denied so ("it has not gone away"). */
function gone(sentence: string): boolean {
  const verb = GONE.exec(sentence);
  return !!verb && !tokenize(sentence.slice(0, verb.index)).slice(-1).some(isNegation);
}

/** Just after a sentence's end: a split there keeps each sentence's mark with it. */
const AFTER_SENTENCE_END = new RegExp(`(?<=${SENTENCE_END.source})`, 'u');

/**
 * The text without its sentences of tips and rules and of an alert gone, each up to a "but"
 * within it.
 */
export function withoutGeneral(input: string): string {
  return input
    .split(AFTER_SENTENCE_END)
    .map((sentence) => {
      if (!GENERAL.test(sentence) && !gone(sentence)) return sentence;
      const but = BUT.exec(sentence);
      return but ? sentence.slice(but.index) : '';
    })
    .join('');
}
