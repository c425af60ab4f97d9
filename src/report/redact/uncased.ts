import type { Span } from './spans.ts';

/**
 * Reading a name in Hebrew, Arabic, Thai or Devanagari (Hindi). These scripts have no capital
 * letters to tell a name from the word after it, so a name is one or two words of the script
 * right where a phrase introduces it, and reading stops at punctuation, a Latin word, a digit or
 * one of the everyday words below. Thai writes no spaces between words, only between phrases:
 * a Thai "word" here is a run of letters, which after a name-introducing phrase is the name.
 */

const LETTERS = String.raw`\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}`;
/** Text that holds any of these scripts; the detectors run only on it. */
export const UNCASED = new RegExp(`[${LETTERS}]`, 'u');
/** A letter, an Arabic tatweel ("بـريم"), or a Hebrew geresh inside a word ("ג'ורג"). */
const WORD = new RegExp(String.raw`[${LETTERS}](?:[${LETTERS}\u0640]|['׳](?=[${LETTERS}]))*`, 'uy');
/** Thai glues the polite particle to the word before it: "มาลีค่ะ", "นภาพูดค่ะ". */
const THAI_PARTICLE = /(?:นะคะ|นะครับ|ครับ|ค่ะ|คะ|จ้ะ|จ้า)$/u;
const SPACES = /[ \t\u00a0]*/y;
/** The longest Thai run read as a name: longer ones are phrases written without spaces. */
const MAX_THAI = 14;

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Everyday words that follow the phrases in notes: pronouns, prepositions, "is", "and", the
 * participles of "I am connected / backing up / writing / living in" and the device words; and
 * what "I am" says instead of a name, a job or a state ("मैं छात्र हूँ", "من خسته هستم").
 */
const STOP = words(`
  אני אתה את הוא היא אנחנו הם הן שלי שלך שלו שלה שלנו שלכם של עם על אל לא כן גם רק עוד כבר
  יש אין זה זו זאת מה מי איך למה כי אבל או אם כל היום אתמול עכשיו כאן פה שם תודה שלום היי הי
  בבקשה מחובר מחוברת מגבה מנסה כותב כותבת מדבר מדברת משתמש משתמשת לקוח לקוחה בתור דרך מאוד
  קצת ממש עדיין לי לך לו לה לנו אמר אמרה מצטער מצטערת רוצה צריך צריכה יכול יכולה חושב חושבת
  יודע יודעת משלם משלמת מקבל מקבלת מחכה ממתין ממתינה אייפון אייפד מק גר גרה עובד עובדת נמצא
  נמצאת לומד לומדת מתגורר מתגוררת תושב תושבת מחפש מחפשת מבקש מבקשת פונה מקווה
  أنا انا أنت انت هو هي نحن في من على إلى الى عن مع هذا هذه ذلك لا لم لن ما و أو ثم قد كل عند
  عندي لدي لي الخاص الخاصة تبع حق يا هل كان كانت يقول يظهر توقف متصل متصلة مشترك مشتركة آسف
  آسفة جدا جداً أيضا أيضاً الآن اليوم شكرا شكراً مرحبا مرحباً آيفون ايفون أيفون آيباد ايباد ماك
  است هست هستم هستیم قال قالت جهاز ساكن ساكنة مقيم مقيمة أعيش اعيش أسكن اسكن موجود موجودة أعمل اعمل
  मैं मेरा मेरी मेरे है हूँ हूं हैं था थी का की के को से में पर और या भी नहीं ने यह वह जी तो ही
  बोल रहा रही रहे कनेक्टेड परेशान ठीक तैयार नया नई ग्राहक यूज़र उपयोगकर्ता बहुत यहाँ यहां वहाँ
  अभी साइन लॉग निराश दुखी खुश आप आपका आपकी आपके हम हमारा फ़ोन फोन आईफोन आईफ़ोन आईपैड मैक
  स्कूल काम घर पुराना पुरानी नया किसी सबका उसका उसकी उनका उनकी
  छात्र छात्रा विद्यार्थी शिक्षक शिक्षिका अध्यापक टीचर डॉक्टर इंजीनियर नर्स वकील किसान दुकानदार
  गृहिणी रिटायर सेवानिवृत्त बुज़ुर्ग बुजुर्ग मैनेजर भारतीय चिंतित नाराज़ थका थकी
  دانشجو دانش‌آموز معلم دکتر پزشک مهندس پرستار کارمند بازنشسته خانه‌دار بیکار وکیل برنامه‌نویس
  ایرانی خسته ناراحت نگران عصبانی مریض
  ครับ ค่ะ คะ นะ นะคะ นะครับ จ้ะ จ้า ผม ฉัน ดิฉัน เรา หนู คุณ
`);

/** Family words that own devices without naming anyone: "אמא שלי", "ابني", "ลูกสาว", "बेटी". */
const RELATIVES = words(`
  אמא אבא סבתא סבא אשתי בעלי אחי אחותי בני בתי הבן הבת הילד הילדה חבר חברה
  ابني ابنتي بنتي ولدي زوجتي زوجي أمي امي أبي ابي والدتي والدي أخي اخي أختي اختي
  बेटा बेटी बेटे माँ मां माता पिता पापा मम्मी पत्नी पति भाई बहन दोस्त दादी दादा नानी नाना
  ऑफिस कंपनी
`);
const THAI_RELATIVE =
  /^(?:ลูกสาว|ลูกชาย|ลูก|คุณแม่|คุณพ่อ|แม่|พ่อ|ภรรยา|สามี|แฟน|เพื่อน|พี่สาว|พี่ชาย|น้องสาว|น้องชาย|ยาย|ปู่|ย่า|บริษัท)(?:ผม|ฉัน|ดิฉัน|เรา|หนู)?$/u;

