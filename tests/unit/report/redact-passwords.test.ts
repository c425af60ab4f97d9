import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report/redact';

const masked = (text: string) => redact(text).text;

describe('passwords and passcodes typed into a note', () => {
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
  ])('leaves "%s" as it is', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('keeps the sentence after the password, and redacting again changes nothing', () => {
    const once = masked('password: Tr0ub4dor&3, then I restarted.');
    expect(once).toBe('password: [password removed], then I restarted.');
    expect(masked(once)).toBe(once);
  });
});
