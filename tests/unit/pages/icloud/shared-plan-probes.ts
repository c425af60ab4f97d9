/**
 * Round-18 probes, each with the reading a careful person would give, decided before running the
 * reader. Their class: on a shared (family) plan a line said of "you" ("You've used 42 GB of 50
 * GB", "Hai utilizzato …") is the reader's own share, not what the plan as a whole holds, which
 * may be full; with a member's share or a family heading beside it, nothing may be read. A line
 * said of no one ("42 GB of 50 GB used") is the storage bar's, the plan's, and is read. Also
 * account lines in about 25 languages with their number formats, device cards, plans and the
 * layouts left unread last round. `miss`: unread is acceptable (safe) though a person would read
 * it.
 */
import { U } from './read-as';
import type { Probe } from './named-owner-probes';

/** [heading, body markup, probe]: a panel of the settings view. */
export type PanelProbe = [string, string, Probe];

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');

/** "You" beside another member of the plan: the reader's share, never the plan's usage. */
export const SHARED_PLAN: PanelProbe[] = [
  [
    'Spazio di archiviazione iCloud',
    rows('Hai utilizzato 42 GB su 50 GB', 'Marco ha utilizzato 8 GB su 50 GB'),
    p('it', 'you, then a member in a sentence', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Marco ha utilizzato 8 GB su 50 GB', 'Hai utilizzato 42 GB su 50 GB'),
    p('it', 'a member, then you', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Hai utilizzato 42 GB su 50 GB', '8 GB su 50 GB utilizzati da Marco'),
    p('it', 'you, then "utilizzati da Marco"', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    `${rows('Hai utilizzato 42 GB su 50 GB')}<h3>In famiglia</h3><ul><li>Marco</li><li>8 GB</li></ul>`,
    p('it', 'you, then a family list', U),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 42 GB of 50 GB', 'Lena used 8 GB of 50 GB'),
    p('en', 'you, then a member', U),
  ],
  [
    'iCloud Storage',
    rows('You are using 42 GB of 50 GB', '8 GB of 50 GB used by Lena'),
    p('en', 'you, then "used by Lena"', U),
  ],
  [
    'iCloud Storage',
    `${rows('You are using 42 GB of 50 GB')}<h3>Family Sharing</h3><p>Lena · 8 GB</p>`,
    p('en', 'you, under it the family', U),
  ],
  [
    'iCloud Storage',
    rows('Lena: 8 GB of 50 GB used', 'You: 42 GB of 50 GB used'),
    p('en', 'labelled rows, a member and you', U),
  ],
  [
    'Stockage iCloud',
    rows('Vous utilisez 42 Go sur 50 Go', '8 Go sur 50 Go utilisés par Léa'),
    p('fr', 'vous, then par Léa', U),
  ],
  [
    'Stockage iCloud',
    `${rows('Vous utilisez 42\u202fGo sur 50\u202fGo')}<h3>Partage familial</h3><p>Léa 8 Go</p>`,
    p('fr', 'vous, then the family', U),
  ],
  [
    'iCloud-Speicher',
    rows('Sie haben 42 GB von 50 GB belegt', 'Lena: 8 GB von 50 GB belegt'),
    p('de', 'Sie, then a member', U),
  ],
  [
    'iCloud-Speicher',
    `${rows('Du hast 42,5 GB von 50 GB belegt')}<h3>Familienfreigabe</h3><p>Lena 7,5 GB</p>`,
    p('de', 'du, then the family', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Has usado 42 GB de 50 GB', '8 GB de 50 GB usados por Lena'),
    p('es', 'has usado, then por Lena', U),
  ],
  [
    'Almacenamiento de iCloud',
    `${rows('Has usado 42 GB de 50 GB')}<h3>En familia</h3><p>Tomás 8 GB</p>`,
    p('es', 'has usado, then the family', U),
  ],
  [
    'Armazenamento do iCloud',
    rows('Você usou 42 GB de 50 GB', 'Ana usou 8 GB de 50 GB'),
    p('pt', 'você, then a member', U),
  ],
  [
    'Armazenamento do iCloud',
    `${rows('Você usou 42 GB de 50 GB')}<h3>Compartilhamento Familiar</h3><p>Ana 8 GB</p>`,
    p('pt', 'você, then the family', U),
  ],
  [
    'Armazenamento do iCloud',
    `${rows('Você usou 42 GB de 50 GB')}<h3>Partilha com a família</h3><p>Ana 8 GB</p>`,
    p('pt', 'você, then the family (pt-PT, "família")', U),
  ],
  [
    'iCloud-opslag',
    rows('Je gebruikt 42 GB van 50 GB', '8 GB van 50 GB gebruikt door Daan'),
    p('nl', 'je, then door Daan', U),
  ],
  [
    'iCloud-lagring',
    rows('Du använder 42 GB av 50 GB', '8 GB av 50 GB används av Elsa'),
    p('sv', 'du, then av Elsa', U),
  ],
  [
    'Хранилище iCloud',
    rows('Вы используете 42 ГБ из 50 ГБ', '8 ГБ из 50 ГБ использовано Леной'),
    p('ru', 'вы, then Леной', U),
  ],
  [
    'iCloud ストレージ',
    rows('あなたは50 GB中42 GBを使用しています', 'レナ：50 GB中8 GBを使用'),
    p('ja', 'あなた, then a member', U),
  ],
  [
    'iCloud 存储空间',
    rows('您已使用 42 GB（共 50 GB）', '丽娜：已使用 8 GB（共 50 GB）'),
    p('zh', '您, then a member', U),
  ],
  [
    'iCloud 存储空间',
    `${rows('你已使用 42 GB（共 50 GB）')}<h3>家人共享</h3><p>丽娜 8 GB</p>`,
    p('zh', '你, then the family', U),
  ],
  [
    'Lưu trữ iCloud',
    rows('Bạn đã dùng 42 GB / 50 GB', 'Lan: 8 GB / 50 GB đã dùng'),
    p('vi', 'bạn, then a member', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('Anda menggunakan 42 GB dari 50 GB', '8 GB dari 50 GB digunakan oleh Budi'),
    p('id', 'Anda, then oleh Budi', U),
  ],
  [
    'Pamięć iCloud',
    rows('Ty: 42 GB z 50 GB wykorzystane', 'Kasia: 8 GB z 50 GB wykorzystane'),
    p('pl', 'ty, then a member', U),
  ],
  [
    'Úložiště iCloud',
    rows('Vy: využito 42 GB z 50 GB', 'Petr: využito 8 GB z 50 GB'),
    p('cs', 'vy, then a member', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("Siz: 50 GB'ın 42 GB'ı kullanılıyor", "Zeynep: 50 GB'ın 8 GB'ı kullanılıyor"),
    p('tr', 'siz, then a member', U),
  ],
  [
    'iCloud-tallennustila',
    rows('Sinä: käytetty 42 Gt / 50 Gt', 'Mikko: käytetty 8 Gt / 50 Gt'),
    p('fi', 'sinä, then a member', U),
  ],
  [
    'אחסון iCloud',
    rows('אתה: 42 GB מתוך 50 GB בשימוש', 'דנה: 8 GB מתוך 50 GB בשימוש'),
    p('he', 'you, then a member', U),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 42 GB of 50 GB', 'Lena used 8 GB of 50 GB', 'You’ve used 42 GB of 50 GB'),
    p('en', 'the same "you" line twice and a member', U),
  ],
];

/** The plan's own line, or "you" with nothing shared beside it: read. */
export const NOT_SHARED: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('42 GB of 50 GB used', '8 GB of 50 GB used by Lena'),
    p('en', 'the bar’s line and a member’s share', '42 GB/50 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    `${rows('42 GB su 50 GB utilizzati')}<h3>In famiglia</h3><p>Marco 8 GB</p>`,
    p('it', 'the bar’s line and a family list', '42 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    `${rows('42 GB von 50 GB belegt')}<h3>Familienfreigabe</h3><p>Lena 8 GB</p>`,
    p('de', 'the bar’s line and the family', '42 GB/50 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Hai utilizzato 42 GB su 50 GB'),
    p('it', 'you alone', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ with 50 GB', 'You are using 42 GB of 50 GB'),
    p('en', 'you and the plan', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Vous utilisez 42 Go sur 50 Go', 'Photos 30 Go', 'Sauvegardes 12 Go'),
    p('fr', 'vous and the legend', '42 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    rows('You are using 42 GB of 50 GB', 'Free up space to back up your iPhone'),
    p('en', 'you and advice', '42 GB/50 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 42 GB de 50 GB', 'Tomás: 8 GB de 50 GB'),
    p('es', 'impersonal line and a member', '42 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 42 ГБ из 50 ГБ', 'Лена: 8 ГБ'),
    p('ru', 'impersonal line and a member', '42 GB/50 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('已使用 42 GB（共 50 GB）', '家人共享：丽娜 8 GB'),
    p('zh', 'impersonal line and the family', '42 GB/50 GB'),
  ],
];

/** Lines in about 25 languages, each read alone on the page and in the paste box. */
export const LINES: Probe[] = [
  p('en', '8 GB of 50 GB used', '8 GB/50 GB'),
  p('en', '50 GB total, 42 GB used', '42 GB/50 GB'),
  p('en', 'Used 8 GB / 50 GB', '8 GB/50 GB'),
  p('en', 'You’ve used 42 GB of your 50 GB', '42 GB/50 GB', true),
  p('en', '0.5 TB of 2 TB used', '0.5 TB/2 TB'),
  p('en', '8 GB of 50 GB used by Lena', U),
  p('en', 'Lena’s iPad: 20 GB of 64 GB used', U),
  p('de', 'Insgesamt 50 GB, davon 42 GB belegt', '42 GB/50 GB', true),
  p('de', '42,5\u00a0GB von 50\u00a0GB belegt', '42.5 GB/50 GB'),
  p('de', '8 GB von 50 GB belegt von Lena', U),
  p('fr', '42,5\u202fGo utilisés sur 50\u202fGo', '42.5 GB/50 GB'),
  p('fr', '1,2 To sur 2 To utilisés', '1.2 TB/2 TB'),
  p('fr', '8 Go sur 50 Go utilisés par Léa', U),
  p('es', '42,5 GB de 50 GB usados', '42.5 GB/50 GB'),
  p('it', '42,5 GB su 50 GB utilizzati', '42.5 GB/50 GB'),
  p('it', '8 GB su 50 GB utilizzati da Marco', U),
  p('pt', '42,5 GB de 50 GB usados', '42.5 GB/50 GB'),
  p('pt', '8 GB de 50 GB usados pela Ana', U),
  p('nl', '42,5 GB van 50 GB gebruikt', '42.5 GB/50 GB'),
  p('sv', '42,5 GB av 50 GB används', '42.5 GB/50 GB'),
  p('da', '42,5 GB af 50 GB brugt', '42.5 GB/50 GB'),
  p('nb', '42,5 GB av 50 GB brukt', '42.5 GB/50 GB'),
  p('fi', '42,5 Gt / 50 Gt käytetty', '42.5 GB/50 GB'),
  p('pl', 'Wykorzystano 42,5 GB z 50 GB', '42.5 GB/50 GB'),
  p('cs', 'Využito 42,5 GB z 50 GB', '42.5 GB/50 GB'),
  p('hu', '50 GB-ból 42,5 GB felhasználva', '42.5 GB/50 GB'),
  p('ro', '42,5 GB din 50 GB utilizați', '42.5 GB/50 GB'),
  p('tr', "50 GB'ın 42,5 GB'ı kullanılıyor", '42.5 GB/50 GB'),
  p('el', 'Χρησιμοποιούνται 42,5 GB από 50 GB', '42.5 GB/50 GB'),
  p('ru', 'Использовано 42,5\u00a0ГБ из 50\u00a0ГБ', '42.5 GB/50 GB'),
  p('ru', 'Всего 50 ГБ, занято 42 ГБ', '42 GB/50 GB', true),
  p('ru', '8 ГБ из 50 ГБ использовано Леной', U),
  p('uk', 'Використано 42,5 ГБ з 50 ГБ', '42.5 GB/50 GB'),
  p('ja', '50 GB中42.5 GBを使用済み', '42.5 GB/50 GB'),
  p('zh', '已使用 42.5 GB（共 50 GB）', '42.5 GB/50 GB'),
  p('zh', '妈妈已使用 8 GB（共 50 GB）', U),
  p('ko', '50GB 중 42.5GB 사용됨', '42.5 GB/50 GB'),
  p('ko', '50기가바이트 중 42기가바이트 사용됨', '42 GB/50 GB', true),
  p('th', 'ใช้ไป 42.5 GB จาก 50 GB', '42.5 GB/50 GB'),
  p('vi', 'Đã sử dụng 42,5 GB trong tổng số 50 GB', '42.5 GB/50 GB'),
  p('id', '42,5 GB dari 50 GB digunakan', '42.5 GB/50 GB'),
  p('he', '42.5 GB מתוך 50 GB בשימוש', '42.5 GB/50 GB'),
  p('ar', 'تم استخدام ٤٢٫٥ غيغابايت من ٥٠ غيغابايت', '42.5 GB/50 GB'),
  p('hi', '50 GB में से 42.5 GB उपयोग किया गया', '42.5 GB/50 GB'),
  p('et', 'Kasutatud 42 GB 50 GB-st', '42 GB/50 GB', true),
  p('et', '50 GB-st on kasutatud 42 GB', '42 GB/50 GB', true),
  p('et', 'Mari kasutab 8 GB 50 GB-st', U),
  p('lv', 'Izmantoti 42 GB no 50 GB', '42 GB/50 GB', true),
  p('lt', 'Naudojama 42 GB iš 50 GB', '42 GB/50 GB', true),
  p('hr', 'Iskorišteno 42 GB od 50 GB', '42 GB/50 GB'),
  p('ca', "S'utilitzen 42 GB de 50 GB", '42 GB/50 GB'),
  p('en', '42 GB of 50 GB available', U),
  p('de', '1.024 GB von 2 TB belegt', U),
];

/** Layouts: device cards, plans, rows; [heading, body, probe]. */
export const LAYOUTS: PanelProbe[] = [
  [
    'iCloud Storage',
    '<div><h4>iPad</h4><p>20 GB of 64 GB used</p></div><p>8 GB of 50 GB used</p>',
    p('en', 'a device card above the account’s line', '8 GB/50 GB', true),
  ],
  [
    'iCloud-Speicher',
    '<p>8 GB von 50 GB belegt</p><div><h4>Lenas iPhone</h4><p>20 GB von 64 GB belegt</p></div>',
    p('de', 'a device card below the account’s line', '8 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    '<div><h4>iPad</h4><p>20 GB of 64 GB used</p></div>',
    p('en', 'a device card alone', U),
  ],
  [
    'iCloud Storage',
    '<dl><dt>Used</dt><dd>42 GB</dd><dt>Total</dt><dd>50 GB</dd></dl>',
    p('en', 'Used and Total rows', '42 GB/50 GB', true),
  ],
  [
    'iCloud-Speicher',
    '<dl><dt>Belegt</dt><dd>42 GB</dd><dt>Gesamt</dt><dd>50 GB</dd></dl>',
    p('de', 'Belegt and Gesamt rows', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ with 200 GB', '120 GB of 200 GB used'),
    p('en', 'a plan above the line', '120 GB/200 GB'),
  ],
  [
    'Stockage iCloud',
    rows('iCloud+ avec 200 Go', '120 Go sur 200 Go utilisés'),
    p('fr', 'a plan in French', '120 GB/200 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('iCloud+ 200 ГБ', 'Использовано 120 ГБ из 200 ГБ'),
    p('ru', 'a plan in Russian units', '120 GB/200 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('200GB 중 120GB 사용됨', '가족 공유: 엄마 12GB'),
    p('ko', 'the line and a family member', '120 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('42 GB of 50 GB used', '12 GB of 200 GB used'),
    p('en', 'two different usages', U),
  ],
];
