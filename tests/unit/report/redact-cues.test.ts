import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/*
 * The cues added after the independent review of the masking: Apple Support case numbers (kept),
 * owner and customer fields, signatures, contact lines headed by a place, greetings and casual
 * introductions, and other people named by who they are. Each case masks the given name (or
 * keeps the given text) in a language of its own; the last block lists notes that must not change.
 */

const masks = (cases: [string, string][]) =>
  it.each(cases)('masks %j', (text, secret) => {
    const out = redact(text).text;
    expect(out).toContain('[name removed]');
    expect(out).not.toContain(secret);
  });

describe('redact: Apple Support case numbers are kept', () => {
  it.each([
    ['Apple Support case 104512348876 is still open, iOS 18.1.', '104512348876'],
    ['Meine Fallnummer lautet 105667123409, Backup seit Montag kaputt.', '105667123409'],
    ['Numéro de dossier : 20000073451208. La sauvegarde échoue.', '20000073451208'],
    ['El número de caso es 101234009876 y sigue igual.', '101234009876'],
    ['Ärende 102938475610 hos Apple, inget hände.', '102938475610'],
    ['サポートのケース番号は104455667788です。', '104455667788'],
    ['케이스 105566778899 진행 중입니다.', '105566778899'],
    ['AppleCare call today, reference 20000099887766 (escalated)', '20000099887766 (escalated)'],
    ['(ticket 104455661122) still failing', '(ticket 104455661122) still'],
    ['Broj slučaja: 103300442211, sigurnosna kopija i dalje ne radi.', '103300442211'],
    ['Apple gave me 101122334455 for the callback.', '101122334455'],
  ])('keeps %j', (text, kept) => {
    expect(redact(text).text).toContain(kept);
  });

  it('still masks a phone number after "in case" or with no case word, and leaves a closing bracket alone', () => {
    expect(redact('text me on 102345678901 tonight').text).toBe(
      'text me on [phone number removed] tonight',
    );
    expect(redact('just in case 4155551234 calls').text).toBe(
      'just in case [phone number removed] calls',
    );
    expect(redact('(call 0170 1234567) now').text).toBe('(call [phone number removed]) now');
  });
});

describe('redact: owner, holder and customer fields', () => {
  masks([
    ['Device: iPad Air\nHolder: Priya Raman\nSerial: DMPX12ABCD9F', 'Priya'],
    ['Gerät: iPhone 16 Plus\nInhaber: Jörg Seidel', 'Seidel'],
    ['Appareil : iPhone 13 mini\nTitulaire : Chloé Marchand', 'Marchand'],
    ['Equipo: iPhone 14 Pro\nPropietaria: Lucía Ortega Ramos', 'Ortega'],
    ['Dispositivo: iPad Pro\nProprietária: Inês Vasconcelos', 'Vasconcelos'],
    ['Apparaat: iPhone 12\nEigenaar: Sanne de Boer', 'Sanne'],
    ['Urządzenie: iPhone 15\nWłaściciel: Tomasz Zieliński', 'Zieliński'],
    ['Устройство: iPad mini\nВладелец: Ольга Смирнова', 'Смирнова'],
    ['Cihaz: iPhone 13\nSahibi: Elif Yıldız', 'Yıldız'],
    ['機種：iPhone 14\n所有者：佐藤美咲', '佐藤美咲'],
    ['设备：iPad\n机主：王建国', '王建国'],
    ['기기: iPhone 13 mini\n소유자: 박서준', '박서준'],
    ['الجهاز: iPhone 14\nالمالك: يوسف منصور', 'منصور'],
    ['מכשיר: iPad\nבעלים: דנה כהן', 'כהן'],
    ['डिवाइस: iPhone 13\nमालिक: राहुल शर्मा', 'शर्मा'],
    ['อุปกรณ์: iPad\nเจ้าของ: สมศักดิ์ ทองดี', 'สมศักดิ์'],
    ['Ticket for customer Dominic Ashworth, iPad 10, backup stuck', 'Ashworth'],
  ]);

  masks([
    ["Propriétaire de l'appareil : Gaëlle Moreau", 'Moreau'],
    ['Majiteľ: Ján Kováč', 'Kováč'],
    ['Titular de la cuenta: Rodrigo Paz', 'Rodrigo'],
  ]);

  it('keeps the model words of a labelled device', () => {
    expect(redact('Device: iPhone 12 Pro Max\nOwner: Ngozi Adeyemi').text).toBe(
      'Device: iPhone 12 Pro Max\nOwner: [name removed]',
    );
  });
});

