/**
 * Round-15 probes, each with the reading a careful person would give, decided before running
 * the reader: the account's usage in varied wordings and word orders, and lines that are a
 * member's (a name before, between or after the sizes, with case endings, apostrophe suffixes,
 * particles, "by"), a device's, what is free, or a placeholder. `miss`: unread is acceptable
 * (safe) though a person would read it. `any`: either reading is right (two statements run
 * together, the account's first).
 */
import { U } from './read-as';
export type Probe = { lang: string; text: string; want: string; miss?: true; any?: string[] };

export const LINE_PROBES: Probe[] = [
  // English
  { lang: 'en', text: 'You are using 71.9 GB of 200 GB', want: '71.9 GB/200 GB' },
  { lang: 'en', text: '12 GB of 200 GB used by Alex Chen', want: U },
  { lang: 'en', text: '30 GB of 2 TB used by Priya (Organizer)', want: U },
  { lang: 'en', text: 'Used by Priya: 30 GB of 2 TB', want: U },
  { lang: 'en', text: '144.5 GB available of 200 GB', want: U },
  { lang: 'en', text: 'Storage for Mia: 12 GB of 200 GB used', want: U },
  { lang: 'en', text: 'Loading storage… -- GB of -- GB', want: U },
  { lang: 'en', text: 'iCloud: 4.8\u00a0GB of 5\u00a0GB used', want: '4.8 GB/5 GB' },
  { lang: 'en', text: 'Alex’s storage: 12 GB of 200 GB used', want: U },
  { lang: 'en', text: '4.8 GB of 5 GB used by you', want: '4.8 GB/5 GB', miss: true },
  // German, French, Spanish, Italian, Dutch, Swedish, Czech, Portuguese
  { lang: 'de', text: '12 GB von 200 GB belegt von Jonas', want: U },
  { lang: 'de', text: '4,8\u202fGB von 5\u202fGB belegt', want: '4.8 GB/5 GB' },
  { lang: 'fr', text: '150,5\u00a0Go utilisés sur 200\u00a0Go', want: '150.5 GB/200 GB' },
  { lang: 'fr', text: '12 Go sur 200 Go utilisés par Léa', want: U },
  { lang: 'es', text: '12 GB de 200 GB usados por Sofía', want: U },
  { lang: 'it', text: '12 GB di 200 GB utilizzati da Giulia', want: U },
  { lang: 'it', text: 'Hai utilizzato 150 GB di 200 GB', want: '150 GB/200 GB', miss: true },
  { lang: 'it', text: 'Stai utilizzando 150 GB di 200 GB', want: '150 GB/200 GB', miss: true },
  { lang: 'nl', text: '4,8 GB van 5 GB gebruikt door Daan', want: U },
  { lang: 'sv', text: '12 GB av 200 GB används av Elsa', want: U },
  { lang: 'cs', text: 'Využito 4,8 GB z 5 GB', want: '4.8 GB/5 GB' },
  { lang: 'pt', text: '12 GB de 200 GB usados pela Bia', want: U },
  // Turkish: a suffixed size, then a name (with its own suffix) before the verb
  { lang: 'tr', text: "2 TB'ın 350 GB'ını Mehmet Can kullanıyor", want: U },
  { lang: 'tr', text: "200 GB'ın 40 GB'ını Emre'nin iPad'i kullanıyor", want: U },
  { lang: 'tr', text: "200 GB'ın 12 GB'ını Zeynep'ler kullanıyor", want: U },
  { lang: 'tr', text: "5 GB'ın 4,8 GB'ı kullanılıyor", want: '4.8 GB/5 GB' },
  { lang: 'tr', text: "Ayşe'nin kullanımı: 12 GB / 200 GB", want: U },
  { lang: 'tr', text: "2 TB'ın 1,2 TB'ını siz kullanıyorsunuz", want: '1.2 TB/2 TB', miss: true },
  { lang: 'tr', text: "200 GB'ın 55 GB'ı boş", want: U },
  // Hungarian
  { lang: 'hu', text: '200 GB-ból 150 GB felhasználva', want: '150 GB/200 GB' },
  { lang: 'hu', text: '200 GB-ból 12 GB-ot Anna használ', want: U },
  { lang: 'hu', text: 'Anna 12 GB-ot használ a 200 GB-ból', want: U },
  { lang: 'hu', text: '200 GB-ból 55 GB szabad', want: U },
  { lang: 'hu', text: '200 GB-ból 12 GB-ot Kovács Péter használ', want: U },
  // Finnish
  { lang: 'fi', text: '5 Gt:sta käytetty 4,8 Gt', want: '4.8 GB/5 GB' },
  { lang: 'fi', text: 'Käytetty 150 Gt / 200 Gt', want: '150 GB/200 GB' },
  { lang: 'fi', text: 'Liisa käyttää 12 Gt 200 Gt:sta', want: U },
  { lang: 'fi', text: '200 Gt:sta 12 Gt käyttää Mikko', want: U },
  { lang: 'fi', text: 'Vapaana 55 Gt / 200 Gt', want: U },
  { lang: 'fi', text: '200 Gt:sta 12 Gt:n käyttää Mikko Virtanen', want: U },
  // Estonian
  { lang: 'et', text: 'Kasutatud 4,8 GB / 5 GB', want: '4.8 GB/5 GB', miss: true },
  { lang: 'et', text: 'Mari kasutab 12 GB 200 GB-st', want: U },
  { lang: 'et', text: '200 GB-st on vaba 55 GB', want: U },
  { lang: 'et', text: '12 GB / 200 GB kasutab Jüri', want: U },
  // Korean
  { lang: 'ko', text: '200GB 중 150GB 사용됨', want: '150 GB/200 GB' },
  { lang: 'ko', text: '2TB 중 지민 님이 300GB 사용', want: U },
  { lang: 'ko', text: '민준이 200GB 중 12GB 사용 중', want: U },
  { lang: 'ko', text: '사용 가능: 55GB / 200GB', want: U },
  { lang: 'ko', text: '200GB 중 12GB를 서연 씨가 사용', want: U },
  // Japanese
  { lang: 'ja', text: '5 GB中 4.8 GB 使用済み', want: '4.8 GB/5 GB' },
  { lang: 'ja', text: '2 TB中、300 GBを健太さんが使用中', want: U },
  { lang: 'ja', text: '健太が2 TB中300 GBを使用', want: U },
  { lang: 'ja', text: '200 GB中 55 GB 空き', want: U },
  // Thai
  { lang: 'th', text: 'ใช้ไป 4.8 GB จาก 5 GB', want: '4.8 GB/5 GB' },
  { lang: 'th', text: 'สมชายใช้ 12 GB จาก 200 GB', want: U },
  { lang: 'th', text: 'พ่อใช้ไป 30 GB จาก 200 GB', want: U },
  { lang: 'th', text: 'ว่าง 55 GB จาก 200 GB', want: U },
  { lang: 'th', text: 'คุณใช้ 150 GB จาก 200 GB', want: '150 GB/200 GB', miss: true },
  // Hindi
  { lang: 'hi', text: '200 GB में से 150 GB का उपयोग किया गया', want: '150 GB/200 GB', miss: true },
  { lang: 'hi', text: 'राहुल ने 200 GB में से 12 GB उपयोग किया', want: U },
  { lang: 'hi', text: '200 GB में से 12 GB राहुल द्वारा उपयोग किया गया', want: U },
  { lang: 'hi', text: '200 GB में से 55 GB उपलब्ध है', want: U },
  // Arabic
  { lang: 'ar', text: 'تم استخدام 4.8 GB من 5 GB', want: '4.8 GB/5 GB' },
  { lang: 'ar', text: 'استخدم أحمد ١٢ غيغابايت من ٢٠٠ غيغابايت', want: U },
  { lang: 'ar', text: '١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة بواسطة أحمد', want: U },
  { lang: 'ar', text: 'متوفر ٥٥ غيغابايت من ٢٠٠ غيغابايت', want: U },
  {
    lang: 'ar',
    text: '\u200fمستخدم: ١٥٠ غيغابايت من ٢٠٠ غيغابايت',
    want: '150 GB/200 GB',
    miss: true,
  },
  // Hebrew
  { lang: 'he', text: 'נעשה שימוש ב-4.8 GB מתוך 5 GB', want: '4.8 GB/5 GB', miss: true },
  { lang: 'he', text: '150 GB מתוך 200 GB בשימוש', want: '150 GB/200 GB' },
  { lang: 'he', text: '12 GB מתוך 200 GB בשימוש על ידי דנה', want: U },
  { lang: 'he', text: 'דנה משתמשת ב-12 GB מתוך 200 GB', want: U },
  // Persian
  { lang: 'fa', text: '150 GB از 200 GB استفاده شده', want: '150 GB/200 GB', miss: true },
  { lang: 'fa', text: 'علی ۱۲ GB از ۲۰۰ GB استفاده کرده است', want: U },
  { lang: 'fa', text: '۱۲ GB از ۲۰۰ GB توسط مریم استفاده شده', want: U },
  // Polish
  { lang: 'pl', text: 'Wykorzystano 150 GB z 200 GB', want: '150 GB/200 GB' },
  { lang: 'pl', text: '12 GB z 200 GB wykorzystane przez Kasię', want: U },
  { lang: 'pl', text: 'Wolne: 55 GB z 200 GB', want: U },
  { lang: 'pl', text: 'Używane: 4,8 GB z 5 GB', want: '4.8 GB/5 GB', miss: true },
  { lang: 'pl', text: '12 GB z 200 GB używa Kasia', want: U },
  // Ukrainian
  { lang: 'uk', text: 'Використано 150 ГБ з 200 ГБ', want: '150 GB/200 GB' },
  { lang: 'uk', text: '12 ГБ з 200 ГБ використовує Олена', want: U },
  { lang: 'uk', text: 'Олена: 12 ГБ з 200 ГБ', want: U },
  { lang: 'uk', text: 'Доступно 55 ГБ з 200 ГБ', want: U },
  // Russian
  { lang: 'ru', text: '12 ГБ из 200 ГБ использует Маша', want: U },
  { lang: 'ru', text: 'Использовано 150 ГБ из 200 ГБ', want: '150 GB/200 GB' },
  { lang: 'ru', text: '12 ГБ из 200 ГБ использовано Машей', want: U },
  // Indonesian
  { lang: 'id', text: '150 GB dari 200 GB digunakan', want: '150 GB/200 GB' },
  { lang: 'id', text: '12 GB dari 200 GB digunakan oleh Siti', want: U },
  { lang: 'id', text: 'Siti menggunakan 12 GB dari 200 GB', want: U },
  { lang: 'id', text: 'Tersedia 55 GB dari 200 GB', want: U },
  // Vietnamese, Chinese
  { lang: 'vi', text: 'Đã dùng 150 GB trên 200 GB', want: '150 GB/200 GB' },
  { lang: 'vi', text: '12 GB trên 200 GB được Lan sử dụng', want: U },
  { lang: 'zh', text: '200 GB 中的 12 GB 被小明使用', want: U },
  { lang: 'zh', text: '200 GB 中已使用 150 GB', want: '150 GB/200 GB' },
];

