import { describe, expect, it } from 'vitest';
import { readPanel as page, readPaste as paste, U } from './read-as';

/**
 * Probes written before looking at what the reader does, each with the reading a careful person
 * would give: the account's usage in many wordings and 23 languages, and lines that are a member's,
 * a device's, an app's, what is free, or a placeholder. `miss` marks a line the reader may leave
 * unread (safe) though a person would read it; no probe may ever read another figure.
 */
type Probe = { text: string; want: string; miss?: true };

/** Lines read both on the page (under a storage heading) and in the paste box. */
const LINES: Probe[] = [
  // Hindi: total first with "में से"; ने marks who did the using (आपने: you)
  { text: '200 GB में से 45.5 GB उपयोग किया गया', want: '45.5 GB/200 GB' },
  { text: 'आपने 200 GB में से 12 GB उपयोग किया है', want: '12 GB/200 GB', miss: true },
  { text: '200 GB में से पापा ने 30 GB उपयोग किया', want: U },
  { text: '200 GB में से 30 GB पापा ने उपयोग किया', want: U },
  { text: 'प्रिया ने 200 GB में से 30 GB उपयोग किया', want: U },
  { text: '2 TB में से दीदी ने 1,2 TB का उपयोग किया', want: U },
  { text: '५० GB में से ४.५ GB उपयोग किया गया', want: '4.5 GB/50 GB' },
  { text: '200 GB में से 55 GB उपलब्ध', want: U },
  // Bengali and Tamil: words the reader may not know (unread is safe), a member never read
  { text: '৫০ GB এর মধ্যে ১২.৫ GB ব্যবহৃত', want: '12.5 GB/50 GB', miss: true },
  { text: '৫০ GB এর মধ্যে মা ১২ GB ব্যবহার করেছেন', want: U },
  { text: '200 GB இல் 45 GB பயன்படுத்தப்பட்டது', want: '45 GB/200 GB', miss: true },
  { text: 'அம்மா 200 GB இல் 12 GB பயன்படுத்தினார்', want: U },
  // Thai
  { text: 'ใช้ไปแล้ว 4.8 GB จาก 5 GB', want: '4.8 GB/5 GB' },
  { text: 'ใช้ไป 150 GB จาก 200 GB', want: '150 GB/200 GB' },
  { text: 'พร้อมใช้งาน 144.5 GB จาก 200 GB', want: U },
  { text: 'แม่ใช้ 12 GB จาก 200 GB', want: U },
  // Vietnamese
  { text: 'Đã sử dụng 4,8 GB trong tổng số 5 GB', want: '4.8 GB/5 GB' },
  { text: 'Bạn đã dùng 150 GB trên 200 GB', want: '150 GB/200 GB', miss: true },
  { text: 'Mẹ đã dùng 12 GB trên 200 GB', want: U },
  { text: 'Còn trống 55 GB trên 200 GB', want: U },
  // Indonesian
  { text: '4,8 GB dari 5 GB digunakan', want: '4.8 GB/5 GB' },
  { text: 'Anda telah menggunakan 150 GB dari 200 GB', want: '150 GB/200 GB', miss: true },
  { text: 'Budi menggunakan 12 GB dari 200 GB', want: U },
  { text: '55 GB dari 200 GB tersedia', want: U },
  { text: '200 GB, 12 GB digunakan oleh Budi', want: U },
  // Arabic (RTL, Arabic digits, unit words)
  { text: 'تم استخدام ١٥٠ غيغابايت من ٢٠٠ غيغابايت', want: '150 GB/200 GB' },
  { text: '\u200fتم استخدام 4.8 GB من 5 GB', want: '4.8 GB/5 GB' },
  { text: 'سارة: ١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة', want: U },
  { text: 'متاح ٥٥ غيغابايت من ٢٠٠ غيغابايت', want: U },
  // Hebrew
  { text: 'בשימוש 150 GB מתוך 200 GB', want: '150 GB/200 GB' },
  { text: 'דנה: 12 GB מתוך 200 GB בשימוש', want: U },
  { text: 'פנוי 55 GB מתוך 200 GB', want: U },
  // Persian (its own digits and letters)
  { text: '۴٫۸ گیگابایت از ۵ گیگابایت استفاده شده', want: '4.8 GB/5 GB', miss: true },
  { text: 'مریم ۱۲ GB از ۲۰۰ GB استفاده کرده', want: U },
  // Turkish (verb last; a name may stand between the sizes and the verb)
  { text: "200 GB'ın 150 GB'ı kullanılıyor", want: '150 GB/200 GB' },
  { text: "200 GB'ın 12 GB'ını Ayşe kullanıyor", want: U },
  { text: "Ayşe, 200 GB'ın 12 GB'ını kullanıyor", want: U },
  { text: "200 GB'ın 55 GB'ı kullanılabilir", want: U },
  { text: "200 GB'ın 12 GB'ı Mehmet tarafından kullanılıyor", want: U },
  // Polish
  { text: 'Wykorzystano 4,8 GB z 5 GB', want: '4.8 GB/5 GB' },
  { text: 'Używasz 150 GB z 200 GB', want: '150 GB/200 GB' },
  { text: 'Anna używa 12 GB z 200 GB', want: U },
  { text: 'Mama: 12 GB z 200 GB', want: U },
  { text: 'Dostępne: 55 GB z 200 GB', want: U },
  // Ukrainian
  { text: 'Використано 4,8 ГБ з 5 ГБ', want: '4.8 GB/5 GB' },
  { text: 'Олена використовує 12 ГБ з 200 ГБ', want: U },
  { text: 'Вільно 55 ГБ з 200 ГБ', want: U },
  // Korean (verb last; 가/이/께서 mark the subject)
  { text: '200GB 중 150GB 사용', want: '150 GB/200 GB' },
  { text: '현재 200GB 중 150GB 사용 중', want: '150 GB/200 GB', miss: true },
  { text: '200GB 중 150GB가 사용됨', want: '150 GB/200 GB' },
  { text: '엄마가 200GB 중 12GB를 사용했습니다', want: U },
  { text: '200GB 중 12GB를 아빠가 사용 중', want: U },
  { text: '2TB 중 300GB를 할머니께서 사용하고 있습니다', want: U },
  { text: '200GB 중 55GB 사용 가능', want: U },
  // Japanese (verb last; が/は mark the subject)
  { text: '200 GB中150 GBを使用', want: '150 GB/200 GB' },
  { text: '200 GB中、150 GBを使用済み', want: '150 GB/200 GB' },
  { text: 'あなたは200 GB中150 GBを使用しています', want: '150 GB/200 GB' },
  { text: '200 GB中150 GBが使用されています', want: '150 GB/200 GB' },
  { text: '200 GB中12 GBを花子が使用', want: U },
  { text: '200 GBのうち12 GBを母が使用中', want: U },
  { text: '花子さんが200 GB中12 GBを使用しています', want: U },
  { text: '200 GB中55 GBが利用可能', want: U },
  // Chinese
  { text: '已使用 150 GB（共 200 GB）', want: '150 GB/200 GB' },
  { text: '200 GB 中已使用 150.5 GB', want: '150.5 GB/200 GB' },
  { text: '妈妈已使用 12 GB（共 200 GB）', want: U },
  { text: '200 GB 中妈妈已使用 12 GB', want: U },
  { text: '共 200 GB，小明已用 12 GB', want: U },
  { text: '200 GB 中 12 GB 由爸爸使用', want: U },
  { text: '200 GB 中可用 55 GB', want: U },
  // English
  { text: 'You’ve used 4.8\u00a0GB of 5\u00a0GB', want: '4.8 GB/5 GB' },
  { text: 'Mom is using 12 GB of 200 GB', want: U },
  { text: '12 GB of 200 GB used by Alex', want: U },
  { text: '144.5 GB of 200 GB available', want: U },
  { text: '— GB of — GB used', want: U },
  { text: 'Currently 71.9 GB of 200 GB used', want: '71.9 GB/200 GB', miss: true },
  // German, French, Spanish, Italian, Portuguese, Dutch, Russian
  { text: 'Sie haben 4,8\u202fGB von 5\u202fGB belegt', want: '4.8 GB/5 GB' },
  { text: 'Jonas hat 12 GB von 200 GB belegt', want: U },
  { text: '112,8 GB von 200 GB verfügbar', want: U },
  { text: 'Vous utilisez 150,5 Go sur 200 Go', want: '150.5 GB/200 GB' },
  { text: 'Marie utilise 12 Go sur 200 Go', want: U },
  { text: 'Il reste 55 Go sur 200 Go', want: U },
  { text: 'Has usado 150 GB de 200 GB', want: '150 GB/200 GB', miss: true },
  { text: 'Papá ha usado 12 GB de 200 GB', want: U },
  { text: 'Hai utilizzato 4,8 GB di 5 GB', want: '4.8 GB/5 GB', miss: true },
  { text: 'Mamma ha utilizzato 12 GB di 200 GB', want: U },
  { text: 'Você usou 4,8 GB de 5 GB', want: '4.8 GB/5 GB', miss: true },
  { text: 'Bia usou 12 GB de 200 GB', want: U },
  { text: '4,8 GB van 5 GB gebruikt', want: '4.8 GB/5 GB' },
  { text: 'Использовано 4,8 ГБ из 5 ГБ', want: '4.8 GB/5 GB' },
  { text: 'Маша использовала 12 ГБ из 200 ГБ', want: U },
];

