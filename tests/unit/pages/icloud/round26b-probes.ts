/**
 * Round-26b probes, each with the reading a careful person would give, decided before running the
 * reader: Turkish "mevcut" as available (after the sizes, or a label's word) and as current (before
 * a noun: "Mevcut plan", "Mevcut kullanım"), one unit written for two figures on the page, terms
 * and their values (dt/dd), and controls that must stay unread in about 15 languages (prices, a
 * device's own storage, photo counts, members' lines with names). `miss`: unread is acceptable
 * (safe) though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import { U } from './read-as';
import type { PanelProbe } from './shared-plan-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const terms = (...pairs: [string, string][]) =>
  `<dl>${pairs.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;

const TR = 'iCloud Depolama';
const USED_150 = '200 GB’ın 150 GB’ı kullanılıyor';

/** Turkish "mevcut": available after the sizes or as a label, current before a noun. */
export const MEVCUT: PanelProbe[] = [
  [TR, rows(USED_150, '200 GB’ın 80 GB’ı mevcut'), p('tr', 'after the sizes, disagrees', U)],
  [
    TR,
    rows(USED_150, '200 GB’ın 50 GB’ı mevcut'),
    p('tr', 'after the sizes, agrees', '150 GB/200 GB'),
  ],
  [TR, rows(USED_150, 'Mevcut: 80 GB / 200 GB'), p('tr', 'a label, disagrees', U)],
  [TR, rows(USED_150, 'Mevcut: 50 GB / 200 GB'), p('tr', 'a label, agrees', '150 GB/200 GB')],
  [
    TR,
    rows('Mevcut plan: iCloud+ 200 GB', USED_150),
    p('tr', 'current plan above', '150 GB/200 GB'),
  ],
  [
    TR,
    rows('Mevcut kullanım: 200 GB’ın 150 GB’ı kullanılıyor'),
    p('tr', 'current usage label', '150 GB/200 GB', true),
  ],
  [
    TR,
    rows(USED_150, 'Mevcut planınız: iCloud+ 200 GB'),
    p('tr', 'your current plan below', '150 GB/200 GB'),
  ],
  [TR, rows('200 GB’ın 80 GB’ı mevcut'), p('tr', 'only what is available', U)],
  [
    TR,
    rows(USED_150, '200 GB’ın 80 GB’ı mevcut.'),
    p('tr', 'after the sizes with a stop, disagrees', U),
  ],
  [
    TR,
    rows(USED_150, 'Mevcut alan: 200 GB’ın 80 GB’ı'),
    p('tr', 'available space label, disagrees', U),
  ],
];

