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
    ['iCloud Keychain', 'icloud-keychain'],
    ['iCloudキーチェーン', 'icloud-keychain'],
    ['iCloudメール', 'icloud-mail'],
    ['Apple ID', 'apple-account'],
    ['Apple Account', 'apple-account'],
  ] as const)('recognizes %s (names from Apple feeds)', (name, id) => {
    expect(canonicalServiceId(name)).toBe(id);
  });

  it('tolerates small renames: case, hyphens, "and" for "&", full-width brackets, no suffix', () => {
    expect(canonicalServiceId('iCloud-Backup')).toBe('icloud-backup');
    expect(canonicalServiceId('ICLOUD BACKUP')).toBe('icloud-backup');
    expect(canonicalServiceId('iCloud Backups')).toBe('icloud-backup');
    expect(canonicalServiceId('  iCloud\u00a0backup ')).toBe('icloud-backup');
    expect(canonicalServiceId('iCloud Account and Sign In')).toBe('icloud-account-sign-in');
    expect(canonicalServiceId('iCloud Webアプリ（iCloud.com）')).toBe('icloud-web-apps');
  });

  it('ignores markup-looking text that trails a name ("<" ends it)', () => {
    expect(canonicalServiceId('iCloud Backup<span class="x">new</span>')).toBe('icloud-backup');
    expect(canonicalServiceId('Sauvegarde iCloud <b>')).toBe('icloud-backup');
    expect(canonicalServiceId('<b>iCloud Backup</b>')).toBeUndefined();
  });

  it('does not recognize other services', () => {
    for (const name of [
      'iCloud Notes',
      'iCloud Private Relay',
      'Apple Pay & Wallet',
      'Apple TV',
      'Sign in with Apple',
      'Appleでサインイン',
      'Mail Drop',
      'iWork for iCloud',
      'App Store',
      'Backup',
      'iCloud',
      'iCloud+',
      '',
    ]) {
      expect(canonicalServiceId(name)).toBeUndefined();
    }
  });

  it.each([
    'iCloud Backup',
    'Backup di iCloud',
    'Sauvegardes iCloud',
    'Copia de seguridad en iCloud',
    'Cópia de segurança do iCloud',
    'Copia de seguranca do iCloud',
    'Còpia de seguretat d’iCloud',
    'iCloudバックアップ',
    'iCloud 云备份',
    'iCloud 備份',
    'iCloud 백업',
    'iCloud-reservekopie',
    'iCloud-SÄKERHETSKOPIERING',
    'iCloud-sikkerhetskopi',
    'iCloud-varmuuskopio',
    'Záloha na iCloudu',
    'Zálohovanie na iCloud',
    'iCloud-mentés',
    'Резервное копирование iCloud',
    'Резервна копія iCloud',
    'ΑΝΤΙΓΡΑΦΑ ΑΣΦΑΛΕΙΑΣ ICLOUD',
    'גיבוי iCloud',
    'النسخ الاحتياطي على iCloud',
    'การสำรองข้อมูล iCloud',
    'Sao lưu iCloud',
    'Bản sao lưu iCloud',
    'ข้อมูลสำรอง iCloud',
    'iCloud 雲端備份',
    'Εφεδρικά αντίγραφα iCloud',
    'Εφεδρικό αντίγραφο iCloud',
    'Cadangan iCloud',
    'iCloud yedeği',
    'ｉＣｌｏｕｄ　Ｂａｃｋｕｐ',
  ])('finds iCloud Backup in "%s": nothing but iCloud, backup words and particles', (name) => {
    expect(canonicalServiceId(name)).toBe('icloud-backup');
  });

  it.each([
    // iCloud Backup plus words that name another thing.
    'iCloud Backup Manager',
    'iCloud Backup & Sync',
    'iCloud Backup API',
    'Restore from iCloud Backup',
    'iCloud Drive Backup',
    'iCloud-Backupverwaltung',
    'Sauvegarde iCloud pour les entreprises',
    'Copia de seguridad de Mensajes en iCloud',
    'Резервное копирование заметок iCloud',
    'iCloud 백업 도우미',
    'iCloud 云备份服务',
    'iCloud 钥匙串备份',
    'iCloudバックアップ復元',
    'iCloudメールのバックアップ',
    // A companion word alone ("security", "reserve") is not a backup.
    'Seguridad de iCloud',
    'iCloud-biztonság',
    'Ασφάλεια iCloud',
    'Резервный iCloud',
    // No "iCloud", or no backup word.
    'Backup',
    'Kopia zapasowa',
    'Time Machine Backup',
    'iCloud 키체인',
    'iCloud Kalender',
  ])('does not take "%s" for iCloud Backup', (name) => {
    expect(canonicalServiceId(name)).not.toBe('icloud-backup');
  });

  it.each([
    ['iCloud Keychain Backup', undefined],
    ['iCloud Mail Backup', undefined],
    ['iCloud Drive Sync', undefined],
    ['iCloud Photos Archive', undefined],
    ['iCloud Storage Plans Backup', undefined],
    ['Apple Account Recovery', undefined],
  ] as const)('gives "%s" no id rather than a wrong one', (name, id) => {
    expect(canonicalServiceId(name)).toBe(id);
  });

  it.each([
    ['Correo de iCloud', 'icloud-mail'],
    ['Ampliaciones de almacenamiento de iCloud', 'icloud-storage-upgrades'],
    ['Cuenta de iCloud e inicio de sesión', 'icloud-account-sign-in'],
    ['Llavero de iCloud', 'icloud-keychain'],
    ['Mises à niveau du stockage iCloud', 'icloud-storage-upgrades'],
    ['Upgrade dello spazio di archiviazione iCloud', 'icloud-storage-upgrades'],
    ['iCloud-Account und Anmeldung', 'icloud-account-sign-in'],
    ['iCloud 账户和登录', 'icloud-account-sign-in'],
    ['iCloud 储存空间升级', 'icloud-storage-upgrades'],
    ['Fotos do iCloud', 'photos'],
    ['Foto di iCloud', 'photos'],
    ['iCloud 照片', 'photos'],
    ['Compte Apple', 'apple-account'],
    ['Apple 帐户', 'apple-account'],
  ] as const)('recognizes the related service "%s" by its words', (name, id) => {
    expect(canonicalServiceId(name)).toBe(id);
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

  it('folds names to words between single spaces', () => {
    expect(foldName('iCloud Account & Sign-In')).toBe(' icloud account sign in ');
    expect(foldName('ｉＣｌｏｕｄ　Drive')).toBe(' icloud drive ');
    expect(foldName('Cópia de Segurança')).toBe(' copia de seguranca ');
  });
});

describe('foldName without Unicode tables for ASCII names', () => {
  // The folding as written for every name: the ASCII shortcut must never differ from it.
  const unicodeFold = (name: string) =>
    ` ${name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize()
      .toLowerCase()
      .replace(/<.*|[^\p{L}\p{N}]+/gu, ' ')} `;

  it('folds any ASCII text as the Unicode folding does (2,000 texts)', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, (name) => foldName(name) === unicodeFold(name)),
      { numRuns: 2000 },
    );
  });

  it('still folds other text the Unicode way', () => {
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
