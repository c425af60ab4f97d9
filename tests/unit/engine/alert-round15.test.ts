import { describe, expect, it, vi } from 'vitest';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { round15Probes } from './alert-round15-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of the round that wrote them). */
const left = new Set<string>();

describeProbes(
  'round 15 probes: pasted alerts in 20 languages, and texts that are none',
  round15Probes,
  left,
);

describe('Arabic, Hebrew, Thai and Hindi', () => {
  it.each([
    ['فشل النسخ الاحتياطي لـ iPad', 'backup_failed'],
    ['الإعدادات: مساحة تخزين iCloud غير كافية', 'not_enough_storage'],
    ['אחסון ה-iPad כמעט מלא', 'device_storage_almost_full'],
    ['הגדרות: גיבוי iCloud נכשל', 'backup_failed'],
    ['ไม่สามารถสำรองข้อมูลผ่านเครือข่ายเซลลูลาร์ได้', 'cellular_unavailable'],
    ['iCloud बैकअप नहीं हो सका', 'backup_failed'],
    ['मेरा iCloud बैकअप फेल हो गया', 'backup_failed'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));

  it.each([
    // Asked, with the Hindi question word last or the Thai particle after the verb.
    ['मेरा iCloud स्टोरेज भरा है क्या?', null],
    ['พื้นที่ iCloud เต็มหรือยัง', null],
    ['לא, הגיבוי לא נכשל', null],
  ] as const)('reads %j as %s', (text, id) => expectRead(text, id));

  it('splits Thai into its words, with ำ as typed or as NFKC leaves it', () => {
    expect(tokenize('สำรองข้อมูลไม่สำเร็จ')).toEqual(['สำรอง', 'ข้อมูล', 'ไม่', 'สำเร็จ']);
    expect(tokenize('ส\u0e4d\u0e32รองข้อมูล')).toEqual(tokenize('สำรองข้อมูล'));
  });
});

describe('"never" said with the verb', () => {
  it.each([
    ['我从来没有备份过这台iPhone', 'not_backed_up_weeks'],
    ['這台 iPhone 從來沒有備份過', 'not_backed_up_weeks'],
    ['這台 iPad 從來沒有備份過', 'not_backed_up_weeks'],
    ['카카오톡 알 수 없는 오류', null],
    ['このiPadは一度もバックアップされていません', 'not_backed_up_weeks'],
    ['Резервное копирование этого iPhone никогда не выполнялось', 'not_backed_up_weeks'],
    ['Резервне копіювання цього iPhone ніколи не виконувалося', 'not_backed_up_weeks'],
    // Never failed, never full: not the reminder.
    ['iCloud备份从来没有失败', null],
    ['iCloud 空间从来没有满过', null],
    ['一度も失敗していません', null],
  ] as const)('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a word before a Chinese, Japanese or Korean sentence', () => {
  it.each([
    // When it happened is ours; another app's name, one Korean word however long, is not.
    ['刚才 备份失败', 'backup_failed'],
    ['昨天 iCloud 储存空间已满', 'not_enough_storage'],
    ['今日 バックアップに失敗しました', 'backup_failed'],
    ['어제 백업 실패', 'backup_failed'],
    ['배달의민족 알 수 없는 오류가 발생했습니다', null],
    ['당근마켓 백업 실패', null],
    // The sentence's own first word, and a Korean sentence before a Japanese one.
    ['알 수 없는 오류가 발생했습니다', 'unknown_error'],
    ['마지막 백업을 완료할 수 없습니다', 'last_backup_not_completed'],
    ['아이폰에서 알 수 없는 오류가 발생했습니다', 'unknown_error'],
    ['도와주세요 iCloudバックアップに失敗しました', 'backup_failed'],
  ] as const)('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('Apple ID as one word, and German verification', () => {
  it.each([
    ['AppleID Verification', 'sign_in_required'],
    ['APPLEID VERIFICATION', 'sign_in_required'],
    ['Apple-Account-Verifizierung', 'sign_in_required'],
    ['AppleID-Einstellungen aktualisieren', 'sign_in_required'],
    ['Die E-Mail-Adresse deiner AppleID wurde nicht bestätigt', 'email_not_verified'],
    ['iPhone-Depolama alanı dolu', 'device_storage_full'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('loading the text reader', () => {
  it('folds no word list before the first text', async () => {
    vi.resetModules();
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      await import('../../../src/engine/alert-text.ts');
      await import('../../../src/engine/alert-index.ts');
      expect(normalize).not.toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
  });
});