/** One unit written for two figures, on the page. */
export const UNIT_ONCE_PAGE: PanelProbe[] = [
  ['iCloud-opslag', rows('4,8 van 5 GB gebruikt'), p('nl', 'van', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 av 5 GB används'), p('sv', 'av', '4.8 GB/5 GB')],
  ['Armazenamento do iCloud', rows('4,8 de 5 GB usados'), p('pt', 'de', '4.8 GB/5 GB')],
  ['Spazio di archiviazione iCloud', rows('4,8 su 5 GB utilizzati'), p('it', 'su', '4.8 GB/5 GB')],
  ['Úložiště iCloud', rows('Využito 4,8 z 5 GB'), p('cs', 'z', '4.8 GB/5 GB')],
  ['iCloud-lagerplads', rows('150 af 200 GB brugt'), p('da', 'af', '150 GB/200 GB')],
  ['iCloud Storage', rows('1.5 of 2 TB used'), p('en', 'of, terabytes', '1.5 TB/2 TB')],
  ['iCloud-Speicher', rows('187,5 von 200 GB belegt'), p('de', 'von', '187.5 GB/200 GB')],
  ['Сховище iCloud', rows('Використано 4,8 із 5 ГБ'), p('uk', 'із', '4.8 GB/5 GB')],
  [
    'iCloud-Speicher',
    rows('Foto 3 von 12', '4,8 GB von 5 GB belegt'),
    p('de', 'a count above, units twice', '4.8 GB/5 GB'),
  ],
  ['iCloud-Speicher', rows('Lena: 12 von 200 GB belegt'), p('de', 'a member', U)],
  ['Stockage iCloud', rows('Chargement de 3 sur 5 Go'), p('fr', 'an upload', U)],
  ['iCloud Storage', rows('Page 2 of 5 GB plans'), p('en', 'a page count', U)],
  ['iCloud Storage', rows('3 of 12 photos used 2 GB'), p('en', 'a count, then a size', U)],
];

/** Terms and their values (dt/dd). */
export const TERMS_B: PanelProbe[] = [
  [
    'iCloud-opslag',
    terms(['Gebruikt', '4,8 GB'], ['Totaal', '5 GB']),
    p('nl', 'used and total', '4.8 GB/5 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    terms(['Utilizzato', '150 GB'], ['Totale', '200 GB']),
    p('it', 'used and total', '150 GB/200 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    terms(['Usado', '4,8 GB'], ['Total', '5 GB']),
    p('es', 'used and total', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-Speicher',
    terms(['Speicher belegt', '4,8 GB von 5 GB']),
    p('de', 'the pair in one value', '4.8 GB/5 GB'),
  ],
  [
    'iCloud-opslag',
    terms(['Opslag gebruikt', '4,8 GB van 5 GB']),
    p('nl', 'the pair in one value', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    terms(['Total', '5 GB'], ['Used', '4.8 GB']),
    p('en', 'total first', '4.8 GB/5 GB'),
  ],
  ['iCloud-Speicher', terms(['Lena', '12 GB von 200 GB']), p('de', "a member's term", U)],
  [
    'iCloud Storage',
    terms(['iPhone', '52 GB'], ['Capacity', '64 GB']),
    p('en', "a device's terms", U),
  ],
  [
    'iCloud Storage',
    terms(['Plan', '200 GB'], ['Price', '$2.99/month']),
    p('en', 'plan and price', U),
  ],
];

/** What stays unread: prices, a device's own storage, photo counts, members' lines with names. */
export const CONTROLS: PanelProbe[] = [
  ['Almacenamiento de iCloud', rows('50 GB por 0,99 € al mes'), p('es', 'a price', U)],
  ['Przestrzeń iCloud', rows('200 GB za 14,99 zł miesięcznie'), p('pl', 'a price', U)],
  ['iCloud-tallennustila', rows('200 Gt hintaan 2,99 €/kk'), p('fi', 'a price', U)],
  ['iCloud Depolama', rows('200 GB: ayda 39,99 TL'), p('tr', 'a price', U)],
  ['iCloud 저장 공간', rows('200GB 월 ₩4,400'), p('ko', 'a price', U)],
  [
    'iCloud-Speicher',
    rows('iPhone-Speicher: 52 GB von 64 GB belegt'),
    p('de', "a device's line", U),
  ],
  [
    'iCloud-lagerplads',
    rows('iPhone-lagerplads: 52 GB af 64 GB brugt'),
    p('da', "a device's line", U),
  ],
  [
    'iCloud ストレージ',
    rows('iPhoneストレージ：64 GB中52 GBを使用済み'),
    p('ja', "a device's line", U),
  ],
  [
    'Stockage iCloud',
    rows('iPad (128 Go)', '90 Go sur 128 Go utilisés'),
    p('fr', 'a device above', U),
  ],
  ['Spazio di archiviazione iCloud', rows('1.234 foto · 56 video'), p('it', 'counts', U)],
  ['iCloud 存储空间', rows('照片 12,345 张 · 视频 678 个'), p('zh', 'counts', U)],
  ['Хранилище iCloud', rows('Фото: 12 345 · Видео: 678'), p('ru', 'counts', U)],
  ['Armazenamento do iCloud', rows('Ana: 12 GB de 200 GB usados'), p('pt', 'a member', U)],
  ['Хранилище iCloud', rows('Маша: 30 ГБ из 200 ГБ'), p('ru', 'a member', U)],
  ['iCloud 저장 공간', rows('엄마 30GB / 200GB 사용'), p('ko', 'a member', U)],
  ['Úložiště iCloud', rows('Petr: využito 12 GB z 200 GB'), p('cs', 'a member', U)],
  ['iCloud-opslag', rows('Daan gebruikt 12 GB van 200 GB'), p('nl', 'a member’s sentence', U)],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '64 GB iPhone · 12,345 photos'),
    p('en', 'a device and counts below usage', '4.8 GB/5 GB'),
  ],
];

/** More languages of the same classes, written after the fixes and before running them. */
export const MORE: PanelProbe[] = [
  ['iCloud-tárhely', rows('4,8 / 5 GB felhasználva'), p('hu', 'a slash, once', '4.8 GB/5 GB')],
  ['Stocare iCloud', rows('4,8 GB din 5 GB utilizați'), p('ro', 'din', '4.8 GB/5 GB')],
  ['Αποθήκευση iCloud', rows('Χρησιμοποιούνται 4,8 από 5 GB'), p('el', 'από, once', '4.8 GB/5 GB')],
  ['Penyimpanan iCloud', rows('4,8 dari 5 GB digunakan'), p('id', 'dari, once', '4.8 GB/5 GB')],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 4,8 trong tổng số 5 GB'),
    p('vi', 'trong tổng số, once', '4.8 GB/5 GB'),
  ],
  ['אחסון iCloud', rows('נעשה שימוש ב-4.8 מתוך 5 GB'), p('he', 'מתוך, once', '4.8 GB/5 GB')],
  ['iCloud 存储空间', rows('已使用 4.8/5 GB'), p('zh', 'a slash, once', '4.8 GB/5 GB')],
  ['iCloud ストレージ', rows('写真 1,234枚 · ビデオ 56本'), p('ja', 'counts', U)],
  ['iCloud Storage', rows('iPhone 15: 52 of 64 GB used'), p('en', "a device's line, once", U)],
  ['iCloud-Speicher', rows('iPad: 52 von 64 GB belegt'), p('de', "a device's line, once", U)],
  ['Stockage iCloud', rows('2 sur 5 Go à télécharger'), p('fr', 'a download, once', U)],
  ['iCloud Storage', rows('Backups: 3 of 5 devices'), p('en', 'a count of devices', U)],
];
