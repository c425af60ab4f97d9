import { describe, expect, it } from 'vitest';
import { hintLocale, LOCALES } from '../../../../src/i18n';
import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import { summarizeIcloud } from '../../../../src/pages/apple-status/summary';
import { htmlDocument } from '../fixtures';

/**
 * The status page of each supported language, hand-made in Apple's markup: the iCloud Backup
 * row under its local name, event words in the local language (which the reader does not
 * know), and the state only in the light's class. Names are Apple's usual terms, unconfirmed.
 */
const PAGES: [lang: string, path: string, backup: string, drive: string, issueWord: string][] = [
  ['en', '/support/systemstatus/', 'iCloud Backup', 'iCloud Drive', 'Issue'],
  ['de', '/de/support/systemstatus/', 'iCloud-Backup', 'iCloud Drive', 'Problem'],
  ['fr', '/fr/support/systemstatus/', 'Sauvegarde iCloud', 'iCloud Drive', 'Problème'],
  ['es', '/es/support/systemstatus/', 'Copia de seguridad de iCloud', 'iCloud Drive', 'Problema'],
  ['it', '/it/support/systemstatus/', 'Backup iCloud', 'iCloud Drive', 'Problema'],
  ['ja', '/jp/support/systemstatus/', 'iCloudバックアップ', 'iCloud Drive', '問題'],
  ['zh', '/cn/support/systemstatus/', 'iCloud 云备份', 'iCloud 云盘', '问题'],
];

function cell(name: string, light: string, label?: string): string {
  const text = label ? `<span class="light-link">${name} - 1&nbsp;${label}</span>` : name;
  return `<td><div class="light-container">
    <div class="light-content light-image"><div class="${light}"></div></div>
    <div class="light-content light-name"><span role="text">${text}<span class="a11y">: x</span></span></div>
  </div></td>`;
}

function page(backup: string, drive: string, light: string, label?: string): Document {
  return htmlDocument(`<div class="section-lights"><table id="ssp-lights-table"><tbody><tr>
    ${cell('App Store', 'light-available')}${cell(backup, light, label)}${cell(drive, light, label)}
  </tr></tbody></table></div>`);
}

const EN_LABEL: Record<string, string> = {
  'light-outage': 'Outage',
  'light-issue': 'Issue',
  'light-maintenance': 'Maintenance In Progress',
};

describe.each(PAGES)('the %s status page', (lang, path, backup, drive, issueWord) => {
  const url = `https://www.apple.com${path}`;

  it.each([
    ['light-outage', 'outage'],
    ['light-issue', 'issue'],
    ['light-maintenance', 'maintenance'],
    ['light-available', 'available'],
  ])('reads iCloud Backup with a %s light as %s, from the class alone', (light, state) => {
    // English words are read, and must then name the light's own state (parse-dom.ts).
    const label =
      light === 'light-available' ? undefined : lang === 'en' ? EN_LABEL[light] : issueWord;
    const { observation } = readStatusPage(page(backup, drive, light, label), url);
    expect(observation.icloudBackup.state).toBe(state);
    expect(observation.services.find((s) => s.id === 'icloud-drive')?.state).toBe(state);
    expect(summarizeIcloud(observation).backup.state).toBe(state);
  });

  it('finds iCloud Backup among the services by its local name', () => {
    const { observation } = readStatusPage(page(backup, drive, 'light-available'), url);
    expect(observation.services.find((s) => s.name === backup)?.id).toBe('icloud-backup');
  });

  it("speaks the page's language in the hint when supported, else the browser's", () => {
    const supported = LOCALES.find((l) => l === lang);
    for (const browser of LOCALES)
      expect(hintLocale(url, browser)).toBe(lang === 'en' ? browser : (supported ?? browser));
  });
});

/**
 * Status pages in languages the extension does not speak, hand-made like those above: iCloud
 * Backup under a name the known-names list does not hold, found by its words. The other iCloud
 * services there keep no id unless their name is known (Drive is "iCloud Drive" in most).
 */
