import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { FIXED_NOW, htmlDocument } from '../fixtures';
import { readPaste as paste, U } from './read-as';

const SETTINGS = 'https://www.icloud.com/settings/';

const page = (body: string) => {
  const o = parseIcloudPage(
    htmlDocument(
      `<!doctype html><html><body><header>iCloud ama.k@icloud.com</header><main>${body}</main></body></html>`,
    ),
    SETTINGS,
    FIXED_NOW,
  );
  return o.kind === 'icloud-storage'
    ? `${o.used?.value} ${o.used?.unit}/${o.total?.value} ${o.total?.unit}`
    : o.kind;
};
const panel = (heading: string, line: string) =>
  `<section><h2>${heading}</h2><div><p>${line}</p></div></section>`;

const PAGE: [string, string][] = [
  [panel('iCloud Storage', '4.8 GB of 5 GB used'), '4.8 GB/5 GB'],
  [panel('iCloud-Speicher', '4,8&nbsp;GB von 5&nbsp;GB belegt'), '4.8 GB/5 GB'],
  [panel('Stockage iCloud', '150,5\u202fGo utilisés sur 200\u202fGo'), '150.5 GB/200 GB'],
  [panel('Almacenamiento de iCloud', 'Se usan 150,5\u2009GB de 200\u2009GB'), '150.5 GB/200 GB'],
  [panel('Spazio di archiviazione iCloud', '150,5 GB di 200 GB utilizzati'), '150.5 GB/200 GB'],
  [panel('Armazenamento do iCloud', '4,8 GB de 5 GB usados'), '4.8 GB/5 GB'],
  [panel('iCloud-opslag', '4,8 GB van 5 GB gebruikt'), '4.8 GB/5 GB'],
  [panel('iCloud-lagring', '4,8 GB av 5 GB används'), '4.8 GB/5 GB'],
  [panel('iCloud-lagerplads', '4,8 GB af 5 GB brugt'), '4.8 GB/5 GB'],
  [panel('Pamięć iCloud', 'Wykorzystano 4,8 GB z 5 GB'), '4.8 GB/5 GB'],
  [panel('Хранилище iCloud', 'Использовано 4,8 ГБ из 5 ГБ'), '4.8 GB/5 GB'],
  [panel('iCloudストレージ', '5 GB中4.8 GBを使用済み'), '4.8 GB/5 GB'],
  [panel('iCloud 储存空间', '已使用 4.8 GB（共 5 GB）'), '4.8 GB/5 GB'],
  [panel('iCloud 儲存空間', '已使用 1.2 TB（共 2 TB）'), '1.2 TB/2 TB'],
  [panel('iCloud 저장 공간', '5GB 중 4.8GB 사용됨'), '4.8 GB/5 GB'],
  [panel('تخزين iCloud', 'تم استخدام ٤٫٨ غيغابايت من ٥ غيغابايت'), '4.8 GB/5 GB'],
  [panel('אחסון iCloud', '\u200fבשימוש 4.8 ג׳יגה-בייט מתוך 5 ג׳יגה-בייט'), '4.8 GB/5 GB'],
  [panel('iCloud Saklama Alanı', "5 GB'ın 4,8 GB'ı kullanılıyor"), '4.8 GB/5 GB'],
  [panel('Úložiště iCloud', 'Využito 4,8 GB z 5 GB'), '4.8 GB/5 GB'],
  [panel('iCloud-tallennustila', '4,8 Gt / 5 Gt käytetty'), '4.8 GB/5 GB'],
  [panel('Αποθηκευτικός χώρος iCloud', 'Χρησιμοποιούνται 4,8 GB από 5 GB'), '4.8 GB/5 GB'],
  [panel('iCloud Storage', '<span>4.8 GB</span> of <span>5 GB</span> used'), '4.8 GB/5 GB'],
  [panel('iCloud-Speicher', '<b>4,8</b>&nbsp;GB von <b>5</b>&nbsp;GB belegt'), '4.8 GB/5 GB'],
  // free, not used
  [panel('iCloud Storage', '144.5 GB of 200 GB available'), U],
  [panel('iCloud-Speicher', '112,8 GB von 200 GB frei'), U],
  [panel('Хранилище iCloud', 'Доступно 144,5 ГБ из 200 ГБ'), U],
  [panel('iCloud 저장 공간', '200GB 중 144.5GB 사용 가능'), U],
  // loading placeholders
  [panel('iCloud Storage', '— of — used'), U],
  [panel('iCloud Storage', '-- GB of -- GB used'), U],
  [panel('iCloud-Speicher', '– GB von – GB belegt'), U],
  // family rows
  [
    '<section><h2>Family Sharing</h2><div><div>Mom</div><div>12 GB of 200 GB used</div></div></section>',
    U,
  ],
  [
    '<section><h2>Familienfreigabe</h2><div><div>Jonas Weber</div><div>12 GB von 200 GB belegt</div></div></section>',
    U,
  ],
  [panel('iCloud Storage', 'Mom 12 GB of 200 GB used'), U],
  [panel('Stockage iCloud', 'Élodie Durand 12 Go utilisés sur 200 Go'), U],
  [panel('Хранилище iCloud', 'Мама использует 12 ГБ из 200 ГБ'), U],
  [panel('iCloud 저장 공간', '200GB 중 엄마가 12GB 사용'), U],
  [panel('iCloudストレージ', '200 GB中、母が12 GBを使用'), U],
  [panel('iCloud-opslag', 'Mama gebruikt 12 GB van 200 GB'), U],
  // per-device backups, device storage
  [
    '<section><h2>Backups</h2><ul><li>Kofi’s iPhone 12.3 GB</li><li>iPad 4 GB</li></ul></section>',
    U,
  ],
  ['<section><h3>iPhone Storage</h3><p>61.3 GB of 128 GB used</p></section>', U],
  ['<section><h3>Speicher des iPad</h3><p>101 GB von 256 GB belegt</p></section>', U],
  // plan names
  [panel('iCloud+ with 200 GB', '71.9 GB of 200 GB used'), '71.9 GB/200 GB'],
  [panel('iCloud+ mit 2 TB', '1,2 TB von 2 TB belegt'), '1.2 TB/2 TB'],
  ['<section><div>iCloud+ with 200 GB</div><div>$2.99/month</div></section>', U],
  // account sentences opening with words the reader did not know
  [panel('iCloud-Speicher', 'Sie haben 4,8 GB von 5 GB belegt'), '4.8 GB/5 GB'],
  [panel('Stockage iCloud', 'Vous utilisez 4,8 Go sur 5 Go'), '4.8 GB/5 GB'],
  [panel('iCloud Storage', 'You’ve used 4.8 GB of 5 GB'), '4.8 GB/5 GB'],
  // two-word account labels above the line
  // another's above with two words
  ['<section><div><div>Ama Mensah</div><div>4.8 GB of 5 GB used</div></div></section>', U],
];

