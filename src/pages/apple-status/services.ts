import type { ServiceId } from '../observation';

/**
 * Known display names per canonical id. English and Japanese names come from Apple's feeds
 * (captured en_US / ja_JP data); the German/French/Spanish/Italian "Photos" words are the
 * ordinary translations and unconfirmed as status-page names, kept because they cannot mean
 * another service. Matching is on a folded key (see `foldName`), so "iCloud-Backup",
 * "iCloud Account and Sign In" or "iCloud Web Apps" without "(iCloud.com)" still match.
 */
const KNOWN_NAMES: Record<ServiceId, readonly string[]> = {
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
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&|\band\b|\bund\b|\bet\b|\by\b|および/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const BY_FOLDED_NAME: ReadonlyMap<string, ServiceId> = new Map(
  (Object.entries(KNOWN_NAMES) as [ServiceId, readonly string[]][]).flatMap(([id, names]) =>
    names.map((name) => [foldName(name), id] as const),
  ),
);

export function canonicalServiceId(name: string): ServiceId | undefined {
  return BY_FOLDED_NAME.get(foldName(name));
}
