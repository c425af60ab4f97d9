import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { round18Probes } from './alert-round18-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise, each a safe "unrecognised" (see the report of round 18). */
const left = new Set([
  // "Stopped backing up" shares only "backing up" with the failure's wordings.
  'iphone stopped backing up',
  // "No longer makes a backup" ("maakt geen … meer"): a verb of making that no Dutch wording
  // says with a backup that failed. (Italian, Portuguese and German read since round 22.)
  'mijn iphone maakt geen backup meer',
  // "Nie udaje się" (does not succeed) shares three letters with the patterns' "nie udało się".
  'kopia zapasowa ciagle sie nie udaje',
  // "Не получается" (does not work out) is no wording of the Russian patterns.
  'не получается сделать резервную копию',
]);

describeProbes(
  'round 18 probes: other apps’ backups, "no longer", Korean endings and menu labels in 22 languages',
  round18Probes,
  left,
);

describe('Korean plain, casual, polite, reported and past endings are one', () => {
  it.each([
    '백업이 실패해요',
    '백업이 실패했다',
    '백업이 실패함',
    '백업이 실패하네요',
    '백업이 실패했어요',
    '백업에 실패했습니다',
  ])('%j has the same tokens as "백업에 실패했습니다"', (text) =>
    expect(tokenize(text)).toEqual(tokenize('백업에 실패했습니다')),
  );
  it('reads which particle follows a noun as one ("백업이", "백업에", "Wi-Fi가")', () => {
    expect(tokenize('백업을 와이파이가')).toEqual(tokenize('백업에 Wi-Fi는'));
  });
  it('keeps "와이파이" whole, whose last syllable is no particle', () => {
    expect(tokenize('와이파이 연결')).toContain('wifi');
  });
});

describe('letters Unicode does not split into a letter and an accent', () => {
  it.each([
    ['zrobilem', 'zrobiłem'],
    ['udala', 'udała'],
    ['forste', 'første'],
  ])('%j is read as %j', (typed, written) => expect(tokenize(typed)).toEqual(tokenize(written)));
});

describe('a negation with another ending for gender or number', () => {
  it('reads Ukrainian "неможливе" as the patterns\u2019 "неможливо"', () =>
    expectRead('резервне копіювання через мобільні дані неможливе', 'cellular_unavailable'));
});

describe('another app’s backup, or iCloud Photos, is not iCloud Backup', () => {
  it.each([
    'Signal backup fails',
    'LINEのバックアップに失敗しました',
    '微信备份失败',
    'la sauvegarde whatsapp a échoué',
    'Photos keep failing to back up',
  ])('leaves %j unrecognised', (text) => expectRead(text, null));
  it.each([
    // An everyday word in lower case is no app's name.
    ['weak signal, backup failed', 'backup_failed'],
    // iCloud or the device named with the app: read as before.
    ['I use WhatsApp and my iPhone backup failed', 'backup_failed'],
    ['WhatsApp backup: not enough iCloud storage', 'not_enough_storage'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('"won\u2019t" or "doesn\u2019t back up" is a failure, not weeks without a backup', () => {
  it.each([
    ['iPad doesnt back up', 'backup_failed'],
    ['my iphone wont back up anymore', 'backup_failed'],
    ['mein iphone sichert nicht mehr', 'backup_failed'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it('still reads the reminder', () =>
    expectRead("This iPhone hasn't been backed up in 3 weeks", 'not_backed_up_weeks'));
});

describe('a storage noun phrase of two words is no alert alone', () => {
  it.each(['spațiul de stocare', 'Gestionați spațiul de stocare', 'Saklama Alanını Yönet'])(
    'leaves %j unrecognised',
    (text) => expectRead(text, null),
  );
  it.each([
    ['Spațiu de stocare plin', 'device_storage_full'],
    ['Saklama Alanı Dolu', 'device_storage_full'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a negation of something else than the pattern negates', () => {
  // "Kein … mehr" (no … left) is said of storage by the device's alert; the text negates the
  // backup, which that alert never says, and not its storage (round 19).
  it('does not read "iPhone macht kein Backup mehr" as no storage left', () =>
    expectRead('iPhone macht kein Backup mehr', [null, 'backup_failed', 'not_backed_up_weeks']));
});
