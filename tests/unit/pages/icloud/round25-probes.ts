/**
 * Round-25 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 20 languages, read on the page and pasted. Their class: what
 * the storage bar says only to assistive technology, figures split over elements, a legend of
 * categories, the dialog that lists each device's backup, the plan change screen, a page still
 * loading, right-to-left text with mixed digits, a unit before its number, and family plans whose
 * organiser's and members' lines look alike. `miss`: unread is acceptable (safe) though a person
 * would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const list = (heading: string, ...items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((m) => `<li>${m}</li>`).join('')}</ul>`;
const bar = (attributes: string) => `<div role="progressbar" ${attributes}></div>`;

/** The bar's figures only in attributes: nothing visible to read, and nothing misread. */
export const ACCESSIBLE: PanelProbe[] = [
  [
    'iCloud Storage',
    bar('aria-valuenow="96" aria-valuemin="0" aria-valuemax="100"'),
    p('en', 'percentage only', U),
  ],
  [
    'iCloud Storage',
    bar('aria-valuetext="4.8 GB of 5 GB used"'),
    p('en', 'aria-valuetext only', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud-Speicher',
    bar('aria-label="4,8 GB von 5 GB belegt"'),
    p('de', 'aria-label only', '4.8 GB/5 GB', true),
  ],
  [
    'Stockage iCloud',
    bar('title="4,8 Go utilisés sur 5 Go"'),
    p('fr', 'title only', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud ストレージ',
    bar('aria-valuetext="5 GB中4.8 GBを使用済み"') + rows('ストレージを管理'),
    p('ja', 'valuetext and a button', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    bar('aria-valuetext="Mom: 12 GB of 200 GB used"') + rows('Mom'),
    p('en', "a member's bar, her name shown", U),
  ],
  [
    'iCloud Storage',
    bar('aria-valuetext="4.8 GB of 5 GB used"') + rows('4.8 GB of 5 GB used'),
    p('en', 'valuetext and the same line shown', '4.8 GB/5 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    `<div role="progressbar" aria-valuenow="4.8" aria-valuemax="5"><span class="sr-only">Se usan 4,8 GB de 5 GB</span></div>`,
    p('es', 'screen-reader text inside the bar', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    `<div role="progressbar" aria-valuenow="96"><span>96%</span></div>` + rows('of 5 GB used'),
    p('en', 'a percentage and the total', U),
  ],
];

/** The figures split over elements, as a styled bar draws them. */
export const SPLIT: PanelProbe[] = [
  [
    'iCloud Storage',
    '<p><span>4.8</span> <span>GB</span> of <span>5</span> <span>GB</span> used</p>',
    p('en', 'number and unit in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p><span>4.8</span><span>GB</span> of <span>5</span><span>GB</span> used</p>',
    p('en', 'spans with no space', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    '<p><b>4,8 GB</b> von <b>5 GB</b> belegt</p>',
    p('de', 'sizes in bold', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    '<p><strong>4,8 Go</strong> utilisés sur <strong>5 Go</strong></p>',
    p('fr', 'sizes in strong', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    '<p><span>5 GB</span>中<span>4.8 GB</span>を使用済み</p>',
    p('ja', 'sizes in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    '<p>已使用 <span>4.8</span> <span>GB</span>（共 <span>5</span> <span>GB</span>）</p>',
    p('zh', 'numbers and units in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<div><span>4.8 GB</span> <span>used of</span> <span>5 GB</span></div>',
    p('en', 'used of between', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<dl><dt>Used</dt><dd>4.8 GB</dd><dt>Total</dt><dd>5 GB</dd></dl>',
    p('en', 'used and total as terms', '4.8 GB/5 GB', true),
  ],
  [
    'Armazenamento do iCloud',
    '<p><span>4,8 GB</span> de <span>5 GB</span> usados</p>',
    p('pt-BR', 'sizes in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p><span>Mom</span> <span>12 GB</span> of <span>200 GB</span> used</p>',
    p('en', "a member's name in its own span", U),
  ],
  [
    'Хранилище iCloud',
    '<p>Использовано <span>4,8</span> ГБ из <span>5</span> ГБ</p>',
    p('ru', 'numbers in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 저장 공간',
    '<p><span>5GB</span> 중 <span>4.8GB</span> 사용됨</p>',
    p('ko', 'sizes in spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p><span>4.8 GB</span><span>of 5 GB used</span></p>',
    p('en', 'the total with the verb', '4.8 GB/5 GB'),
  ],
];

/** A legend of categories: each is a part, never what is used. */
export const LEGEND: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used') + list('', 'Photos 2.1 GB', 'Backups 1.9 GB', 'Mail 0.4 GB'),
    p('en', 'line and legend', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    list('', 'Photos 2.1 GB', 'Backups 1.9 GB', 'Documents 0.5 GB', 'Family 0.3 GB'),
    p('en', 'legend alone', U),
  ],
  ['iCloud Storage', rows('Photos 2.1 GB, Backups 1.9 GB used'), p('en', 'legend in a line', U)],
  ['iCloud Storage', rows('Photos: 2.1 GB of 5 GB'), p('en', 'a category of the total', U)],
  ['iCloud Storage', rows('Backups 1.9 GB of 5 GB used'), p('en', 'backups of the total', U)],
  [
    'iCloud-Speicher',
    rows('Fotos 2,1 GB · Backups 1,9 GB · Mail 0,4 GB', '4,4 GB von 5 GB belegt'),
    p('de', 'legend above the line', '4.4 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Photos : 2,1 Go sur 5 Go utilisés'),
    p('fr', 'a category with the verb', U),
  ],
  [
    'iCloud ストレージ',
    rows('写真 2.1 GB', 'バックアップ 1.9 GB', '5 GB中4.0 GBを使用済み'),
    p('ja', 'legend rows then the line', '4 GB/5 GB'),
  ],
  ['iCloud 存储空间', rows('照片 2.1 GB（共 5 GB）'), p('zh', "a category's share", U)],
  [
    'Almacenamiento de iCloud',
    rows('Fotos 2,1 GB', 'Copias de seguridad 1,9 GB', 'Familia 12 GB de 200 GB'),
    p('es', 'family share in the legend', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Foto 2,1 GB di 5 GB utilizzati'),
    p('it', 'photos as subject', U),
  ],
  ['iCloud Storage', rows('Mail 0.4 GB used of 5 GB'), p('en', 'mail used of total', U)],
  [
    'iCloud-opslag',
    rows("Foto's 2,1 GB", 'Reservekopieën 1,9 GB', '4 GB van 5 GB gebruikt'),
    p('nl', 'legend, then the line', '4 GB/5 GB'),
  ],
];

/** The dialog that manages backups: each device's backup size is no usage of the account. */
export const MANAGE: PanelProbe[] = [
  [
    'Manage Storage',
    rows('4.8 GB of 5 GB used') + list('Backups', 'Ama’s iPhone 3.2 GB', 'iPad 1.1 GB'),
    p('en', 'usage over the backups list', '4.8 GB/5 GB'),
  ],
  [
    'Backups',
    list('', 'Ama’s iPhone 3.2 GB', 'iPad Pro 1.1 GB', 'Next Backup Size 250 MB'),
    p('en', 'backups list alone', U),
  ],
  ['Backups', rows('This iPhone: 3.2 GB of 5 GB'), p('en', "a device's backup of the total", U)],
  ['Backups', rows('iPhone 15 Pro — 3.2 GB of 5 GB used'), p('en', "a device's share", U)],
  [
    'Speicher verwalten',
    rows('4,8 GB von 5 GB belegt') + list('Backups', 'iPhone von Jonas 3,2 GB', 'iPad 1,1 GB'),
    p('de', 'usage over the backups list', '4.8 GB/5 GB'),
  ],
  [
    'Backups',
    rows('iPhone von Jonas: 3,2 GB von 5 GB belegt'),
    p('de', "a device's backup as usage", U),
  ],
  [
    'Gérer le stockage',
    rows('Sauvegardes', 'iPhone de Léa', '3,2 Go sur 5 Go utilisés'),
    p('fr', 'device row above its figures', U),
  ],
  [
    'ストレージを管理',
    rows('バックアップ', '母のiPhone 3.2 GB', '5 GB中4.8 GBを使用済み'),
    p('ja', 'usage under a backup row', U, true),
  ],
  [
    '管理储存空间',
    rows('已使用 4.8 GB（共 5 GB）') + list('备份', '妈妈的 iPhone 3.2 GB', 'iPad 1.1 GB'),
    p('zh', 'usage over the backups list', '4.8 GB/5 GB'),
  ],
  [
    'Backups',
    list('', 'iPhone 3.2 GB of 4.8 GB', 'iPad 1.1 GB of 4.8 GB'),
    p('en', 'shares of what backups use', U),
  ],
  [
    'Gestionar almacenamiento',
    rows('Copias de seguridad', 'iPhone de Ana 3,2 GB de 5 GB usados'),
    p('es', "Ana's iPhone, used", U),
  ],
];

/** The plan change screen: sizes and prices, no usage, or the usage once. */
export const PLANS: PanelProbe[] = [
  [
    'Change Storage Plan',
    list('', '50 GB $0.99/month', '200 GB $2.99/month', '2 TB $9.99/month'),
    p('en', 'plans and prices', U),
  ],
  [
    'Change Storage Plan',
    rows('Current plan: 50 GB', 'Upgrade to 200 GB'),
    p('en', 'current plan and an upgrade', U),
  ],
  [
    'Change Storage Plan',
    rows('Upgrade from 50 GB to 200 GB'),
    p('en', 'from one plan to another', U),
  ],
  [
    'Change Storage Plan',
    rows('You are using 42 GB of 50 GB', 'Choose a plan: 200 GB · 2 TB'),
    p('en', 'your usage above the plans', '42 GB/50 GB'),
  ],
  [
    'Speicherplan ändern',
    rows('Aktueller Plan: 50 GB', '200 GB für 2,99 € pro Monat'),
    p('de', 'plan and price', U),
  ],
  [
    'Modifier le forfait de stockage',
    rows('Forfait actuel : 50 Go', '200 Go pour 2,99 €/mois'),
    p('fr', 'plan and price', U),
  ],
  [
    'ストレージプランを変更',
    rows('現在のプラン：50 GB', '200 GB ¥400/月'),
    p('ja', 'plan and price', U),
  ],
  [
    'Change Storage Plan',
    rows('Downgrade to 50 GB — you use 62 GB'),
    p('en', 'a downgrade below the usage', U),
  ],
  [
    'Change Storage Plan',
    rows('Current plan: iCloud+ 50 GB · 42 GB used'),
    p('en', 'plan and used in parts', '42 GB/50 GB', true),
  ],
  [
    'Cambiar plan de almacenamiento',
    rows('50 GB de 200 GB', '0,99 €/mes'),
    p('es', 'two plan sizes with de', U),
  ],
  [
    '更改储存方案',
    rows('当前方案：50 GB', '200 GB ¥21/月', '2 TB ¥68/月'),
    p('zh', 'plans and prices', U),
  ],
];

/** A page still loading: placeholders, dashes, zeros. */
export const LOADING: PanelProbe[] = [
  ['iCloud Storage', rows('— of — used'), p('en', 'dashes', U)],
  ['iCloud Storage', rows('0 KB of 0 KB used'), p('en', 'zero of zero', U)],
  ['iCloud Storage', rows('-- GB of 5 GB used'), p('en', 'dashes before a unit', U)],
  ['iCloud Storage', rows('Loading…', '5 GB'), p('en', 'loading and a total', U)],
  ['iCloud-Speicher', rows('Wird berechnet …'), p('de', 'calculating', U)],
  ['Stockage iCloud', rows('… Go utilisés sur 5 Go'), p('fr', 'ellipsis for used', U)],
  [
    'iCloud Storage',
    '<div aria-busy="true"><p>4.8 GB of 5 GB used</p></div>',
    p('en', 'busy bar with the line', '4.8 GB/5 GB'),
  ],
  ['iCloud ストレージ', rows('0 KB中0 KBを使用済み'), p('ja', 'zero of zero', U)],
  ['iCloud Storage', rows('NaN GB of 5 GB used'), p('en', 'NaN', U)],
];

/** Right to left, with Arabic-Indic, Persian and Latin digits mixed. */
export const RTL: PanelProbe[] = [
  [
    'التخزين في iCloud',
    rows('تم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت'),
    p('ar', 'Arabic-Indic digits', '4.8 GB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('تم استخدام 4.8 GB من 5 GB'),
    p('ar', 'Latin digits, GB', '4.8 GB/5 GB'),
  ],
  ['التخزين في iCloud', rows('تم استخدام ٤٫٨ GB من 5 GB'), p('ar', 'mixed digits', '4.8 GB/5 GB')],
  [
    'التخزين في iCloud',
    rows('\u200fتم استخدام \u200e4.8 GB\u200f من \u200e5 GB'),
    p('ar', 'bidi marks', '4.8 GB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('تخزين أحمد: ١٢ غيغابايت من ٢٠٠ غيغابايت'),
    p('ar', "Ahmed's storage", U),
  ],
  [
    'التخزين في iCloud',
    rows('أحمد: تم استخدام ١٢ غيغابايت من ٢٠٠ غيغابايت'),
    p('ar', 'a name label', U),
  ],
  ['التخزين في iCloud', rows('٠٫٢ غيغابايت متاحة من ٥ غيغابايت'), p('ar', 'available', U)],
  ['אחסון iCloud', rows('בשימוש 4.8 GB מתוך 5 GB'), p('he', 'used first', '4.8 GB/5 GB')],
  ['אחסון iCloud', rows('דנה: 12 GB מתוך 200 GB בשימוש'), p('he', 'a name label', U)],
  ['אחסון iCloud', rows('0.2 GB פנויים מתוך 5 GB'), p('he', 'free', U)],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۴٫۸ گیگابایت از ۵ گیگابایت استفاده شده'),
    p('fa', 'Persian digits and unit', '4.8 GB/5 GB', true),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('4.8 GB از 5 GB استفاده شده'),
    p('fa', 'Persian, GB', '4.8 GB/5 GB', true),
  ],
];

/** A unit written before its number, or only once. */
export const UNIT_FIRST: PanelProbe[] = [
  ['iCloud Storage', rows('Used: GB 4.8 of GB 5'), p('en', 'units before numbers', U, true)],
  ['iCloud Storage', rows('4.8 of 5 GB used'), p('en', 'one unit at the end', '4.8 GB/5 GB', true)],
  ['iCloud Storage', rows('4.8/5 GB used'), p('en', 'slash, one unit', '4.8 GB/5 GB', true)],
  [
    'التخزين في iCloud',
    rows('تم استخدام GB 4.8 من GB 5'),
    p('ar', 'units before numbers', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    rows('12 of 200 GB used'),
    p('en', 'one unit, whole numbers', '12 GB/200 GB', true),
  ],
  ['iCloud Storage', rows('GB 12 GB 200 used'), p('en', 'a unit before and after', U)],
];

/** Family sharing: the organiser's and the members' lines look alike. */
export const FAMILY: PanelProbe[] = [
  [
    'iCloud+ with Family Sharing',
    rows('42 GB of 200 GB used') + list('Family', 'Ama (Me) 12 GB', 'Kofi 30 GB'),
    p('en', "the plan's line over members' shares", '42 GB/200 GB'),
  ],
  [
    'Family Sharing',
    rows('Ama (Organizer): 12 GB of 200 GB used', 'Kofi: 30 GB of 200 GB used'),
    p('en', 'organiser and member lines', U),
  ],
  ['Family Sharing', rows('Organizer 12 GB of 200 GB used'), p('en', 'organiser row', U)],
  [
    'iCloud Storage',
    rows('Me 12 GB of 200 GB used', 'Kofi 30 GB of 200 GB used'),
    p('en', 'me and a member', U),
  ],
  [
    'Familienfreigabe',
    rows('Jonas (Organisator): 12 GB von 200 GB belegt'),
    p('de', 'organiser', U),
  ],
  [
    'Partage familial',
    rows('Léa (organisatrice) · 12 Go utilisés sur 200 Go'),
    p('fr', 'organiser in parts', U),
  ],
  ['ファミリー共有', rows('母 12 GB / 200 GB'), p('ja', 'a member, slash', U)],
  ['En familia', rows('Organizador: Ana — 12 GB de 200 GB usados'), p('es', 'organiser label', U)],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 42 GB de 200 GB') + list('Compartido con tu familia', 'Ana 30 GB', 'Tú 12 GB'),
    p('es', "the plan's line over members", '42 GB/200 GB'),
  ],
  ['Condivisione in famiglia', rows('Marco: 12 GB su 200 GB utilizzati'), p('it', 'a member', U)],
  ['가족 공유', rows('엄마 200GB 중 12GB 사용됨'), p('ko', 'a member', U)],
  ['家人共享', rows('妈妈 已使用 12 GB（共 200 GB）'), p('zh', 'a member', U)],
  ['Gezinsdeling', rows('Daan: 12 GB van 200 GB gebruikt'), p('nl', 'a member', U)],
  [
    'iCloud-Speicher',
    rows('Aktuell Jonas: 12 GB von 200 GB belegt'),
    p('de', 'now, a name label', U),
  ],
  [
    'iCloud-Speicher',
    rows('Aktuell hat Jonas 12 GB von 200 GB belegt'),
    p('de', 'now, verb, a name', U),
  ],
  ['iCloud 存储空间', rows('当前 妈妈已使用 12 GB（共 200 GB）'), p('zh', 'now, a name', U)],
  ['iCloud Storage', rows('Currently Kofi: 30 GB of 200 GB used'), p('en', 'now, a name label', U)],
  [
    'Stockage iCloud',
    rows('Actuellement Léa : 12 Go utilisés sur 200 Go'),
    p('fr', 'now, a name label', U),
  ],
  [
    'iCloud Storage',
    rows('Your family is using 42 GB of 200 GB'),
    p('en', 'the family as a whole', '42 GB/200 GB', true),
  ],
  ['Rodinné sdílení', rows('Petr: využito 12 GB z 200 GB'), p('cs', 'a member', U)],
  ['Семейный доступ', rows('Маша: 12 ГБ из 200 ГБ использовано'), p('ru', 'a member', U)],
];

/** Free and used amounts that do not add up. */
export const DISAGREE: PanelProbe[] = [
  ['iCloud Storage', rows('Used: 4.8 GB of 5 GB · Free: 2 GB of 5 GB'), p('en', 'in parts', U)],
  ['iCloud Storage', rows('4.8 GB of 5 GB used', '2 GB of 5 GB available'), p('en', 'in rows', U)],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '0.2 GB of 5 GB available'),
    p('en', 'rows that agree', '4.8 GB/5 GB'),
  ],
  ['iCloud-Speicher', rows('4,8 GB von 5 GB belegt', 'Frei: 1 GB von 5 GB'), p('de', 'rows', U)],
  [
    'Stockage iCloud',
    rows('4,8 Go utilisés sur 5 Go', '2 Go disponibles sur 5 Go'),
    p('fr', 'rows', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 4,8 GB de 5 GB', 'Disponibles: 0,2 GB de 5 GB'),
    p('es', 'rows that agree', '4.8 GB/5 GB'),
  ],
  ['iCloud ストレージ', rows('5 GB中4.8 GBを使用済み', '5 GB中2 GBが利用可能'), p('ja', 'rows', U)],
];

/** Wordings earlier rounds left unread: a reading is wanted, unread is safe. */
export const OTHER_WORDINGS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('You have used 12 GB of your 200 GB'),
    p('en', 'of your', '12 GB/200 GB', true),
  ],
  ['iCloud Storage', rows('4.8 gb of 5 gb used'), p('en', 'lower-case gb', '4.8 GB/5 GB', true)],
  [
    'iCloud 저장 공간',
    rows('현재 200GB 중 12GB 사용됨'),
    p('ko', 'now first', '12 GB/200 GB', true),
  ],
  ['iCloud Depolama', rows('5 GB’ın 4,8 GB’ı kullanılıyor'), p('tr', 'used', '4.8 GB/5 GB')],
  ['Lưu trữ iCloud', rows('Đã sử dụng 4,8 GB trong tổng số 5 GB'), p('vi', 'used', '4.8 GB/5 GB')],
  ['iCloud स्टोरेज', rows('5 GB में से 4.8 GB उपयोग किया गया'), p('hi', 'used', '4.8 GB/5 GB')],
  [
    'Αποθηκευτικός χώρος iCloud',
    rows('Χρησιμοποιούνται 4,8 GB από 5 GB'),
    p('el', 'used', '4.8 GB/5 GB'),
  ],
  ['Сховище iCloud', rows('Олена: використано 12 ГБ з 200 ГБ'), p('uk', 'a member', U)],
  ['iCloud-lagring', rows('Elsa: 12 GB av 200 GB används'), p('sv', 'a member', U)],
  ['Przestrzeń iCloud', rows('Wykorzystano 4,8 GB z 5 GB'), p('pl', 'used', '4.8 GB/5 GB')],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('แม่ ใช้ไป 12 GB จาก 200 GB'), p('th', 'a member', U)],
];