/** Whole panels: a line split over elements, beside family rows, devices' backups, a plan. */
const PANELS: [string, string, Probe][] = [
  [
    'iCloud Storage',
    'split',
    { text: '<p><b>4.8</b> GB of <b>5</b> GB used</p>', want: '4.8 GB/5 GB' },
  ],
  [
    'iCloud स्टोरेज',
    'split hi',
    {
      text: '<p><span>200 GB</span> में से <span>45 GB</span> उपयोग किया गया</p>',
      want: '45 GB/200 GB',
    },
  ],
  [
    'iCloud 저장 공간',
    'family ko',
    {
      text: '<p>2TB 중 1.1TB 사용</p><ul><li>2TB 중 300GB를 지민이 사용</li></ul>',
      want: '1.1 TB/2 TB',
    },
  ],
  [
    'iCloud ストレージ',
    'family ja',
    {
      text: '<p>2 TB中1.1 TBを使用</p><ul><li>2 TB中300 GBを花子が使用</li></ul>',
      want: '1.1 TB/2 TB',
    },
  ],
  [
    'iCloud स्टोरेज',
    'family hi',
    {
      text: '<p>2 TB में से 1.1 TB उपयोग किया गया</p><ul><li>2 TB में से 300 GB माँ ने उपयोग किया</li></ul>',
      want: '1.1 TB/2 TB',
    },
  ],
  ['iCloud स्टोरेज', 'member only hi', { text: '<p>2 TB में से माँ ने 300 GB उपयोग किया</p>', want: U }],
  ['iCloud ストレージ', 'member only ja', { text: '<p>2 TB中300 GBを花子が使用</p>', want: U }],
  [
    'iCloud Depolama',
    'member only tr',
    { text: "<p>2 TB'ın 300 GB'ını Ayşe kullanıyor</p>", want: U },
  ],
  [
    'iCloud Storage',
    'devices',
    {
      text: '<p>4.8 GB of 5 GB used</p><ul><li>iPhone 15 Backup 2.1 GB</li><li>iPad Air Backup 900 MB</li></ul>',
      want: '4.8 GB/5 GB',
    },
  ],
  ['iCloud Storage', 'loading', { text: '<p>Loading…</p><p>-- of -- used</p>', want: U }],
  [
    'iCloud-Speicher',
    'plan',
    { text: '<p>iCloud+ mit 200 GB</p><p>71,9 GB von 200 GB belegt</p>', want: '71.9 GB/200 GB' },
  ],
  [
    'אחסון iCloud',
    'rtl',
    { text: '<p dir="rtl">בשימוש <b>4.8</b> GB מתוך <b>5</b> GB</p>', want: '4.8 GB/5 GB' },
  ],
  [
    'Apple Account',
    'account label',
    { text: '<p>Currently 71.9 GB of 200 GB used</p>', want: '71.9 GB/200 GB', miss: true },
  ],
];

