/**
 * Round-22 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 22 languages, read on the page and pasted. Their class: the
 * account's line in number formats (groups with dots, commas, spaces, thin spaces, apostrophes;
 * digits of other scripts) and units; a free amount, a total alone, a plan named with its size, a
 * member's share (a name in an element of its own, after a label), a device's backup and a redrawn
 * panel, none of which may be read as the account's usage. `miss`: unread is acceptable (safe)
 * though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const list = (heading: string, ...items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((m) => `<li>${m}</li>`).join('')}</ul>`;

/** Grouped thousands and digits of other scripts in the account's line: read as the number. */
export const GROUPED: PanelProbe[] = [
  [
    'Stockage iCloud',
    rows('1\u202f234,5 Go utilisés sur 2 To'),
    p('fr', 'narrow no-break space', '1234.5 GB/2 TB'),
  ],
  [
    'Stockage iCloud',
    rows('1\u00a0234,5 Go utilisés sur 2 To'),
    p('fr', 'no-break space', '1234.5 GB/2 TB'),
  ],
  ['iCloud Storage', rows('1\u2009234.5 GB of 2 TB used'), p('en', 'thin space', '1234.5 GB/2 TB')],
  [
    'iCloud-Speicher',
    rows("1'234,5 GB von 2 TB belegt"),
    p('de-CH', 'straight apostrophe', '1234.5 GB/2 TB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('1’234.5 GB di 2 TB utilizzati'),
    p('it-CH', 'curly apostrophe', '1234.5 GB/2 TB'),
  ],
  [
    'Stockage iCloud',
    rows('1 234,5 Go utilisés sur 2 To'),
    p('fr', 'plain space (copied)', '1234.5 GB/2 TB'),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystano 1\u00a0500,2 GB z 2 TB'),
    p('pl', 'no-break space', '1500.2 GB/2 TB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 1\u00a0024 МБ из 5 ГБ'),
    p('ru', 'no-break space, MB', '1024 MB/5 GB'),
  ],
  [
    'Úložiště iCloud',
    rows('Využito 1\u00a0800 MB z 5 GB'),
    p('cs', 'no-break space, MB', '1800 MB/5 GB'),
  ],
  [
    'iCloud-lagring',
    rows('1\u00a0234,5 GB av 2 TB används'),
    p('sv', 'no-break space', '1234.5 GB/2 TB'),
  ],
  ['iCloud Storage', rows('1,800 MB of 5 GB used'), p('en', 'comma thousands, ambiguous', U, true)],
  [
    'iCloud-Speicher',
    rows('1.234,5 MB von 5 GB belegt'),
    p('de', 'dot thousands, comma decimal', '1234.5 MB/5 GB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('استفاده شده: ۴٫۸ گیگابایت از ۵ گیگابایت'),
    p('fa', 'Persian digits, unit word', '4.8 GB/5 GB', true),
  ],
  [
    'تخزين iCloud',
    rows('تم استخدام ١٬٢٣٤٫٥ ميغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic-Indic grouped', '1234.5 MB/5 GB'),
  ],
  [
    'iCloud स्टोरेज',
    rows('२०० GB में से १५०.५ GB उपयोग किया गया'),
    p('hi', 'Devanagari digits', '150.5 GB/200 GB'),
  ],
  [
    'iCloud স্টোরেজ',
    rows('২০০ GB এর মধ্যে ১৫০.৫ GB ব্যবহৃত'),
    p('bn', 'Bengali digits', '150.5 GB/200 GB', true),
  ],
  [
    'iCloud ストレージ',
    rows('２００ ＧＢ中１５０.５ ＧＢを使用済み'),
    p('ja', 'full-width digits and unit', '150.5 GB/200 GB', true),
  ],
];

/** Units of many languages in the account's line. */
export const UNITS: PanelProbe[] = [
  ['Stockage iCloud', rows('1,2 To utilisés sur 2 To'), p('fr', 'To', '1.2 TB/2 TB')],
  ['Stockage iCloud', rows('512 Mo utilisés sur 5 Go'), p('fr', 'Mo', '512 MB/5 GB')],
  ['Хранилище iCloud', rows('Занято 4,8 ГБ из 5 ГБ'), p('ru', 'занято', '4.8 GB/5 GB')],
  ['Сховище iCloud', rows('Використано 1,5 ТБ з 2 ТБ'), p('uk', 'ТБ', '1.5 TB/2 TB')],
  ['iCloud-tallennustila', rows('Käytetty 4,8 Gt / 5 Gt'), p('fi', 'Gt first', '4.8 GB/5 GB')],
  ['iCloud-tallennustila', rows('900 Mt / 5 Gt käytetty'), p('fi', 'Mt of Gt', '900 MB/5 GB')],
  [
    'iCloud ストレージ',
    rows('200ギガバイト中150ギガバイトを使用済み'),
    p('ja', 'ギガバイト', '150 GB/200 GB', true),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('4,8 Gb di 5 Gb utilizzati'),
    p('it', 'Gb written small', '4.8 GB/5 GB', true),
  ],
  ['iCloud Storage', rows('4.8 gb of 5 gb used'), p('en', 'gb written small', '4.8 GB/5 GB', true)],
  ['iCloud Storage', rows('4.8GB of 5GB used'), p('en', 'no space', '4.8 GB/5 GB')],
  ['iCloud Storage', rows('900 MB of 5 GB used'), p('en', 'MB of GB', '900 MB/5 GB')],
  ['iCloud Storage', rows('2.1 TB of 6 TB used'), p('en', 'TB', '2.1 TB/6 TB')],
  [
    'iCloud 저장 공간',
    rows('5기가바이트 중 4.8기가바이트 사용됨'),
    p('ko', '기가바이트', '4.8 GB/5 GB'),
  ],
  [
    'אחסון iCloud',
    rows('4.8 ג׳יגה-בייט בשימוש מתוך 5 ג׳יגה-בייט'),
    p('he', 'used between', '4.8 GB/5 GB'),
  ],
];

/** Free, available or left, in any position: never the used amount. */
export const FREE: PanelProbe[] = [
  ['iCloud Storage', rows('0.2 GB of 5 GB remaining'), p('en', 'remaining', U)],
  ['iCloud Storage', rows('Available: 0.2 GB of 5 GB'), p('en', 'label available', U)],
  ['iCloud-Speicher', rows('Verbleibend: 0,2 GB von 5 GB'), p('de', 'verbleibend', U)],
  ['Stockage iCloud', rows('0,2 Go libres sur 5 Go'), p('fr', 'libres', U)],
  ['Almacenamiento de iCloud', rows('0,2 GB disponibles de 5 GB'), p('es', 'disponibles', U)],
  ['Armazenamento do iCloud', rows('0,2 GB livres de 5 GB'), p('pt', 'livres', U)],
  ['iCloud-opslag', rows('0,2 GB van 5 GB beschikbaar'), p('nl', 'beschikbaar', U)],
  ['iCloud-lagring', rows('0,2 GB ledigt av 5 GB'), p('sv', 'ledigt', U)],
  ['Pamięć iCloud', rows('Dostępne 0,2 GB z 5 GB'), p('pl', 'dostępne', U)],
  ['Сховище iCloud', rows('Вільно 0,2 ГБ з 5 ГБ'), p('uk', 'вільно', U)],
  ['iCloud ストレージ', rows('5 GB中0.2 GBの空き'), p('ja', '空き', U)],
  ['iCloud 存储空间', rows('可用 0.2 GB（共 5 GB）'), p('zh', '可用', U)],
  ['iCloud 저장 공간', rows('5GB 중 0.2GB 남음'), p('ko', '남음', U)],
  ['iCloud Depolama Alanı', rows("5 GB'ın 0,2 GB'ı boş"), p('tr', 'boş', U)],
  ['Dung lượng iCloud', rows('Khả dụng 0,2 GB trong tổng số 5 GB'), p('vi', 'khả dụng', U)],
  // A free line and the used line: the used one is read.
  [
    'iCloud Storage',
    rows('0.2 GB available', '4.8 GB of 5 GB used'),
    p('en', 'free, then used', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('4,8 Go utilisés sur 5 Go', '0,2 Go disponibles'),
    p('fr', 'used, then free', '4.8 GB/5 GB'),
  ],
  // "Used" and "available" as a legend with no total: no pair to read.
  ['iCloud Storage', rows('Used 4.8 GB', 'Available 0.2 GB'), p('en', 'legend, no total', U)],
];

/** Totals and plan names with a size: no usage; a usage line beside them is read. */
export const TOTALS_AND_PLANS: PanelProbe[] = [
  ['iCloud Storage', rows('Total storage: 2 TB'), p('en', 'total alone', U)],
  ['iCloud-Speicher', rows('Gesamtspeicher: 200 GB'), p('de', 'total alone', U)],
  ['Stockage iCloud', rows('Forfait iCloud+ de 50 Go'), p('fr', 'plan alone', U)],
  ['iCloud Storage', rows('You’re on the 50 GB plan'), p('en', 'plan sentence', U)],
  [
    'iCloud Storage',
    rows('iCloud+ with 2 TB · Shared with your family'),
    p('en', 'plan shared', U),
  ],
  [
    'iCloud Storage',
    rows('Upgrade to 2 TB', 'Get 200 GB for $2.99/mo', '4.8 GB of 5 GB used'),
    p('en', 'offers, usage', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('iCloud+ avec 200 Go', '150 Go utilisés sur 200 Go'),
    p('fr', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'Armazenamento do iCloud',
    rows('Plano de 200 GB', '150 GB de 200 GB usados'),
    p('pt', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('iCloud+ 200GB 요금제', '200GB 중 150GB 사용됨'),
    p('ko', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'Pamięć iCloud',
    rows('Plan iCloud+ 200 GB', 'Wykorzystano 150 GB z 200 GB'),
    p('pl', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('Your 50 GB plan is almost full'),
    p('en', 'plan full, no figure used', U),
  ],
];

/** A member named beside the sizes in an element of its own, or after a label: a member's share. */
export const NAMED_APART: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('<b>Used:</b> <span>Mom</span> 12 GB of 200 GB'),
    p('en', 'label, name', U),
  ],
  ['iCloud Storage', rows('<b>Used:</b> Mom 12 GB of 200 GB'), p('en', 'label, bare name', U)],
  [
    'iCloud Storage',
    rows('<b>Used by</b> <span>Mom</span>: 12 GB of 200 GB'),
    p('en', 'used by, name apart', U),
  ],
  [
    'iCloud-Speicher',
    rows('<b>Belegt:</b> <span>Jonas</span> 12 GB von 200 GB'),
    p('de', 'label, name', U),
  ],
  [
    'Stockage iCloud',
    rows('<b>Utilisé :</b> <span>Léa</span> 12 Go sur 200 Go'),
    p('fr', 'label, name', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('<b>Usado:</b> <span>Mamá</span> 12 GB de 200 GB'),
    p('es', 'label, name', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('<b>Utilizzato:</b> <span>Giulia</span> 12 GB di 200 GB'),
    p('it', 'label, name', U),
  ],
  [
    'iCloud-opslag',
    rows('<b>Gebruikt:</b> <span>Daan de Vries</span> 12 GB van 200 GB'),
    p('nl', 'label, full name', U),
  ],
  [
    'Хранилище iCloud',
    rows('<b>Использовано:</b> <span>Маша</span> 12 ГБ из 200 ГБ'),
    p('ru', 'label, name', U),
  ],
  [
    'iCloud ストレージ',
    rows('<b>使用済み：</b><span>エマ</span> 200 GB中12 GB'),
    p('ja', 'label, name', U),
  ],
  [
    'iCloud 存储空间',
    rows('<b>已使用：</b><span>妈妈</span> 12 GB / 200 GB'),
    p('zh', 'label, name', U),
  ],
  [
    'iCloud 저장 공간',
    rows('<b>사용됨:</b> <span>엄마</span> 200GB 중 12GB'),
    p('ko', 'label, name', U),
  ],
  [
    'אחסון iCloud',
    rows('<b>בשימוש:</b> <span>דנה</span> 12 GB מתוך 200 GB'),
    p('he', 'label, name', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("<b>Kullanılan:</b> <span>Ayşe</span> 200 GB'ın 12 GB'ı"),
    p('tr', 'label, name', U),
  ],
  // The account's line with the same label shape and no name is read.
  [
    'iCloud Storage',
    rows('<b>Used:</b> <span>4.8 GB</span> of 5 GB'),
    p('en', 'label, sizes apart', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('<b>Belegt:</b> 4,8 GB von 5 GB'),
    p('de', 'label, no name', '4.8 GB/5 GB'),
  ],
];

/** Family Sharing with several named members, the account's line above or not at all. */
export const FAMILY: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('180 GB of 200 GB used') +
      list(
        'Family Sharing',
        '<span>Mom</span><span>12 GB of 200 GB used</span>',
        '<span>Dad</span><span>30 GB of 200 GB used</span>',
      ),
    p('en', 'plan line, members in rows of spans', '180 GB/200 GB', true),
  ],
  [
    'iCloud Storage',
    list(
      'Family Sharing',
      '<span>Mom</span><span>12 GB of 200 GB used</span>',
      '<span>Dad</span><span>30 GB of 200 GB used</span>',
    ),
    p('en', 'members only, spans', U),
  ],
  [
    'iCloud-Speicher',
    list(
      'Familienfreigabe',
      '<b>Mama</b> 12 GB von 200 GB belegt',
      '<b>Papa</b> 30 GB von 200 GB belegt',
    ),
    p('de', 'bold names', U),
  ],
  [
    'Stockage iCloud',
    list('Partage familial', 'Léa — 12 Go utilisés sur 200 Go', 'Hugo — 30 Go utilisés sur 200 Go'),
    p('fr', 'dash after name', U),
  ],
  [
    'Almacenamiento de iCloud',
    list('En familia', 'Lucía usó 12 GB de 200 GB', 'Pablo usó 30 GB de 200 GB'),
    p('es', 'member verbs', U),
  ],
  [
    'Armazenamento do iCloud',
    list('Compartilhamento Familiar', 'Ana: 12 GB de 200 GB usados'),
    p('pt', 'one member', U),
  ],
  [
    'iCloud-lagring',
    list('Familjedelning', 'Elsa: 12 GB av 200 GB', 'Nils: 30 GB av 200 GB'),
    p('sv', 'member shares', U),
  ],
  [
    'iCloud-lagerplads',
    list('Familiedeling', 'Freja: 12 GB af 200 GB brugt'),
    p('da', 'member share', U),
  ],
  [
    'Pamięć iCloud',
    list('Chmura rodzinna', 'Kasia wykorzystała 12 GB z 200 GB'),
    p('pl', 'member verb', U),
  ],
  [
    'Хранилище iCloud',
    list('Семейный доступ', 'Маша — 12 ГБ из 200 ГБ', 'Петя — 30 ГБ из 200 ГБ'),
    p('ru', 'dash after name', U),
  ],
  [
    'iCloud ストレージ',
    list('ファミリー共有', 'エマ 200 GB中12 GBを使用', 'ケン 200 GB中30 GBを使用'),
    p('ja', 'names, used', U),
  ],
  [
    'iCloud 存储空间',
    list('家人共享', '妈妈：已使用 12 GB（共 200 GB）'),
    p('zh', 'label, used', U),
  ],
  [
    'iCloud Depolama Alanı',
    list('Aile Paylaşımı', "Emre 200 GB'ın 30 GB'ını kullanıyor"),
    p('tr', 'member verb', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    list('Οικογενειακή κοινή χρήση', 'Η Μαρία χρησιμοποιεί 12 GB από 200 GB'),
    p('el', 'member verb', U),
  ],
  [
    'Penyimpanan iCloud',
    list('Berbagi Keluarga', 'Budi: 12 GB dari 200 GB digunakan'),
    p('id', 'member share', U),
  ],
  [
    'Dung lượng iCloud',
    list('Chia sẻ trong gia đình', 'Lan đã dùng 12 GB trong tổng số 200 GB'),
    p('vi', 'member verb', U),
  ],
  // The plan's line above the members, said of no one: read.
  [
    'iCloud Storage',
    rows('180 GB of 200 GB used') + list('Family Sharing', 'Mom 12 GB', 'Dad 30 GB', 'Alex 8 GB'),
    p('en', 'plan line, member legend', '180 GB/200 GB'),
  ],
  [
    'Stockage iCloud',
    rows('180 Go utilisés sur 200 Go') + list('Partage familial', 'Léa 12 Go', 'Hugo 30 Go'),
    p('fr', 'plan line, member legend', '180 GB/200 GB'),
  ],
];

/** Devices' backups or storage listed under the account's line: the account's line only. */
export const DEVICES: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') +
      list(
        'Backups',
        '<span>Ama’s iPhone</span> <span>3.1 GB</span>',
        '<span>iPad Pro</span> <span>1.2 GB</span>',
      ),
    p('en', 'backup sizes in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('4,8 GB von 5 GB belegt') + list('Backups', 'Jonas’ iPhone – 3,1 GB', 'iPad – 1,2 GB'),
    p('de', 'backup sizes with dashes', '4.8 GB/5 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('4,8 GB de 5 GB usados') + list('Copias de seguridad', 'iPhone de Lucía: 3,1 GB'),
    p('es', 'backup size', '4.8 GB/5 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('4,8 GB di 5 GB utilizzati') + list('Backup', 'iPhone di Giulia 3,1 GB'),
    p('it', 'backup size', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('已使用 4.8 GB（共 5 GB）') + list('备份', '妈妈的 iPhone 3.1 GB'),
    p('zh', 'backup size', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    list('Backups', 'Ama’s iPhone · 3.1 GB of 5 GB used'),
    p('en', 'backup said of the plan', U),
  ],
  [
    'iCloud Storage',
    rows('<span>iPad Pro</span> <span>201 GB of 256 GB used</span>'),
    p('en', 'device name in a span', U),
  ],
  [
    'Stockage iCloud',
    list('Appareils', '<span>MacBook Air de Léa</span><span>200 Go utilisés sur 256 Go</span>'),
    p('fr', 'Mac in a span', U),
  ],
  ['iCloud Storage', rows('Apple Watch Storage: 12 GB of 32 GB used'), p('en', 'watch storage', U)],
];

/** Right to left: the account's line read, a member's not. */
export const RTL: PanelProbe[] = [
  ['אחסון iCloud', rows('נעשה שימוש ב-4.8 GB מתוך 5 GB'), p('he', 'נעשה שימוש', '4.8 GB/5 GB')],
  [
    'تخزين iCloud',
    rows('\u202bتم استخدام 150 GB من 200 GB\u202c'),
    p('ar', 'embedding marks', '150 GB/200 GB'),
  ],
  [
    'تخزين iCloud',
    rows('المستخدم ١٥٠ غيغابايت من أصل ٢٠٠ غيغابايت'),
    p('ar', 'من أصل', '150 GB/200 GB', true),
  ],
  [
    'تخزين iCloud',
    list('المشاركة العائلية', '<span>سارة</span> <span>٣٠ غيغابايت من ٢٠٠ غيغابايت</span>'),
    p('ar', 'member in a span', U),
  ],
  [
    'אחסון iCloud',
    list('שיתוף משפחתי', '<span>יוסי</span><span>30 GB מתוך 200 GB בשימוש</span>'),
    p('he', 'member in a span', U),
  ],
  ['تخزين iCloud', rows('٠٫٢ غيغابايت متوفرة من ٥ غيغابايت'), p('ar', 'available', U)],
];

/** The same panel drawn twice (a redraw) is one reading; two different drawings are none. */
export const REDRAWN: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + rows('4.8 GB of 5 GB used'),
    p('en', 'same line twice', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    '<div><p>4,8 GB von 5 GB belegt</p></div><div aria-hidden="true"><p>4,8 GB von 5 GB belegt</p></div>',
    p('de', 'hidden copy', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + rows('4.9 GB of 5 GB used'),
    p('en', 'stale and new drawing', U),
  ],
  [
    'iCloud ストレージ',
    rows('5 GB中4.8 GBを使用済み', '5 GB中4.8 GBを使用済み'),
    p('ja', 'same line twice', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    '<div><p>4,8 Go utilisés sur 5 Go</p></div><div><p>4,8 Go utilisés sur 5 Go</p><p>0,2 Go disponibles</p></div>',
    p('fr', 'second copy with free line', '4.8 GB/5 GB'),
  ],
];

/**
 * Figures before the sizes that are no part of them (a day, a count, a model number) and labels
 * before the account's own line: never joined into a grouped number, never a member.
 */
export const TRAPS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Updated Dec 5 150 GB of 2 TB used'),
    p('en', 'a day before the sizes', U),
  ],
  [
    'iCloud Storage',
    rows('<span>Updated Dec 5</span> <span>150 GB of 2 TB used</span>'),
    p('en', 'a day in its own element', '150 GB/2 TB', true),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + list('Devices', 'iPhone 15 128 GB', 'iPad Air 256 GB'),
    p('en', 'model numbers below', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Photos : 12 340 éléments', '4,8 Go utilisés sur 5 Go'),
    p('fr', 'a grouped count', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('0.2 GB available · 4.8 GB of 5 GB used'),
    p('en', 'free then used, one line', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('Noch 0,2 GB frei', '4,8 GB von 5 GB belegt'),
    p('de', 'free line above used line', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Disponible : 0,2 Go sur 5 Go', 'Utilisé : 4,8 Go'),
    p('fr', 'free pair, used alone', U),
  ],
  ['iCloud Storage', rows('Used: 4.8 GB of 5 GB'), p('en', 'label, sizes', '4.8 GB/5 GB')],
  [
    'iCloud Storage',
    rows('<b>Storage:</b> You’ve used 4.8 GB of 5 GB'),
    p('en', 'label, you', '4.8 GB/5 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('<b>iCloud:</b> Se usan 4,8 GB de 5 GB'),
    p('es', 'label, no subject', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('<b>Speicher:</b> Aktuell 4,8 GB von 5 GB belegt'),
    p('de', 'label, now', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('<b>Used by:</b> <a href="#">Priya (Organizer)</a> 30 GB of 2 TB'),
    p('en', 'used by, linked name', U),
  ],
  [
    'iCloud Storage',
    rows('<b>Family member:</b> <span>Alex</span> — 12 GB of 200 GB used'),
    p('en', 'member label, name, dash', U),
  ],
  [
    'تخزين iCloud',
    rows('<b>المستخدم:</b> <span>أحمد</span> ١٢ غيغابايت من ٢٠٠ غيغابايت'),
    p('ar', 'label, name', U),
  ],
  [
    'iCloud स्टोरेज',
    rows('<b>उपयोग:</b> <span>प्रिया</span> 200 GB में से 12 GB'),
    p('hi', 'label, name', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    rows('<b>ใช้ไป:</b> <span>สมชาย</span> 12 GB จาก 200 GB'),
    p('th', 'label, name', U),
  ],
  [
    'Úložiště iCloud',
    rows('<b>Využito:</b> <span>Petr</span> 12 GB z 200 GB'),
    p('cs', 'label, name', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('<b>Digunakan:</b> <span>Budi</span> 12 GB dari 200 GB'),
    p('id', 'label, name', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    rows('<b>Χρήση:</b> <span>Μαρία</span> 12 GB από 200 GB'),
    p('el', 'label, name', U),
  ],
  ['iCloud Storage', rows('Used: Mom and Dad 42 GB of 200 GB'), p('en', 'label, two names', U)],
  // A figure ending the line above is no group of the size that opens the next.
  [
    'iCloud Storage',
    rows('Last checked 10:05', '150 GB of 2 TB used'),
    p('en', 'a time above', '150 GB/2 TB', true),
  ],
  [
    'iCloud Storage',
    rows('Backups 3', '500 MB of 5 GB used'),
    p('en', 'a count above', '500 MB/5 GB', true),
  ],
  [
    'iCloud Storage',
    rows('iCloud', '3', '500 MB of 5 GB used'),
    p('en', 'a bare figure above', '500 MB/5 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('Appareils sauvegardés : 2', '150 Go utilisés sur 200 Go'),
    p('fr', 'a count above', '150 GB/200 GB', true),
  ],
];

/**
 * "You" beside another share of the whole, in wordings whose "of" is no short lower-case word
 * ("trên", "จาก", "में से", "（共 …）", "中"): the reader's share, never the plan's usage. A free
 * amount or a legend beside it is no share, and the "you" line is read.
 */
export const YOU_BESIDE_SHARE: PanelProbe[] = [
  [
    'Dung lượng iCloud',
    rows('Bạn đã sử dụng 42 GB trên 50 GB', 'Minh: 8 GB trên 50 GB'),
    p('vi', 'trên', U),
  ],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('คุณใช้ 42 GB จาก 50 GB', 'พ่อ 8 GB จาก 50 GB'), p('th', 'จาก', U)],
  [
    'iCloud स्टोरेज',
    rows('आपने 50 GB में से 42 GB का उपयोग किया है', 'माँ: 50 GB में से 8 GB'),
    p('hi', 'में से', U),
  ],
  [
    'iCloud 存储空间',
    rows('您已使用 42 GB（共 50 GB）', '爸爸 8 GB（共 50 GB）'),
    p('zh', '（共）', U),
  ],
  ['iCloud ストレージ', rows('あなたは50 GB中42 GBを使用', '母 50 GB中8 GB'), p('ja', '中', U)],
  [
    'iCloud 저장 공간',
    rows('50GB 중 42GB를 사용하고 있습니다', '엄마: 50GB 중 8GB'),
    p('ko', '중', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('Anda menggunakan 42 GB dari 50 GB', 'Budi: 8 GB dari 50 GB'),
    p('id', 'dari', U),
  ],
  [
    'Úložisko iCloud',
    rows('Využívate 42 GB z 50 GB') + list('Rodinné zdieľanie', 'Zuzana 8 GB', 'Marek 3 GB'),
    p('sk', 'plural verb, family', U),
  ],
  [
    'iCloud pohrana',
    rows('Iskoristili ste 42 GB od 50 GB', 'Ivana: 8 GB od 50 GB'),
    p('hr', 'ste, member share', U),
  ],
  [
    'iCloud pohrana',
    rows('Koristite 42 GB od 50 GB') + list('Dijeljenje s obitelji', 'Ivana 8 GB'),
    p('hr', 'plural verb, family', U),
  ],
  [
    'Stocare iCloud',
    rows('4,8 GB din 5 GB utilizați') + list('Partajare familială', 'Ana 1 GB'),
    p('ro', 'plan line said of no one, family legend', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 4.8 GB of 5 GB', '0.2 GB available of 5 GB'),
    p('en', 'a free amount beside', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 42 GB of 50 GB', 'Photos 20 GB', 'Backups 12 GB'),
    p('en', 'a legend beside', '42 GB/50 GB'),
  ],
];
