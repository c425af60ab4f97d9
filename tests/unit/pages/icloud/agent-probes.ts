/**
 * Round-16 probes, each with the reading a careful person would give, decided before running the
 * reader: whose usage a line is when the one who used it is named by an agent ("by", "par",
 * "pelo", "द्वारा", "بواسطة", "על ידי", "توسط"), by a case ending (Russian, Ukrainian, Czech
 * instrumental), by a subject written onto its verb (Thai, Chinese), or is a category in lower
 * case ("utilisés par vos photos"); and the account's own lines beside them. `miss`: unread is
 * acceptable (safe) though a person would read it; `any`: two statements run together, the
 * account's first, either reading is right.
 */
import { U } from './read-as';
import type { Probe } from './named-owner-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

export const AGENT_LINES: Probe[] = [
  // Thai: a subject written onto its verb
  p('th', 'ยายใช้ 20 GB จาก 2 TB', U),
  p('th', 'น้องชายใช้ไปแล้ว 5 GB จาก 50 GB', U),
  p('th', 'ลูกสาวใช้พื้นที่ 8 GB จาก 50 GB', U),
  p('th', 'มาลีใช้ 3 GB จาก 50 GB', U),
  p('th', 'ใช้แล้ว 10 GB จาก 50 GB', '10 GB/50 GB'),
  p('th', 'คุณใช้ไปแล้ว 10 GB จาก 50 GB', '10 GB/50 GB', true),
  // Chinese: the same
  p('zh', '爸爸使用 20 GB（共 2 TB）', U),
  p('zh', '小红已使用 3 GB（共 50 GB）', U),
  p('zh', '目前已使用 10 GB（共 50 GB）', '10 GB/50 GB', true),
  // "By" in scripts without capitals
  p('hi', '50 GB में से 8 GB सीमा द्वारा उपयोग किया गया', U),
  p('hi', 'अमित द्वारा 50 GB में से 8 GB उपयोग किया गया', U),
  p('hi', '50 GB में से 8 GB उपयोग किया गया', '8 GB/50 GB'),
  p('ar', '8 GB من 50 GB مستخدمة بواسطة ليلى', U),
  p('ar', 'بواسطة خالد: ٨ غيغابايت من ٥٠ غيغابايت مستخدمة', U),
  p('ar', 'تم استخدام ٨ غيغابايت من ٥٠ غيغابايت', '8 GB/50 GB'),
  p('he', '8 GB מתוך 50 GB בשימוש על ידי נועה', U),
  p('he', 'על ידי יוסי נעשה שימוש ב-8 GB מתוך 50 GB', U),
  p('he', '8 GB מתוך 50 GB בשימוש', '8 GB/50 GB'),
  p('fa', '۸ GB از ۵۰ GB توسط سارا استفاده شده', U),
  // The agent in the instrumental case
  p('ru', '20 ГБ из 2 ТБ использовано Сергеем', U),
  p('ru', '8 ГБ из 50 ГБ занято Анной Петровой', U),
  p('ru', '8 ГБ из 50 ГБ использовано Ольгой', U),
  p('uk', '8 ГБ з 50 ГБ використано Оленою', U),
  p('uk', '8 ГБ з 50 ГБ використано Андрієм', U),
  p('ru', 'Использовано 8 ГБ из 50 ГБ', '8 GB/50 GB'),
  p('ru', '8 ГБ из 50 ГБ использовано', '8 GB/50 GB'),
  p('ru', '8 ГБ из 50 ГБ использовано вами', '8 GB/50 GB', true),
  p('cs', '8 GB z 50 GB využito Petrem', U),
  p('cs', 'Využito 8 GB z 50 GB', '8 GB/50 GB'),
  // Portuguese "pelo", "pela"
  p('pt', '8 GB de 50 GB usados pelo Rui', U),
  p('pt', '8 GB de 50 GB utilizados pela Ana', U),
  p('pt', '8 GB de 50 GB usados pelo João Pedro', U),
  p('pt', 'Usados pelo Tiago: 8 GB de 50 GB', U),
  p('pt', '8 GB de 50 GB usados', '8 GB/50 GB'),
  // A category or someone in lower case after "used by": not the account's total
  p('fr', '4,8 Go sur 5 Go utilisés par vos photos', U),
  p('fr', '2 Go sur 5 Go utilisés par les sauvegardes', U),
  p('en', '3 GB of 5 GB used by your photos', U),
  p('en', '3 GB of 5 GB used by backups', U),
  p('de', '3 GB von 5 GB belegt von deinen Fotos', U),
  p('es', '3 GB de 5 GB usados por tus fotos', U),
  p('it', '3 GB di 5 GB utilizzati dalle tue foto', U),
  p('pt', '3 GB de 5 GB usados pelas suas fotos', U),
  p('nl', "3 GB van 5 GB gebruikt door je foto's", U),
  p('pt', '3 GB de 5 GB usados por mensagens', U),
  p('es', '3 GB de 5 GB usados por la mamá', U),
  p('fr', '150 Go utilisés sur 200 Go', '150 GB/200 GB'),
  p('es', '150 GB usados de 200 GB', '150 GB/200 GB'),
  p('de', '150 GB belegt von 200 GB', '150 GB/200 GB', true),
  p('sv', '150 GB använt av 200 GB', '150 GB/200 GB', true),
  p('it', '150 GB utilizzati di 200 GB', '150 GB/200 GB'),
  // Openings the page did not know, and their members' counterparts
  p('en', 'Currently 12 GB of 50 GB used', '12 GB/50 GB', true),
  p('en', 'Currently using 12 GB of 50 GB', '12 GB/50 GB', true),
  p('it', 'Hai utilizzato 12 GB di 50 GB', '12 GB/50 GB', true),
  p('it', 'Hai usato 12 GB su 50 GB', '12 GB/50 GB', true),
  p('it', 'Marco ha utilizzato 12 GB di 50 GB', U),
  p('ko', '50기가바이트 중 12기가바이트 사용', '12 GB/50 GB', true),
  p('ko', '2테라바이트 중 1.2테라바이트 사용됨', '1.2 TB/2 TB', true),
  p('ko', '50기가바이트 중 12기가바이트를 엄마가 사용', U),
  p('et', 'Kasutatud 12 GB / 50 GB', '12 GB/50 GB', true),
  p('et', '50 GB-st kasutatud 12 GB', '12 GB/50 GB', true),
  p('et', 'Jaan kasutab 12 GB 50 GB-st', U),
  p('et', 'Vaba 38 GB / 50 GB', U),
  p('et', '12 GB / 50 GB kasutanud Mari', U),
  // Names before the sizes
  p('es', '8 GB de 50 GB usados por Lucía', U),
  p('de', 'Von Lena belegt: 8 GB von 50 GB', U),
  p('fr', 'Par Hugo : 8 Go sur 50 Go utilisés', U),
  p('ru', 'Сергей использует 8 ГБ из 50 ГБ', U),
];

