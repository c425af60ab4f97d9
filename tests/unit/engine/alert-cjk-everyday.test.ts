import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/**
 * Everyday Korean (polite endings, "되요", "keeps" adverbs) and Chinese as written in Taiwan and
 * Hong Kong ("行動網路", "帳號", "取用", "連線", "滿了", "老是").
 */
describe('everyday Korean and Chinese', () => {
  it.each([
    ['아이클라우드 용량이 부족해요', 'not_enough_storage'],
    ['백업하려면 와이파이 연결이 필요해요', 'needs_wifi'],
    ['백업을 만들 수 없어요', 'backup_could_not_be_created'],
    ['백업 안되요', 'backup_failed'],
    ['백업이 자꾸 안 돼요', 'backup_failed'],
    ['無法透過行動網路備份', 'cellular_unavailable'],
    ['使用流動數據備份', 'cellular_backup'],
    ['iCloud 備份無法取用帳號', 'cannot_access_account'],
    ['备份总是失败', 'backup_failed'],
    ['iCloud 備份老是失敗', 'backup_failed'],
    ['iPhone 儲存空間滿了', 'device_storage_full'],
    ['iPhone 储存空间快满了', 'device_storage_almost_full'],
    ['無法啟用 iCloud 備份', 'problem_enabling_backup'],
  ])('reads "%s" as %s', (text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it.each([
    '아이클라우드 용량이 부족하지 않아요',
    '백업이 잘 돼요',
    '와이파이 연결되어 있어요',
    'iCloud 儲存空間還沒滿',
    'Wi-Fi 已經連線',
  ])('leaves "%s" unrecognised', (text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });
});
