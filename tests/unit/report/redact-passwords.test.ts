import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report/redact';

const masked = (text: string) => redact(text).text;

describe('passwords, passcodes, one-time codes and PINs typed into a note', () => {
  it.each([
    ['my Apple ID is anna@example.com and the password zebra77', 'zebra77'],
    ['Das Passwort lautet Sonnenblume!9', 'Sonnenblume!9'],
    ['mot de passe : chaton2019.', 'chaton2019'],
    ['la contraseña es Perro_Azul', 'Perro_Azul'],
    ['wachtwoord: fietsbel', 'fietsbel'],
    ['пароль: Qwerty2020', 'Qwerty2020'],
    ['ロック画面のパスコードは918273です', '918273'],
    ['锁屏密码是 246810，', '246810'],
    ['비밀번호는 sky2024입니다', 'sky2024'],
    ['hasło to Kot123', 'Kot123'],
    ['code de verrouillage 5521', '5521'],
    // A plain word, where the note says it is the writer's own password.
    ['my password is sunshine', 'sunshine'],
    ['My Apple ID password was butterfly, I think', 'butterfly'],
    ['Mein Passwort ist sonnenschein', 'sonnenschein'],
    ['Das Passwort lautet sonnenschein', 'sonnenschein'],
    ['mon mot de passe est soleil.', 'soleil'],
    ['mi contraseña es girasol', 'girasol'],
    ['la mia password è girasole', 'girasole'],
    ['minha senha é girassol', 'girassol'],
    ['mijn wachtwoord is zonneschijn', 'zonneschijn'],
    ['мой пароль это солнце', 'солнце'],
    ['我的密码是 sunshine', 'sunshine'],
    ['my password is sunshine and it still fails', 'sunshine'],
    ['mi contraseña es girasol pero no funciona', 'girasol'],
    ['Mein Passwort lautet sonnenschein, glaube ich', 'sonnenschein'],
    // Short labels before a colon or "is", a colon after the verb, what the password is for.
    ['pw: hunter2', 'hunter2'],
    ['pass: Tr0mbone', 'Tr0mbone'],
    ['password is: sunshine', 'sunshine'],
    ['the encryption password for my backups is kiwi42', 'kiwi42'],
    ['şifrem elma2024', 'elma2024'],
    ['jelszavam: Alma1234', 'Alma1234'],
    // A label's definite form: "the password is …" in Swedish, Norwegian, Danish, Turkish, Finnish.
    ['Lösenordet är Sommar99', 'Sommar99'],
    ['Passordet er Fjord2020', 'Fjord2020'],
    ['Adgangskoden er Hygge123', 'Hygge123'],
    ['iCloud şifresi Ankara06', 'Ankara06'],
    ['Salasana on Kissa123', 'Kissa123'],
    // One-time codes, PINs and recovery keys: digits after a code's label, in any language.
    ['the verification code was 719304', '719304'],
    ['my code is 556677', '556677'],
    ['the 6-digit code 204 881 never came', '204 881'],
    ['SIM PIN 7310', '7310'],
    ['pin: 0000', '0000'],
    ['my PIN is 2580', '2580'],
    ['Sicherheitscode: 118822', '118822'],
    ['Mein Code ist 640213', '640213'],
    ['code de confirmation : 300 415', '300 415'],
    ['el código de verificación es 907311', '907311'],
    ['codice di conferma 552901', '552901'],
    ['bevestigingscode 771204', '771204'],
    ['проверочный код 448201', '448201'],
    ['kod potwierdzający: 620915', '620915'],
    ['bekräftelsekod 301977', '301977'],
    ['onay kodu 883104', '883104'],
    ['mã xác minh 662019', '662019'],
    ['認証コードは 551201 です', '551201'],
    ['请输入验证码 662910', '662910'],
    ['보안 코드는 813502입니다', '813502'],
    ['رمز التحقق: 440921', '440921'],
    // A verb of another language, a label's definite form, words before "is".
    ['mã xác nhận là 309917', '309917'],
    ['kode keamanan adalah 771930', '771930'],
    ['codul de confirmare este 615503', '615503'],
    ['säkerhetskoden är 240618', '240618'],
    ['the code Apple texted me was 884120', '884120'],
    ['recovery key: K7QD-88XM-PLW2-93TR-ZZ01-AB3C-9QQE', 'K7QD-88XM-PLW2-93TR-ZZ01-AB3C-9QQE'],
    ['Wiederherstellungsschlüssel W2RT 77PL QQ9E 4M1X', 'W2RT 77PL QQ9E 4M1X'],
  ])('masks the secret in "%s"', (text, secret) => {
    const out = masked(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[password removed]');
    expect(redact(text).masked).toContainEqual({ kind: 'password', count: 1 });
  });

  it.each([
    'I forgot my password and reset it twice',
    'Passwort vergessen, dann neu gesetzt',
    'Settings > [your name] > Password & Security > Two-Factor Authentication',
    'la contraseña es incorrecta',
    'the passcode is wrong after the update',
    'pin 100%, Wi-Fi ổn',
    'error code 4010 after the passcode prompt',
    // What the writer's password is like, not the password.
    'my password is wrong',
    'My password is incorrect, says the iPhone',
    'mi contraseña es incorrecta',
    'Mein Passwort ist abgelaufen',
    'mon mot de passe est bloqué',
    "my password doesn't work",
    'my passcode is six digits',
    'my password is not accepted',
    'my password is definitely correct',
    'my password for iCloud keeps being asked',
    'my password is unchanged',
    'my password is working on the Mac',
    'my password is case sensitive',
    'Mein Passwort ist immer noch falsch',
    'Lösenordet är fel',
    'salasana on väärä',
    // Error codes, numbers with units, dates and codes without digits.
    'error code: 4013, then code -1',
    'Fehlercode 4013, Code 4013 again',
    'the code 9006 appears, code d’erreur 4013, código de error 3194',
    'код ошибки 4013; エラーコード 4013; 错误码 4013; CKError code is 2',
    'my PIN doesn’t work, the verification code never arrived',
    'PIN 2024-03-05, code: 10:30, the code is 4 digits',
    'I had to pass 2 checks, you pass 12345 tests',
    'the code in the error message was 4013, Fehlercode ist 4013, codec 1234',
  ])('leaves "%s" as it is', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('keeps the sentence after the password, and redacting again changes nothing', () => {
    const once = masked('password: Tr0ub4dor&3, then I restarted.');
    expect(once).toBe('password: [password removed], then I restarted.');
    expect(masked(once)).toBe(once);
  });
});
