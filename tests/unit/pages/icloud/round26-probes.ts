/**
 * Round-26 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 25 languages, read on the page and pasted. Their class: what
 * only a progress bar's attributes say, terms and their values (dt/dd), one unit written for two
 * figures, "of your 200 GB", lower-case units, Persian, Korean and Japanese words for now, the
 * free part in Finnish, Korean, Turkish and Persian, family views and members' lines with names,
 * decimal commas and grouped thousands, bidi marks, figures split over elements, and what must
 * stay unread (prices, a device's own size, counts). `miss`: unread is acceptable (safe) though a
 * person would read it.
 */
import type { Probe } from './named-owner-probes';
import { U } from './read-as';
import type { PanelProbe } from './shared-plan-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const bar = (attributes: string) => `<div role="progressbar" ${attributes}></div>`;
const terms = (...pairs: [string, string][]) =>
  `<dl>${pairs.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;

/**
 * A bar whose figures are only in its attributes: a copy holds none of them, so unread is right
 * pasted and safe on the page; a member's figures are never the account's.
 */
export const ARIA: PanelProbe[] = [
  [
    'iCloud Storage',
    bar('aria-valuetext="12 GB of 200 GB used" aria-valuenow="6"'),
    p('en', 'valuetext and a percentage', '12 GB/200 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    bar('aria-valuenow="4.8" aria-valuemin="0" aria-valuemax="5"'),
    p('es', 'numbers without a unit', U),
  ],
  [
    'iCloud-lagring',
    bar('aria-valuetext="4,8 GB av 5 GB används"'),
    p('sv', 'valuetext only', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    bar('aria-valuetext="Kofi: 30 GB of 200 GB used"') + rows('Kofi'),
    p('en', "a member's bar", U),
  ],
  [
    'Spazio di archiviazione iCloud',
    bar('aria-valuetext="4,8 GB su 5 GB utilizzati"') + rows('Gestisci'),
    p('it', 'valuetext and a button', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud 存储空间',
    bar('aria-valuenow="96" aria-valuetext="96%"') + rows('共 5 GB'),
    p('zh', 'a percentage and the total', U),
  ],
  [
    'iCloud Storage',
    `<div role="progressbar" aria-valuetext="4.8 GB of 5 GB used"><span>4.8 GB of 5 GB used</span></div>`,
    p('en', 'valuetext and the same text inside', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    bar('aria-valuetext="4.8 GB of 5 GB used"') + rows('12 GB of 200 GB used'),
    p('en', 'valuetext and another line shown', '12 GB/200 GB', true),
  ],
];

/** Terms and their values, as a description list. */
export const TERMS: PanelProbe[] = [
  [
    'iCloud Storage',
    terms(['Used', '4.8 GB'], ['Total', '5 GB']),
    p('en', 'used and total', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    terms(['Belegt', '4,8 GB'], ['Gesamt', '5 GB']),
    p('de', 'used and total', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    terms(['Utilisé', '150,5 Go'], ['Total', '200 Go']),
    p('fr', 'used and total', '150.5 GB/200 GB'),
  ],
  [
    'iCloud ストレージ',
    terms(['使用済み', '4.8 GB'], ['合計', '5 GB']),
    p('ja', 'used and total', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    terms(['Storage used', '4.8 GB of 5 GB']),
    p('en', 'the pair in one value', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', terms(['Kofi', '30 GB of 200 GB used']), p('en', "a member's term", U)],
  [
    'iCloud Storage',
    terms(['Used', '4.8 GB'], ['Available', '0.2 GB']),
    p('en', 'used and free, no total', '4.8 GB/5 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    terms(['Ana', '12 GB'], ['Total', '200 GB']),
    p('es', "a member's share and the total", U),
  ],
  [
    'iCloud Storage',
    terms(['Photos', '2 GB'], ['Backups', '1 GB'], ['Total', '5 GB']),
    p('en', 'a legend and the total', U),
  ],
];

/** One unit written for two figures. */
export const UNIT_ONCE: PanelProbe[] = [
  ['iCloud Storage', rows('1.2 of 2 TB used'), p('en', 'terabytes, once', '1.2 TB/2 TB')],
  ['iCloud-Speicher', rows('4,8 von 5 GB belegt'), p('de', 'von, once', '4.8 GB/5 GB')],
  ['Stockage iCloud', rows('4,8 sur 5 Go utilisés'), p('fr', 'sur', '4.8 GB/5 GB')],
  ['Almacenamiento de iCloud', rows('Se usan 4,8 de 5 GB'), p('es', 'de', '4.8 GB/5 GB')],
  ['Хранилище iCloud', rows('Использовано 4,8 из 5 ГБ'), p('ru', 'из', '4.8 GB/5 GB')],
  ['Przestrzeń iCloud', rows('Wykorzystano 150 z 200 GB'), p('pl', 'z', '150 GB/200 GB')],
  ['iCloud Storage', rows('150/200 GB used'), p('en', 'a slash', '150 GB/200 GB')],
  ['iCloud Storage', rows('Kofi: 30 of 200 GB used'), p('en', 'a member', U)],
  ['iCloud Storage', rows('Uploading 3 of 5 GB'), p('en', 'an upload', U)],
  [
    'iCloud Storage',
    rows('Photo 3 of 12', '4.8 GB of 5 GB used'),
    p('en', 'a count above', '4.8 GB/5 GB'),
  ],
];

/** "Of your 200 GB". */
export const OF_YOUR: PanelProbe[] = [
  ['iCloud Storage', rows('You’ve used 4.8 GB of your 5 GB'), p('en', 'you’ve', '4.8 GB/5 GB')],
  [
    'iCloud Storage',
    rows('150 GB of your 200 GB used'),
    p('en', 'no pronoun first', '150 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('You have used 1.2 TB of your 2 TB'),
    p('en', 'terabytes', '1.2 TB/2 TB'),
  ],
  ['iCloud Storage', rows('Kofi has used 30 GB of your 200 GB'), p('en', 'a member', U)],
  [
    'iCloud Storage',
    rows('Your family has used 42 GB of your 200 GB'),
    p('en', 'the family', U, true),
  ],
  [
    'Stockage iCloud',
    rows('Vous avez utilisé 4,8 Go de vos 5 Go'),
    p('fr', 'de vos', '4.8 GB/5 GB'),
  ],
];

/** Units in lower case. */
export const LOWER_UNIT: PanelProbe[] = [
  ['iCloud Storage', rows('12 gb of 200 gb used'), p('en', 'gb', '12 GB/200 GB')],
  ['iCloud Storage', rows('1.5 tb of 2 tb used'), p('en', 'tb', '1.5 TB/2 TB')],
  ['iCloud Storage', rows('750 mb of 5 gb used'), p('en', 'mb and gb', '750 MB/5 GB')],
  ['iCloud-Speicher', rows('4,8 gb von 5 gb belegt'), p('de', 'gb', '4.8 GB/5 GB')],
  ['iCloud Storage', rows('4.8 GB of 5 gb used'), p('en', 'one of each', '4.8 GB/5 GB')],
  ['iCloud Storage', rows('Mia: 12 gb of 200 gb used'), p('en', 'a member', U)],
];

/** Persian: its digits, its words for gigabyte, "of", "used" and "free". */
export const PERSIAN: PanelProbe[] = [
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۱۲ گیگابایت از ۲۰۰ گیگابایت استفاده شده است'),
    p('fa', 'digits and unit', '12 GB/200 GB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('استفاده شده: ۴٫۸ گیگابایت از ۵ گیگابایت'),
    p('fa', 'a label first', '4.8 GB/5 GB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('150 GB از 200 GB استفاده شده'),
    p('fa', 'Latin digits', '150 GB/200 GB'),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('مریم: ۱۲ گیگابایت از ۲۰۰ گیگابایت استفاده شده'),
    p('fa', 'a member', U),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۰٫۲ گیگابایت از ۵ گیگابایت آزاد است'),
    p('fa', 'what is free', U),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۴٫۸ گیگابایت از ۵ گیگابایت استفاده شده', '۲ گیگابایت از ۵ گیگابایت آزاد'),
    p('fa', 'free that disagrees', U),
  ],
];

/** A word for now first. */
export const NOW_FIRST: PanelProbe[] = [
  ['iCloud 저장 공간', rows('현재 5GB 중 4.8GB 사용됨'), p('ko', 'now', '4.8 GB/5 GB')],
  ['iCloud 저장 공간', rows('현재 2TB 중 1.2TB 사용됨'), p('ko', 'now, terabytes', '1.2 TB/2 TB')],
  ['iCloud 저장 공간', rows('현재 엄마가 200GB 중 12GB 사용'), p('ko', 'now, a member', U)],
  ['iCloud ストレージ', rows('現在 5 GB中4.8 GBを使用済み'), p('ja', 'now', '4.8 GB/5 GB')],
  ['iCloud ストレージ', rows('現在 エマが200 GB中12 GBを使用'), p('ja', 'now, a member', U)],
  ['iCloud 存储空间', rows('目前 已使用 4.8 GB（共 5 GB）'), p('zh', 'now', '4.8 GB/5 GB')],
];

/** A free part beside the used one, in words the free check must know. */
export const FREE_WORDS: PanelProbe[] = [
  [
    'iCloud-tallennustila',
    rows('4,8 Gt / 5 Gt käytetty', 'Saatavilla 2 Gt / 5 Gt'),
    p('fi', 'saatavilla, disagrees', U),
  ],
  [
    'iCloud-tallennustila',
    rows('4,8 Gt / 5 Gt käytetty', 'Jäljellä 2 Gt / 5 Gt'),
    p('fi', 'jäljellä, disagrees', U),
  ],
  [
    'iCloud-tallennustila',
    rows('4,8 Gt / 5 Gt käytetty', 'Saatavilla 0,2 Gt / 5 Gt'),
    p('fi', 'saatavilla, agrees', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 저장 공간',
    rows('5GB 중 4.8GB 사용됨', '5GB 중 2GB 이용 가능'),
    p('ko', '이용 가능, disagrees', U),
  ],
  [
    'iCloud 저장 공간',
    rows('5GB 중 4.8GB 사용됨', '여유 공간: 5GB 중 2GB'),
    p('ko', '여유 공간, disagrees', U),
  ],
  [
    'iCloud 저장 공간',
    rows('5GB 중 4.8GB 사용됨', '5GB 중 0.2GB 이용 가능'),
    p('ko', '이용 가능, agrees', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Depolama',
    rows('5 GB’ın 4,8 GB’ı kullanılıyor', '5 GB’ın 2 GB’ı mevcut'),
    p('tr', 'mevcut, disagrees', U),
  ],
  [
    'iCloud Depolama',
    rows('5 GB’ın 4,8 GB’ı kullanılıyor', 'Kalan: 2 GB / 5 GB'),
    p('tr', 'kalan, disagrees', U),
  ],
  [
    'iCloud Depolama',
    rows('5 GB’ın 4,8 GB’ı kullanılıyor', 'Kalan: 0,2 GB / 5 GB'),
    p('tr', 'kalan, agrees', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-lagring',
    rows('4,8 GB av 5 GB brukt', 'Tilgjengelig: 2 GB av 5 GB'),
    p('nb', 'tilgjengelig, disagrees', U),
  ],
];

/** Family views: the plan's line, members' rows. */
export const FAMILY: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Shared with your family', '150 GB of 2 TB used', 'Kofi 100 GB', 'Ama 50 GB'),
    p('en', "the plan's line over members", '150 GB/2 TB'),
  ],
  [
    'Family Sharing',
    rows('iCloud+ 2 TB', 'Kofi: 100 GB of 2 TB used', 'Ama: 50 GB of 2 TB used'),
    p('en', 'two members', U),
  ],
  ['Familienfreigabe', rows('Lena verwendet 12 GB von 200 GB'), p('de', 'a member’s sentence', U)],
  ['Partage familial', rows('Chloé utilise 12 Go sur 200 Go'), p('fr', 'a member’s sentence', U)],
  ['En familia', rows('Lucía usa 12 GB de 200 GB'), p('es', 'a member’s sentence', U)],
  ['Compartilhamento Familiar', rows('Bia: 12 GB de 200 GB usados'), p('pt-BR', 'a member', U)],
  ['Delen met gezin', rows('Sanne gebruikt 12 GB van 200 GB'), p('nl', 'a member’s sentence', U)],
  ['Familjedelning', rows('Elsa använder 12 GB av 200 GB'), p('sv', 'a member’s sentence', U)],
  ['Perhejako', rows('Mikko: 12 Gt / 200 Gt käytetty'), p('fi', 'a member', U)],
  ['Aile Paylaşımı', rows('Ayşe: 200 GB’ın 12 GB’ı kullanılıyor'), p('tr', 'a member', U)],
  ['ファミリー共有', rows('エマ：200 GB中12 GBを使用済み'), p('ja', 'a member', U)],
  ['가족 공유', rows('엄마가 200GB 중 12GB를 사용'), p('ko', 'a member', U)],
];

/** Members' lines with names, under the storage heading. */
export const NAMED: PanelProbe[] = [
  ['iCloud Storage', rows('<b>Kofi</b> 30 GB of 200 GB used'), p('en', 'a name in bold', U)],
  ['iCloud Storage', rows('Kofi Mensah: 30 GB of 200 GB used'), p('en', 'full name label', U)],
  ['iCloud Storage', rows('Hope: 12 GB of 200 GB used'), p('en', 'a name that is a word', U)],
  ['iCloud-Speicher', rows('Speicher von Lena: 12 GB von 200 GB belegt'), p('de', 'von', U)],
  ['Stockage iCloud', rows('12 Go sur 200 Go utilisés par Chloé'), p('fr', 'par', U)],
  [
    'Spazio di archiviazione iCloud',
    rows('Giulia ha usato 12 GB su 200 GB'),
    p('it', 'a sentence', U),
  ],
  ['Przestrzeń iCloud', rows('Kasia: wykorzystano 12 GB z 200 GB'), p('pl', 'a label', U)],
  ['Хранилище iCloud', rows('Использовано Машей 12 ГБ из 200 ГБ'), p('ru', 'instrumental', U)],
  ['iCloud 存储空间', rows('妈妈 使用了 12 GB（共 200 GB）'), p('zh', 'a member', U)],
  ['iCloud स्टोरेज', rows('प्रिया ने 200 GB में से 12 GB उपयोग किया'), p('hi', 'a member', U)],
  ['التخزين في iCloud', rows('سارة: ١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة'), p('ar', 'a member', U)],
  ['iCloud Storage', rows('Total: 4.8 GB of 5 GB used'), p('en', 'total, no name', '4.8 GB/5 GB')],
];

/** Decimal commas and grouped thousands. */
export const NUMBERS: PanelProbe[] = [
  [
    'Stockage iCloud',
    rows('1\u202f024 Go utilisés sur 2\u00a0To'),
    p('fr', 'thin space groups', '1024 GB/2 TB'),
  ],
  [
    'iCloud-Speicher',
    rows('1.024,5 GB von 2 TB belegt'),
    p('de', 'dot groups, comma decimal', '1024.5 GB/2 TB'),
  ],
  ['iCloud Storage', rows('1,024.5 GB of 2 TB used'), p('en', 'comma groups', '1024.5 GB/2 TB')],
  [
    'iCloud-Speicher',
    rows('1’024,5 GB von 2 TB belegt'),
    p('de-CH', 'apostrophe groups', '1024.5 GB/2 TB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 1 024,5 ГБ из 2 ТБ'),
    p('ru', 'space groups', '1024.5 GB/2 TB'),
  ],
  [
    'iCloud-Speicher',
    rows('1.024 GB von 2 TB belegt'),
    p('de', 'a lone group mark', '1024 GB/2 TB', true),
  ],
  ['iCloud-lagring', rows('4,8 GB af 5 GB brugt'), p('da', 'comma', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 GB av 5 GB brukt'), p('nb', 'comma', '4.8 GB/5 GB')],
  ['iCloud-tárhely', rows('5 GB-ból 4,8 GB felhasználva'), p('hu', 'comma', '4.8 GB/5 GB')],
  ['Penyimpanan iCloud', rows('4,8 GB dari 5 GB digunakan'), p('id', 'comma', '4.8 GB/5 GB')],
  [
    'Úložiště iCloud',
    rows('Využito 750 MB z 5 GB'),
    p('cs', 'megabytes of gigabytes', '750 MB/5 GB'),
  ],
  ['iCloud Storage', rows('4.75 GB of 5 GB used'), p('en', 'two decimals', '4.75 GB/5 GB')],
];

/** Bidi marks in right-to-left text. */
export const BIDI: PanelProbe[] = [
  [
    'التخزين في iCloud',
    rows('\u200fالمستخدم: \u200e٤٫٨ غيغابايت\u200f من \u200e٥ غيغابايت'),
    p('ar', 'marks around figures', '4.8 GB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('تم استخدام ٤٫٨\u200f غيغابايت من ٥\u200f غيغابايت'),
    p('ar', 'a mark before each unit', '4.8 GB/5 GB'),
  ],
  [
    'אחסון iCloud',
    rows('\u200fבשימוש \u200e150 GB\u200e מתוך \u200e200 GB'),
    p('he', 'marks around figures', '150 GB/200 GB'),
  ],
  [
    'אחסון iCloud',
    rows('\u200fדנה: \u200e12 GB\u200e מתוך \u200e200 GB בשימוש'),
    p('he', 'a member', U),
  ],
  [
    'التخزين في iCloud',
    rows('\u202bتم استخدام 4.8 GB من 5 GB\u202c'),
    p('ar', 'an embedding', '4.8 GB/5 GB'),
  ],
  [
    'التخزين في iCloud',
    rows('\u200fأحمد \u200e١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة'),
    p('ar', 'a member, marks', U),
  ],
];

/** Figures split over elements. */
export const SPLIT: PanelProbe[] = [
  [
    'iCloud-Speicher',
    '<p><span>4</span>,<span>8</span> GB von 5 GB belegt</p>',
    p('de', 'a decimal over spans', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p>4.8<small>GB</small> of 5<small>GB</small> used</p>',
    p('en', 'units small', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p><span>4.8 GB</span><br>of 5 GB used</p>',
    p('en', 'a line break', '4.8 GB/5 GB'),
  ],
  [
    'Stockage iCloud',
    '<div><div>4,8 Go</div><div>utilisés sur 5 Go</div></div>',
    p('fr', 'blocks with no space', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Storage',
    '<p><span>1</span><span>2</span> GB of 200 GB used</p>',
    p('en', 'digits over spans', '12 GB/200 GB'),
  ],
  [
    'iCloud ストレージ',
    '<p>5 GB中<b>4.8 GB</b>を使用済み</p>',
    p('ja', 'the used size in bold', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    '<p><span>Kofi</span><span>30 GB of 200 GB used</span></p>',
    p('en', 'a name glued on', U),
  ],
  [
    'iCloud 저장 공간',
    '<p><span>현재</span> <span>5GB 중 4.8GB 사용됨</span></p>',
    p('ko', 'now in a span', '4.8 GB/5 GB'),
  ],
];

/** What must stay unread: prices, a device's own size, counts. */
export const UNREAD: PanelProbe[] = [
  ['iCloud Storage', rows('€2.99 for 200 GB per month'), p('en', 'a price', U)],
  [
    'Change Storage Plan',
    rows('200 GB for €2.99/month', '2 TB for €9.99/month'),
    p('en', 'two prices', U),
  ],
  [
    'iCloud Storage',
    rows('64 GB iPhone', '52 GB of 64 GB used'),
    p('en', "a device's size above", U),
  ],
  [
    'iCloud Storage',
    rows('iPhone 15 Pro (256 GB): 198 GB of 256 GB used'),
    p('en', "a device's line", U),
  ],
  ['iCloud Storage', rows('12,345 photos · 678 videos'), p('en', 'counts', U)],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', 'Photos: 12,345 photos, 678 videos'),
    p('en', 'a count below usage', '4.8 GB/5 GB'),
  ],
  ['iCloud-Speicher', rows('50 GB für 0,99 € pro Monat'), p('de', 'a price', U)],
  ['iCloud ストレージ', rows('200 GB：月額400円'), p('ja', 'a price', U)],
  ['iCloud 存储空间', rows('200 GB ¥21/月'), p('zh', 'a price', U)],
  ['iCloud Storage', rows('Your iPad (64 GB) has 12 GB free'), p('en', "a device's free space", U)],
  ['iCloud Storage', rows('Uploading 1.2 GB of 3 GB'), p('en', 'an upload', U)],
  [
    'Almacenamiento de iCloud',
    rows('2 TB por 9,99 € al mes', 'Tienes 200 GB'),
    p('es', 'price and plan', U),
  ],
];

/** The plan named in words beside the usage: [heading, body, language, what, plan or U]. */
export const PLAN_NAMES: [string, string, string, string, string][] = [
  [
    'iCloud Storage',
    rows('iCloud+ with 2 TB', '1.2 TB of 2 TB used'),
    'en',
    'with',
    'iCloud+ 2 TB',
  ],
  [
    'iCloud-Speicher',
    rows('iCloud+ mit 200 GB', '150 GB von 200 GB belegt'),
    'de',
    'mit',
    'iCloud+ 200 GB',
  ],
  [
    'Stockage iCloud',
    rows('iCloud+ avec 2 To', '1,2 To utilisés sur 2 To'),
    'fr',
    'avec',
    'iCloud+ 2 TB',
  ],
  [
    'Almacenamiento de iCloud',
    rows('iCloud+ con 50 GB', 'Se usan 42 GB de 50 GB'),
    'es',
    'con',
    'iCloud+ 50 GB',
  ],
  [
    'iCloud Storage',
    rows('Your plan: iCloud+ 200 GB', '150 GB of 200 GB used'),
    'en',
    'a label',
    'iCloud+ 200 GB',
  ],
  [
    'iCloud Storage',
    rows('iCloud+ 2 TB (Family)', '1.2 TB of 2 TB used'),
    'en',
    'shared',
    'iCloud+ 2 TB',
  ],
  [
    'iCloud 저장 공간',
    rows('iCloud+ 200GB', '200GB 중 150GB 사용됨'),
    'ko',
    'no space',
    'iCloud+ 200 GB',
  ],
  [
    'iCloud Storage',
    rows('Upgrade to iCloud+ with 2 TB', '150 GB of 200 GB used'),
    'en',
    'an offer',
    U,
  ],
  ['iCloud Storage', rows('iCloud+ 50 GB', '150 GB of 200 GB used'), 'en', 'another size', U],
  [
    'iCloud Storage',
    rows('iCloud+ 200 GB · €2.99/month', '150 GB of 200 GB used'),
    'en',
    'with a price',
    'iCloud+ 200 GB',
  ],
  [
    'iCloud Storage',
    rows('€2.99 for iCloud+ 200 GB', '150 GB of 200 GB used'),
    'en',
    'a price first',
    U,
  ],
];