export const AGENT_RUN_TOGETHER: Probe[] = [
  ['fr', '150 Go utilisés sur 200 Go 3 Go sur 5 Go utilisés par vos photos', '150 GB/200 GB'],
  ['ru', 'Использовано 150 ГБ из 200 ГБ Сергеем использовано 12 ГБ из 200 ГБ', '150 GB/200 GB'],
  ['pt', '150 GB de 200 GB usados Pela Ana: 12 GB de 200 GB', '150 GB/200 GB'],
  ['th', 'ใช้ไป 150 GB จาก 200 GB ยายใช้ 20 GB จาก 200 GB', '150 GB/200 GB'],
  [
    'hi',
    '200 GB में से 150 GB उपयोग किया गया 200 GB में से 12 GB अमित द्वारा उपयोग किया गया',
    '150 GB/200 GB',
  ],
  ['ru', '8 ГБ из 50 ГБ использовано Управление хранилищем', '8 GB/50 GB'],
].map(([lang, text, first]) => ({ lang, text, want: U, any: [first as string, U] }) as Probe);

/** Whole panels: [heading, markup, probe]. */
export const AGENT_PANELS: [string, string, Probe][] = [
  [
    'iCloud Storage',
    '<p><span>3 GB of 5 GB used by</span> <span>your photos</span></p>',
    p('en', 'category in its own element', U),
  ],
  [
    'Stockage iCloud',
    '<p>150 Go utilisés sur 200 Go</p><ul><li>3 Go sur 200 Go utilisés par vos photos</li></ul>',
    p('fr', 'total and a category', '150 GB/200 GB', true),
  ],
  [
    'Armazenamento do iCloud',
    '<p>150 GB de 200 GB usados</p><ul><li>12 GB de 200 GB usados pela <b>Ana</b></li></ul>',
    p('pt', 'total and a member in bold', '150 GB/200 GB', true),
  ],
  [
    'Хранилище iCloud',
    '<p>12 ГБ из 200 ГБ использовано <b>Машей</b></p>',
    p('ru', 'member only, instrumental in bold', U),
  ],
  [
    'אחסון iCloud',
    '<p dir="rtl">12 GB מתוך 200 GB בשימוש על ידי <b>דנה</b></p>',
    p('he', 'member only rtl', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    '<p><span>ยาย</span>ใช้ 20 GB จาก 2 TB</p>',
    p('th', 'member only, name in a span', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    '<p>ใช้ไป 1.1 TB จาก 2 TB</p><ul><li>ยายใช้ 20 GB จาก 2 TB</li></ul>',
    p('th', 'total and a member', '1.1 TB/2 TB', true),
  ],
  [
    'iCloud स्टोरेज',
    '<ul><li>2 TB में से 20 GB <b>अमित</b> द्वारा उपयोग किया गया</li></ul>',
    p('hi', 'member only', U),
  ],
  [
    'التخزين في iCloud',
    '<p dir="rtl">\u200f٢٠ غيغابايت من ٢ تيرابايت مستخدمة بواسطة <span>ليلى</span></p>',
    p('ar', 'member only rtl', U),
  ],
  [
    'iCloud-Speicher',
    '<p>Aktuell 12 GB von 50 GB belegt</p>',
    p('de', 'opening word', '12 GB/50 GB', true),
  ],
];
