import { describe, expect, it } from 'vitest';
import { parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { readPanel as page, readPaste as paste, U } from './read-as';

/**
 * A device's own storage line ("iPhone Storage: 3.4 GB of 64 GB used", Settings' own label in
 * each language) after other sizes (a category, a next backup, the account's own line). Alone
 * the storage grammar left it unread, but after any size it read it as the account's: only the
 * words before a text's first size were looked at for a device. The paste box dropped such
 * lines before the grammar saw them (withoutOthers); a page whose panel held a size before the
 * device's line ("1.9 GB / 50 GB") read the device's. Now the words before each pair are looked
 * at, in every wording (Japanese and Korean total-first ones too). Readings decided before running.
 */
const DEVICE_AFTER_A_SIZE: string[] = [
  'Photos 1.2 GB\niPhone Storage: 3.4 GB of 64 GB used',
  'Next Backup Size 2 GB\niPad Storage: 40 GB of 128 GB used',
  '1.9 GB / 50 GB\niPhone Storage: 3.4 GB of 64 GB used',
  'Fotos 1,2 GB\niPhone-Speicher: 3,4 GB von 64 GB belegt',
  'Sauvegardes 1,2 Go\nStockage iPad : 30 Go sur 256 Go utilisés',
  'Fotos 1,2 GB\nAlmacenamiento del iPhone: 3,4 GB de 128 GB usados',
  '写真 1.2 GB\niPhoneストレージ: 64 GB中4.8 GBを使用済み',
  '사진 1.2GB\niPhone 저장 공간: 256GB 중 4.8GB 사용됨',
];

/** The account's line with a device's line after it, or other sizes between: the account's. */
const ACCOUNT_THEN_DEVICE: [string, string][] = [
  [
    'You have used 1.9 GB of 50 GB\nPhotos 3.4 GB\niPhone Storage: 3.4 GB of 64 GB used',
    '1.9 GB/50 GB',
  ],
  [
    '1,2 GB von 2 GB genutzt\nNachrichten 0,5 GB\niPhone-Speicher: 1,2 GB von 128 GB belegt',
    '1.2 GB/2 GB',
  ],
  ['0,5 Go utilisés sur 200 Go\nStockage iPhone : 4,8 Go sur 64 Go utilisés', '0.5 GB/200 GB'],
  ['2GB 중 0.5GB 사용됨\n메시지 1GB\niPhone 저장 공간: 64GB 중 3.4GB 사용됨', '0.5 GB/2 GB'],
  ['iCloud\n4.8 GB of 5 GB used\nBackups\niPhone 12 1.2 GB', '4.8 GB/5 GB'],
];

describe("a device's storage line after other sizes", () => {
  it.each(DEVICE_AFTER_A_SIZE)('is not the account’s: %s', (text) => {
    expect(paste(text)).toBe(U);
  });

  it.each(DEVICE_AFTER_A_SIZE)('is no usage to the storage grammar itself: %s', (text) => {
    expect(parseStorageText(text).used).toBeUndefined();
  });

  it.each(DEVICE_AFTER_A_SIZE)('is not the account’s on the page either: %s', (text) => {
    expect(
      page(
        'iCloud',
        text
          .split('\n')
          .map((line) => `<p>${line}</p>`)
          .join(''),
      ),
    ).toBe(U);
  });

  it.each(ACCOUNT_THEN_DEVICE)('leaves the account’s line before it read: %s', (text, want) => {
    expect(paste(text)).toBe(want);
  });
});
