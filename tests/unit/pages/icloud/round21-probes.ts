/**
 * Round-21 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 25 languages, the same panel read on the page and pasted. Their
 * class: sizes written in any number format, digits and unit the account's line may use, where
 * only the account's usage is the reading; a free amount, a total alone, a plan's name with its
 * size, a family member's share and a device's backup or storage are never read as it.
 * `miss`: unread is acceptable (safe) though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const list = (heading: string, ...items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((m) => `<li>${m}</li>`).join('')}</ul>`;

/** The account's line in number formats, digits and units of many languages: read it. */
export const FORMATS: PanelProbe[] = [
  [
    'iCloud-Speicher',
    rows('1.234,5 GB von 2 TB belegt'),
    p('de', 'grouped, comma', '1234.5 GB/2 TB'),
  ],
  ['iCloud Storage', rows('1,234.5 GB of 2 TB used'), p('en', 'grouped, point', '1234.5 GB/2 TB')],
  [
    'Stockage iCloud',
    rows('1\u202f234,5 Go utilisés sur 2 To'),
    p('fr', 'thin-space grouped', '1234.5 GB/2 TB', true),
  ],
  [
    'iCloud-Speicher',
    rows('1’234.5 GB von 2 TB belegt'),
    p('de-CH', 'apostrophe grouped', '1234.5 GB/2 TB', true),
  ],
  ['Stockage iCloud', rows('4,8 Go utilisés sur 5 Go'), p('fr', 'Go', '4.8 GB/5 GB')],
  ['Stockage iCloud', rows('850 Mo utilisés sur 5 Go'), p('fr', 'Mo of Go', '850 MB/5 GB')],
  ['Хранилище iCloud', rows('Использовано 4,8 ГБ из 5 ГБ'), p('ru', 'ГБ', '4.8 GB/5 GB')],
  ['Хранилище iCloud', rows('Использовано 1,2 ТБ из 2 ТБ'), p('ru', 'ТБ', '1.2 TB/2 TB')],
  ['Сховище iCloud', rows('Використано 740 МБ із 5 ГБ'), p('uk', 'МБ of ГБ', '740 MB/5 GB')],
  ['iCloud-tallennustila', rows('4,8 Gt / 5 Gt käytetty'), p('fi', 'Gt', '4.8 GB/5 GB')],
  ['iCloud-tallennustila', rows('1,5 Tt / 2 Tt käytetty'), p('fi', 'Tt', '1.5 TB/2 TB')],
  ['iCloud Storage', rows('512 KB of 5 GB used'), p('en', 'KB', '512 KB/5 GB')],
  ['iCloud Storage', rows('1.8 TB of 2 TB used'), p('en', 'TB', '1.8 TB/2 TB')],
  ['iCloud ストレージ', rows('5 GB中4.8 GBを使用済み'), p('ja', 'GB', '4.8 GB/5 GB')],
  [
    'iCloud ストレージ',
    rows('5ギガバイト中4.8ギガバイトを使用済み'),
    p('ja', 'ギガバイト', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud 存储空间',
    rows('已使用 150.5 GB（共 200 GB）'),
    p('zh', 'bracketed total', '150.5 GB/200 GB'),
  ],
  ['iCloud 儲存空間', rows('已使用 1.2 TB，共 2 TB'), p('zh-TW', 'comma total', '1.2 TB/2 TB')],
  ['iCloud 저장 공간', rows('200GB 중 150.5GB 사용됨'), p('ko', 'GB glued', '150.5 GB/200 GB')],
  [
    'iCloud 저장 공간',
    rows('2테라바이트 중 1.5테라바이트 사용됨'),
    p('ko', 'spelled unit', '1.5 TB/2 TB'),
  ],
  [
    'تخزين iCloud',
    rows('تم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic-Indic digits', '4.8 GB/5 GB'),
  ],
  [
    'تخزين iCloud',
    rows('تم استخدام 150٫5 GB من 200 GB'),
    p('ar', 'Arabic decimal mark', '150.5 GB/200 GB'),
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
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('ใช้ไป ๔.๘ GB จาก ๕ GB'), p('th', 'Thai digits', '4.8 GB/5 GB')],
  ['Armazenamento do iCloud', rows('4,8 GB de 5 GB usados'), p('pt', 'comma', '4.8 GB/5 GB')],
  ['iCloud-opslag', rows('4,8 GB van 5 GB gebruikt'), p('nl', 'comma', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 GB av 5 GB används'), p('sv', 'används', '4.8 GB/5 GB')],
  ['Pamięć iCloud', rows('Wykorzystano 4,8 GB z 5 GB'), p('pl', 'wykorzystano', '4.8 GB/5 GB')],
  ['Úložiště iCloud', rows('Využito 4,8 GB z 5 GB'), p('cs', 'využito', '4.8 GB/5 GB')],
  ['iCloud tárhely', rows('4,8 GB / 5 GB felhasználva'), p('hu', 'slash', '4.8 GB/5 GB')],
  [
    'iCloud Depolama Alanı',
    rows("5 GB'ın 4,8 GB'ı kullanılıyor"),
    p('tr', 'suffix', '4.8 GB/5 GB'),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    rows('Χρησιμοποιούνται 4,8 GB από 5 GB'),
    p('el', 'από', '4.8 GB/5 GB'),
  ],
  ['Penyimpanan iCloud', rows('4,8 GB dari 5 GB digunakan'), p('id', 'dari', '4.8 GB/5 GB')],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 4,8 GB trong tổng số 5 GB'),
    p('vi', 'trong tổng số', '4.8 GB/5 GB'),
  ],
  ['Stocare iCloud', rows('4,8 GB din 5 GB utilizați'), p('ro', 'din', '4.8 GB/5 GB')],
];

/** A free, left or available amount, alone or beside the total: never the usage. */
export const FREE_AMOUNTS: PanelProbe[] = [
  ['iCloud Storage', rows('0.2 GB available of 5 GB'), p('en', 'available of', U)],
  ['iCloud Storage', rows('0.2 GB left of 5 GB'), p('en', 'left of', U)],
  ['iCloud Storage', rows('You have 0.2 GB of 5 GB free'), p('en', 'free', U)],
  ['iCloud-Speicher', rows('Noch 0,2 GB von 5 GB frei'), p('de', 'frei', U)],
  ['iCloud-Speicher', rows('0,2 GB von 5 GB verfügbar'), p('de', 'verfügbar', U)],
  ['Stockage iCloud', rows('Disponible : 0,2 Go sur 5 Go'), p('fr', 'disponible', U)],
  ['Stockage iCloud', rows('0,2 Go restants sur 5 Go'), p('fr', 'restants', U)],
  ['Almacenamiento de iCloud', rows('Quedan 0,2 GB de 5 GB'), p('es', 'quedan', U)],
  ['Spazio di archiviazione iCloud', rows('0,2 GB disponibili su 5 GB'), p('it', 'disponibili', U)],
  ['Хранилище iCloud', rows('Свободно 0,2 ГБ из 5 ГБ'), p('ru', 'свободно', U)],
  ['Pamięć iCloud', rows('Pozostało 0,2 GB z 5 GB'), p('pl', 'pozostało', U)],
  ['iCloud ストレージ', rows('5 GB中0.2 GBが利用可能'), p('ja', '利用可能', U)],
  ['iCloud 存储空间', rows('剩余 0.2 GB，共 5 GB'), p('zh', '剩余', U)],
  ['iCloud 저장 공간', rows('5GB 중 0.2GB 사용 가능'), p('ko', '사용 가능', U)],
  ['iCloud Depolama Alanı', rows("5 GB'ın 0,2 GB'ı kullanılabilir"), p('tr', 'kullanılabilir', U)],
  ['תמיכה אחסון iCloud', rows('0.2 GB פנויים מתוך 5 GB'), p('he', 'פנויים', U)],
  ['تخزين iCloud', rows('٠٫٢ غيغابايت متاحة من ٥ غيغابايت'), p('ar', 'متاحة', U)],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('ว่าง 0.2 GB จาก 5 GB'), p('th', 'ว่าง', U)],
  ['iCloud स्टोरेज', rows('5 GB में से 0.2 GB उपलब्ध'), p('hi', 'उपलब्ध', U)],
  ['Dung lượng iCloud', rows('Còn trống 0,2 GB trong tổng số 5 GB'), p('vi', 'còn trống', U)],
  // The free line beside the used one does not hide it.
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '0.2 GB available'),
    p('en', 'used, then free', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('4,8 GB von 5 GB belegt', '0,2 GB verfügbar'),
    p('de', 'used, then free', '4.8 GB/5 GB'),
  ],
];

