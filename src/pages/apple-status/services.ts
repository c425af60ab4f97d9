import type { CanonicalId } from '../observation';

/**
 * Known display names per canonical id. English and Japanese names come from Apple's feeds
 * (captured en_US / ja_JP data); the German/French/Spanish/Italian "Photos" words are the
 * ordinary translations and unconfirmed as status-page names, kept because they cannot mean
 * another service. Matching is on a folded key (see `foldName`), so "iCloud-Backup",
 * "iCloud Account and Sign In" or "iCloud Web Apps" without "(iCloud.com)" still match.
 */
const KNOWN_NAMES: Record<CanonicalId, readonly string[]> = {
  'icloud-backup': ['iCloud Backup', 'iCloudバックアップ'],
  'icloud-account-sign-in': ['iCloud Account & Sign In', 'iCloudアカウントおよびサインイン'],
  'icloud-storage-upgrades': ['iCloud Storage Upgrades', 'iCloudストレージアップグレード'],
  'icloud-drive': ['iCloud Drive'],
  'icloud-web-apps': [
    'iCloud Web Apps (iCloud.com)',
    'iCloud Web Apps',
    'iCloud.com',
    'iCloud Webアプリ(iCloud.com)',
    'iCloud Webアプリ',
  ],
  photos: ['Photos', 'iCloud Photos', '写真', 'Fotos', 'Foto'],
  'icloud-mail': ['iCloud Mail', 'iCloudメール'],
  'icloud-keychain': ['iCloud Keychain', 'iCloudキーチェーン'],
  // "Apple ID" was renamed "Apple Account" in 2024; both names have been on the page.
  'apple-account': ['Apple ID', 'Apple Account'],
};

/** Case, width, spacing, punctuation and "&" vs "and"/"und"/"et"/"y"/"および" do not matter. */
export function foldName(name: string): string {
  // An ASCII name folds the same without NFKC and Unicode classes, whose pattern costs the
  // status page more to compile than reading all its rows (README, "Performance").
  const ascii = ASCII.test(name);
  return (ascii ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/&|\band\b|\bund\b|\bet\b|\by\b|および/g, '')
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;

const foldedNames = (ascii: boolean): ReadonlyMap<string, CanonicalId> =>
  new Map(
    (Object.entries(KNOWN_NAMES) as [CanonicalId, readonly string[]][]).flatMap(([id, names]) =>
      names
        .filter((name) => ASCII.test(name) === ascii)
        .map((name) => [foldName(name), id] as const),
    ),
  );

/** Known names written in ASCII: their keys are ASCII, so only these can match an ASCII name. */
const BY_ASCII_NAME = foldedNames(true);
/** The others, folded on the first name that is not ASCII (a page in Japanese, say). */
let byOtherName: ReadonlyMap<string, CanonicalId> | undefined;

export function canonicalServiceId(name: string): CanonicalId | undefined {
  const folded = foldName(name);
  return BY_ASCII_NAME.get(folded) ?? (ASCII.test(folded) ? undefined : otherNames().get(folded));
}

function otherNames(): ReadonlyMap<string, CanonicalId> {
  byOtherName ??= foldedNames(false);
  return byOtherName;
}

/** The iCloud-related services a backup helper cares about, in the order the hint lists them. */
export const ICLOUD_RELATED_IDS: readonly CanonicalId[] = [
  'icloud-backup',
  'icloud-account-sign-in',
  'icloud-storage-upgrades',
  'icloud-drive',
  'icloud-web-apps',
  'photos',
  'icloud-mail',
  'icloud-keychain',
  'apple-account',
];
