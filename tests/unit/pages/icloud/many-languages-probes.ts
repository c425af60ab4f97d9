/**
 * Round-17 probes, each with the reading a careful person would give, decided before running the
 * reader: the account's usage line in about 30 languages and their number formats (decimal commas,
 * no-break and thin spaces, "Go", "ГБ", units before or after, total first), beside a member's,
 * a device's, a plan or what is free. `miss`: unread is acceptable (safe) though a person would
 * read it.
 */
import { U } from './read-as';
import type { Probe } from './named-owner-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

export const MANY_LINES: Probe[] = [
  // English
  p('en', '8 GB of 50 GB used', '8 GB/50 GB'),
  p('en', '50 GB total, 42 GB used', '42 GB/50 GB'),
  p('en', 'Used 8 GB / 50 GB', '8 GB/50 GB'),
  p('en', '8 GB of 50 GB used by Lena', U),
  p('en', 'Lena: 8 GB of 50 GB used', U),
  p('en', 'iPhone: 20 GB of 64 GB used', U),
  p('en', '1,024.5 GB of 2 TB used', '1024.5 GB/2 TB'),
  p('en', 'You’ve used 42 GB of your 50 GB', '42 GB/50 GB', true),
  p('en', '8 GB of 50 GB available', U),
  // German
  p('de', '8\u00a0GB von 50\u00a0GB belegt', '8 GB/50 GB'),
  p('de', '42,5 GB von 50 GB verwendet', '42.5 GB/50 GB'),
  p('de', 'Insgesamt 50 GB, davon 42 GB belegt', '42 GB/50 GB', true),
  p('de', 'Lenas iPhone: 20 GB von 64 GB belegt', U),
  p('de', 'Belegt: 8 GB von 50 GB', '8 GB/50 GB'),
  p('de', '8 GB von 50 GB belegt durch Lena', U),
  // French
  p('fr', '8\u202fGo sur 50\u202fGo utilisés', '8 GB/50 GB'),
  p('fr', '42,5 Go utilisés sur 50 Go', '42.5 GB/50 GB'),
  p('fr', '8 Go sur 50 Go utilisés par Lena', U),
  p('fr', 'Stockage de l’iPhone : 20 Go sur 64 Go utilisés', U),
  p('fr', 'Vous utilisez 8 Go sur 50 Go', '8 GB/50 GB'),
  p('fr', '42 Go sur 50 Go disponibles', U),
  // Spanish
  p('es', 'Se usan 8 GB de 50 GB', '8 GB/50 GB'),
  p('es', '8 GB de 50 GB usados por Lena', U),
  p('es', 'Has usado 8 GB de 50 GB', '8 GB/50 GB', true),
  p('es', 'Almacenamiento de iCloud: 8 GB de 50 GB usados', '8 GB/50 GB'),
  // Italian
  p('it', 'Hai utilizzato 8 GB su 50 GB', '8 GB/50 GB', true),
  p('it', '8 GB su 50 GB utilizzati', '8 GB/50 GB'),
  p('it', '8 GB di 50 GB utilizzati da Lena', U),
  p('it', 'Spazio iPad: 20 GB su 64 GB utilizzati', U),
  p('it', 'Lena ha utilizzato 8 GB su 50 GB', U),
  // Portuguese
  p('pt', '8 GB de 50 GB usados', '8 GB/50 GB'),
  p('pt', 'Usado: 8 GB de 50 GB', '8 GB/50 GB'),
  p('pt', '8 GB de 50 GB usados pela Lena', U),
  p('pt', 'Você usou 8 GB de 50 GB', '8 GB/50 GB', true),
  // Dutch
  p('nl', '8 GB van 50 GB gebruikt', '8 GB/50 GB'),
  p('nl', '8 GB van 50 GB gebruikt door Lena', U),
  p('nl', 'Lena: 8 GB van 50 GB gebruikt', U),
  // Swedish, Danish, Norwegian, Finnish
  p('sv', '8 GB av 50 GB används', '8 GB/50 GB'),
  p('sv', '8 GB av 50 GB används av Lena', U),
  p('da', '8 GB af 50 GB brugt', '8 GB/50 GB'),
  p('nb', '8 GB av 50 GB brukt', '8 GB/50 GB'),
  p('fi', '8 Gt / 50 Gt käytetty', '8 GB/50 GB'),
  p('fi', 'Käytetty 8 Gt 50 Gt:sta', '8 GB/50 GB'),
  p('fi', 'Lena käyttää 8 Gt / 50 Gt', U),
  // Polish, Czech, Slovak
  p('pl', 'Wykorzystano 8 GB z 50 GB', '8 GB/50 GB'),
  p('pl', '8 GB z 50 GB wykorzystane przez Lenę', U),
  p('pl', '8,5 GB z 50 GB użyte', '8.5 GB/50 GB'),
  p('cs', 'Využito 8 GB z 50 GB', '8 GB/50 GB'),
  p('cs', '8 GB z 50 GB využito Lenou', U),
  p('cs', 'Celkem 50 GB, využito 8 GB', '8 GB/50 GB', true),
  p('cs', 'Využito celkem 8 GB z 50 GB', '8 GB/50 GB'),
  p('sk', 'Využité 8 GB z 50 GB', '8 GB/50 GB'),
  // Hungarian, Romanian, Croatian, Slovenian, Catalan
  p('hu', '50 GB-ból 8 GB felhasználva', '8 GB/50 GB'),
  p('ro', '8 GB din 50 GB utilizați', '8 GB/50 GB'),
  p('ro', '8 GB din 50 GB utilizați de Lena', U),
  p('hr', 'Iskorišteno 8 GB od 50 GB', '8 GB/50 GB'),
  p('sl', 'Porabljeno 8 GB od 50 GB', '8 GB/50 GB', true),
  p('ca', "S'utilitzen 8 GB de 50 GB", '8 GB/50 GB'),
  // Turkish, Greek
  p('tr', "50 GB'ın 8 GB'ı kullanılıyor", '8 GB/50 GB'),
  p('tr', "Lena, 50 GB'ın 8 GB'ını kullanıyor", U),
  p('el', 'Χρησιμοποιούνται 8 GB από 50 GB', '8 GB/50 GB'),
  p('el', '8 GB από 50 GB διαθέσιμα', U),
  // Russian, Ukrainian
  p('ru', 'Использовано 8 ГБ из 50 ГБ', '8 GB/50 GB'),
  p('ru', '8,5\u00a0ГБ из 50\u00a0ГБ использовано Леной', U),
  p('ru', 'Всего 50 ГБ, занято 42 ГБ', '42 GB/50 GB', true),
  p('ru', 'Хранилище iPhone: 20 ГБ из 64 ГБ использовано', U),
  p('uk', 'Використано 8 ГБ з 50 ГБ', '8 GB/50 GB'),
  // Japanese, Chinese, Korean
  p('ja', '50 GB中8 GBを使用済み', '8 GB/50 GB'),
  p('ja', '8 GB / 50 GB 使用済み', '8 GB/50 GB'),
  p('ja', 'iPhoneのストレージ：20 GB / 64 GB 使用済み', U),
  p('ja', '50 GB中8 GBを母が使用', U),
  p('zh', '已使用 8 GB（共 50 GB）', '8 GB/50 GB'),
  p('zh', '50 GB 中已使用 8 GB', '8 GB/50 GB'),
  p('zh', '妈妈已使用 8 GB（共 50 GB）', U),
  p('zh-TW', '已使用 50 GB 中的 8 GB', '8 GB/50 GB'),
  p('ko', '50GB 중 8GB 사용됨', '8 GB/50 GB'),
  p('ko', '50기가바이트 중 8기가바이트 사용됨', '8 GB/50 GB', true),
  p('ko', '엄마: 50GB 중 8GB 사용', U),
  p('ko', '50GB 중 42GB 사용 가능', U),
  // Thai, Vietnamese, Indonesian, Malay
  p('th', 'ใช้ไป 8 GB จาก 50 GB', '8 GB/50 GB'),
  p('th', 'พื้นที่ที่ใช้ไป 8 GB จาก 50 GB', '8 GB/50 GB', true),
  p('th', 'สมชายใช้ 8 GB จาก 50 GB', U),
  p('vi', 'Đã sử dụng 8 GB trong tổng số 50 GB', '8 GB/50 GB'),
  p('vi', 'Đã dùng 8 GB / 50 GB', '8 GB/50 GB'),
  p('id', '8 GB dari 50 GB digunakan', '8 GB/50 GB'),
  p('id', '8 GB dari 50 GB digunakan oleh Lena', U),
  p('ms', '8 GB daripada 50 GB digunakan', '8 GB/50 GB'),
  // Hebrew, Arabic, Hindi
  p('he', '8 GB מתוך 50 GB בשימוש', '8 GB/50 GB'),
  p('ar', 'تم استخدام ٨ غيغابايت من ٥٠ غيغابايت', '8 GB/50 GB'),
  p('hi', '50 GB में से 8 GB उपयोग किया गया', '8 GB/50 GB'),
  // Estonian, Latvian, Lithuanian
  p('et', 'Kasutatud 8 GB / 50 GB', '8 GB/50 GB', true),
  p('et', 'Lena kasutab 8 GB / 50 GB', U),
  p('lv', 'Izmantoti 8 GB no 50 GB', '8 GB/50 GB', true),
  p('lt', 'Naudojama 8 GB iš 50 GB', '8 GB/50 GB', true),
  // A lone point or comma before three digits is never guessed; a space only ever groups
  p('de', '1.500 GB von 2 TB belegt', U),
  p('fr', '1 024 Go sur 2 To utilisés', '1024 GB/2 TB'),
  p('en', 'Next backup: 3.2 GB', U),
  // Others named with the new words and endings
  p('lv', 'Lena izmanto 8 GB no 50 GB', U),
  p('lv', '8 GB no 50 GB izmantoja Jānis', U),
  p('lt', 'Jonas naudoja 8 GB iš 50 GB', U),
  p('lt', 'Naudota 8 GB iš 50 GB', '8 GB/50 GB', true),
  p('sl', 'Lena porabi 8 GB od 50 GB', U),
  p('et', 'Mari kasutab 8 GB 50 GB-st', U),
  p('sk', '8 GB z 50 GB využité Petrom', U),
  p('cs', '8 GB z 50 GB využito Janem Novákem', U),
  p('cs', 'Využito 8 GB z celkem 50 GB', '8 GB/50 GB', true),
  p('de', '8 GB von 50 GB belegt durch Fotos', U),
  p('ko', '50기가바이트 중 12기가바이트를 엄마가 사용', U),
  p('ko', '2테라바이트 중 1,5테라바이트 사용됨', '1.5 TB/2 TB'),
  p('ko', '50기가바이트 중 42기가바이트 사용 가능', U),
  p('it', 'Hai 42 GB disponibili su 50 GB', U),
  p('es', 'Has liberado 8 GB de 50 GB', U),
  p('pt', 'Você tem 42 GB livres de 50 GB', U),
  p('th', 'พื้นที่ว่าง 42 GB จาก 50 GB', U),
  p('th', 'พื้นที่ที่แม่ใช้ 8 GB จาก 50 GB', U),
];

