import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/*
 * Classes of leaks and over-masking found by probing with notes written for this round: each
 * block holds cases that failed before its fix, in several languages, and the nearby notes that
 * must stay as they are.
 */

const out = (text: string) => redact(text).text;

describe('redact: a hyphen opening the last line after prose signs the note', () => {
  it.each([
    ['Backup failed again last night.\n- Fatima', 'Fatima'],
    ['Still failing after the update to iOS 17.5.1. Any ideas?\n-Tom', 'Tom'],
    ['La sauvegarde échoue toujours.\n\n- Jean-Luc Perrin', 'Perrin'],
    ['Das Backup klappt nicht!\n– Jörg\n+49 171 2345678', 'Jörg'],
    ['Any ideas?\n- McKenzie', 'McKenzie'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Backup fails.\n- Restarted\n- Reset Network Settings',
    'Tried:\n- Reset',
    'What I did so far:\n- Turned off VPN',
    '1. Restarted\n- Reset',
    '- Fatima',
    // One bullet after prose: a step or a feature, not a signature.
    'Backup failed at 2am.\n- Reset Network',
    'Things I did. Tried everything.\n- Restart',
    'Backup fails again!\n- Airplane Mode',
    'Backup fails again!\n- WhatsApp',
  ])('leaves the list %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a sign-off word inside a clause is an ordinary word', () => {
  it.each([
    'I bought a new iPhone 16 at Best Buy and want to restore from backup.',
    'Got the cable at Best Buy',
    'We stayed in the Best Western and the Wi-Fi blocked the backup.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ['It works now, thanks Anna for the tip', 'Anna'],
    ['It works now thanks Anna', 'Anna'],
    ['With love, Granny Mae', 'Mae'],
    ['ok cheers Mike', 'Mike'],
  ])('still masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe('redact: a short surname that is also a word elsewhere', () => {
  it.each([
    ['name: Grace Ho', 'Ho'],
    ['My name is Minh Le, backup fails', 'Le'],
    ['Thanks,\nTom Do', 'Do'],
    ['Cordialement,\nLi Ma', 'Ma'],
    ['Hi, this is Wei Han. iPad Air, iOS 17.5.', 'Han'],
  ])('masks the whole name in %j', (text, surname) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toMatch(new RegExp(`\\b${surname}\\b`));
  });

  it.each([
    ['Viele Grüße, Steffi', 'Viele Grüße, [name removed]'],
    ['Thanks, Anna. So it is the storage?', 'Thanks, [name removed]. So it is the storage?'],
    ['I am Anna Baker, using Wi-Fi at home', 'I am [name removed], using Wi-Fi at home'],
  ])('reads a longer word or a new sentence as no surname: %j', (text, expected) => {
    expect(out(text)).toBe(expected);
  });
});

describe('redact: codes after a label, a few words and a colon', () => {
  it.each([
    ['Security code on the Mac: 731 205', '731 205'],
    ['The code Apple sent to my phone: 638201', '638201'],
    ['Der Bestätigungscode auf dem iPad: 482 913', '482 913'],
    ['Code de vérification reçu par SMS : 552190', '552190'],
  ])('masks %j', (text, code) => {
    expect(out(text)).toContain('[password removed]');
    expect(out(text)).not.toContain(code);
  });

  it.each([
    'the error code on screen: 4013',
    'Code from the error message: 4013',
    'Fehlercode beim Backup: 4013',
  ])('keeps the error code in %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: passwords written as passphrases or after an abbreviation', () => {
  it.each([
    ['password = correct-horse-battery', 'horse'],
    ['password: blue-elephant-storage', 'elephant'],
    ['pwd qwerty123!', 'qwerty123'],
    ['mdp azerty12', 'azerty12'],
    ['my pw Hunter2 works on the Mac', 'Hunter2'],
  ])('masks %j', (text, secret) => {
    expect(out(text)).toContain('[password removed]');
    expect(out(text)).not.toContain(secret);
  });

  it.each([
    'Password: Wi-Fi',
    'Passwort: Apple-Kunde',
    'pw reset did not help',
    'password: forgotten',
    'Password-Reset done',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: people named after their role and "was", or after "named"', () => {
  it.each([
    ['My old case ID was 102938475612 and the advisor was Jordan.', 'Jordan'],
    ["The agent's name was Kevin, very nice.", 'Kevin'],
    ['My daughter named Emma set it up.', 'Emma'],
    ['Der Mitarbeiter namens Kai meinte, ich solle warten.', 'Kai'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'My old case ID was 102938475612.',
    'Advisor was very helpful.',
    'My wife is on iOS 17.5 too.',
    'The technician is sure it is the storage.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: whose account or device it is, said in a sentence', () => {
  it.each([
    ['The account belongs to Peter Novak.', 'Novak'],
    ["It's registered to Ms. Yuki Sato.", 'Sato'],
    ['Das Konto läuft auf Heinz Krause, meinen Vater.', 'Krause'],
    ["L'iPhone est au nom de Marie Dupont.", 'Dupont'],
    ['La cuenta está a nombre de Javier Ruiz', 'Javier'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'The iPad belongs to the school.',
    'Das iPad gehört meiner Tochter.',
    'It belongs to MDM, so backup is off.',
    'The backup belongs to iPhone 12.',
    // Features and device-management services, not people.
    'The iPad is registered to Find My.',
    'It is owned by Jamf Pro.',
    'It belongs to Screen Time.',
    'Registered to Intune, so the backup is blocked.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: short and informal sign-offs, and kisses after the name', () => {
  it.each([
    ['Yours, Arthur', 'Arthur'],
    ['Rgds Sunil', 'Sunil'],
    ['xo Bree', 'Bree'],
    ['Thanks! Kat x', 'Kat'],
    ['Cheers, Bazza :)', 'Bazza'],
    ['Danke! Jörg xx', 'Jörg'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each(['Is yours OK? Mine fails.', 'Yours is the same problem?', 'Thank you. Go to Settings'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe('redact: whom to call or write, right before the number or address', () => {
  it.each([
    ['Call Joanne on 07700 900456', 'Joanne'],
    ['Email Dave at dave@dave.com', 'Dave'],
    ['Ruf Jörg unter 0171 2345678 an', 'Jörg'],
    ['Appelez Sophie au 06 12 34 56 78', 'Sophie'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['Call Apple Support on 0800 048 0408', 'Call Apple Support on'],
    ['Contact AppleCare at 1-800-275-2273', 'Contact AppleCare at'],
    ['Spoke to AppleCare yesterday', 'Spoke to AppleCare yesterday'],
    ['Call Apple at 5pm', 'Call Apple at 5pm'],
    ['Call Center on 0800 123 4567', 'Call Center on'],
  ])('keeps Apple in %j', (text, kept) => {
    expect(out(text)).toContain(kept);
  });
});

describe('redact: social handles and copied mail headers', () => {
  it.each([
    ['My Instagram is @helen_c_1985 if that helps', '@helen_c_1985', '[username removed]'],
    ['Twitter: @jsmith84', 'jsmith84', '[username removed]'],
    ['To: support@apple.com\nCc: Tom Carter', 'Carter', '[name removed]'],
  ])('masks %j', (text, secret, mask) => {
    expect(out(text)).toContain(mask);
    expect(out(text)).not.toContain(secret);
  });

  it.each([
    'backup @ 3am, again',
    'backup failed @3am',
    'I am @home now',
    'mail me: anna@example.com',
    'Go to: Settings > General',
  ])('masks no handle in %j', (text) => {
    expect(out(text)).not.toContain('[username removed]');
    expect(out(text)).not.toContain('[name removed]');
  });
});

describe('redact: a profession after "I am" is no name; a professor is a title', () => {
  it.each([
    'Eu sou professora e o backup falha.',
    'Soy enfermera y el backup falla.',
    'Sono ingegnere e il backup non va.',
    'Je suis infirmière et la sauvegarde échoue.',
    'Ich bin Krankenschwester und das Backup geht nicht.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it('masks the name after the title and keeps the title', () => {
    expect(out('Hi, this is Professor Anna Klein.')).toBe('Hi, this is Professor [name removed].');
  });
});

describe('redact: a Chinese clause before 的 or after 我叫 that names nobody', () => {
  it.each([
    '我是用的iPhone 15 Pro，iOS 17.4。',
    '我在用的iPad备份失败',
    '我叫不出这个错误的名字，反正就是备份失败。',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ['王小明的iPhone备份失败', '王小明'],
    ['我叫王小明', '王小明'],
  ])('still masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe('redact: a name heading a contact line with a dash, a bar or a slash', () => {
  it.each([
    ['Marco Rossi - +39 333 1234567', 'Rossi'],
    ['Backup failed.\nRavi Kumar | +91 98200 12345', 'Kumar'],
    ['Thanks\nAnne Dupont / anne.dupont@free.fr', 'Dupont'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['Mobile - +49 171 2345678', 'Mobile - '],
    ['Mobile Phone - +49 171 2345678', 'Mobile Phone - '],
    ['Photos Library - 45 GB', 'Photos Library - 45 GB'],
    ['Settings / General - 5 GB', 'Settings / General - 5 GB'],
  ])('keeps the label in %j', (text, kept) => {
    expect(out(text)).toContain(kept);
  });
});

describe('redact: what a device is, before 的, の or 의, is no owner', () => {
  it.each([
    '中古のiPhoneを買いました',
    '二台目のiPadもダメ',
    'ドコモのiPhoneです',
    '我买了旧的iPhone',
    '公司发的iPhone备份失败',
    '家里的iPad可以',
    '学生的iPad',
    '中国移动的iPhone',
    '최신의 iPhone',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ['王新的iPhone', '王新'],
    ['王小明的iPhone备份失败', '王小明'],
    ['アンナのiPhone', 'アンナ'],
    ['민수의 iPhone', '민수'],
  ])('still masks the owner in %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe('redact: a nationality after "I am" is no name', () => {
  it.each([
    "I'm Italian, the iPhone is in Italian.",
    'Soy Mexicano, vivo en Estados Unidos.',
    'Je suis Français et mon iPhone est en anglais.',
    'Ich bin Schweizer und das Backup geht nicht.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ['My name is Francesca Italiano', 'Italiano'],
    ["I'm Danish Ahmad", 'Ahmad'],
  ])('still masks a name that is also a nationality in %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe('redact: notes written for someone, and German "Im"', () => {
  it.each([
    ['Sent by Hamid on behalf of my mother', 'Hamid'],
    ['I am writing on behalf of Jean Dupont.', 'Dupont'],
    ['De la part de Mme Leroy', 'Leroy'],
    ['Im Auftrag von Frau Weber: Backup geht nicht.', 'Weber'],
    ['Warm regards | Ana Lúcia', 'Lúcia'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['Im Auftrag von Frau Weber: Backup geht nicht.', 'Im Auftrag von Frau'],
    ['Im Moment geht das Backup nicht.', 'Im Moment geht das Backup nicht.'],
    ['The code was sent by SMS', 'The code was sent by SMS'],
    ['Thanks | Settings', 'Thanks | Settings'],
  ])('keeps the words of %j', (text, kept) => {
    expect(out(text)).toContain(kept);
  });

  it('still reads "Im" as "I\'m" in an English note', () => {
    expect(out('Im Jake and my iPhone wont backup')).toBe(
      'Im [name removed] and my iPhone wont backup',
    );
  });
});

describe('redact: relatives named in the Russian genitive', () => {
  it.each([
    ['Это iPad моей дочери Маши.', 'Маши'],
    ['Телефон моего сына Артёма не копируется.', 'Артёма'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each(['Это iPad моей дочери, она в школе.', 'У моей сестры Apple ID другой.'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe('redact: someone else named by "her name is" or "is called"', () => {
  it.each([
    ["I'm using my dad's old Apple ID, his name is Gerald Pike.", 'Gerald Pike'],
    ['her name is ruby, she is 9', 'ruby'],
    ["she's called Ruby and her iPad fails too", 'Ruby'],
    ['Das iPad gehört meiner Tochter, ihr Name ist Lena Vogt.', 'Lena Vogt'],
    ['Sie heißt Hanna und ihr iPad sichert nicht.', 'Hanna'],
    ['Mijn zoon heet Daan.', 'Daan'],
    ['Min dotter heter Alva.', 'Alva'],
    ["Elle s'appelle Chloé, son iPad ne sauvegarde pas.", 'Chloé'],
    ['Mi hija se llama Lucía y su iPad falla.', 'Lucía'],
    ['Mia figlia si chiama Giorgia.', 'Giorgia'],
    ['Minha filha se chama Beatriz.', 'Beatriz'],
    ['Мою дочь зовут Алиса.', 'Алиса'],
    ['Córka nazywa się Zosia.', 'Zosia'],
    ["Kızımın adı Elif, iPad'i yedeklenmiyor.", 'Elif'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Die App heißt Fotos und ist groß.',
    'Das heißt Backup geht nicht.',
    "L'application s'appelle Photos.",
    'The setting is called iCloud Backup.',
    "she's called me twice today",
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a name alone on the line above masked contact details', () => {
  it.each([
    ['Sent from my iPhone\n\nDerek Fong\n+1 604 555 0142', 'Derek Fong'],
    ['Backup fails.\n\nDerek Fong\nTel.: +1 604 555 0142', 'Derek Fong'],
    ['Backup fails.\n\nAnna-Lena Hoffmann\nanna.hoffmann@web.de', 'Hoffmann'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['Reset Network Settings\n+1 604 555 0142', 'Reset Network Settings\n'],
    ['iCloud Backup Failed\n+1 604 555 0142', 'iCloud Backup Failed\n'],
    ['Last Backup Yesterday\nIMEI 356789012345678', 'Last Backup Yesterday\n'],
  ])('keeps the heading of %j', (text, heading) => {
    expect(out(text).startsWith(heading)).toBe(true);
  });
});

describe('redact: a Chinese, Japanese or Korean name after thanks on the same last line', () => {
  it.each([
    ['谢谢！张伟', '张伟'],
    ['备份一直失败。谢谢，李明', '李明'],
    ['よろしくお願いします。佐藤 健', '佐藤'],
    ['バックアップが失敗します。よろしくお願いします。山田太郎', '山田太郎'],
    ['백업이 계속 실패해요. 감사합니다. 박서준', '박서준'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    '谢谢！苹果支持',
    '谢谢！周末愉快',
    '谢谢！备份成功了',
    'よろしくお願いします。以上',
    'よろしくお願いします。バックアップが失敗します。',
    '감사합니다. 화이팅',
    '감사합니다. 수고하세요',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a Hebrew, Arabic or Hindi name after thanks and a comma on the last line', () => {
  it.each([
    ['النسخ الاحتياطي يفشل. شكراً، محمد العتيبي', 'محمد العتيبي'],
    ['מגבה כל לילה. תודה, יוסי כהן', 'יוסי כהן'],
    ['धन्यवाद, अमित शर्मा', 'अमित शर्मा'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each(['ขอบคุณครับ โชคดีครับ', 'شكراً، النسخ الاحتياطي لا يعمل منذ التحديث', 'תודה, iOS 17.5'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe('redact: a Wi-Fi network named after its owner', () => {
  it.each([
    ['Our Wi-Fi "Linda\'s Network" is slow maybe?', 'Linda'],
    ["Connected to Linda's WiFi at her house", 'Linda'],
    ["Backup only fails on Marek's hotspot", 'Marek'],
    ['Network name: "Familie Müller WLAN"', 'Müller'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    "Starbucks WiFi and the hotel's network both fail",
    'Family Sharing network',
    "Apple's network is down?",
    "The iPhone's Wi-Fi is fine.",
    "at my mum's wifi it works",
    'Reset Network Settings did nothing',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a build number or a time stamp is no phone number', () => {
  it.each([
    'Windows build 22631.4460, iTunes 12.13.4.4. The computer backup works.',
    'OS Build 19044.3570',
    'Time stamp 1701590400 in the log. Backup failed.',
    'timestamp: 1701590400123',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ['rebuild 0171 2345678', '2345678'],
    ['call me 0171 2345678 build', '2345678'],
  ])('still masks the phone in %j', (text, digits) => {
    expect(out(text)).not.toContain(digits);
  });
});

describe('redact: a hyphenated given name whose last part is a short word', () => {
  it.each([
    ["I'm Sung-min, iPhone 15 Pro Max, iOS 18.1.", 'Sung-min'],
    ['Thanks, Jae-ho', 'Jae-ho'],
    ['my name is Min-jun Kim', 'Min-jun'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each(["I'm Back-up admin here", 'Thanks, E-Mail kam nicht an'])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: Italian kisses sign off', () => {
  it.each([
    ['Baci, Giulia', 'Giulia'],
    ['Il backup non va.\nBacioni\nMartina', 'Martina'],
  ])('masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe("redact: the owner named after 'the owner is', 'holder is', 'under the name'", () => {
  it.each([
    ['The account holder is Priscilla Okoye.', 'Priscilla Okoye'],
    ['Der Inhaber ist Jürgen Braun, mein Vater.', 'Jürgen Braun'],
    ['It is under the name Tess Holloway, my aunt.', 'Tess Holloway'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'The owner is my school.',
    'The owner is unknown to me',
    'The holder is Apple.',
    'the owner is MDM',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: the one to call, right before a bracketed or bare number', () => {
  it.each([
    ['Please call Linda (+1 212 555 0173)', 'Linda'],
    ['call Steve +1 212 555 0173', 'Steve'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['Please call Apple (1-800-275-2273)', 'call Apple'],
    ['I will call AppleCare 0800 107 6285 tomorrow', 'call AppleCare'],
    ['text Mum 07700 900123', 'text Mum'],
  ])('keeps the callee in %j', (text, kept) => {
    expect(out(text)).toContain(kept);
  });
});

describe("redact: a capitalised '-ed' feeling after 'I'm' is no name", () => {
  it.each([
    "I'm Exhausted with this. Nothing works. Backup stuck at 12%.",
    "I'm Stressed, backup failed.",
    "I'm Scared I lose my photos.",
    "I'm Concerned about my photos",
    "I'm Puzzled.",
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });

  it.each([
    ["I'm Ahmed, backup fails", 'Ahmed'],
    ["I'm Alfred.", 'Alfred'],
    ["I'm Siegfried, hi", 'Siegfried'],
    ["I'm Jared, hi", 'Jared'],
    ["I'm Saeed.", 'Saeed'],
  ])('still masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});

describe('redact: people named by their place in the writer’s work or home', () => {
  it.each([
    ['The IT guy Bob Steiner said backups are blocked', 'Steiner'],
    ['my boss Janet set up the iPad', 'Janet'],
    ['Our IT admin Kevin Marsh enrolled it in MDM.', 'Marsh'],
    ['my roommate Tobias uses the same Wi-Fi', 'Tobias'],
    ['mein Mitbewohner Lukas hat das gleiche Problem', 'Lukas'],
    ['Mi jefe Ramón configuró el iPad.', 'Ramón'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'the IT department blocked it',
    'my manager approved it',
    'the admin Console shows errors',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: who set something up or opened a ticket for the writer', () => {
  it.each([
    ['Backup fails. Support ticket opened by Rachel Green last week.', 'Rachel Green'],
    ['Das iPad wurde eingerichtet von Jonas Becker.', 'Jonas Becker'],
    ["L'iPad a été configuré par Mathis.", 'Mathis'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'set up by IT',
    'set up by Apple at the store',
    'created by the school',
    'opened by mistake',
    'configured by Jamf',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe("redact: 'any help appreciated' signs off like thanks", () => {
  it.each([
    ['Backup fails. Any help appreciated! Gwen', 'Gwen'],
    ['Any help appreciated,\nGwen', 'Gwen'],
    ['Much appreciated. Tobias', 'Tobias'],
  ])('masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Any help appreciated! Backup fails on iOS 18.',
    "Any help appreciated! Photos won't sync",
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: whom a message is from, heading what it says', () => {
  it.each([
    ['Note from Harriet: backup failed on her iPad Air since March.', 'Harriet'],
    ['Message from Gareth Price - the backup stopped after iOS 18.1', 'Gareth Price'],
    ['Nachricht von Henrike: bei ihr auch.', 'Henrike'],
    ['Bonjour, message de Clémence : la sauvegarde échoue.', 'Clémence'],
    ['Hola, mensaje de Lucía: la copia falla.', 'Lucía'],
    ['Hoi, bericht van Sanne: de back-up mislukt.', 'Sanne'],
    ['Olá, recado da Mariana: o backup falhou.', 'Mariana'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Message from Apple: your iCloud storage is full.',
    'Email from Apple Support: we have received your request.',
    'I got a message from Settings saying the backup failed.',
    'Il messaggio di Errore: backup non riuscito',
    'Mensaje de Alerta: copia de seguridad fallida',
    'Message de Sauvegarde : échec',
    'Mensagem de Erro: o backup falhou',
    'Note from me: tried everything.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: an identifier after "Account" and its translations', () => {
  it.each([
    ['Account: marie.dubois1984', 'marie.dubois1984'],
    ['Konto: jens.schubert77', 'jens.schubert77'],
    ['Compte : lucie.martin2019', 'lucie.martin2019'],
    ['Cuenta: pedro_gomez88', 'pedro_gomez88'],
    ['My account is kat_w91 and backup fails', 'kat_w91'],
  ])('masks %j', (text, id) => {
    expect(out(text)).toContain('[username removed]');
    expect(out(text)).not.toContain(id);
  });

  it.each([
    'Account: locked',
    'Account: 2 TB plan shared with family',
    'Konto: iOS 17.5 auf dem iPhone',
    'My account is fine, the backup is not.',
    'Account: iCloud+ with 200 GB',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a name signed on the thanks line before masked contact details', () => {
  it.each([
    ['谢谢，李娜 13812345678', '李娜'],
    ['よろしくお願いします。佐藤花子 080-1111-2222', '佐藤花子'],
    ['감사합니다. 박서준 010-9876-5432', '박서준'],
    ['النسخ الاحتياطي لا يعمل. شكراً، سارة العلي (0551234567)', 'سارة'],
    ['הגיבוי נכשל. תודה, דנה לוי 052-1234567', 'דנה'],
    ['बैकअप विफल। धन्यवाद, राहुल 98123 45678', 'राहुल'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    ['谢谢 周末愉快 13812345678', '周末愉快'],
    ['よろしくお願いします。以上 080-1111-2222', '以上'],
    ['감사합니다. 화이팅 010-9876-5432', '화이팅'],
  ])('keeps the wish in %j', (text, wish) => {
    expect(out(text)).toContain(wish);
  });
});

describe('redact: a Hindi sentence ends at the danda before a signed thanks line', () => {
  it('masks the name after "धन्यवाद," that follows a sentence', () => {
    expect(out('बैकअप विफल। धन्यवाद, राहुल शर्मा')).toBe('बैकअप विफल। धन्यवाद, [name removed]');
  });
});

describe('redact: a word that is common elsewhere signs the note before contact details', () => {
  it.each([
    ['Kind Regards\nAma (+233 20 123 4567)', 'Ama'],
    ['Thanks,\nWill 07700 900123', 'Will'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toMatch(/^[^\n]+\n\[name removed\] /);
    expect(out(text)).not.toContain(`\n${name}`);
  });

  it.each(['Best regards\nApple Support (0800 048 0408)', 'Thanks\nSupport'])(
    'leaves the words of %j',
    (text) => {
      expect(out(text)).not.toContain('[name removed]');
    },
  );
});

describe('redact: the owner of a device written in Cyrillic letters', () => {
  it.each([
    ['Айфон Маши не делает резервную копию.', 'Маши'],
    ['Привет. Айфон дочки Алины не сохраняет копию.', 'Алины'],
    ['Макбук Сергея видит, айфон нет.', 'Сергея'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'У меня айфон 13, iOS 17.4, резервная копия не создаётся.',
    'Айфон Про Макс 256 ГБ, копия не создаётся.',
    'Мой айфон Apple ID привязан к почте.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a lower-case title before the name in a casual introduction', () => {
  it.each([
    [
      'Hello this is dr. ramesh iyer, backup failed on my ipad',
      'Hello this is dr. [name removed],',
    ],
    ["hi, c'est mme dupont, la sauvegarde échoue", "hi, c'est mme [name removed],"],
    ['hi im mrs jones. backup fails', 'hi im mrs [name removed].'],
  ])('masks the name and keeps the title in %j', (text, start) => {
    expect(out(text).startsWith(start)).toBe(true);
  });

  it('leaves a title with no name after it', () => {
    expect(out('hey, this is dr. backup fails')).toBe('hey, this is dr. backup fails');
  });
});

describe('redact: a Swedish "det är … här" introduces the writer', () => {
  it('masks "Hej, det är Oskar här."', () => {
    expect(out('Hej, det är Oskar här. Backupen fungerar inte.')).toBe(
      'Hej, det är [name removed] här. Backupen fungerar inte.',
    );
  });

  it.each(['Det är Backup här.', 'Det är Apple här.', 'Det är iCloud här, inte iPhone.'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe('redact: "from" and a name closing the note', () => {
  it.each([
    ['pls help!!! backup failed 3 times. from jenny', 'jenny'],
    ['Danke!\nvon Lukas', 'Lukas'],
    ['Thanks. From Priya Sharma', 'Priya Sharma'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Backup fails. From iCloud.',
    'It started failing. From Monday.',
    'I moved everything over. From Android',
    'Backup fails. From my iPhone',
    'Hallo. Von Apple kam nichts.',
    'I restored the backup from Tuesday',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: post office boxes, and Russian streets named before the street word', () => {
  it.each([
    ['My PO Box 1234, Nairobi 00100', 'My [address removed]'],
    ['Postfach 10 20 30, 80331 München', '[address removed]'],
    ['Apartado de correos 45, 28080 Madrid', '[address removed]'],
    [
      'Живу на Невском проспекте, дом 28, Санкт-Петербург.',
      'Живу на [address removed], Санкт-Петербург.',
    ],
  ])('masks %j', (text, expected) => {
    expect(out(text)).toBe(expected);
  });

  it.each([
    'I have a PO box.',
    'Bought a new Box 2 days ago',
    'Я на Ленинском проспекте, связь плохая.',
    'Живу на Тверской улице уже 10 лет.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: Turkish closings that open with a capital İ', () => {
  it.each([
    ['Merhaba, yedekleme çalışmıyor. İyi çalışmalar, Kerem', 'Kerem'],
    ['Yedekleme olmuyor.\nİyi günler\nAyşe Kaya', 'Ayşe Kaya'],
    ['Kolay gelsin, Mehmet', 'Mehmet'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it('leaves a sentence after the closing', () => {
    const text = 'İyi çalışmalar, yedekleme hâlâ olmuyor.';
    expect(out(text)).toBe(text);
  });
});

describe('redact: whose number it is, said right after it', () => {
  it.each([
    ['Call me at 0151 2345678, Maria', 'Call me at [phone number removed], [name removed]'],
    [
      'Please call 555-0142 (Priya) if you need more info',
      'Please call [phone number removed] ([name removed]) if you need more info',
    ],
    ['Contact: +49 151 2345678 Jonas', 'Contact: [phone number removed] [name removed]'],
    ['Appelez le 06 12 34 56 78, Sophie', 'Appelez le [phone number removed], [name removed]'],
    ['Llámame al 612 345 678 (Lucía)', 'Llámame al [phone number removed] ([name removed])'],
  ])('masks %j', (text, expected) => {
    expect(out(text)).toBe(expected);
  });

  it.each([
    ['Call 0151 2345678 (Mobile) after 5pm', 'Call [phone number removed] (Mobile) after 5pm'],
    ['My number: 0151 2345678 (WhatsApp)', 'My number: [phone number removed] (WhatsApp)'],
    ['Reach me at 0151 2345678, Thanks', 'Reach me at [phone number removed], Thanks'],
    ['Ruf an: 0151 2345678, Danke', 'Ruf an: [phone number removed], Danke'],
    [
      'Call 0151 2345678 iPhone 12 still fails',
      'Call [phone number removed] iPhone 12 still fails',
    ],
  ])('leaves the word after %j', (text, expected) => {
    expect(out(text)).toBe(expected);
  });
});
