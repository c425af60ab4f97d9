import type { Span } from './spans.ts';
import { readUncased, skipSpaces, uncasedWord } from './uncased.ts';

/**
 * A relative, then their name, in Arabic, Hebrew and Persian: "أخي يوسف لا…", "لأختي ريم
 * والنسخ…", "ולאחותי מיכל יש…", "אמא שלי רחל מקבלת…", "همسرم سارا هم…". The relative carries
 * its possessive as a suffix (أخي, אחותי, برادرم) or, in Hebrew, as "שלי" after it, and may take
 * the attached prepositions and "and" (ل، ب، و; ל, ב, ו, ש). With no capitals, the word after
 * the relative is as often a verb ("ابنتي تستخدم iPad", "בעלי ניסה להתנתק") as a name, so it
 * counts only where what follows it says it was the subject: a negation, a verb, "and", "also",
 * "has", or the end of the clause.
 */

const AR_RELATIVES = `أخي|اخي|أختي|اختي|زوجتي|زوجي|ابني|ابنتي|بنتي|ولدي|أمي|امي|أبي|ابي|والدتي|والدي|
  جدتي|جدي|خالتي|خالي|عمتي|عمي|صديقي|صديقتي|حفيدي|حفيدتي|خطيبي|خطيبتي`;
/** "ابن عمي" (my cousin), "زوج أختي" (my sister's husband): a relative of a relative. */
const AR_OF = `ابن|بنت|زوج|زوجة|أخو|أخت|اخت`;
const HE_RELATIVES = `אחי|אחותי|אשתי|אישתי|בעלי|בני|בתי|אמי|אבי|סבתי|סבי|גיסי|גיסתי|דודי|
  דודתי|נכדי|נכדתי|חברי|חברתי|בן זוגי|בת זוגי`;
/** Hebrew also says "mine" after the word: "אמא שלי", "הבת שלי". */
const HE_WITH_MINE = `אמא|אבא|סבתא|סבא|אח|אחות|בן|בת|בעל|אישה|גיס|גיסה|דוד|דודה|נכד|נכדה|
  חבר|חברה|בן הזוג|בת הזוג`;
const FA_RELATIVES = `برادرم|خواهرم|همسرم|شوهرم|زنم|مادرم|پدرم|دخترم|پسرم|مامانم|بابام|
  مادربزرگم|پدربزرگم|دوستم`;

const list = (words: string) => words.replace(/\s+/g, '').replace(/ /g, '[ \\t]+');
const alt = (words: string) =>
  words
    .split('|')
    .map((word) => word.trim().replace(/ /g, '[ \\t]+'))
    .join('|');

const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{M}])`;
const RELATIVE = new RegExp(
  BOUNDARY_BEFORE +
    `(?:` +
    // Arabic: "and", then a preposition, glued to the word ("ولأختي").
    `(?:[وف]?[لبك]?)(?:(?:${list(AR_OF)})[ \\t]+)?(?:${list(AR_RELATIVES)})` +
    `|(?:ו?[לבשמכ]?ה?)(?:${alt(HE_RELATIVES)})` +
    `|(?:ו?[לבשמכ]?ה?)(?:${alt(HE_WITH_MINE)})[ \\t]+שלי` +
    `|(?<fa>و?(?:${list(FA_RELATIVES)}))` +
    `)` +
    BOUNDARY_AFTER +
    `[ \\t]+`,
  'gu',
);

/** Words that go on a subject: negations, "has", "also", "is", "still". */
const SUBJECT_NEXT = new Set(
  `لا لم لن ما ليس ليست قد عنده عندها لديه لديها أيضا أيضاً كذلك هو هي كان كانت صار صارت لكنه لكنها
  לא גם יש אין עדיין כבר היה הייתה הוא היא
  هم نیز هنوز`.split(/\s+/),
);
/** Verbs that most often follow a relative in a note: they are what the relative did, not a name. */
const VERBS = new Set(
  `قال قالت يقول تقول جرب جربت حاول حاولت يحاول تحاول اشترى اشترت استخدم استخدمت يستخدم تستخدم
  عمل عملت فعل فعلت طلب طلبت غير غيرت أرسل أرسلت اتصل اتصلت يريد تريد
  ניסה ניסתה אמר אמרה קנה קנתה עשה עשתה ביקש ביקשה החליף החליפה התקשר התקשרה שלח שלחה רוצה צריך
  צריכה יכול יכולה
  گفت خرید خواست زد کرد دارد داره`.split(/\s+/),
);
/**
 * How a relative is, or when and where, said right after them ("زوجتي مريضة ولا…", "أمي كمان
 * عندها…", "אשתי חולה ולא…", "אחי תמיד אומר…").
 */
const STATES = new Set(
  `مريض مريضة كبير كبيرة صغير صغيرة مسافر مسافرة مشغول مشغولة متعب متعبة مسن مسنة أيضا فقط هنا
  هناك كمان برضه برضو حاليا حالياً دائما دائماً دايما أبدا أبداً اليوم أمس
  חולה עסוק עסוקה גדול גדולה קטן קטנה מבוגר מבוגרת זקן זקנה בחו"ל תמיד לפעמים בדיוק אתמול`.split(
    /\s+/,
  ),
);
/** An Arabic word with the article ("الصغير", the little one) describes; a first name has none. */
const ARTICLE = /^ال/u;

/**
 * A present-tense verb: Arabic "يـ"/"تـ", Hebrew participle "מ…", Persian "می‌"/"نمی‌" (a word is
 * read up to the zero-width non-joiner, so the prefix alone).
 */
const PRESENT_VERB = /^(?:[يت]\p{Script=Arabic}{3,}|מ\p{Script=Hebrew}{3,}|ن?می)$/u;
/** What the writer did with them, in Hebrew: "…איתי קניתי", "…ליאת ניסינו". */
const HE_WE_OR_I_DID = /^\p{Script=Hebrew}{2,}(?:תי|נו)$/u;
/** The next word opens with "and": "والنسخ", "ולכן". */
const AND_NEXT = /^[وו]\p{L}{2,}$/u;
const CLAUSE_END = /^[ \t]*(?:[,.!?;:،؛؟)"”»\r\n]|$)/u;

function saysSubject(text: string, at: number, strongOnly: boolean): boolean {
  if (CLAUSE_END.test(text.slice(at, at + 3))) return true;
  const next = uncasedWord(text, skipSpaces(text, at));
  if (!next) return false;
  if (SUBJECT_NEXT.has(next.text) || AND_NEXT.test(next.text)) return true;
  const verb = PRESENT_VERB.test(next.text) || HE_WE_OR_I_DID.test(next.text);
  return !strongOnly && (verb || VERBS.has(next.text));
}

export function* uncasedRelatives(text: string): Generator<Span> {
  for (const match of text.matchAll(RELATIVE)) {
    const name = readUncased(text, match.index + match[0].length, { words: 1 });
    if (!name) continue;
    const word = text.slice(name.start, name.end);
    if (VERBS.has(word) || STATES.has(word) || ARTICLE.test(word)) continue;
    // A word shaped like a verb itself ("تحاول تنزيل") needs a stronger sign than another verb;
    // so does Persian, whose verb ends the sentence ("مادرم همیشه می‌گوید": always says).
    const strongOnly = PRESENT_VERB.test(word) || Boolean(match.groups?.fa);
    if (saysSubject(text, name.end, strongOnly)) yield name;
  }
}