/** Whole panels: [heading, markup, probe]. */
export const MANY_PANELS: [string, string, Probe][] = [
  [
    'iCloud Storage',
    '<p>iCloud+ with 200 GB</p><p>120 GB of 200 GB used</p>',
    p('en', 'plan above the line', '120 GB/200 GB'),
  ],
  [
    'iCloud-Speicher',
    '<p>42 GB von 50 GB belegt</p><h3>Familienfreigabe</h3><ul><li>Lena</li><li>8 GB belegt</li></ul>',
    p('de', 'family list below', '42 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    '<div><h3>Family Sharing</h3><p>8 GB of 50 GB used by Lena</p></div>',
    p('en', 'a member only', U),
  ],
  [
    'Stockage iCloud',
    '<p>42 Go sur 50 Go utilisés</p><div><h3>iPhone de Lena</h3><p>20 Go sur 64 Go utilisés</p></div>',
    p('fr', 'account then a device card', '42 GB/50 GB'),
  ],
  [
    'Almacenamiento',
    '<div><h3>iPad</h3><p>20 GB de 64 GB usados</p></div>',
    p('es', 'a device card only', U),
  ],
  [
    'iCloud 스토리지',
    '<p>50GB 중 8GB 사용됨</p><p>가족 공유: 엄마 12GB</p>',
    p('ko', 'account and a family line', '8 GB/50 GB'),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    '<p>พื้นที่ที่ใช้ไป 8 GB จาก 50 GB</p>',
    p('th', 'Thai label with the verb', '8 GB/50 GB', true),
  ],
  [
    'Spazio di archiviazione iCloud',
    '<p>Hai utilizzato 8 GB su 50 GB</p>',
    p('it', 'Italian second person', '8 GB/50 GB', true),
  ],
  [
    'Úložiště iCloud',
    '<p>Využito 8 GB z 50 GB</p><ul><li>Petr</li><li>3 GB</li></ul>',
    p('cs', 'family list of names', '8 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    '<p><span>Занято</span> <span>42,5 ГБ</span> <span>из</span> <span>50 ГБ</span></p>',
    p('ru', 'line split in spans', '42.5 GB/50 GB'),
  ],
  [
    'iCloud',
    '<p>iPhone 15 Pro</p><p>Backup 3 GB</p><p>42 GB of 50 GB used</p>',
    p('en', 'a device named above in another row', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    '<dl><dt>Used</dt><dd>42 GB</dd><dt>Total</dt><dd>50 GB</dd></dl>',
    p('en', 'used and total rows', '42 GB/50 GB', true),
  ],
  [
    'Armazenamento do iCloud',
    '<p>8 GB de 50 GB usados</p><p>Plano: iCloud+ com 50 GB</p>',
    p('pt', 'plan below', '8 GB/50 GB'),
  ],
  [
    'iCloud-opslag',
    '<p><b>Daan</b> 8 GB van 50 GB gebruikt</p>',
    p('nl', 'name in bold before', U),
  ],
  [
    'iCloud-Speicher',
    '<p>Von Lena belegt: 8 GB von 50 GB</p>',
    p('de', 'a member’s label glued to the heading', U),
  ],
  [
    'Úložiště iCloud',
    '<p>8 GB z 50 GB využito</p><p>z toho 3 GB využito Petrem</p>',
    p('cs', 'account and a member’s share', '8 GB/50 GB', true),
  ],
];

/** Whole pages of markup variants, second batch: [heading, markup, probe]. */
export const MARKUP_PANELS: [string, string, Probe][] = [
  [
    'Almacenamiento de iCloud',
    '<p>Se usan 42 GB de 50 GB</p><h3>En familia</h3><ul><li><span>Lena</span><span>8 GB</span></li><li><span>Tomás</span><span>3 GB</span></li></ul>',
    p('es', 'family members with sizes only', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    '<ul><li><span>Léa</span> <span>8 Go sur 50 Go utilisés</span></li><li><span>Vous</span> <span>42 Go sur 50 Go utilisés</span></li></ul>',
    p('fr', 'two rows, a member and you', '42 GB/50 GB', true),
  ],
  [
    'iCloud-lagring',
    '<p>42 GB av 50 GB används</p><h3>Enheter</h3><div><h4>Lenas iPhone</h4><p>20 GB av 64 GB används</p></div>',
    p('sv', 'account then a device card', '42 GB/50 GB'),
  ],
  [
    'iCloud-tallennustila',
    '<div><h4>iPad</h4><p>20 Gt / 64 Gt käytetty</p></div><p>Käytetty 8 Gt / 50 Gt</p>',
    p('fi', 'device card first, then the account', '8 GB/50 GB', true),
  ],
  [
    'Pamięć iCloud',
    '<p>Wykorzystano <b>8,5 GB</b> z <b>50 GB</b></p>',
    p('pl', 'sizes in bold', '8.5 GB/50 GB'),
  ],
  [
    'iCloud 저장 공간',
    '<p><span>50GB</span> 중 <span>8.2GB</span> 사용됨</p><p>iCloud+ 50GB</p>',
    p('ko', 'total first in spans and a plan', '8.2 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    '<p>50 GB中4.8 GBを使用済み</p><ul><li>写真 2.1 GB</li><li>バックアップ 1.9 GB</li></ul>',
    p('ja', 'legend under the line', '4.8 GB/50 GB'),
  ],
  [
    'iCloud 儲存空間',
    '<p>已使用 50 GB 中的 8 GB</p><p>家人共享：媽媽 3 GB</p>',
    p('zh-TW', 'account and a family line', '8 GB/50 GB'),
  ],
  [
    'Armazenamento do iCloud',
    '<p dir="ltr">8 GB de 50 GB usados</p><p>Usados pela Ana: 3 GB</p>',
    p('pt', 'account and a member’s share without a total', '8 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    '<p>Использовано 8 ГБ из 50 ГБ</p><div><h3>Семейный доступ</h3><p>8 ГБ из 50 ГБ использовано Леной</p></div>',
    p('ru', 'account and a member with the same figures', '8 GB/50 GB', true),
  ],
  ['אחסון iCloud', '<p dir="rtl">‏8 GB מתוך 50 GB בשימוש</p>', p('he', 'rtl mark', '8 GB/50 GB')],
  [
    'iCloud Depolama Alanı',
    "<p>50 GB'ın 8 GB'ı kullanılıyor</p><p>Aile Paylaşımı</p><p>Zeynep: 3 GB</p>",
    p('tr', 'account and a family line', '8 GB/50 GB'),
  ],
  [
    'Lưu trữ iCloud',
    '<div><h3>iPhone của Lan</h3><p>Đã dùng 20 GB / 64 GB</p></div>',
    p('vi', 'a device card only', U),
  ],
  [
    'Penyimpanan iCloud',
    '<p>8 GB dari 50 GB digunakan</p><p>iCloud+ dengan 50 GB</p>',
    p('id', 'account and a plan', '8 GB/50 GB'),
  ],
  [
    'Úložisko iCloud',
    '<p>Využité 8 GB z 50 GB</p><p>Petra 3 GB z 50 GB</p>',
    p('sk', 'account and a member without a verb', '8 GB/50 GB'),
  ],
  [
    'iCloud',
    '<p>iCloud+ 200 GB</p><p>Storage</p><p>150 GB of 200 GB used</p><p>Mom’s iPhone</p><p>Backup 12 GB</p>',
    p('en', 'home tile with a device below', '150 GB/200 GB'),
  ],
  [
    'iCloud-Speicher',
    '<p>Fotos 2,1 GB</p><p>iPhone-Backup 1,9 GB</p><p>4,8 GB von 5 GB belegt</p>',
    p('de', 'a device backup named above the line', '4.8 GB/5 GB', true),
  ],
];
