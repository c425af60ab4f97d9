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
  جدتي|جدي|خالتي|خالي|عمتي|عمي|صديقي|صديقتي|حفيدي|حفيدتي|خطيبي|خطيبتي|مديري|مديرتي|رئيسي|زميلي|زميلتي|جاري|جارتي`;
/** "ابن عمي" (my cousin), "زوج أختي" (my sister's husband): a relative of a relative. */
const AR_OF = `ابن|بنت|زوج|زوجة|أخو|أخت|اخت`;
const HE_RELATIVES = `אחי|אחותי|אשתי|אישתי|בעלי|בני|בתי|אמי|אבי|סבתי|סבי|גיסי|גיסתי|דודי|
  דודתי|נכדי|נכדתי|חברי|חברתי|בן זוגי|בת זוגי`;
/** Hebrew also says "mine" after the word: "אמא שלי", "הבת שלי". */
const HE_WITH_MINE = `אמא|אבא|סבתא|סבא|אח|אחות|בן|בת|בעל|אישה|גיס|גיסה|דוד|דודה|נכד|נכדה|
  חבר|חברה|בן הזוג|בת הזוג|מנהל|מנהלת|בוס|בוסית|עמית|עמיתה|שכן|שכנה`;
const FA_RELATIVES = `برادرم|خواهرم|همسرم|شوهرم|زنم|مادرم|پدرم|دخترم|پسرم|مامانم|بابام|
  مادربزرگم|پدربزرگم|دوستم|مدیرم|رئیسم|همکارم|همسایه‌ام|استادم`;

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
 * Arabic and Hebrew past tenses have no prefix to tell them by, so the common ones are listed, in
 * the masculine: the feminine adds ت (Arabic) or ה (Hebrew, whose final letter takes its inner
 * form: הלך, הלכה).
 */
const PAST_VERBS = `ذهب راح رجع عاد جاء باع فتح حذف مسح نسي ضغط دخل خرج سأل كتب رفض شاف أخذ قام بدأ
  حصل أضاف دفع اشترك لاحظ ترك وصل فقد كسر أصلح فشل نجح أعاد حمل نزل سجل
  הלך חזר מחק פתח שכח לחץ נכנס יצא שאל כתב מצא לקח התחיל הוסיף שילם איבד שבר תיקן הצליח נכשל`;
const INNER_FORM: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const feminine = (verb: string) =>
  /\p{Script=Hebrew}/u.test(verb)
    ? verb.replace(/[ךםןףץ]$/u, (letter) => INNER_FORM[letter]!) + 'ה'
    : verb + 'ت';
for (const verb of PAST_VERBS.split(/\s+/)) VERBS.add(verb).add(feminine(verb));
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
 * Which one of several the relative is, said before their name: "أخي الكبير يوسف", "אחי הגדול
 * דני", "אחותי הקטנה נועה". Hebrew names may open with ה ("הדס", "הילה"), so only these words.
 */
const WHICH_ONE = new RegExp(
  `^(?:ال\\p{Script=Arabic}+|ה(?:גדול|גדולה|קטן|קטנה|בכור|בכורה|צעיר|צעירה|תאום|תאומה|אמצעי|אמצעית))$`,
  'u',
);

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
/**
 * "And" then a verb goes on from a verb ("أخي ذهب واشترى", went and bought; "אחי הלך וקנה"): the
 * word before it was what the relative did, not their name. Two Arabic words that both end in the
 * feminine past's ت around "and" ("أمي صورت ونشرت") are two verbs of hers, listed or not.
 */
const FEMININE_PAST = /^(?!ال)\p{Script=Arabic}{2,5}ت$/u;
const andVerb = (word: string, next: string) =>
  AND_NEXT.test(next) &&
  (VERBS.has(next.slice(1)) || (FEMININE_PAST.test(word) && FEMININE_PAST.test(next.slice(1))));

function saysSubject(text: string, word: string, at: number, strongOnly: boolean): boolean {
  if (CLAUSE_END.test(text.slice(at, at + 3))) return true;
  const next = uncasedWord(text, skipSpaces(text, at));
  if (!next || andVerb(word, next.text)) return false;
  if (SUBJECT_NEXT.has(next.text) || AND_NEXT.test(next.text)) return true;
  const verb = PRESENT_VERB.test(next.text) || HE_WE_OR_I_DID.test(next.text);
  return !strongOnly && (verb || VERBS.has(next.text));
}

/**
 * What a relative has, in Arabic: "لابني سعيد هاتف" (my son Said has a phone), "عند أختي منى
 * مساحة", "مع ابن عمي ماجد اشتراك". After "for", "at" or "with" a relative, a word before one of
 * these things is the relative's name; a word that is itself one of them is what they have.
 */
const HAVING = /(?:(?:^|[^\p{L}\p{M}])(?:عند|لدى|مع)[ \t]+$)/u;
const AR_HAD = new Set(
  `هاتف جوال موبايل جهاز حساب اشتراك مساحة آيفون ايفون أيفون آيباد ايباد ماك نفس مشكلة رقم بريد صور
  نسخة تطبيق كمبيوتر لابتوب تابلت ساعة خطة باقة`.split(/\s+/),
);
const APPLE_THING = /^[ \t]*(?:iPhone|iPad|iPod|Mac|MacBook|iCloud|Apple)(?![\p{L}])/u;

function namesOwner(text: string, match: RegExpMatchArray, word: string, end: number): boolean {
  const glued = /^[وف]?ل/u.test(match[0]);
  if (AR_HAD.has(word) || !(glued || HAVING.test(text.slice(0, match.index)))) return false;
  const next = uncasedWord(text, skipSpaces(text, end));
  return next ? AR_HAD.has(next.text) : APPLE_THING.test(text.slice(end));
}

/**
 * Persian puts the object and the verb after the subject: "برادرم رضا عکس‌ها را پاک کرد" (my
 * brother Reza deleted the photos), "گوشی برادرم امیر پشتیبان نمی‌گیرد". A word after the relative
 * and before an object that "را", "has" or a present verb closes is the subject, so a name,
 * unless it is an everyday word said there: a time, a quantity, a preposition, a thing of theirs.
 */
const FA_OBJECT_THEN = new RegExp(
  String.raw`^(?![ \t]+را(?![\p{L}\p{M}]))(?:[ \t]+[^\s،.!?؛:]+){1,3}?[ \t]+(?:(?:را|دارد|ندارد|داره|نداره)(?![\p{L}\p{M}])|ن?می\u200c)`,
  'u',
);
const FA_NOT_NAMES = new Set(
  `گوشی موبایل آیفون آیپد تبلت لپ عکس فیلم فایل فضا حساب اکانت پشتیبان بکاپ آیکلود رمز تنظیمات
  برنامه اپ اپل حافظه پیام مشکل خطا ارور همه تمام کل چند بعضی برخی هیچ دیروز امروز فردا همیشه
  هنوز هم نیز قبلا قبلاً الان اخیرا اخیراً دوباره باز بازم تازه اشتباهی اشتباها اشتباهاً خودش
  خودم تصادفی بالاخره هرگز هیچوقت معمولا معمولاً حتی فقط این آن اون یه یک کلا کلاً واقعا واقعاً
  از با به در برای تا که و بر بی پیش بعد روی زیر توی بدون مثل اصلا اصلاً بیشتر کمتر تنها زیاد خیلی
  کم اول آخر قبل دیگر دیگه دیشب امشب پریروز هفته ماه سال صبح شب ظهر عصر`.split(/\s+/),
);
/** A noun joined to the next by the ezafe ("فضای ذخیره‌سازی", "کتابخانه‌ی عکس") is no name. */
const EZAFE = /(?:ای|ۀ)$/u;

/** Everyday Persian words, and any of two letters: "هر", "یه", "هم" are words, names are longer. */
export const isPersianEveryday = (word: string) => FA_NOT_NAMES.has(word) || word.length < 3;

/**
 * "Said" and "asked" take the one who spoke straight before them ("مدیرم رضا گفت": my manager
 * Reza said), where other verbs often have their object ("پدرم کار کرد").
 */
const FA_SAID = /^[ \t]+(?:گفت|پرسید)(?![\p{L}\p{M}])/u;

function persianSubject(text: string, word: string, end: number): boolean {
  if (isPersianEveryday(word) || EZAFE.test(word) || text.startsWith('\u200cی', end)) return false;
  const after = text.slice(end, end + 120);
  return FA_OBJECT_THEN.test(after) || FA_SAID.test(after);
}

export function* uncasedRelatives(text: string): Generator<Span> {
  for (const match of text.matchAll(RELATIVE)) {
    let at = match.index + match[0].length;
    const which = uncasedWord(text, at);
    if (which && WHICH_ONE.test(which.text)) at = skipSpaces(text, which.end);
    const name = readUncased(text, at, { words: 1 });
    if (!name) continue;
    const word = text.slice(name.start, name.end);
    if (VERBS.has(word) || STATES.has(word) || SUBJECT_NEXT.has(word) || ARTICLE.test(word))
      continue;
    const persian = Boolean(match.groups?.fa);
    // A word shaped like a verb itself ("تحاول تنزيل") needs a stronger sign than another verb;
    // so does Persian, whose verb ends the sentence ("مادرم همیشه می‌گوید": always says).
    const strongOnly = PRESENT_VERB.test(word) || persian;
    if (
      saysSubject(text, word, name.end, strongOnly) ||
      (!PRESENT_VERB.test(word) &&
        (persian ? persianSubject(text, word, name.end) : namesOwner(text, match, word, name.end)))
    )
      yield name;
  }
}