/**
 * Lines the page leaves unread for now (the icloud.com script is at its byte budget): Korean unit
 * words, openers it does not know, two-word account labels. Each must be unread or read right,
 * never misread.
 */
const PAGE_UNREAD_OR_RIGHT: [string, string][] = [
  [panel('iCloud 저장 공간', '5기가바이트 중 4.8기가바이트 사용됨'), '4.8 GB/5 GB'],
  [panel('iCloud 저장 공간', '2테라바이트 중 1.2테라바이트 사용됨'), '1.2 TB/2 TB'],
  [panel('iCloud 저장 공간', '5 기가바이트 중 800 메가바이트 사용됨'), '800 MB/5 GB'],
  [panel('iCloud Storage', 'Currently 71.9 GB of 200 GB used'), '71.9 GB/200 GB'],
  [panel('iCloud-Speicher', 'Derzeit 4,8 GB von 5 GB belegt'), '4.8 GB/5 GB'],
  [panel('Хранилище iCloud', 'Вы используете 4,8 ГБ из 5 ГБ'), '4.8 GB/5 GB'],
  [panel('Armazenamento do iCloud', 'Você está usando 4,8 GB de 5 GB'), '4.8 GB/5 GB'],
  [
    '<section><div><div>Apple Account</div><div>4.8 GB of 5 GB used</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Compte Apple</div><div>4,8 Go utilisés sur 5 Go</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Учётная запись</div><div>Использовано 4,8 ГБ из 5 ГБ</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Cuenta de Apple</div><div>4,8 GB de 5 GB usados</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Apple-Account</div><div>4,8 GB von 5 GB belegt</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Apple アカウント</div><div>5 GB中4.8 GBを使用済み</div></div></section>',
    '4.8 GB/5 GB',
  ],
  [
    '<section><div><div>Apple 계정</div><div>5GB 중 4.8GB 사용됨</div></div></section>',
    '4.8 GB/5 GB',
  ],
];