/** Two statements run together (copied without line breaks): never the second one's figures. */
export const RUN_TOGETHER: Probe[] = [
  ['pl', '4,8 GB z 5 GB wykorzystano Kasia używa 12 GB z 200 GB', '4.8 GB/5 GB'],
  ['en', '150 GB of 200 GB used Alex 12 GB of 200 GB used', '150 GB/200 GB'],
  ['en', '150 GB of 200 GB used By Alex: 12 GB of 200 GB', '150 GB/200 GB'],
  ['tr', "200 GB'ın 150 GB'ı kullanılıyor Ayşe 200 GB'ın 12 GB'ını kullanıyor", '150 GB/200 GB'],
  ['tr', "200 GB'ın 150 GB'ı kullanılıyor Ayşe'nin iPhone'u 12 GB kullanıyor", '150 GB/200 GB'],
  ['id', '45 GB dari 200 GB digunakan Budi menggunakan 12 GB dari 200 GB', '45 GB/200 GB'],
  ['hu', '200 GB-ból 150 GB felhasználva Anna 12 GB-ot használ', '150 GB/200 GB'],
  ['de', '4,8 GB von 5 GB belegt Jonas hat 12 GB von 200 GB belegt', '4.8 GB/5 GB'],
  ['fi', 'Käytetty 150 Gt / 200 Gt Liisa käyttää 12 Gt 200 Gt:sta', '150 GB/200 GB'],
  ['en', '71.9 GB of 200 GB used iPhone Storage 61 GB of 128 GB used', '71.9 GB/200 GB'],
].map(([lang, text, first]) => ({ lang, text, want: U, any: [first as string, U] }) as Probe);

