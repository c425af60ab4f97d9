import { describe, it } from 'vitest';
import { check, N, P, S } from './redact-probes';

const E = '[email removed]';
const A = '[address removed]';
const PW = '[password removed]';
const ID = '[Apple Account removed]';

/**
 * Probes written before the fix: the network someone is with, said like who they are ("C'est
 * Orange", "Это Билайн", "Ben Turkcell kullanıyorum", "私はドコモです", "저는 SKT"), a mobile
 * network's own network ("Vodafone's network"), devices, apps, months and product names stay; a
 * person named like a network ("I'm Tim") is still masked. Ordinary notes in many languages
 * keep what support needs and lose the personal data.
 */
describe('networks, products and months are no names', () => {
  it('keeps them and still masks the personal data', () =>
    check([
      ["I'm on Vodafone, iPhone 15 Pro, iOS 17.5.", "I'm on Vodafone, iPhone 15 Pro, iOS 17.5."],
      [
        "I'm with Verizon and the backup stops at 62%.",
        "I'm with Verizon and the backup stops at 62%.",
      ],
      [
        'This is iPhone 15 Pro Max, 256 GB, iOS 18.1.',
        'This is iPhone 15 Pro Max, 256 GB, iOS 18.1.',
      ],
      [
        'Device: iPad Air (5th generation), MacBook Pro, Apple Watch Ultra 2',
        'Device: iPad Air (5th generation), MacBook Pro, Apple Watch Ultra 2',
      ],
      [
        'WhatsApp, Google Photos and Signal are the biggest apps.',
        'WhatsApp, Google Photos and Signal are the biggest apps.',
      ],
      ["Mom's iPhone backs up fine, mine doesn't.", "Mom's iPhone backs up fine, mine doesn't."],
      [
        'Hi Apple Support,\nbackup failed since March.',
        'Hi Apple Support,\nbackup failed since March.',
      ],
      [
        'Call me at +1 415 555 0199 (WhatsApp) or (Mobile)',
        `Call me at ${P} (WhatsApp) or (Mobile)`,
      ],
      [
        'It failed in January, February and again in August.',
        'It failed in January, February and again in August.',
      ],
      [
        'Ich bin seit Januar bei O2, das iPhone 14 Pro sichert nicht.',
        'Ich bin seit Januar bei O2, das iPhone 14 Pro sichert nicht.',
      ],
      [
        'Hallo Apple-Team,\ndas Backup auf dem iPad mini scheitert.',
        'Hallo Apple-Team,\ndas Backup auf dem iPad mini scheitert.',
      ],
      [
        "C'est Orange qui me fournit internet, et la sauvegarde échoue.",
        "C'est Orange qui me fournit internet, et la sauvegarde échoue.",
      ],
      [
        'Depuis Mars, la sauvegarde iCloud échoue sur mon iPhone 13.',
        'Depuis Mars, la sauvegarde iCloud échoue sur mon iPhone 13.',
      ],
      [
        'Soy cliente de Movistar desde Enero, iPhone 12.',
        'Soy cliente de Movistar desde Enero, iPhone 12.',
      ],
      [
        'Sono con TIM, iPhone 13 mini, backup fallito.',
        'Sono con TIM, iPhone 13 mini, backup fallito.',
      ],
      ['Ik ben KPN-klant, de back-up lukt niet.', 'Ik ben KPN-klant, de back-up lukt niet.'],
      ['Jag är Telia-kund och backupen misslyckas.', 'Jag är Telia-kund och backupen misslyckas.'],
      ['Jestem w Play od maja, kopia nie działa.', 'Jestem w Play od maja, kopia nie działa.'],
      [
        'Я в МТС, iPhone 15 Pro, копия не создаётся.',
        'Я в МТС, iPhone 15 Pro, копия не создаётся.',
      ],
      ['Это Билайн, связь нормальная.', 'Это Билайн, связь нормальная.'],
      [
        'Ben Turkcell kullanıyorum, yedekleme başarısız.',
        'Ben Turkcell kullanıyorum, yedekleme başarısız.',
      ],
      [
        '私はドコモです。iPhone 15 Proのバックアップが失敗します。',
        '私はドコモです。iPhone 15 Proのバックアップが失敗します。',
      ],
      ['我是中国移动用户，iPhone 14 备份失败。', '我是中国移动用户，iPhone 14 备份失败。'],
      ['저는 SKT 사용자입니다. 백업이 실패합니다.', '저는 SKT 사용자입니다. 백업이 실패합니다.'],
      [
        'Tôi dùng Viettel, iPhone 13 Pro không sao lưu được.',
        'Tôi dùng Viettel, iPhone 13 Pro không sao lưu được.',
      ],
      [
        'Saya pakai Telkomsel, iPhone 11 gagal backup sejak Januari.',
        'Saya pakai Telkomsel, iPhone 11 gagal backup sejak Januari.',
      ],
      ['ใช้ AIS อยู่ iPhone 14 สำรองข้อมูลไม่ได้', 'ใช้ AIS อยู่ iPhone 14 สำรองข้อมูลไม่ได้'],
      [
        'أستخدم iPhone 15 Pro والنسخ الاحتياطي يفشل منذ مارس.',
        'أستخدم iPhone 15 Pro والنسخ الاحتياطي يفشل منذ مارس.',
      ],
      ['יש לי iPhone 14 והגיבוי נכשל מאז ינואר.', 'יש לי iPhone 14 והגיבוי נכשל מאז ינואר.'],
      ['मेरा iPhone 13 बैकअप नहीं ले रहा, मार्च से।', 'मेरा iPhone 13 बैकअप नहीं ले रहा, मार्च से।'],
      ['Thanks,\nApple Support', 'Thanks,\nApple Support'],
      ['Regards,\nThe IT Team', 'Regards,\nThe IT Team'],
      ['Sent from my iPhone\nApple Watch Series 9', 'Sent from my iPhone\nApple Watch Series 9'],
      [
        "This is Vodafone's network, the backup stops at 70%.",
        "This is Vodafone's network, the backup stops at 70%.",
      ],
      [
        'Soy de Movistar y el iPhone 14 no hace copia.',
        'Soy de Movistar y el iPhone 14 no hace copia.',
      ],
      ['Sou Vivo, o backup falha.', 'Sou Vivo, o backup falha.'],
      ['Hier ist Telekom-Kunde mit iPhone 12.', 'Hier ist Telekom-Kunde mit iPhone 12.'],
      ["I'm Tim, the backup fails.", `I'm ${N}, the backup fails.`],
      ['Sono Elisa, il backup non va.', `Sono ${N}, il backup non va.`],
      ['私はソフトバンクです', '私はソフトバンクです'],
      ['私は田中です', `私は${N}です`],
      ['This is Orange, the carrier, not me.', 'This is Orange, the carrier, not me.'],
      [
        'Phone: iPhone SE (3rd generation), Apple Watch SE, AirPods Pro',
        'Phone: iPhone SE (3rd generation), Apple Watch SE, AirPods Pro',
      ],
      ['ผมชื่อวิชัย เบอร์ 089-123-4567', `ผมชื่อ${N} เบอร์ ${P}`],
      [
        'My name is Rebecca Thornton and my Apple ID is rthornton@icloud.com.',
        `My name is ${N} and my Apple ID is ${ID}.`,
      ],
      ['Mein Name ist Jonas Albrecht, Telefon 0171 2345678.', `Mein Name ist ${N}, Telefon ${P}.`],
      [
        "Je m'appelle Léa Martin, mon iPhone 14 ne se sauvegarde plus.",
        `Je m'appelle ${N}, mon iPhone 14 ne se sauvegarde plus.`,
      ],
      ['Me llamo Diego Fernández, correo diego.f@gmail.com', `Me llamo ${N}, correo ${E}`],
      [
        'Mi chiamo Chiara Bianchi, iPhone di Chiara non fa il backup.',
        `Mi chiamo ${N}, iPhone di ${N} non fa il backup.`,
      ],
      ['Meu nome é Ana Souza, senha: Qw3rty!9', `Meu nome é ${N}, senha: ${PW}`],
      ['Меня зовут Дмитрий Соколов, пароль: Zx81!mnb', `Меня зовут ${N}, пароль: ${PW}`],
      ['Мене звати Олена, телефон +380 67 123 4567.', `Мене звати ${N}, телефон ${P}.`],
      [
        'Benim adım Emre Yılmaz, seri numarası F2LXK123ABCD.',
        `Benim adım ${N}, seri numarası ${S}.`,
      ],
      ['私の名前は高橋です。シリアル番号：F2LXK123ABCD', `私の名前は${N}です。シリアル番号：${S}`],
      ['我叫王芳，手机号 138 1234 5678。', `我叫${N}，手机号 ${P}。`],
      ['제 이름은 이서연입니다. 전화 010-1234-5678', `제 이름은 ${N}입니다. 전화 ${P}`],
      ['ผมชื่อสมชาย โทร 081-234-5678', `ผมชื่อ${N} โทร ${P}`],
      ['اسمي أحمد، هاتفي +966 50 123 4567', `اسمي ${N}، هاتفي ${P}`],
      ['שמי דנה, הטלפון שלי 054-123-4567', `שמי ${N}, הטלפון שלי ${P}`],
      ['मेरा नाम राहुल है, फ़ोन 98123 45678', `मेरा नाम ${N} है, फ़ोन ${P}`],
      [
        'Tên tôi là Nguyễn Văn An, số điện thoại 0912 345 678.',
        `Tên tôi là ${N}, số điện thoại ${P}.`,
      ],
      ['Nama saya Budi Santoso, email budi.s@yahoo.co.id', `Nama saya ${N}, email ${E}`],
      [
        'Case number 102345678912, iPhone 15, iOS 17.4.1, 5 GB free, error -1009 on 3 March 2024.',
        'Case number 102345678912, iPhone 15, iOS 17.4.1, 5 GB free, error -1009 on 3 March 2024.',
      ],
      [
        'Fallnummer 102345678912, Reparatur-ID R123456789, iPad 10, 64 GB.',
        'Fallnummer 102345678912, Reparatur-ID R123456789, iPad 10, 64 GB.',
      ],
      ['IMEI 35 209900 176148 1, serial C02XL0GJJG5J', `IMEI [IMEI removed], serial ${S}`],
      ['I live at 14 Mill Road, Cambridge CB1 2AD.', `I live at ${A}.`],
    ]));
});
