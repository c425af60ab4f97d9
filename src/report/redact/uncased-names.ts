import { phrases } from './lexicon.ts';
import { nameLine } from './signatures.ts';
import { WALL, atWordStart, opensClause, type Span } from './spans.ts';
import { isPersianEveryday, uncasedRelatives } from './uncased-relatives.ts';
import { UNCASED, isNameWord, isStopWord, readUncased, type UncasedOptions } from './uncased.ts';

/**
 * Personal names in Hebrew, Arabic, Thai and Hindi notes, where the text introduces them: "my
 * name is", "I am", "here is", name labels, courtesy titles, a colleague's role, and a name alone
 * on the last line after a sign-off. With no capitals to go by, a sign-off followed by words on
 * its own line is never enough ("ขอบคุณครับ โชคดีครับ": thanks, good luck).
 */

interface Intro {
  pattern: RegExp;
  options: UncasedOptions;
  /** Only where a clause opens: "כאן" and "معكم" are also "here" and "with you". */
  clause?: boolean;
}

const intro = (list: string, options: UncasedOptions, clause = false): Intro => ({
  pattern: new RegExp(`(?:${phrases(list)})(?![\\p{L}\\p{M}])`, 'gu'),
  options,
  clause,
});

/** After these, one or two words are the name whatever follows. */
const STRONG = intro(
  `שמי|שמי הוא|השם שלי הוא|השם שלי|קוראים לי|מחובר בתור|מחוברת בתור|רשום בתור|רשומה בתור|
  اسمي|إسمي|اسمى|مسجل الدخول باسم|مسجلة الدخول باسم|مسجل باسم|مسجلة باسم|الدخول باسم|
  मेरा नाम|मेरा नाम है|اسم من|نام من|اسمم`,
  { words: 2 },
);
const LABELS: Intro = {
  pattern: new RegExp(
    `(?:${phrases(`שם|שם מלא|שם פרטי|שם משפחה|השולח|الاسم|الاسم الكامل|الإسم|اسم|المرسل|
      ชื่อ|ชื่อ-นามสกุล|ชื่อ นามสกุล|ชื่อจริง|นามสกุล|नाम|पूरा नाम|בעלים|הבעלים|בעל המכשיר|
      שם הלקוח|נמען|المالك|مالك|مالك الجهاز|صاحب الجهاز|اسم العميل|المستلم|เจ้าของ|
      เจ้าของเครื่อง|ชื่อลูกค้า|ผู้รับ|मालिक|ग्राहक का नाम|प्राप्तकर्ता`)})[ \\t]*[:：]`,
    'gu',
  ),
  options: { words: 2 },
};
/** "I am …" and "here is …": the name must end the clause ("אני יוסי,", "أنا هند،"). */
const SELF = intro(`אני|أنا|انا`, { words: 2, needsBreak: true });
const HERE = intro(
  `כאן|מדבר|מדברת|כותב לכם|כותבת לכם|معكم|معك|هنا`,
  { words: 2, needsBreak: true },
  true,
);
/** Courtesy titles: the name after them, the title kept ("גב' רחל אזולאי", "السيدة سعاد"). */
const TITLES: Intro = {
  pattern:
    /(?:גב['׳]|גברת|מר|ד"ר|ד״ר|السيدة|السيد|الأستاذة|الأستاذ|الدكتورة|الدكتور|الآنسة|श्रीमती|श्रीमान|श्री|सुश्री|कुमारी|डॉ\.?)(?![\p{L}\p{M}])/gu,
  options: { words: 2 },
};
/** A colleague by their role: one word, the first name they gave ("הנציג שלכם משה אמר"). */
const ROLES = intro(
  `הנציג שלכם|הנציגה שלכם|הנציג|הנציגה|הטכנאי|הטכנאית|الموظف|الموظفة|المندوب|موظفكم|सहयोगी|
  कर्मचारी|प्रतिनिधि`,
  { words: 1 },
);

/**
 * A greeting opening a clause, then one word that ends it: "שלום דנה,", "مرحبا خالد،",
 * "नमस्ते सुरेश,". Words that go on the greeting ("שלום רב", "مرحبا بكم") are no name.
 */
const GREETED = intro(
  `שלום|היי|הי|בוקר טוב|ערב טוב|سلام|مرحبا|مرحباً|أهلا|أهلاً|اهلا|مساء الخير|صباح الخير|नमस्ते|नमस्कार`,
  { words: 1, needsBreak: true },
  true,
);
const GREETING_GOES_ON = new Set(
  'רב לכולם לך לכם חברים צוות רבה بكم بك جميعا جميعاً الجميع عليكم علیکم دوستان همگی وسهلا وسهلاً सब सभी'.split(
    ' ',
  ),
);

/**
 * A relative, then their name before a postposition: "मेरे पति राकेश के फ़ोन में", "मेरी बेटी
 * अनन्या का". Hebrew and Arabic run on with a verb there ("בעלי ניסה"), which no particle tells
 * from a name, so they are left.
 */
const HI_RELATIVE_NAME =
  /(?=\p{Script=Devanagari})(?<=(?:मेरे|मेरी|मेरा|हमारे|हमारी|हमारा)[ \t]+(?:पति|पत्नी|बेटी|बेटा|बेटे|भाई|बहन|माँ|मां|पिता|पापा|मम्मी|दोस्त|दादी|दादा|नानी|नाना|मैनेजर|बॉस|सहकर्मी|टीचर|शिक्षक|अध्यापक)[ \t]+)\p{Script=Devanagari}+(?=[ \t]+(?:का|की|के|ने|को|से|भी)(?![\p{L}\p{M}]))/gu;

/**
 * Thai glues the name to the phrase before it: "ผมชื่อสมชาย ใจดี" (my name is), "ในชื่อ วิชัย"
 * (signed in under the name), "คุณประไพ" (the courtesy title, not in "ขอบคุณ" thanks or
 * "ของคุณ" your). A bare "ผม"/"ดิฉัน" (I) counts only before a first name and a surname.
 */
const THAI_STRONG = /(?:ผม|ฉัน|ดิฉัน|เรา|หนู|พี่)ชื่อ|ชื่อ(?:ผม|ฉัน)|ในชื่อ/gu;
const THAI_TITLE = /(?<=^|[\s("“]|ชื่อ)คุณ/gu;
const THAI_SELF = /(?<=^|[\s("“])(?:ผม|ดิฉัน)/gu;
/** "นภาพูดค่ะ" (Napha speaking): the name before "speaking", opening the note or a line. */
const THAI_SPEAKING = /(?<=^|\n)[ \t]*(\p{Script=Thai}{2,14}?)(?=พูด(?:ค่ะ|ครับ|นะคะ|นะครับ))/gu;

/** "मैं प्रिया वर्मा हूँ": the name between "I" and "am" (or "am speaking"). */
const HI_SELF = /(?<![\p{L}\p{M}])मैं(?![\p{L}\p{M}])/gu;
const HI_AM = /[ \t]+(?:हूँ|हूं|बोल[ \t]+(?:रहा|रही|रहे))(?![\p{L}\p{M}])/uy;
/** "अमित गुप्ता के नाम से" (under the name of …): the name before the phrase. */
const HI_UNDER_NAME = /[ \t]+के[ \t]+नाम[ \t]+से(?![\p{L}\p{M}])/gu;
const WORD_BEFORE = /(?<![\p{L}\p{M}])\p{Script=Devanagari}+$/u;
const TWO_WORDS_BEFORE =
  /(?<![\p{L}\p{M}])(?:\p{Script=Devanagari}+[ \t]+)?\p{Script=Devanagari}+$/u;

/** Sign-offs: the name alone on the next, last, line ("בברכה,\nאריאל שפירא"). */
const SIGN_OFF = new RegExp(
  `^(?:${phrases(`תודה|תודה רבה|תודה מראש|בברכה|בברכה רבה|בתודה|בהוקרה|שלכם|להתראות|
  בברכה חמה|בכבוד רב|شكراً|شكرا|شكرًا|شكراً لكم|شكرا لكم|شكرًا لكم|با تشکر|با سپاس|سپاس|ممنون|با احترام|ارادتمند|مع التحية|مع خالص التحية|مع خالص الشكر|مع جزيل الشكر|مع الشكر الجزيل|مع خالص التقدير|مع التقدير|مع فائق الاحترام|تحياتي|مع تحياتي|مع أطيب التحيات|مع الاحترام|مع الشكر|وشكراً|مع الشكر والتقدير|
  ขอบคุณครับ|ขอบคุณค่ะ|ขอบคุณ|ด้วยความนับถือ|ขอแสดงความนับถือ|ขอบคุณมากครับ|ขอบคุณมากค่ะ|ด้วยความเคารพ|ขอบคุณล่วงหน้าครับ|ขอบคุณล่วงหน้าค่ะ|
  धन्यवाद|सादर|आभार सहित|शुक्रिया|आपका|आपकी|भवदीय|भवदीया|सधन्यवाद`)})[ \\t]*[,،.!]?$`,
  'u',
);

const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

function* introduced(text: string, { pattern, options, clause }: Intro): Generator<Span> {
  for (const match of atWordStart(pattern, text, LETTER_MARK_OR_DIGIT)) {
    if (clause && !opensClause(text, match.index)) continue;
    const name = readUncased(text, match.index + match[0].length, options);
    if (name) yield name;
  }
}

function* thai(text: string): Generator<Span> {
  for (const [pattern, options] of [
    [THAI_STRONG, { words: 2 }],
    [THAI_TITLE, { words: 2 }],
    [THAI_SELF, { words: 2, both: true }],
  ] as const)
    for (const match of text.matchAll(pattern)) {
      const name = readUncased(text, match.index + match[0].length, options);
      if (name) yield name;
    }
  for (const match of text.matchAll(THAI_SPEAKING)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (!isStopWord(match[1]!)) yield { start, end: match.index + match[0].length };
  }
}

/**
 * "سلام، من سارا هستم": Persian "I", a name, then "am" where a clause opens; everyday words there
 * ("من از شیراز هستم", from Shiraz) are no name.
 */
const FA_SELF = /(?<![\p{L}\p{M}])من(?![\p{L}\p{M}])/gu;
const FA_AM = /[ \t]+هستم(?![\p{L}\p{M}])/uy;

function* persianSelf(text: string): Generator<Span> {
  for (const match of text.matchAll(FA_SELF)) {
    if (!opensClause(text, match.index)) continue;
    const name = readUncased(text, match.index + match[0].length, { words: 2 });
    FA_AM.lastIndex = name?.end ?? 0;
    if (
      name &&
      FA_AM.test(text) &&
      !text
        .slice(name.start, name.end)
        .split(/[ \t]+/)
        .some(isPersianEveryday)
    )
      yield name;
  }
}

/** "विकास जी": the respectful "ji" after a name. */
const HI_JI = /[ \t]+जी(?![\p{L}\p{M}])/gu;

function* hindi(text: string): Generator<Span> {
  for (const match of text.matchAll(HI_JI)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    const name = before && readUncased(text, match.index - before[0].length, { words: 1 });
    if (name?.end === match.index) yield name;
  }
  for (const match of text.matchAll(HI_SELF)) {
    const name = readUncased(text, match.index + match[0].length, { words: 2 });
    HI_AM.lastIndex = name?.end ?? 0;
    if (name && HI_AM.test(text)) yield name;
  }
  for (const match of text.matchAll(HI_UNDER_NAME)) {
    const before = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (!before) continue;
    const start = match.index - before[0].length;
    const name = readUncased(text, start, { words: 2 });
    if (name?.end === match.index) yield name;
  }
}

/** A doctor's or a courtesy title before a signed name: "د. عبد الرحمن", "ד\"ר", "डॉ. अमित". */
const SIGNED_TITLE =
  /^(?:د\.|الدكتور|الدكتورة|السيد|السيدة|ד["״]ר|מר|גב['׳]|डॉ\.?|श्री|श्रीमती)[ \t]*/u;

/**
 * The last line, or the line above the contact lines that close the note, one to three words
 * of these scripts after a line that is a sign-off; a title before them stays.
 */
function* signature(text: string): Generator<Span> {
  const { start, end, previous } = nameLine(text);
  if (!SIGN_OFF.test(previous)) return;
  const line = text.slice(start, end);
  const title = SIGNED_TITLE.exec(line.trimStart())?.[0] ?? '';
  const name = line.trim().slice(title.length);
  const parts = name.split(/[ \t]+/);
  if (parts.length <= 3 && parts.every(isNameWord)) yield { start: end - name.length, end };
}

/**
 * The sign-off and the name on one last line, set apart by a comma ("شكراً، محمد العتيبي",
 * "הגיבוי נכשל. תודה, יוסי כהן"); without the comma words after thanks are a wish ("ขอบคุณครับ
 * โชคดีครับ"). A short wish after the comma is masked too: no capitals tell it from a name, and
 * it holds nothing support needs.
 */
const MASKED_AFTER = new RegExp(String.raw`(?:[ \t,،]*[(]?[ \t]*${WALL}+[)]?)+[ \t.!]*$`, 'u');

function* signedOnOneLine(text: string): Generator<Span> {
  const { start, end } = nameLine(text);
  const line = text.slice(start, end);
  const comma = line.lastIndexOf(line.includes('،') ? '،' : ',');
  const sentence = line
    .slice(0, comma + 1)
    .split(/[.!?؟।][ \t]+/u)
    .at(-1)!;
  if (comma < 0 || !SIGN_OFF.test(sentence.trim())) return;
  // Contact details after the name were masked before it: "شكرا، أحمد 0501234567".
  const rest = line.slice(comma + 1).replace(MASKED_AFTER, '');
  const title = SIGNED_TITLE.exec(rest.trimStart())?.[0] ?? '';
  const name = rest.trim().slice(title.length).replace(/[.!]$/u, '');
  const parts = name.split(/[ \t]+/);
  const at = start + comma + 1 + rest.length - rest.trimStart().length + title.length;
  if (name && parts.length <= 3 && parts.every(isNameWord))
    yield { start: at, end: at + name.length };
}

export function* uncasedNames(text: string): Generator<Span> {
  if (!UNCASED.test(text)) return;
  for (const kind of [STRONG, LABELS, SELF, HERE, TITLES, ROLES]) yield* introduced(text, kind);
  for (const name of introduced(text, GREETED))
    if (!GREETING_GOES_ON.has(text.slice(name.start, name.end))) yield name;
  for (const match of text.matchAll(HI_RELATIVE_NAME))
    if (!isStopWord(match[0])) yield { start: match.index, end: match.index + match[0].length };
  yield* uncasedRelatives(text);
  yield* thai(text);
  yield* hindi(text);
  yield* persianSelf(text);
  yield* signature(text);
  yield* signedOnOneLine(text);
}
