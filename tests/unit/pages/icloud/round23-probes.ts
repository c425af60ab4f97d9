/**
 * Round-23 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 25 languages, read on the page and pasted. Their class: a wrong
 * number (a space before a group of three digits, a first group that cannot be one, a lone
 * separator), a unit, a free amount, a total or a plan alone, a member's share, a device's
 * backup, right-to-left text, a redrawn panel and a word that ends like "you" (-ate, -ite, "ste")
 * beside the family. `miss`: unread is acceptable (safe) though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const list = (heading: string, ...items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((m) => `<li>${m}</li>`).join('')}</ul>`;

/** Numbers: groups of three after a space, apostrophe or mark; digits of other scripts. */
export const NUMBERS: PanelProbe[] = [
  ['iCloud Storage', rows('3 500 MB of 5 GB used'), p('en', 'plain space group', '3500 MB/5 GB')],
  [
    'Stockage iCloud',
    rows('3 500 Mo utilisés sur 5 Go'),
    p('fr', 'plain space group', '3500 MB/5 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 3 500 МБ из 5 ГБ'),
    p('ru', 'plain space group', '3500 MB/5 GB'),
  ],
  [
    'iCloud-lagring',
    rows('1\u2009500 GB av 2 TB används'),
    p('sv', 'thin space group', '1500 GB/2 TB'),
  ],
  [
    'Stockage iCloud',
    rows('12\u202f500 Mo utilisés sur 50 Go'),
    p('fr', 'narrow no-break space, two-digit group', '12500 MB/50 GB'),
  ],
  // A first group of four digits is no group: "1234 500 MB" is two figures, not 1,234,500 MB.
  ['iCloud Storage', rows('1234 500 MB of 5 GB used'), p('en', 'four digits before a group', U)],
  ['iCloud-Speicher', rows('2024 500 MB von 5 GB belegt'), p('de', 'a year before a group', U)],
  [
    'iCloud Storage',
    rows('1234 500 MB of 2 TB used'),
    p('en', 'four digits before a group, TB total', U),
  ],
  // Grouped, the used figure passes the total; read apart, "3" is a stray figure: either may be meant.
  [
    'iCloud Storage',
    rows('3 500 MB of 2 GB used'),
    p('en', 'plain space group above the total', U),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 1 500 МБ из 1 ГБ'),
    p('ru', 'plain space group above the total', U),
  ],
  [
    'Stockage iCloud',
    rows('2024 800 Go utilisés sur 2 To'),
    p('fr', 'a year before a group, To total', U),
  ],
  [
    'iCloud-Speicher',
    rows("1'500,5 GB von 2 TB belegt"),
    p('de-CH', 'apostrophe group', '1500.5 GB/2 TB'),
  ],
  ['iCloud Storage', rows('1,234.5 GB of 2 TB used'), p('en', 'comma group', '1234.5 GB/2 TB')],
  [
    'Spazio di archiviazione iCloud',
    rows('1.234,5 GB di 2 TB utilizzati'),
    p('it', 'dot group', '1234.5 GB/2 TB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 1.500 MB de 5 GB'),
    p('es', 'lone dot before three digits', U),
  ],
  [
    'iCloud-opslag',
    rows('2,500 MB van 5 GB gebruikt'),
    p('nl', 'lone comma before three digits', U),
  ],
  [
    'تخزين iCloud',
    rows('تم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic-Indic decimal', '4.8 GB/5 GB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۴٫۸ GB از ۵ GB استفاده شده'),
    p('fa', 'Persian digits', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud स्टोरेज',
    rows('५ GB में से ४.८ GB उपयोग किया गया'),
    p('hi', 'Devanagari digits', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('５ GB中４.８ GBを使用済み'),
    p('ja', 'full-width digits', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('已使用 1,024.5 MB（共 5 GB）'),
    p('zh', 'comma group', '1024.5 MB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Photos: 12 345 items', '4.8 GB of 5 GB used'),
    p('en', 'a grouped count above', '4.8 GB/5 GB'),
  ],
];

/** Units of many languages, and what only looks like a unit. */
export const UNITS: PanelProbe[] = [
  ['Stockage iCloud', rows('800 Ko utilisés sur 5 Go'), p('fr', 'Ko', '800 KB/5 GB')],
  ['iCloud Storage', rows('800 kB of 5 GB used'), p('en', 'kB', '800 KB/5 GB')],
  ['Хранилище iCloud', rows('Использовано 1,2 ТБ из 2 ТБ'), p('ru', 'ТБ', '1.2 TB/2 TB')],
  ['Сховище iCloud', rows('Використано 900 МБ з 5 ГБ'), p('uk', 'МБ of ГБ', '900 MB/5 GB')],
  [
    'iCloud-tallennustila',
    rows('4,8 Gt 5 Gt:sta käytetty'),
    p('fi', 'Gt with a case ending', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('2테라바이트 중 1.2테라바이트 사용됨'),
    p('ko', '테라바이트', '1.2 TB/2 TB'),
  ],
  [
    'אחסון iCloud',
    rows('בשימוש 4.8 ג׳יגה-בייט מתוך 5 ג׳יגה-בייט'),
    p('he', 'ג׳יגה-בייט', '4.8 GB/5 GB'),
  ],
  [
    'تخزين iCloud',
    rows('تم استخدام 4.8 جيجابايت من 5 جيجابايت'),
    p('ar', 'جيجابايت', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', rows('4.8 Gb of 5 Gb used'), p('en', 'Gb', '4.8 GB/5 GB', true)],
  [
    'iCloud-Speicher',
    rows('4,8 Gigabyte von 5 Gigabyte belegt'),
    p('de', 'Gigabyte written out', '4.8 GB/5 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('1,2 To utilisés sur 2 To', 'Passez à 6 To'),
    p('fr', 'To, an offer below', '1.2 TB/2 TB'),
  ],
  ['iCloud-lagring', rows('4,8 GB av 5 GB används'), p('nb', 'GB, av', '4.8 GB/5 GB')],
];

/** Free, available, left: never the used amount. */
export const FREE: PanelProbe[] = [
  ['iCloud Storage', rows('0.2 GB left of 5 GB'), p('en', 'left between', U)],
  ['iCloud-Speicher', rows('0,2 GB von 5 GB verfügbar'), p('de', 'verfügbar after', U)],
  ['Spazio di archiviazione iCloud', rows('0,2 GB liberi su 5 GB'), p('it', 'liberi', U)],
  ['iCloud-opslag', rows('0,2 GB over van 5 GB'), p('nl', 'over', U)],
  ['Хранилище iCloud', rows('Осталось 0,2 ГБ из 5 ГБ'), p('ru', 'осталось', U)],
  ['Úložiště iCloud', rows('0,2 GB volné z 5 GB'), p('cs', 'volné', U)],
  ['iCloud-tárhely', rows('0,2 GB szabad 5 GB-ból'), p('hu', 'szabad', U)],
  ['Stocare iCloud', rows('0,2 GB liberi din 5 GB'), p('ro', 'liberi', U)],
  ['Αποθηκευτικός χώρος iCloud', rows('0,2 GB διαθέσιμα από 5 GB'), p('el', 'διαθέσιμα', U)],
  ['iCloud ストレージ', rows('5 GB中0.2 GBが利用可能'), p('ja', '利用可能', U)],
  ['iCloud 存储空间', rows('5 GB 中剩余 0.2 GB'), p('zh', '剩余', U)],
  ['Stockage iCloud', rows('Il vous reste 0,2 Go sur 5 Go'), p('fr', 'il vous reste', U)],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used (0.2 GB available)'),
    p('en', 'used, free in brackets', '4.8 GB/5 GB'),
  ],
];

/** A total or a plan's size alone, or beside the usage. */
export const TOTALS_AND_PLANS: PanelProbe[] = [
  ['iCloud Storage', rows('iCloud+ with 200 GB'), p('en', 'plan alone', U)],
  [
    'iCloud Storage',
    rows('iCloud+ with 200 GB', '150 GB of 200 GB used'),
    p('en', 'plan, usage', '150 GB/200 GB'),
  ],
  ['iCloud Storage', rows('Your plan: 50 GB', 'Upgrade to 200 GB'), p('en', 'plan and offer', U)],
  ['iCloud-Speicher', rows('iCloud+ mit 200 GB', 'Gesamt: 200 GB'), p('de', 'plan, total', U)],
  [
    'Almacenamiento de iCloud',
    rows('Plan de 50 GB', 'Se usan 42 GB de 50 GB'),
    p('es', 'plan, usage', '42 GB/50 GB'),
  ],
  ['iCloud Storage', rows('Upgrade from 50 GB to 200 GB'), p('en', 'upgrade sentence', U)],
  [
    'iCloud Storage',
    rows('iCloud+ 2 TB · 1.2 TB of 2 TB used'),
    p('en', 'plan and usage in one line', '1.2 TB/2 TB'),
  ],
  [
    'Armazenamento do iCloud',
    rows('iCloud+ com 50 GB', 'Usados 42 GB de 50 GB'),
    p('pt', 'plan, usage', '42 GB/50 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('升级到 iCloud+ 200 GB', '已使用 4.8 GB（共 5 GB）'),
    p('zh', 'offer, usage', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('요금제: 50GB', '50GB 중 42GB 사용됨'),
    p('ko', 'plan, usage', '42 GB/50 GB'),
  ],
  ['iCloud Storage', rows('You have 200 GB of storage with iCloud+'), p('en', 'total sentence', U)],
];

/** Family Sharing, members named: their shares are never the account's. */
export const FAMILY: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('You’re using 42 GB of 200 GB') + list('Family Sharing', 'Emma: 12 GB', 'Liam: 30 GB'),
    p('en', 'you, members below', U),
  ],
  [
    'Stockage iCloud',
    list('Partage familial', 'Léa utilise 12 Go sur 200 Go', 'Hugo utilise 30 Go sur 200 Go'),
    p('fr', 'member verbs', U),
  ],
  [
    'Almacenamiento de iCloud',
    list('En familia', 'Lucía: 12 GB de 200 GB', 'Mateo: 30 GB de 200 GB'),
    p('es', 'member labels', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    list('In famiglia', 'Giulia ha usato 12 GB di 200 GB'),
    p('it', 'member verb', U),
  ],
  [
    'iCloud-opslag',
    list('Delen met gezin', 'Sanne gebruikt 12 GB van 200 GB'),
    p('nl', 'member verb', U),
  ],
  [
    'Хранилище iCloud',
    list('Семейный доступ', 'Маша использует 12 ГБ из 200 ГБ'),
    p('ru', 'member verb', U),
  ],
  [
    'iCloud ストレージ',
    list('ファミリー共有', '母: 200 GB中12 GBを使用'),
    p('ja', 'member label', U),
  ],
  ['iCloud 저장 공간', list('가족 공유', '엄마: 200GB 중 12GB 사용'), p('ko', 'member label', U)],
  [
    'iCloud Depolama Alanı',
    list('Aile Paylaşımı', "Ayşe: 200 GB'ın 12 GB'ı kullanılıyor"),
    p('tr', 'member label', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    list('Οικογενειακή κοινή χρήση', 'Νίκος: 12 GB από 200 GB'),
    p('el', 'member label', U),
  ],
  [
    'Dung lượng iCloud',
    list('Chia sẻ trong gia đình', 'Lan: 12 GB trong tổng số 200 GB'),
    p('vi', 'member label', U),
  ],
  [
    'iCloud pohrana',
    rows('Iskoristili ste 42 GB od 50 GB', 'Ana: 8 GB od 50 GB'),
    p('hr', 'ste, a member’s share', U),
  ],
  [
    'iCloud pohrana',
    rows('Iskoristili ste 42 GB od 50 GB', 'Obitelj: 8 GB'),
    p('hr', 'ste, the family', U),
  ],
  [
    'iCloud pohrana',
    rows('Koristite 42 GB od 50 GB') + list('Obitelj', 'Ana 8 GB', 'Ivan 4 GB'),
    p('hr', 'plural verb, family list', U),
  ],
  [
    'iCloud Storage',
    rows('150 GB of 200 GB used') +
      list(
        'Family',
        '<span>Emma Brown</span> <span>12 GB</span>',
        '<span>Liam Brown</span> <span>30 GB</span>',
      ),
    p('en', 'plan line, members in spans', '150 GB/200 GB'),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystano 150 GB z 200 GB') + list('Chmura rodzinna', 'Kasia 12 GB', 'Tomek 30 GB'),
    p('pl', 'plan line, member legend', '150 GB/200 GB'),
  ],
];

/** Devices' backups listed below the account's line, or a device's own storage alone. */
export const DEVICES: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + list('Backups', 'Emma’s iPhone 2.1 GB', 'iPad Pro 1.3 GB'),
    p('en', 'backups below', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('4,8 Go utilisés sur 5 Go') + list('Sauvegardes', 'iPhone de Léa : 2,1 Go'),
    p('fr', 'backup below', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('5 GB中4.8 GBを使用済み') + list('バックアップ', 'iPhone 15 Pro 2.1 GB'),
    p('ja', 'backup below, model number', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + list('Backups', 'iPhone: 2.1 GB of 5 GB used'),
    p('en', 'a device’s pair below', '4.8 GB/5 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    rows('iPhone de Lucía: 60 GB de 128 GB usados'),
    p('es', 'device alone', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Spazio iPhone: 60 GB di 128 GB utilizzati'),
    p('it', 'device storage', U),
  ],
  ['iCloud-opslag', rows('iPhone-opslag: 60 GB van 128 GB gebruikt'), p('nl', 'device storage', U)],
  [
    'iCloud 저장 공간',
    rows('iPhone 저장 공간: 128GB 중 60GB 사용됨'),
    p('ko', 'device storage', U),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', 'Next Backup Size: 1.2 GB'),
    p('en', 'next backup below', '4.8 GB/5 GB'),
  ],
];

/** Right-to-left pages, with and without bidi marks. */
export const RTL: PanelProbe[] = [
  ['אחסון iCloud', rows('4.8 GB מתוך 5 GB בשימוש'), p('he', 'used after', '4.8 GB/5 GB')],
  [
    'אחסון iCloud',
    rows('\u200f4.8 GB\u200f מתוך \u200f5 GB\u200f בשימוש'),
    p('he', 'right-to-left marks', '4.8 GB/5 GB'),
  ],
  ['אחסון iCloud', rows('בשימוש: 4.8 GB מתוך 5 GB'), p('he', 'label used', '4.8 GB/5 GB')],
  ['אחסון iCloud', rows('דנה כהן 12 GB מתוך 200 GB בשימוש'), p('he', 'member name before', U)],
  [
    'تخزين iCloud',
    rows('\u2068أحمد\u2069: ١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة'),
    p('ar', 'member in isolates', U),
  ],
  [
    'تخزين iCloud',
    rows('\u202bتم استخدام 150 غيغابايت من 200 غيغابايت\u202c'),
    p('ar', 'embedding', '150 GB/200 GB'),
  ],
  ['تخزين iCloud', rows('٠٫٢ غيغابايت متاحة من ٥ غيغابايت'), p('ar', 'available', U)],
];

/** The same panel drawn twice, or a stale drawing beside a new one. */
export const REDRAWN: PanelProbe[] = [
  [
    'iCloud Storage',
    '<div><p>4.8 GB of 5 GB used</p></div><div><p>4.8 GB of 5 GB used</p></div>',
    p('en', 'two copies', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('4,7 Go utilisés sur 5 Go', '4,8 Go utilisés sur 5 Go'),
    p('fr', 'old and new figures', U),
  ],
  [
    'iCloud ストレージ',
    '<template><p>5 GB中1 GBを使用済み</p></template><p>5 GB中4.8 GBを使用済み</p>',
    p('ja', 'template copy', '4.8 GB/5 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows(
      '<span>4,8 GB</span> de <span>5 GB</span> usados',
      '<span>4,8 GB</span> de <span>5 GB</span> usados',
    ),
    p('es', 'spans, twice', '4.8 GB/5 GB'),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystano 4,8 GB z 5 GB', 'Wykorzystano 4,8 GB z 5 GB'),
    p('pl', 'twice', '4.8 GB/5 GB'),
  ],
];

/**
 * Words that end like a second person plural (-ate, -ite: "Private", "Update", "Favorite",
 * Romanian and Italian participles) beside the family or a member: said of no one, so the plan's.
 */
export const LOOKS_LIKE_YOU: PanelProbe[] = [
  [
    'Stocare iCloud',
    rows('Utilizate: 42 GB din 50 GB') + list('Partajare în familie', 'Ana 8 GB'),
    p('ro', 'participle -ate, family', '42 GB/50 GB'),
  ],
  [
    'Stocare iCloud',
    rows('42 GB din 50 GB folosite') + list('Partajare în familie', 'Ana 8 GB'),
    p('ro', 'participle -ite, family', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('Private: 42 GB of 50 GB used') + list('Family Sharing', 'Emma 8 GB'),
    p('en', 'Private label, family', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('42 GB of 50 GB used · Update') + list('Family Sharing', 'Emma 8 GB'),
    p('en', 'Update after, family', '42 GB/50 GB', true),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Utilizzate: 42 GB di 50 GB') + list('In famiglia', 'Giulia 8 GB'),
    p('it', 'utilizzate, family', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('42 Go utilisés sur 50 Go · Favorite') + list('Partage familial', 'Léa 8 Go'),
    p('fr', 'Favorite, family', '42 GB/50 GB', true),
  ],
  [
    'Stocare iCloud',
    rows('Ați utilizat 42 GB din 50 GB') + list('Partajare în familie', 'Ana 8 GB'),
    p('ro', 'you, family', U),
  ],
  ['Stocare iCloud', rows('42 GB din 50 GB utilizați'), p('ro', 'used after', '42 GB/50 GB')],
  ['Stocare iCloud', rows('Utilizat 4,8 GB din 5 GB'), p('ro', 'used before', '4.8 GB/5 GB')],
];

/** The account's line in more languages and shapes: read, with its unit written once or not. */
export const MORE_LANGUAGES: PanelProbe[] = [
  ['iCloud-tárhely', rows('5 GB-ból 4,8 GB felhasználva'), p('hu', 'whole first', '4.8 GB/5 GB')],
  ['Úložisko iCloud', rows('Využité 4,8 GB z 5 GB'), p('sk', 'využité', '4.8 GB/5 GB')],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('ใช้ไป 4.8 GB จาก 5 GB'), p('th', 'ใช้ไป', '4.8 GB/5 GB')],
  ['Penyimpanan iCloud', rows('4,8 GB dari 5 GB digunakan'), p('id', 'digunakan', '4.8 GB/5 GB')],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 4,8 GB trong tổng số 5 GB'),
    p('vi', 'đã sử dụng', '4.8 GB/5 GB'),
  ],
  ['iCloud-lagerplads', rows('4,8 GB af 5 GB brugt'), p('da', 'brugt', '4.8 GB/5 GB')],
  [
    'iCloud-Speicher',
    rows('4,8 GB von 5 GB belegt (96 %)'),
    p('de', 'share in brackets after', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', rows('4.8 of 5 GB used'), p('en', 'unit once', '4.8 GB/5 GB', true)],
  [
    'iCloud Storage',
    rows('96% used · 4.8 GB of 5 GB'),
    p('en', 'per cent first', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud-tallennustila',
    rows('Käytetty 4,8 Gt 5 Gt:sta'),
    p('fi', 'used first, case ending', '4.8 GB/5 GB'),
  ],
];

/** Layouts: tables, term lists, a plan's size said in the sentence, members without a name. */
export const LAYOUTS: PanelProbe[] = [
  [
    'iCloud Storage',
    '<table><tr><th>Member</th><th>Used</th></tr><tr><td>Emma</td><td>12 GB of 200 GB</td></tr><tr><td>Liam</td><td>30 GB of 200 GB</td></tr></table>',
    p('en', 'members in a table', U),
  ],
  [
    'iCloud-Speicher',
    '<dl><dt>Belegt</dt><dd>4,8 GB von 5 GB</dd><dt>Frei</dt><dd>0,2 GB</dd></dl>',
    p('de', 'term list, used', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    rows('You’re using 42 GB of your 50 GB plan'),
    p('en', 'plan named in the sentence', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('50 GB plan — 42 GB used'),
    p('en', 'plan, dash, used', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ 200 GB', 'Family members have used 180 GB'),
    p('en', 'the family’s use without the whole', U),
  ],
  [
    'Stockage iCloud',
    rows('Votre famille utilise 180 Go sur 200 Go'),
    p('fr', 'the family uses', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Tu familia usa 180 GB de 200 GB'),
    p('es', 'the family uses', U),
  ],
  ['iCloud-Speicher', rows('Deine Familie nutzt 180 GB von 200 GB'), p('de', 'the family uses', U)],
  [
    'iCloud Storage',
    '<ul><li><img alt=""> <span>12 GB of 200 GB used</span></li><li><img alt=""> <span>30 GB of 200 GB used</span></li></ul>',
    p('en', 'two members, avatars only', U),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') +
      '<table><tr><td>iPhone 15</td><td>Backup: 2.1 GB of 4.8 GB</td></tr></table>',
    p('en', 'a backup’s share of the used', '4.8 GB/5 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Utilizzati 42 GB su 50 GB') + list('Famiglia', 'Giulia: 8 GB su 50 GB'),
    p('it', 'plan line, a member’s share', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('Storage used by backups: 2.1 GB of 5 GB'),
    p('en', 'a category’s use', U),
  ],
  ['iCloud ストレージ', rows('バックアップ: 5 GB中2.1 GB'), p('ja', 'a category’s share', U)],
  ['iCloud Storage', rows('Mail uses 1.2 GB of 5 GB'), p('en', 'an app’s use', U)],
  ['Хранилище iCloud', rows('Фото занимают 3 ГБ из 5 ГБ'), p('ru', 'photos take', U)],
  ['Pamięć iCloud', rows('Zdjęcia: 3 GB z 5 GB'), p('pl', 'photos label', U)],
];

/** Members named in scripts without capitals, in an element of their own beside their sizes. */
export const UNCASED_MEMBERS: PanelProbe[] = [
  [
    'אחסון iCloud',
    list('שיתוף משפחתי', '<span>דנה</span> <span>12 GB מתוך 200 GB בשימוש</span>'),
    p('he', 'member in a span', U),
  ],
  [
    'تخزين iCloud',
    list('مشاركة العائلة', '<span>سارة</span> <span>تم استخدام 12 GB من 200 GB</span>'),
    p('ar', 'member in a span', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    list('การแชร์กันในครอบครัว', '<span>สมชาย</span> <span>ใช้ไป 12 GB จาก 200 GB</span>'),
    p('th', 'member in a span', U),
  ],
  [
    'iCloud स्टोरेज',
    list('फ़ैमिली शेयरिंग', '<span>प्रिया</span> <span>200 GB में से 12 GB उपयोग किया गया</span>'),
    p('hi', 'member in a span', U),
  ],
  [
    'iCloud 存储空间',
    list('家人共享', '<span>小明</span><span>已使用 12 GB（共 200 GB）</span>'),
    p('zh', 'member in a span', U),
  ],
  [
    'iCloud ストレージ',
    list('ファミリー共有', '<span>ゆき</span><span>200 GB中12 GBを使用済み</span>'),
    p('ja', 'member in a span', U),
  ],
  [
    'iCloud 저장 공간',
    list('가족 공유', '<span>민수</span> <span>200GB 중 12GB 사용됨</span>'),
    p('ko', 'member in a span', U),
  ],
  [
    'Хранилище iCloud',
    list('Семейный доступ', '<span>Оля</span> <span>Использовано 12 ГБ из 200 ГБ</span>'),
    p('ru', 'member in a span', U),
  ],
];

/** The account's own line opening with a word of a script without capitals: never a member's. */
export const UNCASED_ACCOUNT: PanelProbe[] = [
  [
    'iCloud स्टोरेज',
    rows('कुल 5 GB में से 4.8 GB उपयोग किया गया'),
    p('hi', 'total first', '4.8 GB/5 GB', true),
  ],
  [
    'تخزين iCloud',
    rows('المساحة المستخدمة 4.8 GB من 5 GB'),
    p('ar', 'the space used', '4.8 GB/5 GB'),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    rows('ขณะนี้ใช้ไป 4.8 GB จาก 5 GB'),
    p('th', 'now used', '4.8 GB/5 GB', true),
  ],
  [
    'אחסון iCloud',
    rows('כרגע בשימוש 4.8 GB מתוך 5 GB'),
    p('he', 'now in use', '4.8 GB/5 GB', true),
  ],
  ['iCloud 存储空间', rows('当前已使用 4.8 GB（共 5 GB）'), p('zh', 'now used', '4.8 GB/5 GB')],
  [
    'אחסון iCloud',
    rows('נעשה שימוש ב-4.8 GB מתוך 5 GB') + list('שיתוף משפחתי', 'דנה 1 GB'),
    p('he', 'use is made of, family legend', '4.8 GB/5 GB'),
  ],
];