describe('redact: signatures and titles', () => {
  masks([
    ['Thanks for any help\n--\nHarriet Quinn\nharriet.q@example.org', 'Quinn'],
    ['С уважением,\nИван Петров\nтел. +7 912 345-67-89', 'Петров'],
    ['Falei com a Dra. Beatriz Salgado ontem.', 'Salgado'],
    ['Volal mi Mgr. Petr Dvořák z podpory.', 'Dvořák'],
    [
      'Kind regards,\nEleanor Whitcombe\n14 Mill Road, Cambridge CB1 2AB\n+44 7700 900123',
      'Whitcombe',
    ],
    ['Met groet, Pieter Jansen', 'Jansen'],
    ['Abs.,\nFernanda Lima Rocha\nRua Bahia, 300\n(11) 99876-5432', 'Fernanda'],
    ['backup still broken — Theodora', 'Theodora'],
    ['Ring mig på 070-123 45 67. /Ingrid Lund', 'Ingrid'],
    ['Signature: Dr. Amelia Frost', 'Frost'],
    ['Signé : Marie-Claire Dubois', 'Dubois'],
    ['مع تحياتي،\nسارة الحربي\nهاتف: 050 123 4567', 'الحربي'],
    ['תודה רבה,\nנועה פרידמן\nטלפון: 054-765-4321', 'פרידמן'],
    ['सादर,\nनेहा गुप्ता\nफोन: 98111 44556', 'नेहा'],
    ['ขอแสดงความนับถือ\nสุดา แก้วมณี\nโทร 089-765-4321', 'สุดา'],
    ['谢谢。—— 李娜', '李娜'],
    ['Our contact is Rev. Thomas Okoro.', 'Okoro'],
    ['Ho parlato con il Sig. Marco Bellini.', 'Bellini'],
    ['客服的陈女士说要重置。', '陈'],
    ['サポートの山田さんに相談しました。', '山田'],
  ]);
});

describe('redact: contact lines headed by a place', () => {
  masks([
    ['Danmark – Mette Kjær, Nørregade 10, 1165 København, 20 12 34 56', 'Kjær'],
    ['Oskar Berg, Storgatan 5, 111 22 Stockholm', 'Oskar'],
    ['Versand an: Hauptstraße 5, 10115 Berlin, Lena Vogt', 'Vogt'],
    ['Schweiz: Lukas Meier, Bahnhofstrasse 10, 8001 Zürich, 044 123 45 67', 'Meier'],
    ['Chile: Camila Fuentes Rojas, +56 9 8765 4321, Santiago', 'Fuentes'],
    ['台灣：陳美玲，電話 0912 345 678', '陳美玲'],
  ]);
});

describe('redact: greetings and casual introductions', () => {
  masks([
    ['Hi Dorothea, your Apple ID is in the drawer.', 'Dorothea'],
    ['Bonjour Mathilde, voici le message.', 'Mathilde'],
    ['Hola Ximena, mira esto.', 'Ximena'],
    ['Hey June, the iPad says backup failed.', 'June'],
    ['servus, bin der tobi, mein ipad spinnt', 'tobi'],
    ['ciao, sono giada, il mio iphone non fa backup', 'giada'],
    ['привет, это дима, айфон не делает копию', 'дима'],
    ['namaste main priya hoon, backup nahi ho raha', 'priya'],
  ]);
});

describe('redact: other people named by who they are', () => {
  masks([
    ['My daughter Imogen set it up for me.', 'Imogen'],
    ['Mein Sohn Jannik hat das eingerichtet.', 'Jannik'],
    ['Le technicien Farid a dit de patienter.', 'Farid'],
    ['Специалист Марина сказала подождать.', 'Марина'],
    ['Kızım Zeynep kurdu, ben bilmiyorum.', 'Zeynep'],
    ['Grandad (Arthur Pennington) uses the iPad.', 'Pennington'],
    ['Spoke to Marisol at the Genius Bar.', 'Marisol'],
  ]);
});

describe('redact: notes the new cues leave as they are', () => {
  it.each([
    'Apple Support chat\nAgent: Thank you. Go to Settings > General.\nCustomer: Tried that, same error.',
    'Device: iPhone 15 Pro Max\nStorage: 256 GB\nIssue: backup fails',
    'Dear Sir or Madam, my backup fails.',
    'Hi all, Family Sharing is on. Hey Siri does not help.',
    'Steps I tried:\n- Restarted\n- Reset Network Settings\niOS 17.5',
    'Problem: Backup Failed, error 4010 after 3 days.',
    "C'est urgent, mon iPad ne sauvegarde plus.",
    'Hallo zusammen, bin neu hier.',
    'Just in case: backup was 5 GB on 2024-06-01.',
    '备份失败——原因不明。',
    'Prima Idee, aber es klappt nicht.',
    'Bill from Apple was charged on 3 June.',
    'I went to an Apple Premium Partner Store.',
    'Ich habe mit dem Mitarbeiter Kontakt gehabt.',
    'Backup ended — Restore Completed',
    'Problem seit Montag – Fehlermeldung',
    'Hello Everyone, any idea? Hola Comunidad, Liebes Forum.',
  ])('leaves %j', (text) => {
    expect(redact(text).text).toBe(text);
  });
});