const PASTE: [string, string][] = [
  ['iCloud\n4.8 GB of 5 GB used', '4.8 GB/5 GB'],
  ['iCloud+ with 200 GB\n71.9 GB of 200 GB used', '71.9 GB/200 GB'],
  ['Currently 71.9 GB of 200 GB used', '71.9 GB/200 GB'],
  ['Mom 12 GB of 200 GB used', U],
  ['5기가바이트 중 4.8기가바이트 사용됨', '4.8 GB/5 GB'],
  ['2테라바이트 중 1.5테라바이트 사용', '1.5 TB/2 TB'],
  ['5 기가바이트 중 512 메가바이트 사용됨', '512 MB/5 GB'],
  ['200GB 중 71.9GB 사용 가능', U],
  ['144,5 GB von 200 GB verfügbar', U],
  ['Il reste 0,2 Go sur 5 Go', U],
  ['iPhone: 61 GB of 128 GB used\niCloud: 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
  ['Backups\nKofi’s iPhone 3.2 GB\niPad 1.1 GB', U],
  ['— of — used', U],
  ['4,8\u202fGB von 5\u202fGB belegt', '4.8 GB/5 GB'],
  ['Использовано 4,8 ГБ из 5 ГБ', '4.8 GB/5 GB'],
  ['Занято 4,8 ГБ из 5 ГБ', '4.8 GB/5 GB'],
  ['Доступно 0,2 ГБ из 5 ГБ', U],
  ['5 GB 中 4.8 GB 已使用', '4.8 GB/5 GB'],
  ['已用 4.8 GB，共 5 GB', '4.8 GB/5 GB'],
  ['妈妈 已使用 12 GB（共 200 GB）', U],
  ['אמא: 12 GB מתוך 200 GB בשימוש', U],
  ['בשימוש 4.8 GB מתוך 5 GB', '4.8 GB/5 GB'],
  ['تم استخدام 4.8 غيغابايت من 5 غيغابايت', '4.8 GB/5 GB'],
  ['أحمد: 12 غيغابايت من 200 غيغابايت مستخدمة', U],
  ["5 GB'ın 4,8 GB'ı kullanılıyor", '4.8 GB/5 GB'],
  ['Využito 4,8 GB z 5 GB', '4.8 GB/5 GB'],
  ['4,8 Gt / 5 Gt käytetty', '4.8 GB/5 GB'],
  ['Đã sử dụng 4,8 GB trong tổng số 5 GB', '4.8 GB/5 GB'],
  ['ใช้ไปแล้ว 4.8 GB จาก 5 GB', '4.8 GB/5 GB'],
  ['5 GB में से 4.8 GB उपयोग किया गया', '4.8 GB/5 GB'],
  ['Apple Account\n4.8 GB of 5 GB used', '4.8 GB/5 GB'],
  ['Учётная запись\nИспользовано 4,8 ГБ из 5 ГБ', '4.8 GB/5 GB'],
  ['Compte Apple : 4,8 Go utilisés sur 5 Go', '4.8 GB/5 GB'],
  ['Apple-Account: 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
  ["Mom's storage: 12 GB of 200 GB used", U],
  ['Photos 3 GB of 5 GB used', U],
  ['Family: 12 GB of 200 GB used', U],
  ['iCloud+ mit 2 TB\n1,2 TB von 2 TB belegt', '1.2 TB/2 TB'],
  ['Sie haben 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
  ['200GB 중 엄마가 12GB 사용', U],
  ['200 GB中、母が12 GBを使用', U],
  ['4.8 GB of 5 GB used · Mom 12 GB of 200 GB used', '4.8 GB/5 GB'],
  ['-- GB of -- GB used', U],
  ['0 KB of 5 GB used', '0 KB/5 GB'],
  ['Apple 계정: 5GB 중 4.8GB 사용됨', '4.8 GB/5 GB'],
  ['Ama Mensah\n12 GB of 200 GB used', U],
  ['Storage for Mom: 12 GB of 200 GB used', U],
  ['Speicher von Jonas: 12 GB von 200 GB belegt', U],
  ['Your Dropbox is almost full: 1.9 GB of 2 GB used', U],
  ['Hai utilizzato 3,1 GB di 5 GB', '3.1 GB/5 GB'],
  ['Estás utilizando 4,8 GB de 5 GB', '4.8 GB/5 GB'],
  ['Você está usando 4,8 GB de 5 GB', '4.8 GB/5 GB'],
  ['Mamãe está usando 12 GB de 200 GB', U],
  ['Вы используете 4,8 ГБ из 5 ГБ', '4.8 GB/5 GB'],
  ['Bạn đã sử dụng 4,8 GB trong tổng số 5 GB', '4.8 GB/5 GB'],
  ['Учётная запись: Использовано 4,8 ГБ из 5 ГБ', '4.8 GB/5 GB'],
  ['엄마가 12기가바이트 사용 (200기가바이트 중)', U],
];

/** A subject before the sizes, or between the whole and the part: whose they are. */
const SUBJECTS = [
  'Mom used 12 GB of 200 GB',
  'Mom has used 12 GB of 200 GB',
  'Jonas hat 12 GB von 200 GB belegt',
  'Anna a utilisé 12 Go sur 200 Go',
  'Mama heeft 12 GB van 200 GB gebruikt',
  'Мама использовала 12 ГБ из 200 ГБ',
  'Mama wykorzystała 12 GB z 200 GB',
  'Mama gebruikt 12 GB van 200 GB',
  '200GB 중 엄마가 12GB 사용',
  '200 GB中、母が12 GBを使用',
  '共 200 GB，妈妈已使用 12 GB',
  '200 GBのうち、父が12 GBを使用済み',
];

describe('a subject names whose the sizes are', () => {
  it.each(SUBJECTS)('%s', (line) => {
    expect(page(panel('iCloud Storage', line))).toBe(U);
    expect(paste(line)).toBe(U);
  });
});

/** A name after "for" or "of" in a storage label: that person's storage, on the page too. */
const LABELLED_MEMBERS = [
  'Storage for Mom: 12 GB of 200 GB used',
  'iCloud Storage for Kofi: 12 GB of 200 GB used',
  'Speicher von Jonas: 12 GB von 200 GB belegt',
  'Speicher für Lena: 12 GB von 200 GB belegt',
  'Stockage de Marie : 12 Go utilisés sur 200 Go',
  'Almacenamiento para Lucía: 12 GB de 200 GB usados',
  'Spazio di Giulia: 12 GB di 200 GB utilizzati',
  'Opslag van Daan: 12 GB van 200 GB gebruikt',
  'Lagring för Elsa: 12 GB av 200 GB används',
  'Pamięć dla Kasi: 12 GB z 200 GB wykorzystano',
  'Хранилище для Маши: Использовано 12 ГБ из 200 ГБ',
];

describe("a name after 'for' in a storage label is that person's", () => {
  it.each(LABELLED_MEMBERS)('%s', (line) => {
    expect(page(panel('iCloud Storage', line))).toBe(U);
    expect(paste(line)).toBe(U);
  });

  it.each([
    ['Storage for iCloud: 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
    ['Almacenamiento de iCloud: 4,8 GB de 5 GB usados', '4.8 GB/5 GB'],
    ['Speicher für Apple Account: 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
  ])('the account named after it is the account: %s', (line, expected) => {
    expect(page(panel('iCloud Storage', line))).toBe(expected);
  });
});

describe('probes: page', () => {
  it.each(PAGE)('%s', (body, expected) => expect(page(body)).toBe(expected));
});
describe('probes: page, unread or right', () => {
  it.each(PAGE_UNREAD_OR_RIGHT)('%s', (body, expected) =>
    expect([U, expected]).toContain(page(body)),
  );
});
describe('probes: paste', () => {
  it.each(PASTE)('%s', (text, expected) => expect(paste(text)).toBe(expected));
});