/**
 * Thai runs that start with an everyday word are a phrase, not a name: "ของคุณ" (your),
 * "ใช้ iPhone" (use), "บอกว่า" (said), "ตั้งแต่" (since), "ที่อยู่" (address), and the words that
 * say how to reach someone: "โทร" (call), "เบอร์" (number), "ติดต่อ" (contact), "อีเมล" (email).
 */
const THAI_PHRASE =
  /^(?:ผม|ฉัน|ดิฉัน|เรา|หนู|คุณ|เขา|เธอ|ชื่อ|ของ|ที่|ไม่|ได้|ใช้|จะ|ก็|แต่|และ|หรือ|ตั้งแต่|บอก|เป็น|อยู่|ยัง|ขอ|ลอง|ช่วย|กำลัง|เคย|ต้อง|อยาก|ซื้อ|สำรอง|ผู้ใช้|บัญชี|อุปกรณ์|เครื่อง|ไฟล์|ว่า|แล้ว|เลย|ด้วย|มีปัญหา|ใคร|อะไร|ครับ|ค่ะ|คะ|นะ|โทร|เบอร์|ติดต่อ|อีเมล|มือถือ)/u;

/** Small words inside an Arabic name that always take the next word: "خالد عبد الله". */
const PARTICLES = words(`عبد أبو ابو بن بنت ابن آل`);

/** What may follow a name read with `needsBreak`: punctuation or the end of the line. */
const BREAK = /[ \t]*(?:[,.!?;:،؛)"”'»।\r\n]|$)/y;

export interface UncasedWord {
  start: number;
  end: number;
  text: string;
}

export const isRelativeWord = (word: string) => RELATIVES.has(word) || THAI_RELATIVE.test(word);

export function isStopWord(word: string): boolean {
  return (
    STOP.has(word) || RELATIVES.has(word) || THAI_RELATIVE.test(word) || THAI_PHRASE.test(word)
  );
}

export function skipSpaces(text: string, at: number): number {
  SPACES.lastIndex = at;
  return at + (SPACES.exec(text)?.[0].length ?? 0);
}

export function uncasedWord(text: string, at: number): UncasedWord | undefined {
  WORD.lastIndex = at;
  let word = WORD.exec(text)?.[0];
  if (!word) return undefined;
  const particle = THAI_PARTICLE.exec(word);
  if (particle && particle.index > 0) word = word.slice(0, particle.index);
  return { start: at, end: at + word.length, text: word };
}

const script = (word: string) =>
  /\p{Script=Hebrew}/u.test(word)
    ? 'he'
    : /\p{Script=Arabic}/u.test(word)
      ? 'ar'
      : /\p{Script=Thai}/u.test(word)
        ? 'th'
        : 'hi';

/** A word that can be (part of) a name: not an everyday word, not a long Thai phrase. */
function nameLike(word: UncasedWord): boolean {
  return !isStopWord(word.text) && (script(word.text) !== 'th' || word.text.length <= MAX_THAI);
}

/** A whole word of these scripts that can be (part of) a name. */
export function isNameWord(word: string): boolean {
  const read = uncasedWord(word, 0);
  return read?.text === word && nameLike(read);
}

/**
 * A word that goes on with the one before: the same script, not an everyday word, and not
 * opening with the Hebrew or Arabic "and" (ו, و), which starts the next clause ("ומאז").
 */
function continues(previous: UncasedWord, next: UncasedWord): boolean {
  if (script(next.text) !== script(previous.text) || !nameLike(next)) return false;
  return !/^[וو]/u.test(next.text) || PARTICLES.has(previous.text);
}

export interface UncasedOptions {
  /** How many words the name may have (Arabic particles not counted): one or two. */
  words: 1 | 2;
  /** Only a name that both words are found for: first name and surname (Thai "ผม …"). */
  both?: boolean;
  /** Only a name followed by punctuation or the end of its line ("אני יוסי,"). */
  needsBreak?: boolean;
}

/** Reads a name of one or two words of these scripts starting at `at`. */
export function readUncased(text: string, at: number, options: UncasedOptions): Span | undefined {
  const first = uncasedWord(text, skipSpaces(text, at));
  if (!first || !nameLike(first)) return undefined;
  let last = first;
  let count = 1;
  for (let i = 0; i < 4; i++) {
    const gap = skipSpaces(text, last.end);
    const next = gap > last.end ? uncasedWord(text, gap) : undefined;
    const joined = PARTICLES.has(last.text);
    if (!next || !continues(last, next) || (!joined && count >= options.words)) break;
    last = next;
    if (!joined) count++;
  }
  if (options.both && count < 2) return undefined;
  BREAK.lastIndex = last.end;
  if (options.needsBreak && !BREAK.test(text)) return undefined;
  return { start: first.start, end: last.end };
}
