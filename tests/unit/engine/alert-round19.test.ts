import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { round19Probes } from './alert-round19-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise, each a safe "unrecognised" (see the report of round 19). */
const left = new Set([
  // "Makes no backup any more" with Dutch "maakt": no Dutch participle of doing is read as it
  // (the other languages' verbs of making read since round 22, as "done").
  'mijn iphone maakt geen backup meer',
  // Present "nie udaje się" shares three letters with the patterns' past "nie udało się".
  'kopia zapasowa ciagle sie nie udaje',
  // Colloquial verbs no wording says: Swedish "funkar" (fungerar), Norwegian "feilet"
  // (mislyktes), Romanian "nu a reușit" (a eșuat), French "échoué" without "a".
  'icloud backup funkar inte',
  'icloud-sikkerhetskopiering feilet',
  'backup-ul icloud nu a reușit',
  'backup icloud échoué',
]);

describeProbes(
  'round 19 probes: "no longer backs up", Apple\u2019s alerts as translated and texts that are none, in 30 languages',
  round19Probes,
  left,
);

describe('a negation of a topic word the alert never says is not that alert\u2019s negation', () => {
  it.each(['iPhone macht kein Backup mehr', 'mein ipad macht keine backups mehr'])(
    'does not read %j as the device storage with none left',
    (text) => expectRead(text, [null, 'backup_failed', 'not_backed_up_weeks']),
  );
  it.each([
    // The pattern's own negated word is said: its negation is the pattern's.
    ['Kein Backup möglich: kein Speicherplatz mehr auf dem iPhone', 'device_storage_full'],
    // The negation reaches iCloud on its way to the verb the pattern negates.
    ['Mein iPhone wurde noch nie in iCloud gesichert', 'not_backed_up_weeks'],
    ['Kein Backup, nicht genügend Speicherplatz auf dem iPhone', 'device_storage_full'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a word a negated pattern affirms before its negation, denied by the text', () => {
  it('does not read "varmuuskopio ei onnistu" (does not succeed) as "last successful: never"', () =>
    expectRead('varmuuskopio ei onnistu', [null, 'backup_failed']));
  it.each([
    ['Viimeisin onnistunut varmuuskopio: ei koskaan', 'not_backed_up_weeks'],
    ['iPhonea ei ole varmuuskopioitu', 'not_backed_up_weeks'],
    ["This iPhone hasn't been backed up in 3 weeks", 'not_backed_up_weeks'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a Mac\u2019s Time Machine backup is not iCloud Backup', () => {
  it.each([
    'Time Machine Backup fehlgeschlagen',
    'Time Machine: the backup could not be completed',
    'Time Machine hasn\u2019t backed up in 10 days',
  ])('leaves %j unrecognised', (text) => expectRead(text, null));
  it('still reads an iCloud backup failure that mentions the time', () =>
    expectRead('iCloud backup failed at the same time every night', 'backup_failed'));
});

describe('"no longer" and "any more" say since when, not which alert', () => {
  it.each([
    ['kein backup mehr', 'kein backup'],
    ['ya no funciona', 'no funciona'],
    ['nie działa już', 'nie działa'],
    ['не работает больше', 'не работает'],
    ['backup failed anymore', 'backup failed'],
  ])('%j has the tokens of %j', (text, plain) => expect(tokenize(text)).toEqual(tokenize(plain)));
});

describe('Hungarian "nem sikerült" without the verb of completing is the failure', () => {
  it('reads "az icloud biztonsági mentés nem sikerült" as backup_failed', () =>
    expectRead('az icloud biztonsági mentés nem sikerült', 'backup_failed'));
  it('still reads "Az iCloud-mentést nem sikerült befejezni" as the last backup', () =>
    expectRead('Az iCloud-mentést nem sikerült befejezni', 'last_backup_not_completed'));
});

describe('Swedish "jag" (I) is a function word', () => {
  it('reads "jag har aldrig gjort en säkerhetskopia" as never backed up', () =>
    expectRead('jag har aldrig gjort en säkerhetskopia', 'not_backed_up_weeks'));
});

describe('a text that denies the backing up itself is no storage alert', () => {
  // "You do not have enough space on iCloud to back up this iPhone" shares "not", "back up",
  // "iCloud" and "iPhone"; round 20 reads a text sharing only such topic words, whose negation is
  // not of what the pattern negates, as contradicting it (`deniesTopicOnly`).
  it.each([
    "iPhone won't back up to iCloud",
    'iPhone does not back up to iCloud',
    "iPad doesn't back up to iCloud",
  ])('does not read %j as not enough iCloud storage', (text) =>
    expectRead(text, [null, 'backup_failed', 'not_backed_up_weeks']),
  );
});
