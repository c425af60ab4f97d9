import { describe, expect, it } from 'vitest';
import { readPastedStorage } from '../../../../src/ui/storage-paste';

const GB = 2 ** 30;

describe('a pasted line that names whose or what usage it is', () => {
  it.each([
    ['John: 4.8 GB of 5 GB used', 'a member by name'],
    ['Maria García: 45 GB of 200 GB used', 'a member with a two-word name'],
    ['Peter (Family): 45 GB of 2 TB used', 'a member marked as family'],
    ['rosa@example.org: 4.8 GB of 5 GB used', 'a member by address'],
    ['Used by John: 4.8 GB of 5 GB', 'a member after "used by"'],
    ['4.8 GB of 5 GB used by Photos', 'a category after "used by"'],
    ['Photos: 3 GB of 5 GB used', 'a category label'],
    ['Photos used 3 GB of 5 GB', 'a category as the subject'],
    ['Backups — 1.2 GB of 5 GB used', 'a category before a dash'],
    ['Family: 150 GB of 200 GB used', "the family's share"],
    ['Fotos: 45,2 GB von 50 GB belegt', 'German'],
    ['Photos : 3 Go sur 5 Go utilisés', 'French'],
    ['Foto: 3 GB di 5 GB utilizzati', 'Italian'],
    ['Lucía: 3 GB de 5 GB usados', 'Spanish'],
    ['写真：50 GB中45.2 GBを使用', 'Japanese label'],
    ['写真が50 GB中45.2 GBを使用しています', 'Japanese subject'],
    ['照片使用了 45.2 GB，共 50 GB', 'Chinese subject'],
    ['照片已使用 45.2 GB（共 50 GB）', 'Chinese subject before 已使用'],
    ['Mobile Data: 2.3 GB of 10 GB used', 'mobile data'],
    ['Cellular Data 2.3 GB of 10 GB used', 'cellular data without a colon'],
    ['Mobile Daten: 2,3 GB von 10 GB verwendet', 'German mobile data'],
    ['Données cellulaires : 2,3 Go sur 10 Go utilisés', 'French mobile data'],
    ['Personal Hotspot 1 GB of 15 GB used', 'a hotspot'],
    ['iCloud Drive: 3 GB of 5 GB used', 'an app of iCloud as the label'],
    ['iCloud Drive 3 GB of 5 GB used', 'an app of iCloud before the sizes'],
    ['Mail 1 GB of 5 GB used', 'Mail before the sizes'],
    ["John's storage: 150 GB of 2 TB used", "a member's storage"],
    ['Storage used by John: 150 GB of 2 TB', 'a member after "by" in the label'],
    ['Mamá está usando 150 GB de 2 TB', 'Spanish third person'],
    ['Anna sta utilizzando 150 GB di 2 TB', 'Italian third person'],
    ['kofi2@icloud.com: 4.8 GB of 5 GB used', 'an address holding a digit'],
    ['Kid 2: 4.8 GB of 5 GB used', 'a label holding a number'],
    ['사진이 5GB 중 2GB 사용', 'Korean subject'],
    ['엄마가 2TB 중 150GB 사용 중', 'Korean subject, a member'],
  ])('is not read as the account: %j (%s)', (text) => {
    expect(readPastedStorage(text)).toEqual({});
  });

  it.each([
    ['iCloud Storage: 4.8 GB of 5 GB used'],
    ['Storage: 4.8 GB of 5 GB used'],
    ['Used: 4.8 GB of 5 GB'],
    ['Speicher: 4,8 GB von 5 GB belegt'],
    ['Stockage : 4,8 Go sur 5 Go utilisés'],
    ['Belegt: 4,8 GB von 5 GB'],
    ['使用済み：4.8 GB / 5 GB'],
    ['您已使用 4.8 GB（共 5 GB）'],
    ['iCloud 已使用 4.8 GB（共 5 GB）'],
    ['あなたは5 GB中4.8 GBを使用しています'],
    ['iCloud+: 4.8 GB of 5 GB used'],
    ['Estás usando 4,8 GB de 5 GB'],
    ['Stai utilizzando 4,8 GB di 5 GB'],
    ['Se está usando 4,8 GB de 5 GB'],
    ['Si sta utilizzando 4,8 GB di 5 GB'],
    ['iCloud가 5GB 중 4.8GB 사용'],
    ['저장 공간: 5GB 중 4.8GB 사용됨'],
  ])("still reads the account's usage from %j", (text) => {
    expect(readPastedStorage(text)).toEqual({
      usedBytes: Math.round(4.8 * GB),
      totalBytes: 5 * GB,
    });
  });

  it("reads the account's line among members', categories' and mobile data's", () => {
    const pasted = readPastedStorage(
      [
        'John: 12 GB of 200 GB used',
        'Photos: 150 GB of 200 GB used',
        'Mobile Data: 2.3 GB of 10 GB used',
        'iPhone: 61.3 GB of 128 GB used · iCloud: 187.5 GB of 200 GB used',
      ].join('\n'),
    );
    expect(pasted).toEqual({ usedBytes: Math.round(187.5 * GB), totalBytes: 200 * GB });
  });

  it('still reads the next backup size on a labelled line', () => {
    expect(readPastedStorage('Next Backup Size: 1.2 GB').nextBackupBytes).toBe(
      Math.round(1.2 * GB),
    );
  });
});
