import { describe, expect, it } from 'vitest';
import { alertIds, matchAlert } from '../../../src/engine/alerts.ts';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { round22Probes } from './alert-round22-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise, each a safe "unrecognised" (see the report of round 22). */
const left = new Set([
  // Stopping followed by a clause mark or a reflexive: "aufgehört, Backups zu machen" and "de se
  // sauvegarder" are not read as the negated verb ("parou de fazer backup" is, since round 23).
  'Mein iPhone hat aufgehört, Backups zu machen',
  'mon iphone a arrêté de se sauvegarder',
]);

describeProbes(
  'round 22 probes: "does not make a backup", "almost no space", Apple’s alerts as translated, OCR, alerts quoted in a story and texts that are none, in 33 languages',
  round22Probes,
  left,
);

describe('a negated verb of making is a backup not done', () => {
  it.each([
    ['it', "l'iphone non fa il backup"],
    ['it', 'iphone non esegue il backup su icloud'],
    ['pt', 'meu iphone não faz backup'],
    ['pt', 'iPhone não está fazendo backup'],
    ['de', 'iPhone macht kein Backup'],
    ['ro', 'iPhone-ul nu face backup in iCloud'],
  ])('%s: reads %j as a failure', (_, text) =>
    expectRead(text, ['backup_failed', 'not_backed_up_weeks']),
  );
  it('keeps "never made" apart from "not done" ("Last backup: never")', () => {
    expectRead('上次备份：从未', 'not_backed_up_weeks');
    expectRead('non ho mai fatto un backup', 'not_backed_up_weeks');
  });
  it('reads no making in "Face ID"', () => expectRead('Face ID nu funcționează', null));
  // "not" + participle reads "done", which several alerts' wordings share: denied, it must not
  // count as denying a topic the email alert never says (its wording scored 0.52, not 0.79).
  it('keeps a failure that names its reason in a passive the reason’s', () =>
    expectRead(
      'Das Backup kann ohne bestätigte E-Mail-Adresse nicht erstellt werden',
      'email_not_verified',
    ));
});

describe('"almost" with a full alert is its milder form', () => {
  it.each([
    ['pl', 'Prawie brak miejsca w iCloud', 'storage_almost_full'],
    ['pl', 'prawie brak miejsca na iPhonie', 'device_storage_almost_full'],
    ['de', 'fast kein Speicherplatz mehr in iCloud', 'storage_almost_full'],
    ['es', 'casi sin espacio en iCloud', 'storage_almost_full'],
  ])('%s: reads %j as %s', (_, text, id) => expectRead(text, id));
  it.each([
    ['en', 'Not enough iCloud storage', 'not_enough_storage'],
    ['pl', 'Brak miejsca w iCloud', 'not_enough_storage'],
    ['de', 'iPhone-Speicher voll', 'device_storage_full'],
    // A word of one subject is no qualifier: cellular does not make "needs Wi-Fi" milder.
    ['en', 'iCloud Backup requires Wi-Fi', 'needs_wifi'],
  ])('%s: keeps %j as %s', (_, text, id) => expectRead(text, id));
  it('does not qualify a generic failure', () =>
    expect(alertIds(matchAlert('Backup failed almost every night'))).not.toContain(
      'storage_almost_full',
    ));
});

describe('denying the word a wording says is lacking says that wording without "enough"', () => {
  it.each([
    ['it', "non c'è più spazio su icloud", 'not_enough_storage'],
    ['it', "non c'è più spazio sull'iphone", 'device_storage_full'],
  ])('%s: reads %j as %s', (_, text, id) => expectRead(text, id));
  it.each([
    ['it', "Non c'è abbastanza spazio", 'not_enough_storage'],
    ['it', 'Spazio insufficiente su iPhone', 'device_storage_full'],
    ['en', "iPhone won't back up to iCloud", ['backup_failed', 'not_backed_up_weeks']],
  ] as const)('%s: keeps %j', (_, text, id) => expectRead(text, id));
  it('does not read storage said to have room as lacking', () =>
    expectRead('Lo spazio iCloud non è pieno', null));
});

describe('a generic failure gives way to a generic alert saying all its words and more', () => {
  it('reads the Hungarian "could not be completed" with its verb', () =>
    expectRead('Az utolsó biztonsági mentést nem sikerült befejezni', 'last_backup_not_completed'));
  it.each(['iCloud Backup failed', 'A biztonsági mentés nem sikerült'])(
    'keeps %j a failure',
    (text) => expectRead(text, 'backup_failed'),
  );
});

describe('a stopping word that ends the text stays a word', () => {
  it.each([
    ['iCloud-säkerhetskopieringen har slutat', 'slutat'],
    ['kopia zapasowa w icloud przestała', 'przestala'],
    ['резервное копирование перестало', 'перестало'],
  ])('keeps the last word of %j', (text, word) => expect(tokenize(text)).toContain(word));
  it('still reads it as "not" when a verb follows', () =>
    expect(tokenize('säkerhetskopieringen har slutat fungera')).not.toContain('slutat'));
});

describe('an Apple Watch or an app named in Cyrillic is not iCloud Backup', () => {
  it.each([
    'Apple Watch storage full',
    'Apple Watch backup failed',
    'резервная копия телеграм не создаётся',
    'не могу сделать бэкап в вотсапе',
  ])('reads %j as none', (text) => expectRead(text, null));
  it('still reads the device’s storage beside a watch', () =>
    expectRead("iPhone storage full, can't update my Apple Watch", 'device_storage_full'));
});

describe('"out of" iCloud storage is not enough iCloud storage, and the device keeps its own', () => {
  it.each([
    'out of iCloud space',
    "I'm out of iCloud storage",
    'ran out of icloud storage',
    'iCloud storage ran out',
  ])('reads %j as not enough iCloud storage', (text) => expectRead(text, 'not_enough_storage'));
  it('reads the reason said with a failure', () =>
    expectRead('Out of storage on iCloud, backup failed', 'not_enough_storage'));
  it('keeps "almost out" the milder alert', () =>
    expectRead('iCloud almost out of storage', 'storage_almost_full'));
  it.each(['iPhone out of storage', 'my iphone is out of space'])('keeps %j the device’s', (text) =>
    expectRead(text, 'device_storage_full'),
  );
});
