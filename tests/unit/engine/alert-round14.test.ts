import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { round14Probes } from './alert-round14-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of the round that wrote them). */
const left = new Set<string>();

describeProbes(
  'round 14 probes: pasted alerts in 23 languages, and texts that are none',
  round14Probes,
  left,
);

describe('"never" as the value of a label', () => {
  it.each([
    ['Last successful backup: Never', 'not_backed_up_weeks'],
    ['LAST BACKUP: NEVER', 'not_backed_up_weeks'],
    ['Dernière sauvegarde : jamais', 'not_backed_up_weeks'],
    ['Ultima copia de seguridad: nunca', 'not_backed_up_weeks'],
    ['Senaste säkerhetskopia: aldrig', 'not_backed_up_weeks'],
    ['Последняя копия: никогда', 'not_backed_up_weeks'],
    ['上次成功备份：从未', 'not_backed_up_weeks'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));

  it.each([
    // A date after the label, "never" before a verb, "never" alone, Polish "nie" (not) closing.
    ['Last backup: yesterday', null],
    ['Última copia de seguridad: ayer', null],
    ['The last backup never finished', null],
    ['Never', null],
    ['Letztes Backup wurde nie abgeschlossen', 'last_backup_not_completed'],
    ['Kopia zapasowa iPhone’a nie ', 'backup_failed'],
  ] as const)('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('another app named before Chinese, Japanese or Korean with a space alone', () => {
  it.each([
    ['LINE 不明なエラーが発生しました', null],
    ['抖音 发生未知错误', null],
    ['KakaoTalk 백업 실패', null],
    ['WhatsApp 备份失败', null],
    // iCloud, the device or where it showed are ours; Korean puts spaces between its words.
    ['iCloud 备份失败', 'backup_failed'],
    ['設定 不明なエラーが発生しました', 'unknown_error'],
    ['iPhone 储存空间几乎已满', 'device_storage_almost_full'],
    ['마지막 백업을 완료할 수 없습니다', 'last_backup_not_completed'],
    ['3주 동안 백업되지 않았어요', 'not_backed_up_weeks'],
    // The device's name with a typo is still ours.
    ['Pihone 备份失败', 'backup_failed'],
  ] as const)('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a negation past a word typed with a slip', () => {
  it.each([
    ['Adres e-mail Apple ID nie ozstał zweryfikowany', 'email_not_verified'],
    ['Adres e-mail nie zsotał jeszcze zweryfikowany', 'email_not_verified'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('words with combining marks stay whole', () => {
  it.each([
    ['iCloud स्टोरेज भर गया है', 'स्टोरेज'],
    ['พื้นที่จัดเก็บ iCloud เต็ม', 'เต็ม'],
    ['প্রতিলিপি ব্যর্থ', 'ব্যর্থ'],
  ])('%j holds %j', (text, word) => {
    expect(tokenize(text)).toContain(word);
  });

  it('reads Arabic and Hebrew with or without vowel points alike', () => {
    expect(tokenize('مَساحة تخزين')).toEqual(tokenize('مساحة تخزين'));
    expect(tokenize('גִּיבּוּי')).toEqual(tokenize('גיבוי'));
  });
});
