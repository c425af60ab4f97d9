import { describe, expect, it } from 'vitest';
import { withoutOthers } from '../../../../src/pages/icloud/line-owner';
import { readPanel, readPaste, U } from './read-as';

/**
 * Round-24b probes whose reading is now required where it is made (their panel probes accept
 * unread): each fails if the rule that reads it breaks.
 */
describe('round 24b: read where made', () => {
  it.each([
    ['en', 'Status: used 4.8 GB of 5 GB', '4.8 GB/5 GB'],
    ['de', 'Status: 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
    ['fr', 'État : 4,8 Go utilisés sur 5 Go', '4.8 GB/5 GB'],
    ['es', 'Estado: 4,8 GB de 5 GB usados', '4.8 GB/5 GB'],
    ['it', 'Stato: 4,8 GB di 5 GB utilizzati', '4.8 GB/5 GB'],
    ['ja', '状態：5 GB中4.8 GBを使用済み', '4.8 GB/5 GB'],
    ['ko', '상태: 200GB 중 12GB 사용됨', '12 GB/200 GB'],
    ['ca', 'S’han utilitzat 4,8 GB de 5 GB', '4.8 GB/5 GB'],
    ['ca', "S'han utilitzat 150,5 GB de 200 GB", '150.5 GB/200 GB'],
    ['ko', '현재 200GB 중 12GB 사용됨', '12 GB/200 GB'],
    // A label of a state and a name: the member's.
    ['en', 'Status: Mom used 12 GB of 200 GB', U],
    ['en', 'Backup status: 12 GB of 200 GB used', U],
    ['es', 'Estado de Ana: 12 GB de 200 GB usados', U],
    ['en', 'Currently Mom used 12 GB of 200 GB', U],
    ['zh', '当前 妈妈已使用 12 GB（共 200 GB）', U],
    ['ko', '현재 엄마가 200GB 중 12GB 사용', U],
  ])('paste %s %s', (_lang, text, want) => {
    expect(readPaste(`iCloud\n${text}`)).toBe(want);
  });

  // A word for now first is no subject: the word after it, not in lower case, is.
  it.each([
    ['iCloud Storage', 'Currently Mom used 12 GB of 200 GB', U],
    ['iCloud Storage', 'Currently Mom has used 12 GB of 200 GB', U],
    ['iCloud Storage', 'Currently 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
    ['iCloud Storage', 'Currently using 4.8 GB of 5 GB', '4.8 GB/5 GB'],
    ['Dung lượng iCloud', 'Đã sử dụng 4,8 GB trong tổng số 5 GB', '4.8 GB/5 GB'],
    ['พื้นที่จัดเก็บข้อมูล iCloud', 'ใช้ไป 4.8 GB จาก 5 GB', '4.8 GB/5 GB'],
    ['iCloud 저장 공간', '현재 엄마가 200GB 중 12GB 사용', U],
    ['iCloud 存储空间', '当前妈妈已使用 12 GB（共 200 GB）', U],
    // Read as the account's before round 25: a name after a now-word, or after its verb.
    ['iCloud-Speicher', 'Aktuell Jonas: 12 GB von 200 GB belegt', U],
    ['iCloud-Speicher', 'Aktuell hat Jonas 12 GB von 200 GB belegt', U],
    ['iCloud 存储空间', '当前 妈妈已使用 12 GB（共 200 GB）', U],
  ])('page %s: %s', (heading, line, want) => {
    expect(readPanel(heading, `<p>${line}</p>`)).toBe(want);
  });

  it('keeps a pasted part that only says what is free, and drops a member’s', () => {
    expect(withoutOthers('Used: 4.8 GB of 5 GB · Free: 1 GB of 5 GB')).toContain('Free: 1 GB');
    expect(withoutOthers('Mom: 12 GB of 200 GB used (188 GB free)')).toBe('');
  });

  it.each([
    ['Used: 4.8 GB of 5 GB · Free: 0.2 GB of 5 GB', '4.8 GB/5 GB'],
    ['Used: 4.8 GB of 5 GB · Free: 0.3 GB of 5 GB', '4.8 GB/5 GB'],
    ['Used: 4.8 GB of 5 GB · Free: 0.4 GB of 5 GB', U],
    ['4.8 GB of 5 GB used\nDisponible : 0,2 Go sur 5 Go', '4.8 GB/5 GB'],
    ['4.8 GB of 5 GB used\n200 MB of 5 GB free', '4.8 GB/5 GB'],
    ['4.8 GB of 5 GB used\n2 GB of 5 GB free', U],
  ])('paste: %s', (text, want) => {
    expect(readPaste(text)).toBe(want);
  });
});

describe('round 24b: Japanese units spelled out, in the paste box', () => {
  it.each([
    ['50ギガバイト中12ギガバイトを使用済み', '12 GB/50 GB'],
    ['2 テラバイト中 1.2 テラバイトを使用済み', '1.2 TB/2 TB'],
    ['5ギガバイト中800メガバイトを使用済み', '800 MB/5 GB'],
    ['5ギガバイト中512キロバイトを使用済み', '512 KB/5 GB'],
    // Not after a figure: a word, no size.
    ['ギガバイト中12ギガバイトを使用済み', U],
    ['母：50ギガバイト中12ギガバイトを使用済み', U],
    ['50ギガバイト中49ギガバイトが利用可能', U],
  ])('paste: %s', (text, want) => {
    expect(readPaste(`iCloud ストレージ\n${text}`)).toBe(want);
  });
});
