import type { ServiceId } from '../observation';

/**
 * Known display names per canonical id, but iCloud Backup's (found by its words, see
 * BACKUP_WORDS and byWords). English and Japanese names come from Apple's feeds (captured
 * en_US / ja_JP data). The German, French, Spanish, Italian and Chinese names are Apple's usual
 * terms for these services in those languages, unconfirmed as status-page names (no capture
 * yet), kept because none can mean another service; the state never depends on a name (it
 * comes from the light's class), only which row is iCloud Backup. Matching is on a folded key
 * (see `foldName`), so "iCloud Account and Sign In" or "iCloud-Backup" still match.
 */
const KNOWN_NAMES: Record<Exclude<ServiceId, 'icloud-backup'>, readonly string[]> = {
  'icloud-account-sign-in': [
    'iCloud Account & Sign In',
    'iCloudアカウントおよびサインイン',
    'iCloud-Account und Anmeldung',
    'Compte iCloud et connexion',
    'Cuenta de iCloud e inicio de sesión',
    'Account iCloud e accesso',
    'iCloud 账户和登录',
    'iCloud 帐户和登录',
  ],
  'icloud-storage-upgrades': [
    'iCloud Storage Upgrades',
    'iCloudストレージアップグレード',
    'iCloud-Speicher-Upgrades',
    'Mises à niveau du stockage iCloud',
    'Ampliaciones de almacenamiento de iCloud',
    'Upgrade dello spazio di archiviazione iCloud',
    'iCloud 储存空间升级',
  ],
  'icloud-drive': ['iCloud Drive', 'iCloud 云盘'],
  // Any name with "iCloud.com" in it is this service too (see byWords).
  'icloud-web-apps': ['iCloud Web Apps', 'iCloud Webアプリ'],
  photos: ['Photos', 'iCloud Photos', '写真', 'Fotos', 'Foto', '照片', 'iCloud 照片'],
  'icloud-mail': [
    'iCloud Mail',
    'iCloudメール',
    'Mail iCloud',
    'Correo de iCloud',
    'Mail di iCloud',
    'iCloud 邮件',
  ],
  'icloud-keychain': [
    'iCloud Keychain',
    'iCloudキーチェーン',
    'iCloud-Schlüsselbund',
    'Trousseau iCloud',
    'Llavero de iCloud',
    'Portachiavi iCloud',
    'iCloud 钥匙串',
  ],
  // "Apple ID" was renamed "Apple Account" in 2024; both names have been on the page.
  'apple-account': [
    'Apple ID',
    'Apple Account',
    'Identifiant Apple',
    'Compte Apple',
    'ID de Apple',
    'Cuenta de Apple',
    'ID Apple',
    'Account Apple',
    'Appleアカウント',
    'Apple 账户',
    'Apple 帐户',
  ],
};

/** Case, width, spacing, punctuation and "&" vs "and"/"und"/"et"/"y"/"e"/"および"/"和" do not matter. */
export function foldName(name: string): string {
  // An ASCII name folds the same without NFKC and Unicode classes, whose pattern costs the
  // status page more to compile than reading all its rows (tests/bench/README.md).
  const ascii = ASCII.test(name);
  return (ascii ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/&|\band\b|\bund\b|\bet\b|\by\b|\be\b|および|和/g, '')
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;

const foldedNames = (ascii: boolean): ReadonlyMap<string, ServiceId> =>
  new Map(
    (Object.entries(KNOWN_NAMES) as [ServiceId, readonly string[]][]).flatMap(([id, names]) =>
      names
        .filter((name) => ASCII.test(name) === ascii)
        .map((name) => [foldName(name), id] as const),
    ),
  );

/**
 * Known names written in ASCII (their keys are ASCII, so only these can match an ASCII name),
 * and the others, folded on the first name that is not ASCII (a page in Japanese, say). Both
 * are built on first use: the status page's script does nothing before the table exists.
 */
let byAsciiName: ReadonlyMap<string, ServiceId> | undefined;
let byOtherName: ReadonlyMap<string, ServiceId> | undefined;

export function canonicalServiceId(name: string): ServiceId | undefined {
  const folded = foldName(name);
  const known = ASCII.test(folded)
    ? (byAsciiName ??= foldedNames(true)).get(folded)
    : (byOtherName ??= foldedNames(false)).get(folded);
  return known ?? byWords(folded);
}

/**
 * iCloud Backup is the row the hint and the flow depend on, so it is also found in languages
 * whose names are not listed above: a folded name holding "icloud" and a word for backup
 * ("iCloud 백업", "Backup do iCloud", "Резервное копирование iCloud", "iCloud-Backup"). The
 * words are Apple's usual terms in those languages, unconfirmed as status-page names like the
 * names above, folded, and cut to the part no other iCloud service's name has: "kopi" is the
 * Dutch, Nordic, Polish and Croatian backup copy ("reservekopie", "säkerhetskopiering",
 * "varmuuskopiointi", "kopia zapasowa", "sigurnosna kopija"), "deseg" the Spanish and
 * Portuguese one ("copia de seguridad", "cópia de segurança"); Thai "สำรอง" folds to "สารอง"
 * (NFKC splits its vowel, and the mark is dropped). Every word costs the status page's script
 * bytes, which has a budget (README, "Performance").
 */
const BACKUP_WORDS = [
  'backup',
  'sauvegarde',
  'deseg',
  'siguranț',
  'kopi',
  'záloh',
  'mentés',
  'yedekle',
  'резервн',
  'αντίγραφ',
  'גיבוי',
  'احتياطي',
  'สารอง',
  'saolưu',
  'cadang',
  'sandaran',
  'バックアップ',
  '备份',
  '備份',
  '백업',
];

/** A name no list holds, by what it contains: "iCloud.com" names only the web apps. */
function byWords(folded: string): ServiceId | undefined {
  if (folded.includes('icloudcom')) return 'icloud-web-apps';
  if (folded.includes('icloud') && BACKUP_WORDS.some((word) => folded.includes(word)))
    return 'icloud-backup';
  return undefined;
}
