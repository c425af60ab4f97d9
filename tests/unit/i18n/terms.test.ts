import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';

/**
 * One thing, one name, on every screen: the popup, the status-page hint, the summary, the export
 * screen and the guide name iCloud Backup, iCloud storage, Settings and the account the way
 * Apple's iOS localisation does (README, "Wording not yet checked against Apple's own"). Each
 * pattern is another name for one of them that a reader would take for something else.
 */
const OTHER_NAMES: Record<Locale, RegExp[]> = {
  en: [/\bApple ID\b/, /\bback-up\b/i],
  // Apple says "iCloud-Backup", "WLAN" and "Account".
  de: [/\biCloud Backup\b/, /\bBackup in iCloud\b/, /\bWi-Fi\b/, /\bKonto\b/, /\bApple-ID\b/],
  // Apple España: "Copia en iCloud" in Settings, "Copia de seguridad de iCloud" on the status page.
  es: [/\bcopias? de iCloud\b/i, /\bcomputadora\b/i, /\bConfiguración\b/, /\bID de Apple\b/],
  fr: [/\bParamètres\b/, /\bcourriel\b/i, /\bidentifiant Apple\b/],
  it: [/\be-mail\b/i, /\bapplicazion[ei]\b/i, /\bID Apple\b/],
  ja: [
    /iCloudの(?:バックアップ|ストレージ)/,
    /ユーザー/,
    /コンピューター/,
    /ウィンドウ/,
    /Apple ID/,
  ],
  // Apple's Simplified Chinese: "iCloud 云备份", "储存空间".
  zh: [/iCloud\s*备份/, /存储空间/, /Apple ID/, /帐户/],
};

const FAMILIES: Family[] = ['ui', 'knowledge', 'inpage', 'report', 'export', 'guide'];

/** Settings paths for iOS 17 and earlier, and the note on the renaming, quote the former name. */
const FORMER_NAME = /^(?:path\.[\w.]+\.apple_id|correction\.settings_paths_renamed)$/;

describe('the same thing named the same way', () => {
  it.each(LOCALES)('%s: no other name for iCloud Backup, storage, Settings or the account', (l) => {
    for (const family of FAMILIES)
      for (const [key, text] of Object.entries(catalogOf(family, l)!)) {
        if (FORMER_NAME.test(key)) continue;
        for (const other of OTHER_NAMES[l]) expect(text, `${family} ${key}`).not.toMatch(other);
      }
  });

  it('tells the names apart from the other ones', () => {
    expect('iCloud 云备份').not.toMatch(OTHER_NAMES.zh[0]!);
    expect('iCloud 备份还是电脑备份').toMatch(OTHER_NAMES.zh[0]!);
    expect('La copia de iCloud puede seguir fallando').toMatch(OTHER_NAMES.es[0]!);
    expect('Interruptor de Copia en iCloud').not.toMatch(OTHER_NAMES.es[0]!);
    expect('la copia de seguridad de iCloud').not.toMatch(OTHER_NAMES.es[0]!);
    expect('recuperar copias de iCloud eliminadas').toMatch(OTHER_NAMES.es[0]!);
    expect('已删除的 iCloud 备份能找回吗？').toMatch(OTHER_NAMES.zh[0]!);
    expect('iCloud 云备份包含哪些内容？').not.toMatch(OTHER_NAMES.zh[0]!);
    expect('iCloudのバックアップは電源につながれているときに').toMatch(OTHER_NAMES.ja[0]!);
    expect('Beschädigtes Backup in iCloud').toMatch(OTHER_NAMES.de[1]!);
  });
});

/**
 * The paste box's hint quotes the line of Settings to copy; the popup and the summary then show
 * its value under their own label, which a reader matches against the device: the same words.
 */
describe('the "Next Backup Size" line', () => {
  const QUOTED = /["“«「]\s*([^"”»」]+?)\s*["”»」]/;

  it.each(LOCALES)('%s: is named as the paste hint quotes it, on every screen', (locale) => {
    const quoted = QUOTED.exec(catalogOf('ui', locale)!['paste.hint']!)?.[1];
    if (quoted === undefined) return;
    const same = (text: string) =>
      text.toLocaleLowerCase(locale) === quoted.toLocaleLowerCase(locale);
    expect(same(catalogOf('ui', locale)!['fact.backupSizeBytes']!)).toBe(true);
    expect(same(catalogOf('report', locale)!['fact.backupSizeBytes']!)).toBe(true);
    expect(same(catalogOf('report', locale)!['support.nextBackup']!)).toBe(true);
  });
});