/** Whole panels: [heading, markup, probe]. */
export const PANEL_PROBES: [string, string, Probe][] = [
  [
    'Stockage iCloud',
    '<p><span>150,5</span>\u00a0Go utilisés sur <span>200</span>\u2009Go</p>',
    { lang: 'fr', text: 'split fr', want: '150.5 GB/200 GB' },
  ],
  [
    'iCloud Storage',
    '<p>71.9 GB of 200 GB used</p><ul><li><span>Alex</span> <span>12 GB of 200 GB used</span></li><li><span>12 GB of 200 GB used by</span> <b>Sam</b></li></ul>',
    { lang: 'en', text: 'family rows en', want: '71.9 GB/200 GB' },
  ],
  [
    'iCloud Storage',
    '<p><span>12 GB of 200 GB used by</span> <b>Sam</b></p>',
    { lang: 'en', text: 'member only, name in its own element', want: U },
  ],
  [
    'iCloud Depolama',
    "<p>2 TB'ın 1,1 TB'ı kullanılıyor</p><ul><li>2 TB'ın 300 GB'ını Elif'in iPad'i kullanıyor</li></ul>",
    { lang: 'tr', text: 'family tr', want: '1.1 TB/2 TB' },
  ],
  [
    'iCloud Depolama',
    "<p>2 TB'ın 300 GB'ını <b>Elif</b> kullanıyor</p>",
    { lang: 'tr', text: 'member only tr, name in bold', want: U },
  ],
  [
    'iCloud Storage',
    '<p>— of — used</p><div class="spinner">Loading…</div>',
    { lang: 'en', text: 'loading', want: U },
  ],
  [
    'iCloud Storage',
    '<ul><li>iPhone 15 Backup 12.3 GB</li><li>iPad Backup 900 MB</li></ul>',
    { lang: 'en', text: 'device backups only', want: U },
  ],
  [
    'التخزين في iCloud',
    '<p dir="rtl">تم استخدام <b>\u200f١٥٠</b> غيغابايت من <b>٢٠٠</b> غيغابايت</p>',
    { lang: 'ar', text: 'rtl ar split', want: '150 GB/200 GB' },
  ],
  [
    'iCloud tárhely',
    '<ul><li><h3>Kovács Anna</h3><p>12 GB / 200 GB felhasználva</p></li></ul>',
    { lang: 'hu', text: 'member card hu', want: U },
  ],
  [
    'iCloud-tallennustila',
    '<p>200 Gt:sta 150 Gt käytetty</p><ul><li>200 Gt:sta 12 Gt käyttää Mikko</li></ul>',
    { lang: 'fi', text: 'family fi', want: '150 GB/200 GB' },
  ],
  [
    'iCloud 저장 공간',
    '<p>200GB 중 150GB 사용</p><ul><li>200GB 중 12GB를 서연 씨가 사용</li></ul>',
    { lang: 'ko', text: 'family ko', want: '150 GB/200 GB' },
  ],
  [
    'Pamięć iCloud',
    '<p>Wykorzystano 150 GB z 200 GB</p><ul><li>12 GB z 200 GB wykorzystane przez Kasię</li></ul>',
    { lang: 'pl', text: 'family pl', want: '150 GB/200 GB' },
  ],
];