const ok = (got: string, probe: Probe) => got === probe.want || (probe.miss && got === U);

describe('probes: whose usage a line is, in 23 languages', () => {
  it.each(LINES)('page: $text', (probe) => {
    const got = page('iCloud Storage', `<div><p>${probe.text}</p></div>`);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each(LINES)('paste: $text', (probe) => {
    const got = paste(probe.text);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each(PANELS)('page %s (%s)', (heading, _name, probe) => {
    const got = page(heading, probe.text);
    expect(ok(got, probe), got).toBe(true);
  });
});

describe('probes: a subject written onto its verb, without spaces', () => {
  it.each([
    ['แม่ใช้ 12 GB จาก 200 GB', U],
    ['妈妈使用 12 GB（共 200 GB）', U],
    ['คุณใช้ไป 4.8 GB จาก 5 GB', '4.8 GB/5 GB'],
    ['ใช้ไปแล้ว 4.8 GB จาก 5 GB', '4.8 GB/5 GB'],
    ['已使用 4.8 GB（共 5 GB）', '4.8 GB/5 GB'],
  ])('paste: %s', (text, want) => {
    expect(paste(text)).toBe(want);
  });
});

describe('probes: capitalized words after the sizes that name no one', () => {
  it.each([
    ['Sie haben 4,8 GB von 5 GB Ihres Speichers belegt', '4.8 GB/5 GB'],
    ['4,8 GB von 5 GB Speicher belegt', '4.8 GB/5 GB'],
    ['4.8 GB of 5 GB Total Storage Used', '4.8 GB/5 GB'],
    ['4,8 GB van 5 GB Opslag gebruikt', '4.8 GB/5 GB'],
    ['150 Go sur 200 Go Utilisés', '150 GB/200 GB'],
    ['4.8 GB of 5 GB iCloud+ Used', '4.8 GB/5 GB'],
    ['200 GB中150 GBをあなたが使用', '150 GB/200 GB'],
  ])('%s', (text, want) => {
    expect(page('iCloud Storage', `<p>${text}</p>`)).toBe(want);
    expect(paste(text)).toBe(want);
  });
});

describe('two statements run together: the next one’s subject is not this one’s', () => {
  it.each([
    '45.5 GB/200 GB Mẹ đã dùng 12 GB trên 200 GB',
    '4,8 GB de 5 GB usados Pamięć dla Kasi: 12 GB z 200 GB wykorzystano',
    '4.8 GB of 5 GB Total Storage Used Spazio di Giulia: 12 GB di 200 GB utilizzati',
    '187,5 GB de 200 GB utilizados iPhone de Marie 61 Go sur 128 Go utilisés',
  ])('%s', (text) => {
    expect(['45.5 GB/200 GB', '4.8 GB/5 GB', '187.5 GB/200 GB', U]).toContain(paste(text));
    expect(['45.5 GB/200 GB', '4.8 GB/5 GB', '187.5 GB/200 GB', U]).toContain(
      page('iCloud Storage', `<p>${text}</p>`),
    );
  });
});
