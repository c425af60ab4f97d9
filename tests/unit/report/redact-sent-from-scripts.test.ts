import { describe, it } from 'vitest';
import { check, N } from './redact-probes';

/**
 * Probes written before the fix: a name with no capitals to read it by (Chinese, Japanese, Korean,
 * Thai, Hebrew, Arabic, Hindi) alone on the line under a mail app's footer, in the footers of
 * those languages; closing words there ("谢谢", "以上", "안녕히") stay.
 */
describe('a name in any script under "Sent from my iPhone"', () => {
  it('masks it and keeps closing words', () =>
    check([
      [
        '备份一直失败，显示空间不足。\n\n发自我的iPhone\n王小明',
        `备份一直失败，显示空间不足。\n\n发自我的iPhone\n${N}`,
      ],
      ['iCloud备份失败。\n发送自我的 iPhone\n李娜', `iCloud备份失败。\n发送自我的 iPhone\n${N}`],
      ['還是無法備份。\n\n從我的iPhone傳送\n陳大文', `還是無法備份。\n\n從我的iPhone傳送\n${N}`],
      ['备份失败。\n\n发自我的 iPad\n刘洋', `备份失败。\n\n发自我的 iPad\n${N}`],
      [
        'バックアップできません。\n\niPhoneから送信\n山田太郎',
        `バックアップできません。\n\niPhoneから送信\n${N}`,
      ],
      ['まだ失敗します。\niPadから送信\n佐藤 花子', `まだ失敗します。\niPadから送信\n${N}`],
      ['エラーが出ます。\n\niPhoneから送信\n鈴木', `エラーが出ます。\n\niPhoneから送信\n${N}`],
      [
        '백업이 안 됩니다.\n\niPhone에서 보냄\n김민준',
        `백업이 안 됩니다.\n\niPhone에서 보냄\n${N}`,
      ],
      [
        'Backup fails at 80%.\n\nSent from my iPhone\n张伟',
        `Backup fails at 80%.\n\nSent from my iPhone\n${N}`,
      ],
      ['Still failing.\nSent from my iPad\n田中 裕子', `Still failing.\nSent from my iPad\n${N}`],
      ['备份失败。\n\n发自我的iPhone\n谢谢', '备份失败。\n\n发自我的iPhone\n谢谢'],
      ['还是不行。\n发自我的iPhone\n备份失败', '还是不行。\n发自我的iPhone\n备份失败'],
      [
        'よろしくお願いします。\n\niPhoneから送信\n以上',
        'よろしくお願いします。\n\niPhoneから送信\n以上',
      ],
      ['まだです。\niPhoneから送信\n再起動済み', 'まだです。\niPhoneから送信\n再起動済み'],
      ['无法备份。\n\n发自我的iPhone\n设置', '无法备份。\n\n发自我的iPhone\n设置'],
      ['안 돼요.\niPhone에서 보냄\n감사합니다', '안 돼요.\niPhone에서 보냄\n감사합니다'],
      [
        'สำรองข้อมูลไม่สำเร็จ\n\nส่งจาก iPhone ของฉัน\nสมชาย ใจดี',
        `สำรองข้อมูลไม่สำเร็จ\n\nส่งจาก iPhone ของฉัน\n${N}`,
      ],
      [
        'Копия не создаётся.\n\nОтправлено с iPhone\nОльга',
        `Копия не создаётся.\n\nОтправлено с iPhone\n${N}`,
      ],
      [
        'Backup failed.\n\nSent from my iPhone\nBackup Failed Again',
        'Backup failed.\n\nSent from my iPhone\nBackup Failed Again',
      ],
      [
        'Failing.\n\nSent from my iPhone\niCloud Backup',
        'Failing.\n\nSent from my iPhone\niCloud Backup',
      ],
      ['备份总是失败。\n\n发自我的 iPhone\n\n赵丽颖', `备份总是失败。\n\n发自我的 iPhone\n\n${N}`],
      ['無法備份。\n從我的 iPhone 傳送\n張家豪', `無法備份。\n從我的 iPhone 傳送\n${N}`],
      ['不能备份。\n发自我的iPhone\n谢谢您', '不能备份。\n发自我的iPhone\n谢谢您'],
      [
        '不能备份。\n发自我的iPhone\n王者荣耀占了很多空间',
        '不能备份。\n发自我的iPhone\n王者荣耀占了很多空间',
      ],
      [
        'iCloudのバックアップが失敗します。\n\niPhoneから送信\n中村',
        `iCloudのバックアップが失敗します。\n\niPhoneから送信\n${N}`,
      ],
      ['よろしくお願いします\niPhoneから送信\n敬具', 'よろしくお願いします\niPhoneから送信\n敬具'],
      ['백업 실패\niPhone에서 보냄\n박지성', `백업 실패\niPhone에서 보냄\n${N}`],
      ['백업 실패\niPhone에서 보냄\n안녕히', '백업 실패\niPhone에서 보냄\n안녕히'],
      ['הגיבוי נכשל.\n\nנשלח מה-iPhone שלי\nיוסי לוי', `הגיבוי נכשל.\n\nנשלח מה-iPhone שלי\n${N}`],
      [
        'فشل النسخ الاحتياطي.\n\nأُرسلت من iPhone\nخالد منصور',
        `فشل النسخ الاحتياطي.\n\nأُرسلت من iPhone\n${N}`,
      ],
      ['बैकअप विफल।\n\nमेरे iPhone से भेजा गया\nअमित शर्मा', `बैकअप विफल।\n\nमेरे iPhone से भेजा गया\n${N}`],
      [
        'Sao lưu thất bại.\n\nGửi từ iPhone của tôi\nTrần Thị Mai',
        `Sao lưu thất bại.\n\nGửi từ iPhone của tôi\n${N}`,
      ],
    ]));
});
