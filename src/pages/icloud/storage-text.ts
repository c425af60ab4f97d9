import type {
  StorageAmount,
  StorageCategory,
  StorageCategoryId,
  StorageUnit,
} from '../observation';
import { asciiDigits, normalizeSpace } from '../text';
import { MAX_BYTES } from '../units';

/**
 * Text grammar of iCloud storage usage as icloud.com and iPhone Settings show it, in English,
 * German, French, Spanish, Italian, Japanese and Simplified Chinese, and the usage line also in
 * Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Russian and Korean, whose alerts the
 * flow recognizes too (any spaces: no-break and thin spaces are plain spaces after
 * normalizeSpace; decimal commas and points). Everything here is matched against fixed
 * patterns and lists; what this module returns is numbers, units and strings taken from its
 * own lists, never free text from the page (which could hold the account's name or content).
 */

export interface StorageReading {
  used?: StorageAmount;
  total?: StorageAmount;
  plan?: string;
  categories: StorageCategory[];
}

/**
 * Case-sensitive on purpose: French "To"/"Go" and Finnish "Gt" must not match the words "to",
 * "go" or a word that starts with "Gt"; lower case only as "gb" ("4.8 gb of 5 gb"), not "Gb"
 * (gigabits). Korean spells the unit out ("8기가바이트", "2 테라바이트"), Arabic and Persian too
 * ("غيغابايت", "گیگابایت", "مگابایت", "ترابایت").
 */
const UNIT_SOURCE =
  "([KkMGT]B|(?:[kmgt]b|[KMGT]o|[kMGT]t)(?![a-z])|[КМГТ]Б|[킬메기테][로가라]바이트|(?:[غجگ][يی][غجگ]?|م[يی]?[غجگ]|ت[يی]?ر)ابا[يی]ت|(?:ג[׳'’]יגה|מגה|טרה)-בייט)";
/**
 * Thousands may be grouped with spaces (no-break and thin ones are plain after normalizeSpace),
 * apostrophes or the Arabic thousands mark ("1 024 Go", "1’234,5 GB", "١٬٢٣٤"), never a decimal
 * mark: read whole, never from a group on
 * (as 24 or 234). Only after a first group of one to three digits: "1234 500 MB" is two figures
 * (a count or a year, then a size), and no size is read there rather than 1,234,500 MB.
 */
const NUMBER_SOURCE =
  "(?<![\\d.,]|\\d[ '’٬])(\\d{1,7}(?:(?<!\\d{4})[ '’٬]\\d{3})*(?:[.,]\\d{1,3})*)";
export const AMOUNT_SOURCE = `${NUMBER_SOURCE} ?${UNIT_SOURCE}`;
/** A size anywhere in a text; with `g`, every size (`matchAll` works on a copy of it). */
const AMOUNT_IN = RegExp(AMOUNT_SOURCE);
export const AMOUNTS = RegExp(AMOUNT_SOURCE, 'g');

/**
 * KB, MB, GB, TB by the first letter, which UNIT_SOURCE's units never share across sizes: KB,
 * kB, kb, Ko, kt, КБ, 킬로바이트; MB, mb, Mo, Mt, МБ, Arabic, Persian, Hebrew and Korean megabyte;
 * and so on. Each is a thousand of the one before, in decimal, as Apple displays sizes (see StorageAmount for plan totals).
 */
const UNIT_LETTERS = ['kKК킬', 'mMМمמ메', 'gGГغجگג기', 'tTТتט테'];

/**
 * "4.8" and "4,8" are decimals; "1.234,5" and "1,234.5" have grouping. A lone separator
 * followed by exactly three digits ("1.500") is read as thousands in some languages and as a
 * decimal in others, so it is rejected rather than guessed. Repeated alike ("1.234.567"),
 * separators group thousands; of mixed ones the last is the decimal mark. Spaces and apostrophes
 * only ever group ("1 234,5", "1’234.5").
 */
