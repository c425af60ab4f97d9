import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalServiceId, foldName } from '../../../../src/pages/apple-status/services';

describe('canonicalServiceId', () => {
  it.each([
    ['iCloud Backup', 'icloud-backup'],
    ['iCloudバックアップ', 'icloud-backup'],
    ['iCloud Account & Sign In', 'icloud-account-sign-in'],
    ['iCloudアカウントおよびサインイン', 'icloud-account-sign-in'],
    ['iCloud Storage Upgrades', 'icloud-storage-upgrades'],
    ['iCloudストレージアップグレード', 'icloud-storage-upgrades'],
    ['iCloud Drive', 'icloud-drive'],
    ['iCloud Web Apps (iCloud.com)', 'icloud-web-apps'],
    ['iCloud Webアプリ(iCloud.com)', 'icloud-web-apps'],
    ['Photos', 'photos'],
    ['写真', 'photos'],
    ['iCloud Mail', 'icloud-mail'],
    ['iCloudキーチェーン', 'icloud-keychain'],
    ['Apple ID', 'apple-account'],
    ['Apple Account', 'apple-account'],
  ] as const)('recognizes %s', (name, id) => {
    expect(canonicalServiceId(name)).toBe(id);
  });

  it('tolerates small renames: case, hyphens, "and" for "&", full-width brackets, no suffix', () => {
    expect(canonicalServiceId('iCloud-Backup')).toBe('icloud-backup');
    expect(canonicalServiceId('ICLOUD BACKUP')).toBe('icloud-backup');
    expect(canonicalServiceId('iCloud Account and Sign In')).toBe('icloud-account-sign-in');
    expect(canonicalServiceId('iCloud Webアプリ（iCloud.com）')).toBe('icloud-web-apps');
    expect(canonicalServiceId('iCloud Web Apps')).toBe('icloud-web-apps');
  });

  it('does not recognize other services', () => {
    for (const name of ['iCloud Notes', 'Apple Pay & Wallet', 'App Store', 'Backup', '']) {
      expect(canonicalServiceId(name)).toBeUndefined();
    }
  });

  it.each([
    'iCloud Backup',
    'Backup di iCloud',
    'Sauvegarde iCloud',
    'Copia de seguridad en iCloud',
    'Cópia de segurança do iCloud',
    'iCloudバックアップ',
    'iCloud 云备份',
    'iCloud 備份',
    'iCloud 백업',
    'iCloud-reservekopie',
    'iCloud-SÄKERHETSKOPIERING',
    'Резервное копирование iCloud',
    'การสำรองข้อมูล iCloud',
    'ｉＣｌｏｕｄ　Ｂａｃｋｕｐ',
  ])('finds iCloud Backup in "%s" by a word for backup next to "iCloud"', (name) => {
    expect(canonicalServiceId(name)).toBe('icloud-backup');
  });

  it.each([
    'Backup',
    'Kopia zapasowa',
    'Time Machine Backup',
    'iCloud Private Relay',
    'iCloud 키체인',
    'iCloud-sleutelhanger',
    'Fotos do iCloud',
    'Почта iCloud',
    'iCloud Kalender',
  ])('does not take "%s" for iCloud Backup (no "iCloud", or no backup word)', (name) => {
    expect(canonicalServiceId(name)).not.toBe('icloud-backup');
  });

  it.each([
    'iCloud Web Apps (iCloud.com)',
    'iCloud.com',
    'Apps web de iCloud (iCloud.com)',
    'iCloud 웹 앱(iCloud.com)',
    'iCloud 网页版 App（iCloud.com）',
  ])('takes "%s" for the web apps (it holds "iCloud.com")', (name) => {
    expect(canonicalServiceId(name)).toBe('icloud-web-apps');
  });

  it('folds names to a comparable key', () => {
    expect(foldName('iCloud Account & Sign-In')).toBe('icloudaccountsignin');
    expect(foldName('ｉＣｌｏｕｄ　Drive')).toBe('iclouddrive');
  });
});

describe('foldName without Unicode tables for ASCII names', () => {
  // The folding as written for every name: the ASCII shortcut must never differ from it.
  const unicodeFold = (name: string) =>
    name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/&|\band\b|\bund\b|\bet\b|\by\b|\be\b|および|和/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');

  it('folds any ASCII text as the Unicode folding does (2,000 texts)', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (name) => foldName(name) === unicodeFold(name)),
      { numRuns: 2000 },
    );
  });

  it('still folds other text the Unicode way, in either order of first use', () => {
    for (const name of [
      'ｉＣｌｏｕｄ　Ｂａｃｋｕｐ',
      'iCloud\u00a0Backup',
      'Fotos de iCloud',
      '写真',
    ]) {
      expect(foldName(name)).toBe(unicodeFold(name));
    }
    expect(canonicalServiceId('ｉＣｌｏｕｄ　Ｂａｃｋｕｐ')).toBe('icloud-backup');
    expect(canonicalServiceId('iCloud\u00a0Backup')).toBe('icloud-backup');
  });
});