/** A total alone, or a plan's name with its size: nothing is used; the usage beside it is read. */
export const TOTALS_AND_PLANS: PanelProbe[] = [
  ['iCloud Storage', rows('Total: 200 GB'), p('en', 'total alone', U)],
  ['iCloud Storage', rows('iCloud+ with 200 GB'), p('en', 'plan alone', U)],
  ['iCloud Storage', rows('50 GB plan', 'Change Storage Plan'), p('en', '50 GB plan', U)],
  ['iCloud-Speicher', rows('iCloud+ mit 200 GB', 'Gesamt: 200 GB'), p('de', 'plan and total', U)],
  ['Stockage iCloud', rows('iCloud+ avec 2 To'), p('fr', 'plan alone', U)],
  [
    'iCloud Storage',
    rows('iCloud+ with 200 GB', '12 GB of 200 GB used'),
    p('en', 'plan, usage', '12 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('Upgrade to iCloud+ with 50 GB', '4.8 GB of 5 GB used'),
    p('en', 'offer, usage', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('iCloud+ mit 2 TB', '1,2 TB von 2 TB belegt'),
    p('de', 'plan, usage', '1.2 TB/2 TB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Plan de 50 GB', '42 GB de 50 GB usados'),
    p('es', 'plan, usage', '42 GB/50 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Piano da 200 GB', 'Utilizzati 150 GB di 200 GB'),
    p('it', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('iCloud+（200 GB）', '200 GB中150 GBを使用済み'),
    p('ja', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('iCloud+ 200 GB 方案', '已使用 150 GB（共 200 GB）'),
    p('zh', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Тариф iCloud+ 200 ГБ', 'Использовано 150 ГБ из 200 ГБ'),
    p('ru', 'plan, usage', '150 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('Your plan: iCloud+ with 50 GB · 48 GB used'),
    p('en', 'plan then used, one line', U, true),
  ],
  [
    'iCloud Storage',
    rows('Upgrade to 200 GB for $2.99/month', '4.8 GB of 5 GB used'),
    p('en', 'offer size, usage', '4.8 GB/5 GB'),
  ],
];

/** Family Sharing with several members: the plan's line is read, no member's share. */
export const FAMILY_MEMBERS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('150 GB of 200 GB used') + list('Family Sharing', 'Mom 12 GB', 'Dad 30 GB', 'Alex 8 GB'),
    p('en', 'plan, members', '150 GB/200 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('150 GB von 200 GB belegt') + list('Familienfreigabe', 'Mama 12 GB', 'Papa 30 GB'),
    p('de', 'plan, members', '150 GB/200 GB'),
  ],
  [
    'Stockage iCloud',
    rows('150 Go utilisés sur 200 Go') + list('Partage familial', 'Maman : 12 Go', 'Papa : 30 Go'),
    p('fr', 'plan, members', '150 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    list('Family Sharing', 'Mom: 12 GB of 200 GB', 'Dad: 30 GB of 200 GB', 'Alex: 8 GB of 200 GB'),
    p('en', 'member shares only', U),
  ],
  [
    'Almacenamiento de iCloud',
    list('En familia', 'Mamá: 12 GB de 200 GB usados', 'Papá: 30 GB de 200 GB usados'),
    p('es', 'member shares only', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    list('In famiglia', 'Giulia utilizza 12 GB di 200 GB', 'Marco utilizza 30 GB di 200 GB'),
    p('it', 'member verbs only', U),
  ],
  [
    'Armazenamento do iCloud',
    list('Compartilhamento Familiar', 'Ana usa 12 GB de 200 GB', 'João usa 30 GB de 200 GB'),
    p('pt', 'member verbs only', U),
  ],
  [
    'iCloud-opslag',
    list('Delen met gezin', 'Daan gebruikt 12 GB van 200 GB', 'Sanne gebruikt 30 GB van 200 GB'),
    p('nl', 'member verbs only', U),
  ],
  [
    'Pamięć iCloud',
    list('Chmura rodzinna', 'Ola: 12 GB z 200 GB', 'Kuba: 30 GB z 200 GB'),
    p('pl', 'member shares only', U),
  ],
  [
    'Хранилище iCloud',
    list('Семейный доступ', 'Маша использует 12 ГБ из 200 ГБ', 'Петя использует 30 ГБ из 200 ГБ'),
    p('ru', 'member verbs only', U),
  ],
  [
    'Сховище iCloud',
    list('Сімейний доступ', 'Оля: 12 ГБ з 200 ГБ', 'Тарас: 30 ГБ з 200 ГБ'),
    p('uk', 'member shares only', U),
  ],
  [
    'iCloud ストレージ',
    list('ファミリー共有', '母: 200 GB中12 GB', '父: 200 GB中30 GB'),
    p('ja', 'member shares only', U),
  ],
  [
    'iCloud 存储空间',
    list('家人共享', '妈妈已使用 12 GB（共 200 GB）', '爸爸已使用 30 GB（共 200 GB）'),
    p('zh', 'member shares only', U),
  ],
  [
    'iCloud 저장 공간',
    list('가족 공유', '엄마: 200GB 중 12GB', '아빠: 200GB 중 30GB'),
    p('ko', 'member shares only', U),
  ],
  [
    'iCloud Depolama Alanı',
    list('Aile Paylaşımı', "Ayşe: 200 GB'ın 12 GB'ı", "Emre: 200 GB'ın 30 GB'ı"),
    p('tr', 'member shares only', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    list('Οικογενειακή κοινή χρήση', 'Μαρία: 12 GB από 200 GB', 'Νίκος: 30 GB από 200 GB'),
    p('el', 'member shares only', U),
  ],
  [
    'אחסון iCloud',
    list('שיתוף משפחתי', 'דנה: 12 GB מתוך 200 GB', 'יוסי: 30 GB מתוך 200 GB'),
    p('he', 'member shares only', U),
  ],
  [
    'تخزين iCloud',
    list(
      'المشاركة العائلية',
      'أحمد: ١٢ غيغابايت من ٢٠٠ غيغابايت',
      'سارة: ٣٠ غيغابايت من ٢٠٠ غيغابايت',
    ),
    p('ar', 'member shares only', U),
  ],
  [
    'iCloud स्टोरेज',
    list('फ़ैमिली शेयरिंग', 'माँ: 200 GB में से 12 GB', 'पापा: 200 GB में से 30 GB'),
    p('hi', 'member shares only', U),
  ],
  [
    'Dung lượng iCloud',
    list(
      'Chia sẻ trong gia đình',
      'Lan: 12 GB trong tổng số 200 GB',
      'Minh: 30 GB trong tổng số 200 GB',
    ),
    p('vi', 'member shares only', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    list('การแชร์กันในครอบครัว', 'แม่: 12 GB จาก 200 GB', 'พ่อ: 30 GB จาก 200 GB'),
    p('th', 'member shares only', U),
  ],
  [
    'Úložiště iCloud',
    list('Rodinné sdílení', 'Petr: 12 GB z 200 GB', 'Jana: 30 GB z 200 GB'),
    p('cs', 'member shares only', U),
  ],
  [
    'Úložisko iCloud',
    list('Zdieľanie v rodine', 'Peter: 12 GB z 200 GB', 'Jana: 30 GB z 200 GB'),
    p('sk', 'member shares only', U),
  ],
  [
    'iCloud-lagring',
    list('Familjedelning', 'Elsa använder 12 GB av 200 GB', 'Nils använder 30 GB av 200 GB'),
    p('sv', 'member verbs only', U),
  ],
  [
    'iCloud Storage',
    rows('Alex is using 12 GB of 200 GB', 'Priya is using 30 GB of 200 GB'),
    p('en', 'members, no heading', U),
  ],
  [
    'iCloud-Speicher',
    rows('Jonas nutzt 12 GB von 200 GB', 'Lena nutzt 30 GB von 200 GB'),
    p('de', 'members, no heading', U),
  ],
];

/** Devices' backups or own storage listed with the account's line: the account's line only. */
export const DEVICES_BELOW: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('48 GB of 50 GB used') + list('Backups', 'Ama’s iPhone 12.3 GB', 'iPad Air 4.1 GB'),
    p('en', 'backups below', '48 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('48 GB von 50 GB belegt') + list('Backups', 'iPhone von Ama 12,3 GB', 'iPad 4,1 GB'),
    p('de', 'backups below', '48 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('48 Go utilisés sur 50 Go') + list('Sauvegardes', 'iPhone de Léa 12,3 Go', 'iPad 4,1 Go'),
    p('fr', 'backups below', '48 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中48 GBを使用済み') + list('バックアップ', 'iPhone 12.3 GB', 'iPad 4.1 GB'),
    p('ja', 'backups below', '48 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 48 ГБ из 50 ГБ') + list('Резервные копии', 'iPhone 12,3 ГБ', 'iPad 4,1 ГБ'),
    p('ru', 'backups below', '48 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    list('Backups', 'iPhone 15 Pro: 12.3 GB of 50 GB used'),
    p('en', 'a backup said of the plan', U),
  ],
  ['iPhone Storage', rows('61 GB of 128 GB used'), p('en', 'the device’s storage', U)],
  [
    'iCloud-Speicher',
    list('Geräte', 'iPad-Speicher: 100 GB von 256 GB belegt'),
    p('de', 'the device’s storage', U),
  ],
  [
    'Stockage iCloud',
    rows('Stockage de l’iPhone : 61 Go utilisés sur 128 Go'),
    p('fr', 'the device’s storage', U),
  ],
  [
    'Almacenamiento de iCloud',
    list('Dispositivos', 'MacBook Air: 200 GB de 256 GB usados'),
    p('es', 'a Mac’s storage', U),
  ],
  [
    'iCloud Storage',
    rows('48 GB of 50 GB used') + list('Devices', 'iPhone Storage: 61 GB of 128 GB used'),
    p('en', 'account, then a device’s usage', '48 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('Next Backup Size 3.2 GB', 'Last backup 2 GB of 5 GB'),
    p('en', 'backup sizes only', U),
  ],
];

/** Right-to-left panels, with and without bidi marks: the account's line read, no one else's. */
export const RTL: PanelProbe[] = [
  ['אחסון iCloud', rows('בשימוש 4.8 GB מתוך 5 GB'), p('he', 'used first', '4.8 GB/5 GB')],
  [
    'אחסון iCloud',
    rows('\u200f4.8 GB מתוך 5 GB בשימוש\u200f'),
    p('he', 'bidi marks', '4.8 GB/5 GB'),
  ],
  [
    'אחסון iCloud',
    rows('4.8 ג׳יגה-בייט מתוך 5 ג׳יגה-בייט בשימוש'),
    p('he', 'spelled unit', '4.8 GB/5 GB'),
  ],
  [
    'تخزين iCloud',
    rows('\u200fتم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت\u200f'),
    p('ar', 'bidi marks', '4.8 GB/5 GB'),
  ],
  [
    'تخزين iCloud',
    rows('المستخدم: \u200e150 GB\u200e من \u200e200 GB\u200e'),
    p('ar', 'LTR-marked sizes', '150 GB/200 GB'),
  ],
  ['تخزين iCloud', rows('استخدم أحمد ١٢ غيغابايت من ٢٠٠ غيغابايت'), p('ar', 'a member', U)],
  ['אחסון iCloud', rows('דנה משתמשת ב-12 GB מתוך 200 GB'), p('he', 'a member', U)],
  ['تخزين iCloud', rows('٠٫٢ غيغابايت متبقية من ٥ غيغابايت'), p('ar', 'left', U)],
];

/**
 * A heading that says "used" (or, in Greek, "sharing", which holds the word for use) above a
 * member's rows that say nothing of use: the heading is not the rows' verb, whatever the script.
 * The account's row under such a heading is read.
 */
export const HEADING_ABOVE_ROWS: PanelProbe[] = [
  [
    'iCloud Storage',
    list('Family storage used', 'Mom: 12 GB of 200 GB', 'Dad: 30 GB of 200 GB'),
    p('en', 'family heading, rows', U),
  ],
  [
    'iCloud Storage',
    list('Storage used', 'Mom 12 GB of 200 GB'),
    p('en', 'used heading, bare name', U),
  ],
  ['iCloud Storage', list('Storage used', 'mom: 12 GB of 200 GB'), p('en', 'lower-case name', U)],
  ['iCloud Storage', list('STORAGE USED', 'MOM: 12 GB of 200 GB'), p('en', 'capitals', U)],
  [
    'iCloud-Speicher',
    list('Von der Familie belegt', 'Mama: 12 GB von 200 GB'),
    p('de', 'family heading, rows', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    list('Χρήση', 'Μαρία: 12 GB από 200 GB'),
    p('el', 'use heading', U),
  ],
  [
    'Αποθηκευτικός χώρος iCloud',
    list('Κοινή χρήση', 'Μαρία 12 GB από 200 GB'),
    p('el', 'sharing heading', U),
  ],
  ['iCloud ストレージ', list('使用済み', '母: 200 GB中12 GB'), p('ja', 'used heading', U)],
  [
    'iCloud ストレージ',
    list('ファミリーの使用量', '母 200 GB中12 GB'),
    p('ja', 'family use heading', U),
  ],
  ['iCloud 存储空间', list('已使用', '妈妈：12 GB / 200 GB'), p('zh', 'used heading', U)],
  [
    'iCloud 存储空间',
    list('家人使用情况', '妈妈 12 GB / 200 GB'),
    p('zh', 'family use heading', U),
  ],
  ['iCloud 저장 공간', list('사용됨', '엄마: 200GB 중 12GB'), p('ko', 'used heading', U)],
  ['אחסון iCloud', list('בשימוש', 'דנה: 12 GB מתוך 200 GB'), p('he', 'used heading', U)],
  ['تخزين iCloud', list('مستخدم', 'أحمد: 12 GB من 200 GB'), p('ar', 'used heading', U)],
  ['iCloud स्टोरेज', list('उपयोग किया गया', 'माँ: 200 GB में से 12 GB'), p('hi', 'used heading', U)],
  ['พื้นที่จัดเก็บข้อมูล iCloud', list('ใช้ไปแล้ว', 'แม่: 12 GB จาก 200 GB'), p('th', 'used heading', U)],
  ['Хранилище iCloud', list('Использовано', 'Маша 12 ГБ из 200 ГБ'), p('ru', 'used heading', U)],
  ['iCloud-Speicher', rows('Belegt', '4,8 GB von 5 GB'), p('de', 'account row', '4.8 GB/5 GB')],
  [
    'Αποθηκευτικός χώρος iCloud',
    rows('Χρήση', '4,8 GB από 5 GB'),
    p('el', 'account row', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Storage used', '4.8 GB of 5 GB'),
    p('en', 'account row', '4.8 GB/5 GB', true),
  ],
];
