/**
 * Round-24 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 25 languages, read on the page and pasted. Their class: a wrong
 * number (thousands grouped by a space, a used figure above the total, digits of other scripts,
 * full-width marks), a unit, a free amount, a total or a plan alone, members of a family plan, a
 * device's backup below the account's line, an app's share, right-to-left text, a panel drawn
 * twice or still loading. `miss`: unread is acceptable (safe) though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const list = (heading: string, ...items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((m) => `<li>${m}</li>`).join('')}</ul>`;

/** Grouped thousands, a used figure above the total, other digits and marks. */
export const NUMBERS: PanelProbe[] = [
  // Grouped, the used figure passes the total, which no storage bar shows; read apart, "3" is a
  // stray figure. Neither can be told: nothing is read.
  ['iCloud Storage', rows('3 500 MB of 2 GB used'), p('en', 'space group above the total', U)],
  [
    'Хранилище iCloud',
    rows('3 500 МБ из 2 ГБ использовано'),
    p('ru', 'space group above the total, verb last', U),
  ],
  [
    'iCloud-Speicher',
    rows('2\u00a0500 MB von 1 GB belegt'),
    p('de', 'no-break space group above the total', U),
  ],
  [
    'Stockage iCloud',
    rows('Utilisation : 1\u202f500 Mo sur 1 Go'),
    p('fr', 'narrow no-break group above the total', U),
  ],
  // Over quota with no group is what the bar shows after a downgrade: read.
  ['iCloud Storage', rows('5.2 GB of 5 GB used'), p('en', 'over quota, no group', '5.2 GB/5 GB')],
  [
    'Stockage iCloud',
    rows('1 234,5 Go utilisés sur 2 To'),
    p('fr', 'space group below the total', '1234.5 GB/2 TB'),
  ],
  [
    'Stockage iCloud',
    rows('1\u2009234,5 Go utilisés sur 2 To'),
    p('fr', 'thin space group', '1234.5 GB/2 TB'),
  ],
  [
    'Stockage iCloud',
    rows('1\u202f234,5 Go utilisés sur 2 To'),
    p('fr', 'narrow no-break space group', '1234.5 GB/2 TB'),
  ],
  [
    'iCloud-Speicher',
    rows("1'234.5 GB von 2 TB belegt"),
    p('de-CH', 'apostrophe group, point', '1234.5 GB/2 TB'),
  ],
  [
    'iCloud-Speicher',
    rows('1’024 MB von 5 GB belegt'),
    p('de-CH', 'right quote group', '1024 MB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('1.234,5 GB von 2 TB belegt'),
    p('de', 'dot group, decimal comma', '1234.5 GB/2 TB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('1.024,5 MB de 5 GB usados'),
    p('es', 'dot group, MB', '1024.5 MB/5 GB'),
  ],
  [
    'Przestrzeń iCloud',
    rows('1 234,5 GB z 2 TB wykorzystane'),
    p('pl', 'space group, z', '1234.5 GB/2 TB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('1.234 GB di 2 TB utilizzati'),
    p('it', 'lone dot before three digits', U),
  ],
  [
    'iCloud-lagring',
    rows('2\u2009048 MB av 5 GB används'),
    p('sv', 'thin space group, MB', '2048 MB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('تم استخدام ١٫٢ تيرابايت من ٢ تيرابايت'),
    p('ar', 'Arabic-Indic digits, TB', '1.2 TB/2 TB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۱۲ گیگابایت از ۵۰ گیگابایت استفاده شده'),
    p('fa', 'Persian digits and unit', '12 GB/50 GB', true),
  ],
  [
    'iCloud स्टोरेज',
    rows('५० GB में से १२.५ GB उपयोग किया गया'),
    p('hi', 'Devanagari digits', '12.5 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('５０ GB中１２．５ GBを使用済み'),
    p('ja', 'full-width digits and point', '12.5 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('５ＧＢ中４．８ＧＢを使用済み'),
    p('ja', 'full-width letters', '4.8 GB/5 GB'),
  ],
  ['iCloud ストレージ', rows('5㎇中4.8㎇を使用済み'), p('ja', 'square GB sign', '4.8 GB/5 GB')],
  // A figure of a thousand or more is written in the next unit by Apple: above the total, it is
  // no over-quota reading.
  ['iCloud Storage', rows('1200 MB of 1 GB used'), p('en', 'a thousand MB above the total', U)],
  ['iCloud Storage', rows('1,500 MB of 1 GB used'), p('en', 'comma group above the total', U)],
  [
    'iCloud Storage',
    rows('210 GB of 200 GB used'),
    p('en', 'over quota, 210 of 200', '210 GB/200 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 52 GB de 50 GB'),
    p('es', 'over quota, 52 of 50', '52 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.8\u202fGB of 5\u202fGB used'),
    p('en', 'narrow no-break before the unit', '4.8 GB/5 GB'),
  ],
];

/** Units of several languages and spellings. */
export const UNITS: PanelProbe[] = [
  ['Stockage iCloud', rows('800 Mo utilisés sur 5 Go'), p('fr', 'Mo of Go', '800 MB/5 GB')],
  ['Хранилище iCloud', rows('1,5 ГБ из 5 ГБ использовано'), p('ru', 'ГБ', '1.5 GB/5 GB')],
  [
    'iCloud ストレージ',
    rows('50ギガバイト中12ギガバイトを使用済み'),
    p('ja', 'ギガバイト', '12 GB/50 GB', true),
  ],
  ['iCloud-tallennustila', rows('4,8 Gt / 5 Gt käytetty'), p('fi', 'Gt, slash', '4.8 GB/5 GB')],
  ['iCloud Storage', rows('4.8 Gb of 5 Gb used'), p('en', 'Gb', '4.8 GB/5 GB', true)],
  ['iCloud Storage', rows('1.2 TB of 2 TB used'), p('en', 'TB', '1.2 TB/2 TB')],
  ['iCloud Storage', rows('512 KB of 5 GB used'), p('en', 'KB of GB', '512 KB/5 GB')],
  ['אחסון iCloud', rows('בשימוש 1.2 טרה-בייט מתוך 2 טרה-בייט'), p('he', 'טרה-בייט', '1.2 TB/2 TB')],
  [
    'iCloud 저장 공간',
    rows('50기가바이트 중 12기가바이트 사용됨'),
    p('ko', '기가바이트', '12 GB/50 GB'),
  ],
  ['Сховище iCloud', rows('Використано 1,2 ТБ з 2 ТБ'), p('uk', 'ТБ', '1.2 TB/2 TB')],
  ['iCloud Storage', rows('4.8GB of 5GB used'), p('en', 'no space before the unit', '4.8 GB/5 GB')],
  ['iCloud Storage', rows('4.8 gb of 5 gb used'), p('en', 'lower-case gb', '4.8 GB/5 GB', true)],
  ['Armazenamento do iCloud', rows('4,8 GB de 5 GB usados'), p('pt-BR', 'GB, de', '4.8 GB/5 GB')],
];

/** What is free is never the usage. */
export const FREE: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '200 MB free'),
    p('en', 'used, free below', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', rows('0.2 GB of 5 GB available'), p('en', 'available after', U)],
  ['iCloud Storage', rows('4.8 GB used, 0.2 GB left'), p('en', 'used and left, no total', U)],
  ['iCloud Storage', rows('You have 0.2 GB remaining of 5 GB'), p('en', 'remaining', U)],
  ['iCloud-Speicher', rows('Noch 0,2 GB von 5 GB frei'), p('de', 'noch frei', U)],
  ['Stockage iCloud', rows('0,2 Go disponibles sur 5 Go'), p('fr', 'disponibles', U)],
  ['Almacenamiento de iCloud', rows('Quedan 0,2 GB de 5 GB'), p('es', 'quedan', U)],
  ['Spazio di archiviazione iCloud', rows('Disponibili 0,2 GB su 5 GB'), p('it', 'disponibili', U)],
  ['iCloud ストレージ', rows('5 GB中0.2 GB空き'), p('ja', '空き', U)],
  ['iCloud 存储空间', rows('可用 0.2 GB（共 5 GB）'), p('zh', '可用', U)],
  ['iCloud 저장 공간', rows('5GB 중 0.2GB 사용 가능'), p('ko', '사용 가능', U)],
  ['Armazenamento do iCloud', rows('0,2 GB livres de 5 GB'), p('pt', 'livres', U)],
  ['Przestrzeń iCloud', rows('Wolne: 0,2 GB z 5 GB'), p('pl', 'wolne label', U)],
  ['iCloud Saklama Alanı', rows('5 GB’ın 0,2 GB’ı kullanılabilir'), p('tr', 'kullanılabilir', U)],
  ['iCloud-lagring', rows('0,2 GB ledigt av 5 GB'), p('sv', 'ledigt', U)],
  [
    'iCloud Storage',
    rows('Storage almost full: 4.9 GB of 5 GB used, 100 MB left'),
    p('en', 'used, then left', '4.9 GB/5 GB'),
  ],
];

/** A total, a plan or an offer with a size is no usage. */
export const TOTALS_AND_PLANS: PanelProbe[] = [
  ['iCloud Storage', rows('iCloud+ with 200 GB'), p('en', 'plan alone', U)],
  ['iCloud Storage', rows('50 GB plan'), p('en', 'plan size alone', U)],
  ['iCloud Storage', rows('Upgrade to 2 TB'), p('en', 'offer alone', U)],
  ['iCloud Storage', rows('Total: 200 GB'), p('en', 'total alone', U)],
  ['iCloud-Speicher', rows('Gesamtspeicher: 2 TB'), p('de', 'total alone', U)],
  [
    'Stockage iCloud',
    rows('Passer à iCloud+ avec 2 To', 'Forfait actuel : 50 Go'),
    p('fr', 'offer and plan', U),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ with 200 GB', 'Upgrade to 2 TB', '150 GB of 200 GB used'),
    p('en', 'plan, offer, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('iCloud+ 200 GB プラン', '200 GB中150 GBを使用済み'),
    p('ja', 'plan, usage', '150 GB/200 GB'),
  ],
  ['iCloud Storage', rows('Your 50 GB plan is full'), p('en', 'plan sentence', U)],
  [
    'Almacenamiento de iCloud',
    rows('Mejorar a 200 GB por 2,99 €/mes'),
    p('es', 'offer with a price', U),
  ],
  [
    'iCloud Storage',
    rows('Change Storage Plan', '2 TB · $9.99/month', '50 GB · $0.99/month'),
    p('en', 'plan list', U),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ 50 GB: 42 GB of 50 GB used'),
    p('en', 'plan label before the usage', '42 GB/50 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('iCloud+ 200 GB', '已使用 150 GB（共 200 GB）'),
    p('zh', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Тариф: 50 ГБ', 'Использовано 42 ГБ из 50 ГБ'),
    p('ru', 'plan, usage', '42 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    rows('Get 50 GB for $0.99', '4.8 GB of 5 GB used'),
    p('en', 'offer, usage', '4.8 GB/5 GB'),
  ],
];

/** Members of a family plan, each with a name. */
export const FAMILY: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('42 GB of 200 GB used') + list('Family Usage', 'Emma Clarke 12 GB', 'Liam 30 GB'),
    p('en', 'the plan’s line, members below', '42 GB/200 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('42 GB von 200 GB belegt') +
      list('Familienfreigabe', 'Jonas Müller: 12 GB von 200 GB', 'Lena: 30 GB von 200 GB'),
    p('de', 'the plan’s line, members’ shares below', '42 GB/200 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Has usado 12 GB de 200 GB') + list('Compartir en familia', 'Lucía 30 GB'),
    p('es', 'you, a member below', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Stai utilizzando 12 GB di 200 GB') + list('In famiglia', 'Marco 30 GB'),
    p('it', 'you (stai), a member below', U),
  ],
  [
    'Armazenamento do iCloud',
    rows('Você está usando 12 GB de 200 GB') + list('Compartilhamento Familiar', 'Ana 30 GB'),
    p('pt', 'você, a member below', U),
  ],
  [
    'iCloud-opslag',
    rows('Je gebruikt 12 GB van 200 GB') + list('Delen met gezin', 'Daan 30 GB'),
    p('nl', 'je, a member below', U),
  ],
  [
    'iCloud ストレージ',
    rows('あなたは200 GB中12 GBを使用しています') + list('ファミリー共有', '母 30 GB'),
    p('ja', 'あなた, a member below', U),
  ],
  [
    'iCloud 存储空间',
    rows('您已使用 12 GB（共 200 GB）') + list('家人共享', '妈妈 30 GB'),
    p('zh', '您, a member below', U),
  ],
  [
    'iCloud Storage',
    rows('Storage used: 160 GB of 2 TB') +
      list('Family members', 'Grace Okafor — 80 GB', 'Tunde Okafor — 50 GB', 'Ada — 30 GB'),
    p('en', 'the plan’s line, three members below', '160 GB/2 TB'),
  ],
  [
    'iCloud Storage',
    list('Family Sharing', 'Emma used 12 GB of 200 GB', 'Noah used 30 GB of 200 GB'),
    p('en', 'members’ sentences only', U),
  ],
  [
    'Хранилище iCloud',
    list('Семейный доступ', 'Ольга: 12 ГБ из 200 ГБ', 'Иван: 30 ГБ из 200 ГБ'),
    p('ru', 'members’ labels only', U),
  ],
  [
    'Przestrzeń iCloud',
    rows('Używasz 12 GB z 200 GB') + list('Chmura rodzinna', 'Kasia 30 GB'),
    p('pl', 'you, a member below', U),
  ],
  [
    'iCloud Saklama Alanı',
    rows('200 GB’ın 12 GB’ını kullanıyorsunuz') + list('Aile Paylaşımı', 'Ayşe 30 GB'),
    p('tr', 'you, a member below', U),
  ],
  ['iCloud Storage', rows('Mom: 12 GB of 200 GB used'), p('en', 'a member’s line alone', U)],
  [
    'iCloud-Speicher',
    rows('Du nutzt 12 GB von 200 GB') + list('Familienfreigabe', 'Jonas 30 GB'),
    p('de', 'du, a member below', U),
  ],
  [
    'Stockage iCloud',
    rows('Léa Martin 12 Go utilisés sur 200 Go', 'Hugo Martin 30 Go utilisés sur 200 Go'),
    p('fr', 'members’ names inline', U),
  ],
];

/** The device's own storage, or devices' backups listed below the account's line. */
export const DEVICES: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('42 GB of 200 GB used') + list('Backups', 'iPhone 15 Pro — 12 GB', 'iPad Air — 3 GB'),
    p('en', 'backups listed below', '42 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    list('Backups', 'iPhone 15 Pro: 12 GB of 200 GB'),
    p('en', 'a device’s backup row only', U),
  ],
  [
    'iCloud-Speicher',
    rows('iPhone-Speicher: 61 GB von 128 GB belegt'),
    p('de', 'device storage label', U),
  ],
  [
    'Stockage iCloud',
    rows('4,8 Go utilisés sur 5 Go') +
      list('Sauvegardes', 'iPhone de Léa : 3,2 Go', 'iPad : 1,1 Go'),
    p('fr', 'backups listed below', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<h3>Ama’s iPhone</h3>' + rows('Backup size: 12 GB of 200 GB used'),
    p('en', 'device heading above', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 42 GB de 200 GB') +
      list('Copias de seguridad', 'iPhone de Lucía 12 GB', 'iPad 3 GB'),
    p('es', 'backups listed below', '42 GB/200 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('200 GB中42 GBを使用済み') + list('バックアップ', 'iPhone 12 GB', 'iPad 3 GB'),
    p('ja', 'backups listed below', '42 GB/200 GB'),
  ],
  ['iCloud Storage', rows('MacBook Air', '245 GB of 512 GB used'), p('en', 'Mac above', U)],
  [
    'iCloud Storage',
    rows('Apple Watch Storage: 20 GB of 32 GB used'),
    p('en', 'watch storage label', U),
  ],
  [
    'iCloud 存储空间',
    rows('iPhone 储存空间：已使用 61 GB（共 128 GB）'),
    p('zh', 'device storage label', U),
  ],
  [
    'iCloud Storage',
    rows('42 GB of 200 GB used') + list('Backups', 'iPhone 15 · 12 GB of 42 GB'),
    p('en', 'a backup’s share of the usage below', '42 GB/200 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('iPhone 저장 공간: 128GB 중 61GB 사용됨'),
    p('ko', 'device storage label', U),
  ],
];

/** An app's or category's share: never the account's usage. */
export const APPS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Photos 40 GB', 'Backups 12 GB', '52 GB of 200 GB used'),
    p('en', 'legend above the usage', '52 GB/200 GB'),
  ],
  ['iCloud Storage', rows('Photos: 40 GB of 200 GB'), p('en', 'an app’s share, label', U)],
  ['iCloud-Speicher', rows('Fotos 40 GB von 200 GB belegt'), p('de', 'an app before the sizes', U)],
  ['Stockage iCloud', rows('Photos utilise 40 Go sur 200 Go'), p('fr', 'an app as subject', U)],
  ['iCloud ストレージ', rows('写真：200 GB中40 GBを使用'), p('ja', 'an app’s label', U)],
  ['iCloud Storage', rows('iCloud Drive is using 3 GB of 200 GB'), p('en', 'an app is using', U)],
  [
    'Spazio di archiviazione iCloud',
    rows('Backup 12 GB · Foto 40 GB', 'Utilizzati 52 GB di 200 GB'),
    p('it', 'legend line, usage', '52 GB/200 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('照片 40 GB', '已使用 52 GB（共 200 GB）'),
    p('zh', 'legend, usage', '52 GB/200 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Fotos: 40 GB', 'Copias de seguridad: 12 GB', 'Se usan 52 GB de 200 GB'),
    p('es', 'legend with labels, usage', '52 GB/200 GB'),
  ],
  ['iCloud Storage', rows('Backups used 12 GB of 200 GB'), p('en', 'backups as subject', U)],
];

/** Right-to-left text, with and without bidi marks. */
export const RTL: PanelProbe[] = [
  [
    'التخزين في iCloud',
    rows('المساحة المستخدمة: 4.8 جيجابايت من 5 جيجابايت'),
    p('ar', 'the space used, label', '4.8 GB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('\u200fتم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت'),
    p('ar', 'RLM, Arabic-Indic digits', '4.8 GB/5 GB'),
  ],
  ['אחסון iCloud', rows('נעשה שימוש ב-4.8 GB מתוך 5 GB'), p('he', 'use is made', '4.8 GB/5 GB')],
  ['אחסון iCloud', rows('דנה: 12 GB מתוך 200 GB בשימוש'), p('he', 'a member’s label', U)],
  [
    'التخزين في iCloud',
    rows('أحمد: 12 غيغابايت من 200 غيغابايت مستخدمة'),
    p('ar', 'a member’s label', U),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('فضای استفاده‌شده: ۴٫۸ GB از ۵ GB'),
    p('fa', 'the space used, label', '4.8 GB/5 GB', true),
  ],
  [
    'التخزين في iCloud',
    rows('المساحة المستخدمة ١٢ غيغابايت من ٥٠ غيغابايت'),
    p('ar', 'the space used, no colon', '12 GB/50 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('مساحة سارة: 12 GB من 200 GB مستخدمة'),
    p('ar', 'Sara’s space, label', U),
  ],
  [
    'التخزين في iCloud',
    rows('\u061cتم استخدام 4.8 GB من 5 GB'),
    p('ar', 'Arabic letter mark', '4.8 GB/5 GB'),
  ],
  ['التخزين في iCloud', rows('متاح 0.2 جيجابايت من 5 جيجابايت'), p('ar', 'available', U)],
  ['אחסון iCloud', rows('0.2 GB פנויים מתוך 5 GB'), p('he', 'free', U)],
  [
    'التخزين في iCloud',
    rows('\u2067تم استخدام\u2069 \u20664.8 GB\u2069 من \u20665 GB\u2069'),
    p('ar', 'bidi isolates', '4.8 GB/5 GB'),
  ],
];

/** The same panel drawn twice, a redraw with new figures, a panel still loading. */
export const REDRAWN: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + rows('4.8 GB of 5 GB used'),
    p('en', 'the same line twice', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.7 GB of 5 GB used') + rows('4.8 GB of 5 GB used'),
    p('en', 'old and new figures', U),
  ],
  [
    'iCloud-Speicher',
    '<div aria-hidden="true">4,8 GB von 5 GB belegt</div><span class="sr">4,8 GB von 5 GB belegt</span>',
    p('de', 'visible and spoken copies', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('200 GB中150 GBを使用済み', '200 GB中150 GBを使用済み'),
    p('ja', 'the same line twice', '150 GB/200 GB'),
  ],
  ['Stockage iCloud', rows('Calcul en cours…'), p('fr', 'loading', U)],
  ['iCloud Storage', rows('Calculating…'), p('en', 'loading', U)],
  ['iCloud Storage', rows('Loading storage…', '— of 5 GB used'), p('en', 'loading, total only', U)],
  ['iCloud 存储空间', rows('正在计算…'), p('zh', 'loading', U)],
  [
    'iCloud Storage',
    rows('Calculating…', '4.8 GB of 5 GB used'),
    p('en', 'loading note beside the figures', '4.8 GB/5 GB'),
  ],
];

/** The account's line in more languages. */
export const MORE_LANGUAGES: PanelProbe[] = [
  [
    'Armazenamento do iCloud',
    rows('Usados 4,8 GB de 5 GB'),
    p('pt', 'usados first', '4.8 GB/5 GB'),
  ],
  ['iCloud-opslag', rows('4,8 GB van 5 GB gebruikt'), p('nl', 'gebruikt', '4.8 GB/5 GB')],
  ['iCloud-lagerplads', rows('4,8 GB af 5 GB brugt'), p('da', 'brugt', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 GB av 5 GB brukt'), p('nb', 'brukt', '4.8 GB/5 GB')],
  ['Úložiště iCloud', rows('Využito 4,8 GB z 5 GB'), p('cs', 'využito', '4.8 GB/5 GB')],
  ['iCloud-tárhely', rows('5 GB-ból 4,8 GB felhasználva'), p('hu', 'felhasználva', '4.8 GB/5 GB')],
  ['Stocare iCloud', rows('4,8 GB din 5 GB utilizați'), p('ro', 'utilizați', '4.8 GB/5 GB')],
  [
    'Αποθηκευτικός χώρος iCloud',
    rows('Χρησιμοποιούνται 4,8 GB από 5 GB'),
    p('el', 'χρησιμοποιούνται', '4.8 GB/5 GB'),
  ],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 4,8 GB trong tổng số 5 GB'),
    p('vi', 'đã sử dụng', '4.8 GB/5 GB'),
  ],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('ใช้ไป 4.8 GB จาก 5 GB'), p('th', 'ใช้ไป', '4.8 GB/5 GB')],
  ['Penyimpanan iCloud', rows('4,8 GB dari 5 GB digunakan'), p('id', 'digunakan', '4.8 GB/5 GB')],
  [
    'iCloud Saklama Alanı',
    rows('5 GB’ın 4,8 GB’ı kullanıldı'),
    p('tr', 'kullanıldı', '4.8 GB/5 GB'),
  ],
  ['Pohrana iCloud', rows('Iskorišteno 4,8 GB od 5 GB'), p('hr', 'iskorišteno', '4.8 GB/5 GB')],
  [
    'Emmagatzematge d’iCloud',
    rows('S’han utilitzat 4,8 GB de 5 GB'),
    p('ca', 's’han utilitzat', '4.8 GB/5 GB', true),
  ],
  ['Úložisko iCloud', rows('Využité 4,8 GB z 5 GB'), p('sk', 'využité', '4.8 GB/5 GB')],
  ['iCloud स्टोरेज', rows('5 GB में से 4.8 GB उपयोग किया गया'), p('hi', 'उपयोग', '4.8 GB/5 GB')],
  [
    'iCloud 存储空间',
    rows('已用 4.8 GB（共 5 GB）'),
    p('zh', '已用, total in brackets', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('4.8 GB 已使用（共 5 GB）'),
    p('zh', 'verb between, total in brackets', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('已使用：4.8 GB（共 5 GB）'),
    p('zh', 'label, total in brackets', '4.8 GB/5 GB'),
  ],
  ['iCloud 存储空间', rows('12 GB 已用（共 50 GB）'), p('zh', '已用 between', '12 GB/50 GB')],
  ['iCloud 存储空间', rows('当前已使用 12 GB（共 50 GB）'), p('zh', 'now used', '12 GB/50 GB')],
  ['iCloud 存储空间', rows('照片 12 GB 已使用（共 50 GB）'), p('zh', 'photos before the verb', U)],
  [
    'iCloud 存储空间',
    rows('12 GB 的照片（共 50 GB）已使用'),
    p('zh', 'photos between the sizes', U),
  ],
  [
    'iCloud-Speicher',
    rows('Ver\u00adwendet: 4,8 GB von 5 GB'),
    p('de', 'soft hyphen in the label', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 儲存空間',
    rows('已使用 4.8 GB（共 5 GB）'),
    p('zh-TW', 'total in brackets', '4.8 GB/5 GB'),
  ],
];

/** A label or a subject before the verb: whose the sizes are. */
export const LABELS: PanelProbe[] = [
  ['Úložiště iCloud', rows('Petr: využito 12 GB z 200 GB'), p('cs', 'a member’s label, verb', U)],
  ['iCloud Storage', rows('Mom: used 12 GB of 200 GB'), p('en', 'a member’s label, verb', U)],
  ['iCloud-Speicher', rows('Jonas: belegt 12 GB von 200 GB'), p('de', 'a member’s label, verb', U)],
  [
    'Almacenamiento de iCloud',
    rows('Lucía: usados 12 GB de 200 GB'),
    p('es', 'a member’s label, verb', U),
  ],
  [
    'iCloud Storage',
    rows('iCloud: used 4.8 GB of 5 GB'),
    p('en', 'iCloud label, verb', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('Speicher: belegt 4,8 GB von 5 GB'),
    p('de', 'storage label, verb', '4.8 GB/5 GB'),
  ],
  [
    'Dung lượng iCloud',
    rows('Dung lượng: đã dùng 4,8 GB trong tổng số 5 GB'),
    p('vi', 'storage label, verb', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Family Sharing · 160 GB of 2 TB used'),
    p('en', 'the family’s plan in one line', '160 GB/2 TB', true),
  ],
  [
    'iCloud Storage',
    list('Family', 'Grace Okafor', '80 GB of 2 TB used'),
    p('en', 'name above', U),
  ],
  [
    'iCloud Storage',
    '<div><span>Emma Clarke</span><span>12 GB of 200 GB used</span></div>',
    p('en', 'name in a span before', U),
  ],
  ['iCloud-Speicher', rows('Von Jonas genutzt: 12 GB von 200 GB'), p('de', 'von, label', U)],
  ['Stockage iCloud', rows('Espace utilisé par Léa : 12 Go sur 200 Go'), p('fr', 'par, label', U)],
  ['אחסון iCloud', rows('דנה כהן 12 GB מתוך 200 GB בשימוש'), p('he', 'a name first', U)],
  ['التخزين في iCloud', rows('سارة 12 GB من 200 GB مستخدمة'), p('ar', 'a name first', U)],
  [
    'iCloud Storage',
    rows('12 GB of 200 GB used · 188 GB available'),
    p('en', 'used, then available', '12 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('188 GB available · 12 GB of 200 GB used'),
    p('en', 'available, then used', '12 GB/200 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('187,5 GB von 200 GB verfügbar – 12,5 GB belegt'),
    p('de', 'free pair, used without a total', U),
  ],
  [
    'iCloud Storage',
    rows('Used 12 GB · Available 188 GB · Total 200 GB'),
    p('en', 'three parts', U),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 12 GB of your 200 GB'),
    p('en', 'of your', '12 GB/200 GB', true),
  ],
  ['iCloud Storage', rows('iPhone backup: 12 GB of 200 GB used'), p('en', 'a device’s backup', U)],
  [
    'iCloud Storage',
    rows('Backup of iPhone 15 Pro uses 12 GB of 200 GB'),
    p('en', 'a device’s backup, verb', U),
  ],
  [
    'iCloud Storage',
    rows('12 GB of 200 GB used', 'iPhone 15 Pro · Last backup 2 GB'),
    p('en', 'a device’s last backup below', '12 GB/200 GB'),
  ],
  ['Хранилище iCloud', rows('Занято 1 200 МБ из 5 ГБ'), p('ru', 'занято, group', '1200 MB/5 GB')],
  [
    'التخزين في iCloud',
    rows('تم استخدام ١٬٢٣٤٫٥ ميغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic thousands and decimal marks', '1234.5 MB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('تم استخدام ٢٬٥ غيغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic thousands mark before one digit', U),
  ],
  ['iCloud Storage', rows('-- GB of 5 GB used'), p('en', 'placeholder figure', U)],
  ['iCloud Storage', rows('Zero KB of 5 GB used'), p('en', 'Zero KB', '0 KB/5 GB')],
  ['iCloud ストレージ', rows('家族：200 GB中12 GBを使用'), p('ja', 'family label', U)],
  [
    'iCloud ストレージ',
    rows('200 GB中12 GBを使用済み（ファミリー全体）'),
    p('ja', 'the family’s whole, in brackets', '12 GB/200 GB'),
  ],
  ['iCloud 存储空间', rows('家人已使用 12 GB（共 200 GB）'), p('zh', 'family as subject', U)],
  [
    'iCloud 저장 공간',
    rows('현재 200GB 중 12GB 사용됨'),
    p('ko', 'now, total first', '12 GB/200 GB', true),
  ],
  [
    'Przestrzeń iCloud',
    rows('Wykorzystano 12 GB z 200 GB przez Kasię'),
    p('pl', 'przez, after', U),
  ],
  ['iCloud Storage', rows('12 GB of 200 GB used by Messages'), p('en', 'by an app', U)],
  [
    'Spazio di archiviazione iCloud',
    rows('12 GB di 200 GB utilizzati da Giulia'),
    p('it', 'da, after', U),
  ],
  ['iCloud Storage', rows('iCloud+ with 2 TB · 1.2 TB used'), p('en', 'plan, used without of', U)],
  ['iCloud Storage', rows('1.2 TB used of 2 TB'), p('en', 'used between', '1.2 TB/2 TB')],
  ['iCloud Storage', rows('1.2 TB / 2 TB used'), p('en', 'slash', '1.2 TB/2 TB')],
  [
    'Armazenamento do iCloud',
    rows('Utilizado: 1,2 TB de 2 TB'),
    p('pt', 'label utilizado', '1.2 TB/2 TB'),
  ],
  ['iCloud-lagring', rows('Brukt: 1,2 TB av 2 TB'), p('nb', 'label brukt', '1.2 TB/2 TB')],
  ['iCloud Storage', rows('Storage for Mom: 12 GB of 200 GB used'), p('en', 'storage for', U)],
  ['फ़ाइल संग्रहण iCloud', rows('प्रिया ने 200 GB में से 12 GB उपयोग किया'), p('hi', 'a member with ने', U)],
  ['iCloud स्टोरेज', rows('200 GB में से 12 GB उपयोग किया गया'), p('hi', 'passive', '12 GB/200 GB')],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', 'Photos 2.1 GB of 4.8 GB'),
    p('en', 'an app’s share of the usage below', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Calcul en cours…', '— Go utilisés sur 5 Go'),
    p('fr', 'loading, dash', U),
  ],
];

/**
 * What heads a pasted line: a member's name or the family above a line that opens with a word for
 * "used", a device before its part of a line. On the page the same markup.
 */
export const HEADED: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Emma’s iPad 12 GB of 200 GB used'),
    p('en', 'a device with an owner before the sizes', U),
  ],
  [
    'Stockage iCloud',
    rows('iPad de Léa · 12 Go utilisés sur 200 Go'),
    p('fr', 'a device as the part before', U),
  ],
  [
    'Stockage iCloud',
    rows('Sauvegarde de l’iPhone de Léa : 12 Go sur 200 Go utilisés'),
    p('fr', 'a device’s backup, label', U),
  ],
  [
    'iCloud-Speicher',
    rows('Backup von Jonas’ iPhone: 12 GB von 200 GB belegt'),
    p('de', 'a device’s backup, label', U),
  ],
  [
    'iCloud-Speicher',
    list('Familienmitglieder', 'Jonas', 'Belegt 12 GB von 200 GB'),
    p('de', 'a name above a line opening with belegt', U),
  ],
  [
    'Stockage iCloud',
    list('Membres de la famille', 'Léa', 'Utilisé : 12 Go sur 200 Go'),
    p('fr', 'a name above a line opening with utilisé', U),
  ],
  [
    'Dung lượng iCloud',
    list('Thành viên', 'Lan', 'Đã sử dụng 12 GB trong tổng số 200 GB'),
    p('vi', 'a name above a line opening with đã sử dụng', U),
  ],
  [
    'iCloud Storage',
    list('Family', 'Kofi', 'Currently 12 GB of 200 GB used'),
    p('en', 'a name above a line opening with currently', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Mamá ha usado 12 GB de 200 GB'),
    p('es', 'a member’s sentence', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Papà: utilizzati 12 GB su 200 GB'),
    p('it', 'a member’s label, verb', U),
  ],
  ['Armazenamento do iCloud', rows('Mãe: usados 12 GB de 200 GB'), p('pt', 'label, verb', U)],
  ['iCloud-opslag', rows('Sanne: gebruikt 12 GB van 200 GB'), p('nl', 'label, verb', U)],
  ['Хранилище iCloud', rows('Маша: использовано 12 ГБ из 200 ГБ'), p('ru', 'label, verb', U)],
  ['iCloud ストレージ', rows('母：使用済み 200 GB中12 GB'), p('ja', 'label, verb', U)],
  ['iCloud 存储空间', rows('妈妈：已使用 12 GB（共 200 GB）'), p('zh', 'label, verb', U)],
  ['iCloud 저장 공간', rows('엄마: 사용됨 200GB 중 12GB'), p('ko', 'label, verb', U)],
  [
    'iCloud Saklama Alanı',
    rows('Ayşe: 200 GB’ın 12 GB’ı kullanıldı'),
    p('tr', 'label, total first', U),
  ],
  ['Przestrzeń iCloud', rows('Kasia: wykorzystano 12 GB z 200 GB'), p('pl', 'label, verb', U)],
  [
    'iCloud Storage',
    rows('Free: 0.2 GB of 5 GB · Used: 4.8 GB of 5 GB'),
    p('en', 'free part, used part', '4.8 GB/5 GB', true),
  ],
  ['iCloud-Speicher', rows('Frei: 0,2 GB von 5 GB'), p('de', 'frei label', U)],
  ['iCloud Storage', rows('Remaining: 0.2 GB of 5 GB'), p('en', 'remaining label', U)],
  ['Stockage iCloud', rows('Restant : 0,2 Go sur 5 Go'), p('fr', 'restant label', U)],
  [
    'iCloud Storage',
    rows('Upgrade to iCloud+ 50 GB', '4.8 GB of 5 GB used'),
    p('en', 'an offer above', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Your plan: iCloud+ 2 TB', '1.2 TB of 2 TB used'),
    p('en', 'plan label above', '1.2 TB/2 TB'),
  ],
  [
    'iCloud Storage',
    rows('iCloud+ 200 GB: 200 GB of 200 GB used'),
    p('en', 'full, plan label', '200 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('Apple One Premier (2 TB) · 1.2 TB of 2 TB used'),
    p('en', 'a bundle’s name before', '1.2 TB/2 TB', true),
  ],
  ['iCloud Storage', rows('Photos: used 40 GB of 200 GB'), p('en', 'an app’s label, verb', U)],
  ['iCloud Storage', rows('Backups: used 12 GB of 200 GB'), p('en', 'backups label, verb', U)],
  [
    'iCloud Storage',
    rows('Account: used 4.8 GB of 5 GB'),
    p('en', 'account label, verb', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Total: used 4.8 GB of 5 GB'),
    p('en', 'total label, verb', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Status: used 4.8 GB of 5 GB'),
    p('en', 'status label, verb', '4.8 GB/5 GB', true),
  ],
];
