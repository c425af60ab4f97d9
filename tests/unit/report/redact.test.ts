import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASKS, redact } from '../../../src/report';
import { mergeMasked } from '../../../src/report/redact';

const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(''));
const nonZero = fc.integer({ min: 1, max: 9 }).map(String);

/** International, German local and North American forms, as people type them. */
const phone = fc.oneof(
  fc
    .tuple(nonZero, digits(0, 2), digits(2, 4), digits(4, 8), fc.constantFrom(' ', '-', ''))
    .map(([c, cc, area, rest, sep]) => `+${c}${cc} ${area}${sep}${rest}`),
  fc
    .tuple(nonZero, digits(1, 3), digits(5, 8), fc.constantFrom(' ', '/', '-', ' / '))
    .map(([a, area, rest, sep]) => `0${a}${area}${sep}${rest}`),
  fc
    .tuple(nonZero, digits(1, 3), digits(3, 4), digits(3, 4))
    .map(([a, area, b, c]) => `(0${a}${area}) ${b} ${c}`),
  fc
    .tuple(nonZero, digits(2, 2), digits(3, 3), digits(4, 4), fc.constantFrom('-', '.', ' '))
    .map(([a, area, b, c, sep]) => `(${a}${area}) ${b}-${c}`.replace('-', sep === '.' ? '-' : sep)),
  fc
    .tuple(nonZero, digits(2, 2), digits(3, 3), digits(4, 4), fc.constantFrom('-', '.'))
    .map(([a, area, b, c, sep]) => `${a}${area}${sep}${b}${sep}${c}`),
  fc
    .tuple(nonZero, digits(1, 2), digits(3, 3), digits(3, 4))
    .map(([c, cc, a, b]) => `00${c}${cc} ${a} ${b}`),
);

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');
const serial = fc
  .array(fc.constantFrom(...UPPER_ALNUM), { minLength: 10, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((s) => /\d/.test(s) && /[A-Z]/.test(s));

const imei = fc
  .tuple(digits(15, 15), fc.constantFrom('plain', 'groups', 'dashes', 'labelled'))
  .map(([d, style]) => {
    const grouped = [d.slice(0, 2), d.slice(2, 8), d.slice(8, 14), d.slice(14)];
    if (style === 'groups') return grouped.join(' ');
    if (style === 'dashes') return grouped.join('-');
    return d;
  });

/** Free text around the secret: any characters but digits (which would join the number). */
const filler = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .map((s) => s.replace(/[\p{N}]/gu, ''));
const separator = fc.constantFrom(' ', '\n', ', ', ' (', ': ', ' – ');
const harmless = fc.constantFrom(
  'iOS 17.5.1',
  'on 2026-11-25',
  'at 10:30',
  'am 24.11.2026',
  '4.8 GB of 5 GB',
  '200 GB',
  '50%',
  'Error 1009',
  '',
);

function embedded(secret: fc.Arbitrary<string>) {
  return fc
    .tuple(filler, separator, harmless, separator, secret, separator, filler)
    .map(([a, s1, h, s2, value, s3, b]) => ({
      value,
      text: `${a}${s1}${h}${s2}${value}${s3}${b}`,
    }));
}

describe('redact: generated personal data never survives', () => {
  const cases: [string, fc.Arbitrary<string>][] = [
    ['emails', fc.emailAddress()],
    ['phone numbers', phone],
    ['serial numbers', serial],
    ['IMEIs', imei],
  ];
  it.each(cases)('%s', (_name, secret) => {
    fc.assert(
      fc.property(embedded(secret), ({ value, text }) => {
        const result = redact(text);
        expect(result.text).not.toContain(value);
        expect(result.masked.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('several kinds in one text all go, and are counted', () => {
    fc.assert(
      fc.property(fc.emailAddress(), phone, serial, imei, (email, tel, sn, id) => {
        const result = redact(`Mail ${email}, tel. ${tel}; serial ${sn} / ${id}.`);
        for (const secret of [email, tel, sn, id]) expect(result.text).not.toContain(secret);
        const total = result.masked.reduce((sum, m) => sum + m.count, 0);
        expect(total).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: a redacted text has nothing left to mask', () => {
    fc.assert(
      fc.property(embedded(fc.oneof(fc.emailAddress(), phone, serial, imei)), ({ text }) => {
        const once = redact(text);
        expect(redact(once.text)).toEqual({ text: once.text, masked: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('redact: examples', () => {
  it.each([
    ['anna.smith+icloud@example.co.uk wrote', '[email removed] wrote', 'email'],
    // Addresses in other scripts, the signs with spaces or brackets around them.
    ['пишите: светлана@почта.рф, спасибо', 'пишите: [email removed], спасибо', 'email'],
    ['Γράψτε στο Ελένη@παράδειγμα.ελ αύριο', 'Γράψτε στο [email removed] αύριο', 'email'],
    ['邮箱 小李@公司.中国', '邮箱 [email removed]', 'email'],
    ['メールはkenta@docomo.ne.jpです', 'メールは[email removed]です', 'email'],
    ['mail: lena @ gmx . de', 'mail: [email removed]', 'email'],
    ['lena[@]web.de', '[email removed]', 'email'],
    ['lena (@) posteo.de', '[email removed]', 'email'],
    ['lena@outlook dot com', '[email removed]', 'email'],
    ['Apple ID: anna.smith', 'Apple ID: [Apple Account removed]', 'appleId'],
    ['my Apple ID is anna@icloud.com', 'my Apple ID is [Apple Account removed]', 'appleId'],
    ['Apple-Account: +49 170 1234567', 'Apple-Account: [Apple Account removed]', 'appleId'],
    ['Seriennummer: c02xl0gjjg5j', 'Seriennummer: [serial number removed]', 'serial'],
    ['DNPZ12ABCD3E', '[serial number removed]', 'serial'],
    ['IMEI: 35-209900-176148-1', 'IMEI: [IMEI removed]', 'imei'],
    ['Ruf an: 030/1234567', 'Ruf an: [phone number removed]', 'phone'],
    ['Tel. (030) 123 45 67', 'Tel. [phone number removed]', 'phone'],
    ['+1 (555) 123-4567', '[phone number removed]', 'phone'],
    // Dots, no-break spaces and hyphens, dashes and "·" between the groups.
    ['mi móvil es 655.432.198', 'mi móvil es [phone number removed]', 'phone'],
    ['Natel 078.765.43.21', 'Natel [phone number removed]', 'phone'],
    ['GSM 0485.98.76.54', 'GSM [phone number removed]', 'phone'],
    ['bel 06.987.654.32', 'bel [phone number removed]', 'phone'],
    ['tél. +33\u00a06\u00a012\u00a034\u00a056\u00a078', 'tél. [phone number removed]', 'phone'],
    ['+49\u2011151\u20112345\u20116789', '[phone number removed]', 'phone'],
    ['07911·123·456', '[phone number removed]', 'phone'],
    ['+1 (555) 234–5678', '[phone number removed]', 'phone'],
    // Digits too few for a number of their own join the piece before them.
    ['Tel 0170 1234567 030 12345', 'Tel [phone number removed]', 'phone'],
    // Longer than any phone number: cards, SIMs, eSIMs and device identifiers.
    ['Visa 5500 0000 0000 0004', 'Visa [serial number removed]', 'serial'],
    ['Karte 5500-0000-0000-0004', 'Karte [serial number removed]', 'serial'],
    ['5500000000000004', '[serial number removed]', 'serial'],
    ['ICCID: 8931 0800 2512 3456 7890', 'ICCID: [serial number removed]', 'serial'],
    ['EID 89049032004008882600012345678901', 'EID [serial number removed]', 'serial'],
    ['UDID 00008101-001E30590C08001E', 'UDID [serial number removed]', 'serial'],
    ['udid a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'udid [serial number removed]', 'serial'],
    ['ECID: 0x3A2B1C0D9E8F7', 'ECID: [serial number removed]', 'serial'],
    ['My name is Anna Smith and I', 'My name is [name removed] and I', 'name'],
    ['ich heiße jörg müller und', 'ich heiße [name removed] und', 'name'],
    ["I'm Anna.", "I'm [name removed].", 'name'],
    ['Signed in as Bob Jones.', 'Signed in as [name removed].', 'name'],
    ['Viele Grüße, Jörg', 'Viele Grüße, [name removed]', 'name'],
    [
      '“Anna’s iPhone” could not be backed up',
      '“[name removed]’s iPhone” could not be backed up',
      'name',
    ],
    ['Das iPhone von Anna', 'Das iPhone von [name removed]', 'name'],
    ["Jane Doe's iPhone", "[name removed]'s iPhone", 'name'],
    ["JANE'S IPHONE", "[name removed]'S IPHONE", 'name'],
    ['Lenas iPad', '[name removed] iPad', 'name'],
    ['iPad Pro von Sabine', 'iPad Pro von [name removed]', 'name'],
    ["iPhone d'Élodie", "iPhone d'[name removed]", 'name'],
    ['Anna的iPhone', '[name removed]的iPhone', 'name'],
    ['アンナのiPhone', '[name removed]のiPhone', 'name'],
    ['je m’appelle Élodie Fournier et', 'je m’appelle [name removed] et', 'name'],
    ['Saludos,\ncarmen', 'Saludos,\n[name removed]', 'name'],
    ['私は田中です。', '私は[name removed]です。', 'name'],
    ['我叫王小明，', '我叫[name removed]，', 'name'],
    ['signed in as jappleseed77', 'signed in as [name removed]', 'name'],
    ['Username: jappleseed77', 'Username: [username removed]', 'username'],
    ['Benutzer lena_k ', 'Benutzer [username removed] ', 'username'],
    ['ユーザ名：tanaka_h88', 'ユーザ名：[username removed]', 'username'],
    ['Serial: C02X L0GJ JG5J', 'Serial: [serial number removed]', 'serial'],
    ['12 rue de la Paix, 75002 Paris', '[address removed]', 'address'],
    ['Hauptstraße 5', '[address removed]', 'address'],
    ['Calle Mayor 3', '[address removed]', 'address'],
    ['abito in via Roma 10', 'abito in [address removed]', 'address'],
    // Courtesy titles stay, the name after them goes.
    ['Mrs Jones called Apple', 'Mrs [name removed] called Apple', 'name'],
    ['píšu za paní Věru Kratochvílovou.', 'píšu za paní [name removed].', 'name'],
    ['liên hệ chị Ngọc giúp em', 'liên hệ chị [name removed] giúp em', 'name'],
    // A name, then "here", opening a clause.
    ['Anna here, writing again.', '[name removed] here, writing again.', 'name'],
    // "Adım" opening the note, a long dash opening the last line, a name as the Apple Account.
    ['Adım Elif, yedekleme olmuyor.', 'Adım [name removed], yedekleme olmuyor.', 'name'],
    ['Backup stops at 80 %.\n– Anne-Sophie', 'Backup stops at 80 %.\n– [name removed]', 'name'],
    [
      'Apple ID: sofia marquez, still locked',
      'Apple ID: [Apple Account removed], still locked',
      'appleId',
    ],
    ['Hùng đây, mình hỏi lần hai.', '[name removed] đây, mình hỏi lần hai.', 'name'],
    ['Ο Νίκος εδώ, γράφω ξανά.', 'Ο [name removed] εδώ, γράφω ξανά.', 'name'],
    // The last line, after a short line that opens with a sign-off.
    ['Cảm ơn ad nhiều ạ!\nLinh', 'Cảm ơn ad nhiều ạ!\n[name removed]', 'name'],
    ['Thanks so much for this!\nPriya', 'Thanks so much for this!\n[name removed]', 'name'],
    // Eight more languages: intro phrases, labels and possessives.
    ['jmenuji se Jana Nováková a', 'jmenuji se [name removed] a', 'name'],
    ['Nimi: Juha Nieminen', 'Nimi: [name removed]', 'name'],
    ['Tomášův iPhone', '[name removed] iPhone', 'name'],
    ['iPhone-ul lui Mihai', 'iPhone-ul lui [name removed]', 'name'],
    ['Nagy Katalin vagyok, iPadem van.', '[name removed] vagyok, iPadem van.', 'name'],
    ['Адреса: вул. Хрещатик, 22, кв. 15, м. Київ, 01001.', 'Адреса: [address removed].', 'address'],
    ['Stau pe Str. Memorandumului nr. 28, ap. 4.', 'Stau pe [address removed].', 'address'],
    ['Käyttäjätunnus: lvirtanen_85.', 'Käyttäjätunnus: [username removed].', 'username'],
    // Twelve more: phrases, possessives, relatives before the name, scripts without capitals.
    ['Ja sam Marko Kovačević, imam iPhone.', 'Ja sam [name removed], imam iPhone.', 'name'],
    ['Záloha z Jurajovho iPadu', 'Záloha z [name removed] iPadu', 'name'],
    ["L'iPhone d'en Pere", "L'iPhone d'en [name removed]", 'name'],
    ['iPad-ът на сина ми Виктор', 'iPad-ът на сина ми [name removed]', 'name'],
    ['Lugupidamisega\nMargus Lill', 'Lugupidamisega\n[name removed]', 'name'],
    ['Nama: Kavitha a/p Ramasamy', 'Nama: [name removed]', 'name'],
    ['iPhone של נועה', 'iPhone של [name removed]', 'name'],
    ['آيباد ابني يوسف لا يعمل', 'آيباد ابني [name removed] لا يعمل', 'name'],
    ['iPhone ของ ปิยะ', 'iPhone ของ [name removed]', 'name'],
    ['मैं प्रिया वर्मा हूँ।', 'मैं [name removed] हूँ।', 'name'],
    ['adresa Vukovarska 112, 21000 Split.', 'adresa [address removed].', 'address'],
    ['Adresas: Gedimino pr. 9-12, LT-01103 Vilnius', 'Adresas: [address removed]', 'address'],
    // Digits of other scripts are digits; an identifier a few words after a username label.
    ['على الرقم ٠١٠٠ ١٢٣ ٤٥٦٧ مساءً', 'على الرقم [phone number removed] مساءً', 'phone'],
    ['कॉल करें +९१ ९८१२३ ४५६७८ पर', 'कॉल करें [phone number removed] पर', 'phone'],
    ['โทร ๐๘๑-๒๓๔-๕๖๗๘ ได้', 'โทร [phone number removed] ได้', 'phone'],
    ['IMEI: ٣٥٠٦٢٥١١٧٥٧٤٩١٣', 'IMEI: [IMEI removed]', 'imei'],
    ['Labas, aš esu Jonas Petraitis.', 'Labas, aš esu [name removed].', 'name'],
    [
      'Korisničko ime na Macu mi je nikola.b, hvala',
      'Korisničko ime na Macu mi je [username removed], hvala',
      'username',
    ],
    ['ชื่อผู้ใช้บน Mac คือ malee_k ครับ', 'ชื่อผู้ใช้บน Mac คือ [username removed] ครับ', 'username'],
  ])('%s', (input, expected, kind) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    'iPhone Backup Failed',
    'Das letzte Backup konnte nicht abgeschlossen werden',
    'iOS 17.5.1, last backup 2026-10-01 at 10:30, 4.8 GB of 5 GB used, 50% done, 30 min',
    'Letztes Backup am 24.11.2026, 5.368.709.120 Bytes, 200 GB, Fehler 1009',
    "I'm not sure. I'm Not sure. I'm using Wi-Fi. Ich bin nicht sicher.",
    'my Apple ID is locked',
    'ICLOUDBACKUP MAINTENANCE',
    'off since 01.03.2024.',
    'builds 22F76 and 21G93, iOS 17.5.1 (21F90)',
    'it took 1234567 seconds',
    '2024.03.05, 20240305, 12345678 bytes, 1.234.567 Fotos, 192.168.1.23, iTunes 12.13.2.3',
    'between 2019—2023, Eid 2024',
    'depuis le 1 mars 2024, 3/1/2024, 2024-03-01',
    'NSURLErrorDomain error -1009, Fehler 4010, error 0xE8000015',
    'This is weird, it worked yesterday.',
    // Adjectives capitalised for emphasis after "this is", "c'est", "sono", "I'm".
    'This is Unacceptable. C’est Inadmissible. Sono Stanca. This is Outrageous! I’m Freezing.',
    'Backup failed.\n— Restore Completed',
    // The phrases of Russian, Polish, Nordic, Turkish and Korean notes, without a name after them.
    'Я не могу сделать копию, я в отчаянии. Это iPhone 13.',
    'Jestem zły, tak, zrobiłem to. Tu iPhone nie pomaga.',
    'Jag är förvirrad. Det här är iOS 17.5.1. Tack på förhand!',
    'Jeg er kunde siden 2015. Det er Apple sin feil.',
    'Adım adım denedim, ilk adım olarak telefonu yeniden başlattım. Ben de denedim.',
    '저는 학생입니다. 저는 아이폰 사용자입니다. 와이파이로 3번 시도했고 2시간 기다렸어요.',
    'iPhone XR is slow; iPhone Battery is at 80 %, iPhone X too.',
    // Titles and "here" before ordinary words, a recovery tool, dates written with spaces.
    'I tried Dr. Fone. Wi-Fi here: stable. iCloud Backup here, again! Sr. Engineer at Apple.',
    'Poslední záloha: 28. 2. 2024 ve 23:45. Utolsó mentés: 2024. 03. 01.',
    'Předem děkuji za pomoc.\n\nS pozdravem',
    'Ευχαριστώ εκ των προτέρων!\n\nΜε εκτίμηση',
    'Backupul nu mai merge din 1 martie 2024.',
    // A verb before the device is no owner; "here", "I am" and "of" before ordinary words.
    'Siis näitas iPhone „Varukoopiat ei õnnestunud lõpetada“.',
    'Siin Tallinnas on levi nõrk. Ja sam probao sve. Hvala Bogu, radi.',
    'אני מחובר ל-Wi-Fi. האייפון של אמא שלי לא מגבה.',
    'ขอบคุณครับ โชคดีครับ',
    'मैं कनेक्टेड हूँ। मेरी बेटी का iPhone बंद है।',
    'آيفون جديد لا يعمل. أنا آسف، لا أعرف.',
    // A model number in brackets, a date after a prefix, versions and digits of other scripts.
    'iPhone 14 Plus (A2886), iPad (A2696)',
    'Aš esu pavargęs, nieko neveikia.',
    'הגיבוי האחרון היה ב-12/02/2024, ו-01.03.2024.',
    'النسخة ١٧٫٥٫١ في ٢٠٢٤-٠٣-٠١ الساعة ١٠:٣٠',
    'the username field is empty on icloud.com, e.g. in iOS 17.5.1',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(redact(input)).toEqual({ text: input, masked: [] });
  });

  it('uses one fixed mask per kind and adds counts across texts', () => {
    expect(new Set(Object.values(MASKS)).size).toBe(Object.keys(MASKS).length);
    const a = redact('a@b.de c@d.de');
    const b = redact('e@f.de, +49 170 1234567');
    expect(a.masked).toEqual([{ kind: 'email', count: 2 }]);
    expect(mergeMasked([a.masked, b.masked])).toEqual([
      { kind: 'email', count: 3 },
      { kind: 'phone', count: 1 },
    ]);
  });
});

describe('redact: addresses spelled out against spam robots', () => {
  it.each([
    'you can reach me at bill dot okafor at yahoo dot com (spelled out)',
    'Mail: k punkt brandt at gmx punkt de',
    'почта olga.ivanova собака yandex точка ru',
    '메일은 minji.park 골뱅이 naver 닷 com 입니다',
    'écrivez à anna (at) exemple (point) fr',
    'mi correo: luis.garcia arroba gmail punto com',
    'メール: yuko.t アット docomo ドット ne ドット jp',
  ])('masks "%s"', (text) => {
    const out = redact(text).text;
    expect(out).toContain('[email removed]');
    for (const part of ['okafor', 'brandt', 'ivanova', 'minji', 'exemple', 'garcia', 'docomo'])
      expect(out).not.toContain(part);
  });

  it.each([
    'I was at work. Then the backup failed at 3 am.',
    'The backup stopped at 80 percent. Com and net settings unchanged.',
    'Backup at home dot not working',
    'I was at home. It failed, then @apple answered.',
  ])('leaves "%s" as it is', (text) => {
    expect(redact(text).text).toBe(text);
  });
});