const OTHER_PAGES: [lang: string, path: string, backup: string, other: string][] = [
  ['ko', '/kr/support/systemstatus/', 'iCloud 백업', 'iCloud 키체인'],
  ['pt-BR', '/br/support/systemstatus/', 'Backup do iCloud', 'Fotos do iCloud'],
  ['pt-PT', '/pt/support/systemstatus/', 'Cópia de segurança do iCloud', 'Porta-chaves em iCloud'],
  ['nl', '/nl/support/systemstatus/', 'iCloud-reservekopie', 'iCloud-sleutelhanger'],
  ['zh-TW', '/tw/support/systemstatus/', 'iCloud 備份', 'iCloud 鑰匙圈'],
  ['ru', '/ru/support/systemstatus/', 'Резервное копирование iCloud', 'Связка ключей iCloud'],
  ['uk', '/ua/support/systemstatus/', 'Резервне копіювання iCloud', 'Пошта iCloud'],
  ['tr', '/tr/support/systemstatus/', 'iCloud Yedekleme', 'iCloud Anahtar Zinciri'],
  ['pl', '/pl/support/systemstatus/', 'Kopia zapasowa iCloud', 'Pęk kluczy iCloud'],
  ['sv', '/se/support/systemstatus/', 'iCloud-säkerhetskopiering', 'iCloud-nyckelring'],
  ['da', '/dk/support/systemstatus/', 'iCloud-sikkerhedskopiering', 'iCloud-nøglering'],
  ['nb', '/no/support/systemstatus/', 'iCloud-sikkerhetskopiering', 'iCloud-nøkkelring'],
  ['fi', '/fi/support/systemstatus/', 'iCloud-varmuuskopiointi', 'iCloud-avainnippu'],
  ['cs', '/cz/support/systemstatus/', 'Zálohování na iCloud', 'Klíčenka na iCloudu'],
  ['hu', '/hu/support/systemstatus/', 'iCloud-biztonsági mentés', 'iCloud-kulcskarika'],
  ['hr', '/hr/support/systemstatus/', 'Sigurnosna kopija iCloud', 'iCloud privjesak ključeva'],
  ['ro', '/ro/support/systemstatus/', 'Copie de siguranță iCloud', 'Breloc iCloud'],
  ['el', '/gr/support/systemstatus/', 'Αντίγραφα ασφαλείας iCloud', 'Μπρελόκ iCloud'],
  ['he', '/il/support/systemstatus/', 'גיבוי iCloud', 'מחזיק מפתחות iCloud'],
  ['ar', '/ae-ar/support/systemstatus/', 'النسخ الاحتياطي على iCloud', 'سلسلة مفاتيح iCloud'],
  ['th', '/th/support/systemstatus/', 'การสำรองข้อมูล iCloud', 'พวงกุญแจ iCloud'],
  ['vi', '/vn/support/systemstatus/', 'Sao lưu iCloud', 'Chuỗi khóa iCloud'],
  ['id', '/id/support/systemstatus/', 'Pencadangan iCloud', 'Rantai Kunci iCloud'],
  ['ms', '/my/support/systemstatus/', 'Sandaran iCloud', 'Rantai Kunci iCloud'],
];

describe.each(OTHER_PAGES)('a %s status page', (_lang, path, backup, other) => {
  const url = `https://www.apple.com${path}`;

  it.each([
    ['light-outage', 'outage'],
    ['light-issue', 'issue'],
    ['light-available', 'available'],
  ])('finds iCloud Backup by its words, with a %s light read as %s', (light, state) => {
    const { observation } = readStatusPage(page(backup, other, light, 'x'), url);
    expect(observation.services.find((s) => s.name === backup)?.id).toBe('icloud-backup');
    expect(observation.icloudBackup.state).toBe(state);
    expect(observation.problems ?? []).not.toContain('icloud-backup-not-listed');
  });

  it('takes no other iCloud service for iCloud Backup', () => {
    const { observation } = readStatusPage(page('iCloud Drive', other, 'light-outage'), url);
    expect(observation.services.filter((s) => s.id === 'icloud-backup')).toEqual([]);
    expect(observation.icloudBackup.state).toBe('unknown');
  });

  it("words the hint in the browser's language", () => {
    for (const browser of LOCALES) expect(hintLocale(url, browser)).toBe(browser);
  });
});