export function parseLocaleNumber(grouped: string): number | undefined {
  const text = grouped.replace(/[ '’٬]/g, '');
  const separators = text.match(/[.,]/g) ?? [];
  const last = separators.pop() ?? '';
  if (separators.length === 0 && /[.,]\d{3}$/.test(text)) return undefined;
  const at = text.lastIndexOf(last);
  const point = last && (!separators.length || separators.some((s) => s !== last)) ? '.' : '';
  const normalized = text.slice(0, at).replace(/[.,]/g, '') + point + text.slice(at + 1);
  // Digits and at most one point are left ("" is none); Number() takes nothing else here.
  const value = Number(normalized || NaN);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The size whose number and unit a match of AMOUNT_SOURCE (or of its number and a unit) holds
 * from group `at` on: both groups are there whenever the pattern matched.
 */
function toAmount(match: RegExpExecArray, at: number): StorageAmount | undefined {
  const value = parseLocaleNumber(match[at] as string);
  const unitText = match[at + 1] as string;
  const power = UNIT_LETTERS.findIndex((letters) => letters.includes(unitText[0] as string));
  if (value === undefined || power < 0) return undefined;
  const unit = `${'KMGT'[power]}B` as StorageUnit;
  return { value, unit, bytes: Math.round(value * 1e3 ** (power + 1)) };
}

/**
 * The size a text begins with ("1,2 Go" in "1,2 Go environ"), or with `alone`, that is the whole
 * text; not one further on. One pattern for sizes anywhere and here: the icloud.com script,
 * whose bytes have a budget, carries no second one.
 */
export function amountAtStart(text: string, alone = false): StorageAmount | undefined {
  const normalized = normalizeSpace(text);
  const match = AMOUNT_IN.exec(normalized);
  return match?.index === 0 && (!alone || match[0] === normalized) ? toAmount(match, 1) : undefined;
}

/** A text that is one size and nothing else ("4,8 Go", "2 To"). */
export const parseAmount = (text: string) => amountAtStart(text, true);

/**
 * A word for "used"; not "paused" or "refused", not the word for "user" that shares its stem
 * (utilisateur, gebruiker, użytkownik, kullanıcı, 사용자, 使用者, utilizador), and not "is using" or
 * "are using" said of another ("Messages are using …", "Jane is using …"; "you are using" is),
 * nor the same said in French, Italian, Spanish or Portuguese ("Anna utilise", "le foto
 * utilizzano", "Ana utiliza", "as fotos utilizam"), Russian, Ukrainian or Polish ("Анна
 * использует", "використовує", "używa"), where "you" has forms of its own (vous
 * utilisez, stai utilizzando, estás usando, используете) and the participle is the usage
 * (utilisés, utilizzati, использовано); "se utilizan", "si utilizzano", "используется" (are used)
 * are. So too Turkish "kullanıyor" and Finnish "käyttää" (he or she uses: "12 GB'ını Ayşe
 * kullanıyor", "12 Gt käyttää Mikko"), where "kullanılıyor", "kullanıyorsunuz" and "käytetty" are
 * the account's. Estonian, Latvian, Lithuanian and Slovenian count by their participles only
 * ("kasutatud", "izmantoti", "naudojama", "naudota", "porabljeno"): the stems would also take
 * "Mari kasutab", "Lena izmanto", "Jonas naudoja", "Lena porabi" (he or she uses).
 */
export const USED_WORD =
  /\bused|(?<!\b(?:is|(?<!you )are) )\busing\b|belegt|verwendet|genutzt|benutzt|utilis(?!ateur|e(?:nt)?\s)|\bus(?:ad|an|ou)|(?<=\bs[ei] )utili|utili[zt](?!a[dt]or|z?a[nm]?o?\s)|[ie]n us[eo]|en ús|occupat|gebruik(?!er)|använ|bru[gk]|anvendt|käyt(?!tää)|wykorzyst|uży(?:t(?!k)|w(?!a\s)|c)|využit|použív|felhasznál|használat|iskorišt|korist|использ(?!ует\s)|використ(?!овує\s)|занят|χρήση|χρησιμοπ|kullan(?!ıc|ıyor(?!s))|sử dụng|dùng|gunakan|kasutat|izmantot|naudo(?:jam|t)|porablj|terpakai|שימוש|استخدام|مستخدم|استفاده|ใช้|उपयोग|사용(?!자)|使用(?!者)|已用/i;
/**
 * "Available" in the languages where it holds the word for "use" (kullanılabilir, พร้อมใช้งาน,
 * 사용 가능, 使用可能, 可使用): read as the English word, which FREE knows. Thai "งาน" (work) after it
 * holds no such word and may stay.
 */
const AVAILABLE = /kullanılab|พร้อมใช้|ใช้ได้|có thể sử dụng|उपयोग के लिए|사용 ?가능|使用可能|可使用/g;
/**
 * "Unused", "not used", "not in use", "ongebruikt", "未使用", "не используется": the amount is what
 * is free, not what is used, so such a line is not a usage line.
 */
const NOT_USED =
  /(?<!\p{L})(?:(?:un|non|not|nicht|niet|no|não|nao|ikke|inte|nie|не)[ -]?(?:used|utili[sz]|usad|belegt|genutzt|verwendet|benutzt|gebruikt|bru[gk]t|använ|użyt|wykorzyst|использ|[ie]n us[eo])|ongebruikt|ubru[gk]t|oanvän|inutilis)|används inte|未使用|미사용/iu;
/**
 * Japanese, Chinese and Korean, total first: "5 GB中4.8 GBを使用済み", "200 GB 中已使用 150.5 GB",
 * "共 200 GB，已使用 150.5 GB", "5GB 중 4.8GB 사용됨". The one fixed wording: its mark after the total
 * would make pairUsage take a size just before it for the used one ("iCloud+ 200 GB 200 GB 中…");
 * every other wording, "4.8 GB of 5 GB used" and "已使用 150 GB（共 200 GB）" included, is pairUsage's.
 */
const TOTAL_CJK = new RegExp(
  `${AMOUNT_SOURCE} ?(?:中|중|, ?(?=已)) ?(?:已使用|已用)? ?${AMOUNT_SOURCE}`,
);

/**
 * The word before the whole in "X of Y", at the end of the text between the amounts: of, von,
 * sur, z, из, із, od, din, dari, από, מתוך, من, จาก, Latvian no, Lithuanian iš, trong tổng số,
 * any of them with "your" after it ("12 GB of your 200 GB"), a slash, Chinese 共 ("in all") alone
 * or after a bracket or comma, with at most the verb before it: "4.8 GB（共 5 GB）已使用",
 * "4.8 GB 已使用（共 5 GB）"; not "4.8 GB 的照片（共 5 GB）", the photos' share…
 */
export const OF_BEFORE_WHOLE =
  /(?:(?:^|[\s(])(?:of|von|sur|de|do|da|di|su|van|av|af|z|ze|из|із|з|от|od|din|dari(?:pada)?|από|מתוך|من|از|จาก|no|iš|tổng số|trên)(?: your)?|\/|^[ 已使用]*[(,]? ?共) ?$/i;
/**
 * A mark right after the whole: "5 GB中", "5GB 중", "5 GB 中的", Japanese "5 GBのうち", "5 GB में
 * से", Turkish "5 GB'ın", Hungarian "5 GB-ból", Estonian "5 GB-st", Finnish "5 Gt:sta".
 */
export const WHOLE_MARK =
  /^(?: ?中的?| ?중| ?のうち| में से|['’]n?[ıiuü]n(?!\p{L})|-(?:b[óő]l|st(?!\p{L}))|:i?st[aä])/u;
/** A clause break between the amounts: "200 GB iCloud-Speicher, davon 187,5 GB belegt". */
const CLAUSE_BREAK = /[,、:]/;

/**
 * Any other language: two amounts said to be used (saysUsed), and a sign of which one is
 * the whole (a word for "of" before it, a mark after it, or a clause break after a total that
 * opens the line). Without such a sign nothing is read.
 */
function pairUsage(text: string): Pair | undefined {
  // Sizes are taken one at a time, up to the first pair: matchUsage asks again after each pair,
  // and listing every size of a long paste each time would cost its square.
  let last: RegExpExecArray | undefined;
  for (const b of text.matchAll(AMOUNTS)) {
    const a = last;
    last = b;
    if (!a) continue;
    const aEnd = a.index + a[0].length;
    // A share in brackets ("4.8 GB (96%) of 5 GB") is not a third figure.
    const between = text.slice(aEnd, b.index);
    const gap = between.replace(/\(\d{1,3} ?%\)/g, '');
    if (/\d/.test(gap) || gap.length > 40) continue;
    const end = b.index + b[0].length;
    const after = text.slice(end);
    const usedFirst = OF_BEFORE_WHOLE.test(gap) || WHOLE_MARK.test(after);
    // "Total, used" only when no word for "used" comes before the break ("4.8 GB used, 5 GB"), or
    // when the total is named as the storage ("5 GB iCloud storage, 4.8 GB used").
    const beforeBreak = text.slice(0, aEnd + between.search(CLAUSE_BREAK));
    const totalFirst =
      WHOLE_MARK.test(gap) ||
      (CLAUSE_BREAK.test(gap) &&
        (!USED_WORD.test(beforeBreak) || STORAGE_WORD.test(beforeBreak.slice(aEnd))));
    const first = toAmount(a, 1);
    const second = toAmount(b, 1);
    // A subject between the two sizes ("200 GB 중 엄마가 12 GB", "200 GB中、母が12 GB") is whose the
    // part is.
    if (namesOther(text.slice(aEnd, end))) continue;
    if (usedFirst === totalFirst || !first || !second || !saysUsed(text, a.index, end)) continue;
    // A device named before the pair, after the last mention of iCloud ("Photos 1.2 GB iPhone
    // Storage: 3.4 GB of 64 GB used"): the device's own pair, or one that cannot be told from it.
    if (deviceBefore(text.slice(0, a.index))) return undefined;
    return usedFirst ? [first, second, end] : [second, first, end];
  }
  return undefined;
}

/**
 * "Available", "free", "left", "remaining" (frei, übrig, disponible, restant, quedan, vrij, over,
 * ledig, wolne, свободно, осталось, 可用, 空き, 사용 가능, 이용 가능, 여유, saatavilla, jäljellä, Turkish
 * "kalan", "mevcut"…; stems, some cut short for the icloud.com script's budget): a pair with one of these right beside it
 * ("144.5 GB of 200 GB available", "112,8 GB frei von 200 GB", "Доступно 144,5 ГБ из 200 ГБ") is
 * what is free, even when a word for "used" is beside it too: such a pair is never the usage.
 * "Mevcut" before a word it qualifies says current ("Mevcut plan"), but "Mevcut alan" is the
 * available space; after a letter outside \w ("Mevcut ödeme") it stays a free-word: unread at worst.
 */
export const FREE =
  /availab|\bfre[ei]\b|\bleft\b|remain|verfügb|dispon[ií]|libre|liber[eioa]|livre|lliure|beschikb|\bvrij|tillgäng|ledig|tilg[æj]|vapaa|käytettäv|saatav|jäljel|wolne|dost[ęu]pn|свобод|доступн|вільн|空[きい]|残り|利用可能|可用|剩[余餘]|남[은음]|여유|이용 ?가|\brest|übrig|verbleib|qued|riman|остал|\bover\b|boş|kalan|mevcut(?! (?!alan)\w)|vo[lľ]né|szabad|elérhet|tersed|trống|khả dụng|διαθέσ|ελεύθ|פנוי|זמין|متاح|متوفر|متبق|آزاد|قابل|ว่าง|उपलब्ध/i;
/**
 * The words just after a pair, up to the next figure, clause or dash; a case ending written onto
 * the whole with a colon ("5 Gt:sta käytetty") is no clause break.
 */
const AFTER_PAIR = /^(?::\S+)?[^\d,.;:(。!?–—-]*/;
/** A free-word just before a pair ("Доступно 144,5 ГБ из 200 ГБ", "Free: 144.5 GB of 200 GB"). */
const FREE_BEFORE = new RegExp(`(?:${FREE.source})[^\\s\\d]*[\\s:]*$`, 'i');

/** A whole word that holds a word for "used". */
const USED = `(?:${USED_WORD.source})[^\\s\\d]*(?![^\\s\\d])`;
/**
 * Not a gerund ("using", "usando", "utilisant", "używając", "используя", "kullanarak") unless the
 * sizes follow it: after them, or with words between, it says how a transfer goes ("Uploading 1 GB
 * of 2 GB using Wi-Fi"), not what is used.
 */
const NOT_GERUND = '(?<!ing|nd[eo]?|ant|ąc|уя|чи|arak)';
/** Just before a pair, with at most two words between ("Utilisation de", "उपयोग किया गया:"). */
const USED_BEFORE = new RegExp(`${USED}(?:${NOT_GERUND}(?: [^\\s\\d,;–—]+){1,2})?[\\s:–—]*$`, 'i');
const USED_AFTER = RegExp(USED + NOT_GERUND, 'i');

/**
 * Whether the pair from `start` to `end` in the text is said to be used by the account: a word
 * for "used" between its sizes, just before them or after them in the same clause, none for
 * "free", and no one else marked as the one who used them. A word for "used" elsewhere is about
 * something else ("Upload paused – 1 GB of 2 GB", "1 GB of 2 GB – Verwendet WLAN", "0,2 Go
 * restants sur 5 Go (4,8 Go utilisés)").
 */
function saysUsed(text: string, start: number, end: number): boolean {
  const after = AFTER_PAIR.exec(text.slice(end))?.[0] ?? '';
  const afterFree = after.search(FREE);
  const afterUsed = after.search(USED_WORD);
  const before = text.slice(0, start);
  const pair = text.slice(start, end);
  // With the verb last, whoever used the sizes may stand between them and the verb, marked by a
  // particle ("200 GB中12 GBを母が使用", "12GB를 아빠가 사용", "30 GB पापा ने उपयोग किया") or by
  // Chinese 由 ("by": "由爸爸使用"). Only marked: a bare word there may be the next sentence's.
  const between = after.slice(0, afterUsed);
  const free =
    // A free-word first, or one that holds a used-word ("käytettävissä"), says what is free.
    FREE.test(pair) ||
    FREE_BEFORE.test(before) ||
    (afterFree >= 0 && (afterUsed < 0 || afterFree <= afterUsed));
  return (
    !free &&
    (USED_WORD.test(pair) ||
      USED_BEFORE.test(before) ||
      (USED_AFTER.test(after) && !namesLead(between, /由/.test(between) && between.trim())))
  );
}

/**
 * A figure, then a word for "of" or a slash, then a size ("4.8 of 5 GB", "150/200 GB", "4,8 из 5
 * ГБ"): the size's unit is the figure's too; not after a figure that has its own ("1.9GB/2TB").
 * Written out in plainDigits, on the page and pasted, so that every rule after it sees two sizes:
 * the figure is then no word before the sizes that could be a member's name (namesOther).
 */
const UNIT_ONCE = RegExp(
  `(?!${AMOUNT_SOURCE})${NUMBER_SOURCE}( ?[^\\d\\s]{0,6} ?)(?=${AMOUNT_SOURCE})`,
  'g',
);

/**
 * Digits of other scripts, their decimal and group marks, compatibility forms (full-width
 * "１２．５ ＧＢ", "（共 5 GB）", "：", the sign "㎇") and invisible format characters (bidi marks, a
 * soft hyphen), made plain: the grammar's patterns that see text after it are written for the
 * plain forms only.
 */
export function plainDigits(text: string): string {
  return (
    asciiDigits(text.normalize('NFKC'))
      .replace(/٫/g, '.')
      .replace(/\p{Cf}/gu, '')
      .replace(/\bZero(?= KB)/g, '0')
      // The figure's own size, looked for ahead of it, holds the first two groups.
      .replace(
        UNIT_ONCE,
        (figure, _size, _unit, number: string, gap: string, _whole, unit: string) =>
          OF_BEFORE_WHOLE.test(gap) ? `${number} ${unit}${gap}` : figure,
      )
  );
}

/**
 * Thai "พื้นที่" (space) is storage in "พื้นที่จัดเก็บ" and, ending a label, in "พื้นที่ที่ใช้ไป" (the
 * space used); "พื้นที่ที่แม่ใช้" (the space Mum used) names someone. Arabic "المساحة" (the space:
 * "المساحة المستخدمة", the space used) only with its article, which a possessor after it never has
 * ("مساحة سارة", Sara's space).
 */
const STORAGE_WORDS =
  "storage|speicher|stockage|almacenam|armazenam|spazio|archiviazione|opslag|lag(?:ring|erp)|przestrzeń|pamięć|хранилищ|сховищ|пам'ять|ストレージ|存储|[储儲]存|저장 공간|saklama|depolama|úloži|tallennus|tár(?:hely|terület)|stocare|αποθηκ|pohran|skladišt|emmagatzem|אחסון|تخزين|พื้นที่(?:จัด|ที่$)|स्टोरेज|संग्रहण|dung lượng|penyimpan|storan|saugyk|salvestus|المساحة";

/**
 * Words that head the storage panel ("iCloud Storage", "iCloud-Speicher", "Stockage iCloud",
 * "iCloud Saklama Alanı", "Úložiště iCloud", "אחסון iCloud"…).
 */
export const STORAGE_WORD = new RegExp(`${STORAGE_WORDS}|iCloud\\+`, 'i');

/** Apple's devices, whose own storage icloud.com lists too ("MacBook Pro", "Apple Watch"). */
const DEVICES =
  '(?:iP(?:hone|ad|od)|i?Mac(?:Book)?(?![A-Za-z])|Apple ?Watch|Apple TV|Vision Pro|HomePod)';

const DEVICE = RegExp(DEVICES, 'g');

/**
 * Whether text before a line on a page names a device after its last mention of iCloud (a card
 * "Margarethe's iPhone · Storage", "iPhone Storage: 61 GB of 128 GB used", a row "64 GB iPhone"
 * above "52 GB of 64 GB used"): the device's line, or one that cannot be told from it.
 */
export const deviceBefore = (prefix: string) =>
  ([...prefix.matchAll(DEVICE)].pop()?.index ?? -1) > prefix.lastIndexOf('iCloud');

/**
 * Category labels of the storage bar, per language, each list one string ("|" between labels:
 * fewer bytes in the icloud.com script than an array). Apple's own JSON uses mediaKey photos /
 * backup / docs / mail / messages; the visible labels are these translations. Labels go into a
 * pattern as they are: none may hold a character that patterns treat specially.
 */
const CATEGORY_LABELS: Record<StorageCategoryId, string> = {
  photos:
    'Photos and Videos|Photos & Videos|Photos|Fotos und Videos|Fotos y vídeos|Fotos y videos|Fotos|Photos et vidéos|Foto e video|Foto|写真とビデオ|写真|照片和视频|照片',
  backup:
    'Backups|Backup|Sauvegardes|Sauvegarde|Copias de seguridad|Copia de seguridad|バックアップ|备份',
  docs: 'Documents|Dokumente|Documentos|Documenti|書類|文稿|文件',
  mail: 'Mail|E-Mail|Correo|Posta|メール|邮件',
  messages: 'Messages|Nachrichten|Mensajes|Messaggi|メッセージ|信息',
  // Apple's "Family" share counts as other storage, as everywhere else in the extension.
  other:
    'Others|Other|Sonstige|Andere|Autres|Otros|Altro|Altri|その他|其他|Family|Familie|Famille|Familia|Famiglia|ファミリー|家人',
};

/**
 * icloud.com's apps, whose content and shares are not the account's storage: Mail and Photos by
 * their labels in the storage bar ("Photos and Videos" too).
 */
const APP_TITLE = RegExp(
  `^(?:i ?Cloud )?(?:${CATEGORY_LABELS.mail}|${CATEGORY_LABELS.photos}|notes|notizen|notas|note|メモ|备忘录|drive|reminders|erinnerungen|rappels|recordatorios|promemoria|リマインダー|提醒事项|calendar(?:io)?|kalender|calendrier|カレンダー|日历)$`,
  'i',
);
/**
 * The family ("Family Sharing", "Familienfreigabe", "ファミリー共有", "Семейный доступ", "Сімейний
 * доступ", "Aile Paylaşımı", "Οικογενειακή κοινή χρήση", "Rodinné sdílení"); the paste box knows
 * more (line-owner.ts, ANY_FAMILY), for which the page's script has no room; Croatian "obitelj"
 * is here because Croatian says "you" the way the page knows (READER: "Koristite", "… ste").
 */
export const FAMILY =
  /fam[ií][lg]|ファミリー|家人|家庭|가족|с[еі]м(?:ь|ей|')|rodz?in|gezin|\baile|οικογ|obitel/i;

/**
 * Whether a title above a line names one of icloud.com's apps ('app': "Mail", "iCloud Drive",
 * "Fotos", whose content is never the account's usage), a device ("MacBook Air", "Ama's iPhone")
 * or the family ("Family Sharing", "Familienfreigabe", "ファミリー共有") rather than iCloud's storage.
 */
export const titleKind = (title: string): 'app' | boolean =>
  APP_TITLE.test(title)
    ? 'app'
    : deviceBefore(title) || (FAMILY.test(title) && !STORAGE_WORD.test(title));

/**
 * A device named before a statement's first size, after its last mention of iCloud ("Mac: 200 GB
 * of 256 GB used", "On My iPhone 61 GB of 128 GB used", "iPhone Storage: …"): the device's own
 * storage, on a page and in a paste alike.
 */
const namesDevice = (statement: string) =>
  deviceBefore(statement.slice(0, statement.search(AMOUNT_IN) + 1 || undefined));

/** What is used of what total. */
type Usage = { used: StorageAmount; total: StorageAmount };

/** Used, total, and where in the statement the pair ends. */
type Pair = [StorageAmount, StorageAmount, number];

/**
 * A label that is only the account, its total or its usage ("Account", "Konto", "Compte", "Cuenta",
 * "Conta", "Аккаунт", "アカウント", "账户", "계정", "Usage", "Nutzung", "Uso"): the
 * account's own line, never someone's name. Few words, each costing the icloud.com script's
 * budget; a label not listed is taken for a name, so the line is left unread, never misread.
 */
const ACCOUNT_LABEL =
  /^(?:iCloud\+?|total|account|konto|compte|cuenta|conta|usage|nutzung|uso|аккаунт|アカウント|账户|계정)? ?$/i;

/**
 * A word for now that opens a sentence ("Currently", "Aktuell", "Actuellement", "当前", "目前",
 * "現在", "현재", never a name), or a sentence with no subject ("Se usan", "Đã sử dụng", "تم استخدام", Hebrew "נעשה שימוש
 * ב-…", use is made of): the account's, unless a word after it opens with a capital or is of a
 * script without capitals ("Currently Kofi:", "Aktuell hat Jonas", "当前 妈妈"), which may be a
 * name, the subject: the other words (namesAnother) then tell. Case-sensitive, so that the
 * capital is seen.
 */
const NO_SUBJECT =
  /^(?:Se|[Đđ]ã|تم|נעשה|当前|目前|現在|현재|Currently|Aktuell|Actuellement)(?!\p{L})(?!.* [\p{Lu}\p{Lo}])/u;

/**
 * A word for the reader opening a label or statement ("You've used", "Vous utilisez", "Sie haben",
 * "Hai utilizzato", "Has usado", "Você usou") or a pronoun written into it ("您", "あなた", "आप"):
 * what the reader uses, no one's name. The paste box knows more pronouns (line-owner.ts).
 */
const YOU = /^(?:you|vous|sie|hai|has|você)(?!\p{L})|您|你|あなた|आप/iu;
/**
 * The reader named by the verb too: "dir" ("Von dir belegt"), a verb in the second person wherever
 * it stands ("Używasz", "Используете", "Використовуєте", "Χρησιμοποιείτε", "Έχετε", "Využíváte",
 * Slovak "Používate", Croatian "Koristite", "kullanıyorsunuz", "kullandınız", "Utilizzi"), the
 * Slavic "you are" of a past tense ("Iskoristili ste", "Využili jste"), or the progressive, which
 * says someone is using ("使用しています", "사용 중", "사용하고 있"; the storage bar says "使用済み",
 * "사용됨"). A name or word that ends like such a verb ("Tomasz", "Kate", "Estimate") is taken for
 * the reader here only, where that leaves the line unread beside the family or another's use,
 * never misread; a colon after it makes it a label, no verb ("Utilizate:", used, in Romanian).
 */
export const READER = new RegExp(
  `${YOU.source}|\\bdir\\b|\\p{L}(?:sz|[еєи]те|[εί]τε|[sd][ıiuü]n[ıiuü]z|[áíai]te(?! ?:)| j?ste)(?!\\p{L})|utilizzi|しています|사용 ?중|하고 있`,
  'iu',
);

/**
 * A share of a whole ("Kasia: 8 GB z 50 GB", "Лена: 8 ГБ из 50 ГБ", "8 Gt / 50 Gt", "50 GB'ın 8
 * GB'ını", "50GB 中 8GB", "8 GB（共 50 GB）", "50 GB में से 8 GB"): two sizes with a short lower-case
 * word, a slash or a mark of the whole between, which a legend ("Photos 20 GB", "Backups 12 GB")
 * never has. The paste box also sees words of uncased scripts ("จาก", line-owner.ts).
 */
const SHARE = new RegExp(
  `${AMOUNT_SOURCE} ?(?:['’]?\\p{Ll}{1,4}|[/中중]|（共| में से) ?${AMOUNT_SOURCE}`,
  'u',
);

/**
 * Whether a statement said of the reader (READER) is only the reader's share of a shared plan:
 * beside it, in `around` (its panel, or the rest of a paste), the family is named, something else
 * is said to be used, or another share of a whole is shown ("Hai utilizzato 42 GB su 50 GB" over
 * "Marco: 8 GB su 50 GB"). What the plan as a whole holds, which may be full, is then not known:
 * nothing is read. A line said of no one ("42 GB of 50 GB used") is the storage bar's, the plan's.
 * The paste box passes its longer lists of the reader's and the family's words.
 */
export const ownShare = (
  line: string,
  around = '',
  reader = READER,
  family: Pick<RegExp, 'test'> = FAMILY,
) =>
  reader.test(line) &&
  [family, USED_WORD, SHARE].some((word) => word.test(normalizeSpace(around).replace(line, '')));

/**
 * A name after "for" or "of" in a label ("Storage for Mom:", "Speicher von Jonas:", "Stockage de
 * Marie :", "Lagring av Elsa:"), after "by" ("Used by John:", "Utilisé par Anna :", "Usado por
 * Ana:", "Gebruikt door Daan:", "Digunakan oleh Budi:", "przez Kasię", "được Lan"), or with a
 * possessive ending ("Alex’s storage:", "Ayşe'nin kullanımı:"): whose storage it is, whatever word
 * for storage comes before it. Apple and iCloud name the account. On a page a wrapper's text glues
 * a heading to the line ("iCloud-SpeicherVon Lena belegt: …"): a capital after a small letter
 * opens a word too.
 */
const FOR_NAME =
  /(?:^|\s|(?<=\p{Ll})(?=\p{Lu}))(?:[Ff]or|[Vv]on|für|pour|de|para|per|di|van|för|av|dla|для|by|par|por|pel[ao]|da|door|przez|oleh|được) (?!Apple|iCloud)\p{Lu}|\p{Lu}\p{Ll}+['’](?:s|n?[ıiuü]n)(?!\p{L})/u;
/**
 * Whoever used the sizes, named after a word for "used" however it is written: "by" and its
 * like ("used by your photos", "utilisés par vos photos", "usados pelas fotos", "utilizzati dalle
 * foto", "belegt von Jonas", "gebruikt door je foto's": a category's or a member's share, lower
 * case or not, even with the name in an element of its own, "used by <b>Alex</b>"; "belegt von 5
 * GB" is "of"; "Free up space by deleting…" says no one used anything; such a word takes at
 * most three letters more, "pelas", "dalle": a longer one that opens with it, "Partajare", a
 * heading pasted after the verb, is none), a Russian or Ukrainian agent in the instrumental case
 * ("использовано Машей", "занято семьёй", "використано Оленою"; "вами", you, is the reader's) or a
 * Czech or Slovak one ("využito Petrem", "využito Lenou", "využité Petrom"), whose endings also end
 * "celkem" (in all), which is an agent only when no size follows it ("Využito celkem 8 GB");
 * German "durch";
 * Chinese 被, Turkish "tarafından", Hindi, Arabic, Hebrew and Persian "by" ("राहुल द्वारा", "بواسطة
 * أحمد", "על ידי דנה", "توسط مریم"), which follow or precede the name.
 */
export const BY = new RegExp(
  `${USED} (?:(?:by|par|por|pel|von|da|door|durch)\\S{0,3}(?! ?\\d|\\S)|\\S*(?:[оеёє][ймю]|[eo][mu](?! ?\\d))(?!\\S))|被|tarafından|द्वारा|بواسطة|על ידי|توسط`,
  'i',
);

/**
 * A label or title that names neither storage, iCloud alone, the account, the total, use nor the
 * reader ("John", "Photos", "iCloud Drive"), or that names someone's storage (FOR_NAME): another's
 * share, not the account's.
 */
export const namesAnother = (label: string) =>
  FOR_NAME.test(label) ||
  ![ACCOUNT_LABEL, NO_SUBJECT, YOU, STORAGE_WORD, USED_WORD].some((word) => word.test(label));

/** A space, or a verb a Thai or Chinese subject is written onto ("แม่ใช้", "妈妈已使用"). */
const GLUED_VERB = / |已?(?:ใช้|使用)/;

/**
 * A label or subject before a statement's sizes that names another (namesAnother: "John: …",
 * "Photos – …", "iCloud Drive: …", "照片使用了…", "写真が…", Korean "사진이 …", "엄마가 …"); with
 * `bare`, also the first word before them with nothing between, the sentence's subject ("Mom 12 GB
 * of 200 GB used", "Mom used …", "Daan de Vries …", "엄마 …"), as the page reads them: there a
 * name inline is a member's row, and a line that opens with other words ("Currently …", "Hai
 * utilizzato …") is left unread rather than guessed. A lead of one character and a space ("共 200
 * GB，已使用 …") is no one's name.
 */
export const namesOther = (text: string, bare?: boolean) => {
  // Sizes in other digits ("أحمد ١٢ غيغابايت من …") have a lead before them too.
  const statement = plainDigits(text);
  const lead = statement.slice(0, statement.search(AMOUNT_IN));
  // After a label ("Used: Mom 12 GB…", "使用済み：エマ 200 GB中…") the subject is the first word
  // after its colon: the label says what the sizes are, the word whose. A label that names another
  // does so with a verb after it too ("Petr: využito 12 GB z 200 GB").
  // A word for now or the account first is no subject: a word after it that does not open in
  // lower case is ("Currently Mom used …"; "Đã sử dụng" is no one's).
  const parts = lead.split(/: ?/);
  const [first = '', next = ''] = (parts.at(-1) as string).split(GLUED_VERB);
  return namesLead(
    lead,
    bare &&
      lead.length > 2 &&
      // A verb first ("ใช้ไป 4.8 GB") leaves nothing before it, and no word after it is a subject.
      [...parts, first, first && next.replace(/^\p{Ll}.*/u, '')].find(namesAnother),
  );
};

/**
 * Whether words before the sizes, or between them and the verb, name whose the sizes are: a name
 * after "for" or "by" (FOR_NAME), or words ending in a label's colon or dash or a subject's
 * particle ("John:", "母が", "엄마가", "할머니께서", "माँ ने"), else `word` (the subject as the caller
 * found it), that name another (namesAnother).
 */
const namesLead = (lead: string, word?: string | false) => {
  const label =
    /^(.+?)(?: ?:| [–—-]|が|は|[이가은는]|께서| ने|使用了|已使用|已用|用了) ?$/.exec(lead)?.[1] ??
    word;
  // An empty label, like none, names no one.
  return FOR_NAME.test(lead) || (!!label && namesAnother(label));
};

/**
 * The first usage pair in one statement: a line may list several ("Photos 2 GB · Backups 1 GB").
 * None in a statement that names someone as whose its sizes are, before or after them ("12 GB of
 * 200 GB used by Alex", "12 GB z 200 GB wykorzystane przez Kasię", "Ayşe'nin kullanımı: …"): not
 * that pair, nor one after it, which may be that one's too where two statements run together
 * ("4.8 GB of 5 GB used Storage for Mom: 12 GB of 200 GB"), nor one before it.
 */
function usageIn(statement: string): Pair | undefined {
  if (namesDevice(statement) || [NOT_USED, FOR_NAME, BY].some((words) => words.test(statement))) {
    return undefined;
  }
  const pair = pairUsage(statement);
  const match = TOTAL_CJK.exec(statement);
  const end = match ? match.index + match[0].length : 0;
  // A total that opens a Chinese, Japanese or Korean wording ("200 GB 中已使用 150 GB") is that
  // wording's, not the whole of a size just before it ("iCloud+ 200 GB 200 GB 中…"); a pair that ends
  // before it comes first, so that a second usage after it is seen (two usages: none is read).
  if (!match || (pair && pair[2] <= match.index) || !saysUsed(statement, match.index, end)) {
    return pair;
  }
  // As in pairUsage: after a device named before it, the pair is the device's or not told apart.
  if (deviceBefore(statement.slice(0, match.index))) return undefined;
  const used = toAmount(match, 3);
  const total = toAmount(match, 1);
  return used && total && [used, total, end];
}

/** Every word for "used", and every word for "free". */
const USED_ANY = RegExp(USED_WORD.source, 'gi');
const FREE_ANY = RegExp(FREE.source, 'gi');

/**
 * Finds "used of total" in one piece of text (an element's text or a pasted paragraph).
 * The pair must be said to be used (saysUsed) so that "Uploading 1 GB of 2 GB" in Drive is
 * not mistaken for storage. Totals must be positive and below 1 PB; usage can exceed the total
 * (over quota) but not absurdly. Two different usages in one text (the device's and
 * iCloud's, or two accounts') are not told apart: nothing is read.
 */
export function matchUsage(text: string, free?: boolean): Usage | undefined {
  const found = new Map<string, Usage>();
  let plain = plainDigits(normalizeSpace(text)).replace(AVAILABLE, ' free ');
  // With `free`, what is said to be free is read instead (freeDisagrees): the words for "used"
  // end a statement, so that a free-word after one ("4.8 GB of 5 GB used" + "Free: 1 GB of 5 GB")
  // is not said of the pair before, and the words for "free" read as "used", with no space after:
  // a label's second word stays one space away ("여유 공간: 5GB 중 2GB", "남은 공간: …").
  if (free) {
    plain = plain.replace(USED_ANY, ' · ').replace(FREE_ANY, ' used');
  }
  for (let statement of plain.split(/ ?[·•|;] ?/)) {
    // Every pair of the statement, each looked for after the one before ("61 GB of 128 GB used
    // 4.8 GB of 5 GB used", pasted from two lines), so that a second usage is seen; after it,
    // nothing more can be read.
    for (
      let pair;
      found.size < 2 && (pair = usageIn(statement));
      statement = statement.slice(pair[2])
    ) {
      const [used, total] = pair;
      // Over quota is read ("5.2 GB of 5 GB used"), but not from a figure of a thousand or more,
      // which Apple writes in the next unit: grouped ("3 500 MB of 2 GB used"), its first group
      // may as well be a stray figure. A total of zero makes the share no number (or infinite).
      const within = used.bytes / total.bytes <= (used.value < 1e3 ? 10 : 1);
      if (!within || total.bytes > MAX_BYTES) continue;
      found.set(`${used.bytes}/${total.bytes}`, { used, total });
    }
  }
  return found.size < 2 ? [...found.values()][0] : undefined;
}

const PLAN = new RegExp(
  `^(?:[^:\\d]{1,30}: ?)?[(（[「『«“"„]? ?(iCloud\\+?)(?: (?:with|mit|avec|con|com|met|med))? ?[(（[–—-]? ?${NUMBER_SOURCE} ?(GB|TB|Go|To) ?[)）\\]」』»”"“]?(?: ?[(（][^()（）]{1,40}[)）])?$`,
);

/**
 * A plan name standing alone in its element or line ("iCloud+ 50 GB", "iCloud+ mit 200 GB",
 * "iCloud+ avec 2 To", "iCloud+（200 GB）", "[iCloud+ 2 TB] (Shared with Family)"), or first in
 * a line of parts ("iCloud+ 200 GB · $2.99/month") that names no other. Anchored so that
 * offers inside sentences are not read as the plan. Returned in one normalized form:
 * "iCloud+ 50 GB".
 */
export function matchPlan(text: string): string | undefined {
  const [first = '', ...rest] = normalizeSpace(text).split(/ ?[·•|] ?/);
  const match = PLAN.exec(first);
  const amount = match && toAmount(match, 2);
  // An amount is only read from a match.
  if (rest.some((part) => part.includes('iCloud')) || !amount || amount.value <= 0) {
    return undefined;
  }
  return `${match?.[1]} ${amount.value} ${amount.unit}`;
}

/**
 * The plan a reading may state: the one plan name found, and only when it is the size of the
 * total shown (an offer such as "Recommended: iCloud+ 50 GB" next to "of 5 GB" is not the plan).
 */
export function statedPlan(
  plans: Set<string>,
  total: StorageAmount | undefined,
): string | undefined {
  const [name, ...others] = plans;
  // A plan's name ends with its size, in the form planName gives it ("iCloud+ 50 GB").
  const sameSize = total === undefined || name?.endsWith(` ${total.value} ${total.unit}`);
  return others.length === 0 && sameSize ? name : undefined;
}

const LABEL_LOOKUP = new Map<string, { id: StorageCategoryId; label: string }>();
for (const [id, labels] of Object.entries(CATEGORY_LABELS) as [StorageCategoryId, string][]) {
  for (const label of labels.split('|')) LABEL_LOOKUP.set(label.toLowerCase(), { id, label });
}
// In any order: anchored at both ends, "Photos et vidéos" cannot be read as "Photos" and a rest.
const CATEGORY = new RegExp(
  `^(${Object.values(CATEGORY_LABELS).join('|')})(?: ?[:：·•–-] ?| ?)(?:${AMOUNT_SOURCE})?$`,
  'i',
);

/** "Photos", "Photos 1.2 GB", "Sauvegarde : 799 Mo": a known label, optionally with its size. */
export function matchCategory(text: string): StorageCategory | undefined {
  const match = CATEGORY.exec(normalizeSpace(text));
  const known = match && LABEL_LOOKUP.get((match[1] as string).toLowerCase());
  if (!match || !known) return undefined;
  const category: StorageCategory = { ...known };
  if (match[2] !== undefined) {
    // Under the `i` flag the unit is re-read by the case-sensitive pattern ("1 GO", "1 Gb" are no size);
    // the label before it holds no figure.
    const amount = AMOUNT_IN.test(match[0]) ? toAmount(match, 2) : undefined;
    if (!amount) return undefined;
    category.amount = amount;
    category.bytes = amount.bytes;
  }
  return category;
}

/**
 * Keeps the first reading per label, but lets a later one with a size replace a bare label.
 * By label, not id: "Family" and "Others" are both other storage, and both count.
 */
export function addCategory(categories: StorageCategory[], next: StorageCategory): void {
  const at = categories.findIndex((c) => c.id === next.id && c.label === next.label);
  if (at === -1) categories.push(next);
  else if (categories[at]?.bytes === undefined && next.bytes !== undefined) categories[at] = next;
}

/**
 * Whether the text says a free part of the same whole as `usage` that does not add up with its
 * used part to that whole ("Used: 4.8 GB of 5 GB · Free: 2 GB of 5 GB"), beyond a fiftieth of it
 * for rounding (4.9 GB and 0.2 GB of 5 GB agree): one of the two is not what the account holds
 * now, and nothing is read. A free part of another whole (the device's) says nothing of it, nor
 * does the used pair itself read so (a free-word glued before it where a page's elements meet,
 * "0.2 GB available" + "4.8 GB of 5 GB used"). The usage grammar itself finds the free part
 * (matchUsage with `free`): one rule for the page and the paste box.
 */
export function freeDisagrees({ used, total }: Usage, text = ''): boolean {
  const free = matchUsage(text, true);
  return (
    free?.total.bytes === total.bytes &&
    free.used.bytes !== used.bytes &&
    Math.abs(free.used.bytes + used.bytes - total.bytes) > total.bytes / 50
  );
}

/**
 * A pasted line in the forms the grammar reads, for wordings the page's script has no room for:
 * Japanese units spelled out ("50ギガバイト中12ギガバイト") and a possessive
 * before the whole in French, Spanish or German ("4,8 Go de vos 5 Go", "de tus 5 GB", "von Ihren 5
 * GB"; the page's grammar knows the English "of your", OF_BEFORE_WHOLE).
 */
function pastedForms(line: string): string {
  return normalizeSpace(line)
    .replace(
      /(?<=\d ?)(キロ|メガ|ギガ|テラ)バイト/g,
      (_unit, prefix: string) => `${'KMGT'['キメギテ'.indexOf(prefix[0] as string)]}B`,
    )
    .replace(/(?<=(?:^|\s)(?:de|von) )(?:vos|tus|Ihren|deinen) (?=\d)/gi, '');
}

/**
 * The popup's "paste what your iPhone shows" field and the page reader share this grammar.
 * Usage is searched in the whole text (it may wrap over lines); plan and categories per line,
 * with a size on the following line accepted ("Photos" / "1.2 GB").
 */
export function parseStorageText(text: string): StorageReading {
  const lines = text
    .split(/\r?\n/)
    .map(pastedForms)
    .filter((line) => line !== '');
  const reading: StorageReading = { categories: [] };
  // A line ends a statement before one that opens with a figure when it ends with a figure
  // ("Updated 10:05", "Backups 3": no group of the size that follows, "500 MB of 5 GB used") or a
  // free-word ("0.2 GB available": not said of the pair that follows); other lines are joined, as
  // a usage may wrap ("4.8 GB of" / "5 GB used"); so does a line that opens with a free-word
  // ("Disponibles: 49,5 GB de 200 GB": not said of the pair before it). Built here: the page's
  // script has no use for it.
  const statementEnd = new RegExp(
    `(?<=\\d|(?:${FREE.source})[^\\s\\d]*)\n(?=\\d)|\n(?=${FREE.source})`,
    'gi',
  );
  const joined = lines.join('\n').replace(statementEnd, ' · ');
  const usage = matchUsage(joined);
  if (usage && !freeDisagrees(usage, joined)) {
    reading.used = usage.used;
    reading.total = usage.total;
  }
  const plans = new Set<string>();
  lines.forEach((line, index) => {
    const plan = matchPlan(line);
    if (plan !== undefined) plans.add(plan);
    const category = matchCategory(line);
    if (!category) return;
    const nextAmount =
      category.bytes === undefined ? parseAmount(lines[index + 1] ?? '') : undefined;
    addCategory(
      reading.categories,
      nextAmount ? { ...category, amount: nextAmount, bytes: nextAmount.bytes } : category,
    );
  });
  // Several different plan names (an upgrade list) mean none of them is known to be the plan.
  const plan = statedPlan(plans, reading.total);
  if (plan !== undefined) reading.plan = plan;
  return reading;
}
