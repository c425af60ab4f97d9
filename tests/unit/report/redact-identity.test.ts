import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/*
 * Numbers that identify a person to a state, a bank or an insurer, found after their labels.
 * Their shapes (a date and four digits, letters and digits, an IBAN's groups) are no phone
 * number, serial or IMEI, so without the label they were left whole or in part.
 */

const out = (text: string) => redact(text).text;

describe('redact: identity, tax and bank numbers after their labels', () => {
  it.each([
    ['Hej! Personnummer 19900101-1234. Säkerhetskopian misslyckas.', '19900101-1234'],
    ['Ciao, codice fiscale BNCGLI85M41H501Z. Il backup non va.', 'BNCGLI85M41H501Z'],
    ['DNI 12345678Z, la copia de iCloud falla.', '12345678Z'],
    ['Passport number X1234567, in case you need it.', 'X1234567'],
    ["Driver's licence: SMITH901234AB9CD", 'SMITH901234AB9CD'],
    ['IBAN DE89 3704 0044 0532 0130 00. Backup geht nicht.', 'DE89'],
    ['National insurance number is AB 12 34 56 C', 'AB 12'],
  ])('masks %j whole', (text, value) => {
    expect(out(text)).toContain('[serial number removed]');
    expect(out(text)).not.toContain(value);
  });

  it.each([
    ['Hi, my SSN is 123-45-6789 and my DOB 04/12/1985.', 'and my DOB 04/12/1985.'],
    ['PESEL 90010112345, kopia nie działa', ', kopia nie działa'],
    ['TC kimlik no: 12345678901. Tel: yok', '. Tel: yok'],
    ['Mon numéro de sécurité sociale est 2 85 05 75 123 456 78.', 'est [serial'],
    ['주민등록번호 900101-1234567', '주민등록번호 [serial'],
  ])(
    'names %j a serial number, not a phone number or an IMEI, and keeps the rest',
    (text, kept) => {
      const result = redact(text);
      expect(result.masked).toEqual([{ kind: 'serial', count: 1 }]);
      expect(result.text).toContain(kept);
    },
  );

  it.each([
    'I need my passport for the Apple Store visit on 12.03.2024',
    'Passport photo is in iCloud Photos, 3.2 GB library.',
    'Bank account was charged 2.99 for 50 GB.',
    'Nie działa od 12.03.2024, kopia zapasowa.',
    'My DNI expires in 2030.',
    'SSN no longer needed.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: the answer to a security question is a secret', () => {
  it.each([
    ['Security question answer: Fluffy', 'Fluffy'],
    ['The answer to my security question is Rex2009', 'Rex2009'],
    ['Sicherheitsantwort: Bello', 'Bello'],
    ['Respuesta de seguridad: Toby', 'Toby'],
  ])('masks %j', (text, answer) => {
    expect(out(text)).toContain('[password removed]');
    expect(out(text)).not.toContain(answer);
  });

  it.each(["I forgot my security answer and can't reset.", 'Security answer is wrong, it says.'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe("redact: a network card's hardware (MAC) address", () => {
  it.each([
    ['Wi-Fi MAC 3C:22:FB:12:34:56, backup fails', '3C:22:FB:12:34:56'],
    ['Wi-Fi address a0-b1-c2-d3-e4-f5 (private address off)', 'a0-b1-c2-d3-e4-f5'],
  ])('masks %j as a serial number', (text, mac) => {
    expect(out(text)).toContain('[serial number removed]');
    expect(out(text)).not.toContain(mac);
  });

  it.each([
    'Backup at 12:34:56 failed, IPv6 fe80::1c2b:3d4e:5f60:7182',
    'Time 02:13:45:12 log',
    'ratio 12:34:56:78:90:12:34',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});
