import { normalizeSpace } from '../text';
import {
  AMOUNTS,
  BY,
  deviceBefore,
  FAMILY,
  FREE,
  matchCategory,
  matchUsage,
  namesAnother,
  namesOther,
  OF_BEFORE_WHOLE,
  ownShare,
  plainDigits,
  READER,
  STORAGE_WORD,
  titleKind,
  USED_WORD,
  WHOLE_MARK,
} from './storage-text';

/** Someone named as the owner in a label: "John's storage:", "Storage used by John:". */
const OWNER_IN_LABEL = /['’]s |\bby /i;
/**
 * The Apple Account named in a label ("Apple Account", "Compte Apple", "Cuenta de Apple",
 * "Apple-Account", "Apple アカウント", "Apple 계정", "Учётная запись"): the account's own label.
 */
const APPLE_ACCOUNT =
  /^(?:Apple[- ]?(?:ID|Account|Konto|アカウント|계정)|(?:Compte|Cuenta|Conta|Conto|Account) (?:de |do )?Apple|Уч[её]тная запись(?: Apple)?)(?= ?[:：]|$)/iu;
/**
 * The reader named in a pasted statement, beyond the page's words (READER): a pronoun opening it
 * ("Du hast", "Je gebruikt", "Вы используете", "Bạn đã dùng", "Usas", "Olet käyttänyt", "Ai
 * utilizat") or written into it ("당신", "회원님", "คุณใช้"), a verb opening it with a plural
 * ending ("Koristite", "Používate"), or the Slavic "you are" of a past tense ("Iskoristili ste",
 * "Využili jste").
 */
const PASTE_READER = new RegExp(
  `${READER.source}|^\\p{L}+[ai]te |^(?:your|tu|du|ihr|ya|stai|estás|usas|usaste|usi|usted|jij|je|u|ni|вы|ты|ви|ти|bạn|kamu|anda|siz|sen|olet|sinä|ön|te|vy|ty|jūs|sa|ai)(?!\\p{L})|(?<!\\p{L})j?ste(?!\\p{L})|당신|님|คุณ`,
  'iu',
);

/**
 * The family in the languages the page's script has no room for ("Perhejako", "Családi megosztás",
 * "Berbagi Keluarga", "Chia sẻ trong gia đình", "การแชร์กันในครอบครัว", "फ़ैमिली शेयरिंग", "שיתוף
 * משפחתי", "مشاركة العائلة", "Dijeljenje s obitelji", "Družinska skupna raba", "Šeimos
 * bendrinimas", "Ģimenes koplietošana").
 */
const ANY_FAMILY = new RegExp(
  `${FAMILY.source}|perhe|család|keluarga|gia đình|ครอบครัว|फ़ैमिली|परिवार|משפח|عائل|obitelj|družin|šeim|ģimen`,
  'i',
);

/**
 * Whether a pasted statement said of the reader is only the reader's share of a shared plan
 * (ownShare, the page's own rule). A row of a members' list ("You 37 GB") is a share, not a
 * statement of use; a "you" line copied apart from its sizes ("You are using" / "42 GB of 50 GB")
 * still is one.
 */
const readerShare = (part: string, around: string) =>
  (matchUsage(part) !== undefined || !/\d/.test(part)) &&
  ownShare(part, around, PASTE_READER, FAMILY_OR_SHARE);

/**
 * Two sizes with only a word for "of" or a mark of the whole between ("8 GB（共 50 GB）", "8 GB
 * trong tổng số 50 GB", "8 GB จาก 50 GB", "50 GB में से 8 GB"): a share of a whole in any wording
 * the grammar reads, which the page's shorter rule (SHARE: a short lower-case word) does not see;
 * not what is free ("0.2 GB available of 5 GB").
 */
function shareOfWhole(around: string): boolean {
  // The grammar's marks are written in the plain forms (a full-width bracket is a bracket).
  const text = plainDigits(around);
  const sizes = [...text.matchAll(AMOUNTS)];
  return sizes.slice(1).some((size, i) => {
    const before = sizes[i] as RegExpExecArray;
    const gap = text.slice(before.index + before[0].length, size.index);
    return (
      gap.length < 20 && !FREE.test(gap) && (OF_BEFORE_WHOLE.test(gap) || WHOLE_MARK.test(gap))
    );
  });
}

/** Beside a statement said of the reader, the family or another share of a whole. */
const FAMILY_OR_SHARE = { test: (text: string) => ANY_FAMILY.test(text) || shareOfWhole(text) };

/** Whole words that hold a word for "used" ("Belegt", "Đã sử dụng": "sử dụng"). */
const USED_WORDS = new RegExp(`(?:${USED_WORD.source})\\S*`, 'gi');

/** The label a statement opens with, up to its colon, before any figure. */
const LABEL = /^[^\d:：]*[:：]/;

/**
 * A third person using the sizes in Spanish or Italian ("Mamá está usando…", "Anna sta
 * utilizzando…", where "you" has estás, stai; "se está usando", "si sta utilizzando" are the
 * passive), or in Greek ("Η Λένα χρησιμοποιεί…", where "you" is χρησιμοποιείτε and "are used"
 * χρησιμοποιούνται): a name after an article is no name NAME sees.
 */
const THIRD_PERSON =
  /(?:^|\s)(?<!\bs[ei] |você )(?:está|sta) (?:usando|utilizando|utilizzando)\b|χρησιμοποιεί(?=\s|$)/i;

/**
 * A name before the sizes without a colon ("Mom 12 GB of 200 GB used", "Grace Okafor …", "Daan de
 * Vries …", "Priya (Organizer) …", "Seán O'Brien …"): capitalized words, not all capitals, and
 * the particles names hold between them.
 */
const NAME_WORD = "\\p{Lu}(?=[\\p{L}'’.-]*\\p{Ll})[\\p{L}'’.-]+";
const NAME = new RegExp(
  `^${NAME_WORD}(?: (?:${NAME_WORD}|d[aeiou]s?|de[lr]?|van|von|le|la))*(?: [(（][^()（）]{1,30}[)）])?$`,
  'u',
);
/**
 * A word or two of a script without capitals, where NAME cannot see a name: Japanese, Chinese,
 * Korean, Hebrew, Arabic, Thai, Hindi ("エマ", "엄마", "妈妈", "דנה כהן", "أحمد", "สมชาย", "प्रिया").
 */
const UNCASED_WORDS = /^\p{Lo}[\p{Lo}\p{M}ー・]{1,15}(?: \p{Lo}[\p{Lo}\p{M}]{1,15})?$/u;
/**
 * Words that open the account's own line in these shapes ("Total 4.8 GB of 5 GB used", "Currently
 * …", "Konto …", "現在 …", "현재 …"): no one's name. So do the words for the reader (you, Sie, вы,
 * bạn; "hai", "has", "estás", "stai" say it without a pronoun) and those of a sentence with no
 * subject ("Se usan", "S’han utilitzat", "Đã sử dụng", "Đang dùng", "تم استخدام", "נעשה שימוש", "Ya
 * has usado"), and a state or status ("Status:", "État :", "状態："). In
 * scripts without capitals the first word is taken for a member's name unless it is one of these
 * (now, total, the space: "כרגע", "حاليًا", "المساحة", "ตอนนี้", "कुल"), so these are listed too.
 */
const ACCOUNT_WORD =
  /(?<!\p{L})(?:totale?|gesamt|insgesamt|summe|celkem|celkom|всего|усього|łącznie|totalt|yhteensä|összesen|toplam|συνολικά|ukupno|kokku|kopā|iš viso|current(?:ly)?|now|today|aktuell|derzeit|momentan|zurzeit|jetzt|actuellement|aujourd'hui|actualmente|ahora|hoy|attualmente|ora|oggi|atualmente|agora|hoje|momenteel|nu|account|konto|compte|cuenta|conta|usage|nutzung|uso|status|statut|état|estado|stato|plan|you|your|sie|du|ihr|vous|tu|usted|você|voi|lei|jij|je|u|ni|вы|ты|ви|ти|bạn|se|s['’]han|si|đã|تم|נעשה|hai|stai|has|estás|ya|đang|כרגע|עכשיו|סה["״]כ|حالي\p{M}?ا?|الآن|إجمالي|المساحة|ตอนนี้|ทั้งหมด|कुल|अभी)(?!\p{L})|^(?:現在|现在|目前|当前|합계|현재|지금|전체|合計|合计|总计|全体|総計|状態|状态|상태|คุณ)$/iu;

/**
 * Whether a subject before the sizes, with no colon or particle after it, names someone or
 * something else than the account ("Mom", "Grace Okafor", "엄마", "דנה").
 */
const namesSubject = (subject: string) =>
  (NAME.test(subject) || UNCASED_WORDS.test(subject)) &&
  !ACCOUNT_WORD.test(subject) &&
  namesAnother(subject);

/**
 * A subject written onto its verb where words have no spaces between them ("แม่ใช้ 12 GB จาก 200
 * GB", "妈妈使用 12 GB（共 200 GB）"); 已 ("already") is part of the verb ("目前已使用": currently
 * used).
 */
const GLUED_SUBJECT = /^([\p{Lo}\p{M}]+?)已?(?:ใช้|使用)/u;

/**
 * Mobile data counts what was sent over the phone network ("Mobile Data: 2.3 GB of 10 GB used",
 * "Cellular Data", "Mobile Daten", "Données cellulaires", "Datos móviles", "Dati cellulare",
 * "モバイルデータ通信", "蜂窝数据", a personal hotspot, roaming): not iCloud storage.
 */
const MOBILE_DATA =
  /cellular|mobile data|mobile daten|mobilfunk|données (?:cellulaires|mobiles)|datos (?:móviles|celulares)|dati (?:cellulare|mobili)|モバイルデータ|モバイル通信|蜂窝数据|蜂窩數據|移动数据|流量|hotspot|roaming/i;

/**
 * The pasted text without the lines, or the parts of a line ("iPhone: 61 GB of 128 GB used ·
 * iCloud: 4.8 GB of 5 GB used"), whose sizes are another's than the account's, or only the
 * reader's share of a shared plan (ownShare). The storage grammar sees a pasted text whole,
 * where a label on one line would not be told from the words at the end of the line before.
 */
export function withoutOthers(text: string): string {
  const lines = text.split(/\r?\n/).map(normalizeSpace);
  const parts = lines.map((line) => line.split(/ ?[·•|;] ?/));
  // What a device uses ("iPhone Storage: 3.4 GB of 64 GB used") is no member's share of the plan.
  const around = lines.filter((line) => !deviceBefore(line)).join('\n');
  // The reader's share of a shared plan leaves what the plan holds unknown: nothing is read, not
  // even a member's line this module fails to see as one.
  if (parts.flat().some((part) => readerShare(part, around))) return '';
  return parts
    .map((line, i) =>
      line
        // A part after another in its line ("iPad de Léa · 12 Go utilisés …") is headed by it as a
        // line by the line above. A part that only says what is free ("Free: 1 GB of 5 GB") is
        // never read as usage and stays, so that the grammar sees whether it agrees with the used
        // part (parseStorageText).
        .filter(
          (part, j) =>
            (FREE.test(part) && !USED_WORD.test(part)) ||
            (!namesOtherOwner(part) && !headedByOther(j ? line[j - 1] : lines[i - 1], part)),
        )
        .join(' · '),
    )
    .join('\n');
}

/**
 * A line under a line that is only a name, an app, a device or the family ("Kofi" / "12 GB of 2
 * TB used", as a members' list is copied) that opens with its sizes, or, under a title with no
 * sizes, with words that name neither the account, its use nor the reader (a name of one
 * character, "ファミリーの使用量" / "母 200 GB中12 GB", which namesSubject does not take for one):
 * that one's usage.
 */
function headedByOther(title: string | undefined, statement: string): boolean {
  const lead = plainDigits(statement).split(/\d/)[0] as string;
  // A title with sizes of its own ("iPhone: 61 GB of 128 GB used") is a statement, no heading, for
  // a line that opens with words ("iCloud: 4.8 GB of 5 GB used").
  const words =
    /\d/.test(title ?? '') ||
    [ACCOUNT_WORD, PASTE_READER, USED_WORD].some((word) => word.test(lead));
  // A lead of words for "used" and words that name no subject ("Belegt", "Utilisé :", "Đã sử
  // dụng", "تم استخدام") says what the sizes are, as a line that opens with them does: under a
  // member's name or the family they are theirs.
  const opensWithSizes = lead
    .replace(USED_WORDS, ' ')
    .split(/[\s:：]+/)
    .every((word) => !word || ACCOUNT_WORD.test(word));
  return (
    title !== undefined &&
    (opensWithSizes || !words) &&
    (!!titleKind(title) ||
      (ANY_FAMILY.test(title) && !STORAGE_WORD.test(title)) ||
      namesSubject(title))
  );
}

/**
 * Whether a pasted statement's sizes belong to another than the account: a member or a
 * category named before them (namesOther), or after them ("used by John", "بواسطة أحمد", "использовано
 * Машей": BY, which drops only this part here, where the storage grammar would leave the whole
 * paste unread), an app,
 * a device or the family right before them ("iCloud Drive 3 GB of 5 GB used"), a category as the subject
 * ("Photos used 3 GB of 5 GB"), mobile data.
 */
function namesOtherOwner(text: string): boolean {
  // A label of words that each name the account or its state ("Status:", "Estado:", "状態：") is
  // the account's, as the Apple Account's is: the page's grammar, which knows fewer such words,
  // would take it for a name.
  const statement = plainDigits(text)
    .replace(APPLE_ACCOUNT, 'Account')
    .replace(LABEL, (label) =>
      label
        .slice(0, -1)
        .trim()
        .split(' ')
        .every((word) => ACCOUNT_WORD.test(word))
        ? 'Account:'
        : label,
    );
  const named = [BY, THIRD_PERSON, MOBILE_DATA].some((words) => words.test(statement));
  const label = LABEL.exec(statement)?.[0] ?? '';
  // namesOther also finds a name after "for" in the label ("Storage for Mom:"); a label that names
  // another is so with the verb after it too ("Petr: využito 8 GB z 50 GB").
  if (
    named ||
    OWNER_IN_LABEL.test(label) ||
    namesOther(statement) ||
    (label !== '' && namesAnother(label.slice(0, -1)))
  ) {
    return true;
  }
  const lead = statement.slice(0, Math.max(statement.search(/\d/), 0)).trim();
  // In a sentence the first word is the subject ("Mom used …", "Jonas hat …", "Anna a utilisé …",
  // "Ayşe, 200 GB'ın …"), after a label too ("Used: Mom 12 GB …", "已使用：妈妈 12 GB …"): the
  // account's own opens with a word for the reader, use or the account, or none. So too in a script
  // without capitals ("سارة تم استخدام 12 GB …", "สมชาย ใช้ไป 12 GB …": a member's).
  const subject = lead.slice(label.length).trim();
  const [first = '', ...next] = subject.split(/[\s,，、]+/);
  // A word for now or the account first is no subject: the first capitalized or uncased word after
  // it is ("Currently Mom used …", "Aktuell hat Jonas …", "当前 妈妈已使用 …").
  const after =
    (ACCOUNT_WORD.test(first) && next.find((word) => /^[\p{Lu}\p{Lo}]/u.test(word))) || '';
  const glued = GLUED_SUBJECT.exec(lead)?.[1] ?? GLUED_SUBJECT.exec(after)?.[1];
  if (titleKind(lead) || [subject, first, after].some(namesSubject)) {
    return true;
  }
  if (glued !== undefined && namesSubject(glued)) return true;
  const used = lead.search(USED_WORD);
  return used > 0 && matchCategory(lead.slice(0, used).trim()) !== undefined;
}
