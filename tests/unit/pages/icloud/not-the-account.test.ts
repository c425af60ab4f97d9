import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { matchPlan, matchUsage } from '../../../../src/pages/icloud/storage-text';
import { FIXED_NOW, htmlDocument, pageDocument } from '../fixtures';

/**
 * Lines shaped like usage that are not the account's: what is free, a device's storage, an
 * app's content or share, a family member's usage, text being typed. The pages and wordings
 * here are written for this test (an independent review's corpus found these classes).
 */
const SETTINGS = 'https://www.icloud.com/settings/';
const HOME = 'https://www.icloud.com/';

const summarize = (o: ReturnType<typeof parseIcloudPage>) =>
  o.kind === 'icloud-storage'
    ? { used: `${o.used?.value} ${o.used?.unit}`, total: `${o.total?.value} ${o.total?.unit}` }
    : o.kind;
const read = (url: string, body: string) =>
  summarize(
    parseIcloudPage(
      htmlDocument(
        `<!doctype html><html><body><header><a href="/">iCloud</a> kofi@icloud.com</header><main>${body}</main></body></html>`,
      ),
      url,
      FIXED_NOW,
    ),
  );
const readFixture = (name: string, url: string) =>
  summarize(parseIcloudPage(pageDocument(name), url, FIXED_NOW));

const panel = '<section><h2>iCloud Storage</h2><p>71.9 GB of 200 GB used</p></section>';
const panelReading = { used: '71.9 GB', total: '200 GB' };

/** Each part alone on the settings view reads nothing; beside the account's panel, the panel is read. */
function expectPanelOnly(parts: string[]) {
  for (const part of parts) {
    expect(read(SETTINGS, part), part).toBe('unknown');
    expect(read(SETTINGS, panel + part), part).toMatchObject(panelReading);
  }
}

describe('what is free is never read as used', () => {
  it.each([
    '128.1 GB of 200 GB available (71.9 GB used)',
    '128.1 GB available of 200 GB · storage used by backups: 2 GB',
    'Noch 128,1 GB von 200 GB frei – davon 71,9 GB belegt',
    '128,1 Go disponibles sur 200 Go (71,9 Go utilisés)',
    '128,1 GB libres de 200 GB; usados 71,9 GB',
    'Свободно 128,1 ГБ из 200 ГБ (использовано 71,9 ГБ)',
    '200 GB中128.1 GB可用，已使用 71.9 GB',
    'You have 128.1 GB of 200 GB left (71.9 GB used)',
    'Spazio libero: 128,1 GB di 200 GB (71,9 GB utilizzati)',
    'Espaço livre: 128,1 GB de 200 GB (71,9 GB usados)',
    // What is left, with a word for "used" just before the pair.
    '71,9 Go utilisés, il reste 128,1 Go sur 200 Go',
    '71,9 GB belegt, noch 128,1 GB von 200 GB übrig',
    '71,9 GB belegt, 128,1 GB von 200 GB verbleibend',
    '71,9 GB usados, quedan 128,1 GB de 200 GB',
    '71,9 GB utilizzati, 128,1 GB rimanenti su 200 GB',
    '71,9 GB gebruikt, nog 128,1 GB van 200 GB over',
    '71,9 ГБ использовано, осталось 128,1 ГБ из 200 ГБ',
    '71.9 GB使用済み、200 GB中128.1 GBが空いています',
    // Not in use, or free with the word for "used" inside it.
    '128.1 GB of 200 GB not in use',
    '128,1 Gt / 200 Gt käytettävissä',
  ])('%s', (text) => {
    const usage = matchUsage(text);
    // Unread, or read right: never the free amount as the usage.
    if (usage) expect(usage.used.value).toBe(71.9);
  });

  it('still reads a usage line that mentions free space after it', () => {
    for (const text of [
      '71.9 GB of 200 GB used. Free up space by deleting old backups',
      '71.9 GB of 200 GB used (128.1 GB available)',
      '71,9 GB von 200 GB belegt, 128,1 GB frei',
    ]) {
      expect(matchUsage(text), text).toMatchObject({
        used: { value: 71.9, unit: 'GB' },
        total: { value: 200, unit: 'GB' },
      });
    }
  });

  it('on a page, free and used side by side never read the free amount', () => {
    expect(readFixture('ic-settings-free-and-used.html', SETTINGS)).toBe('unknown');
    expect(
      read(
        SETTINGS,
        '<section><h2>Storage</h2><div><p>9 GB of 50 GB free</p><p>41 GB used</p></div></section>',
      ),
    ).toBe('unknown');
  });
});

describe("a device's storage is never the account's", () => {
  it('reads nothing from a device card naming a Mac, a watch or the device by name', () => {
    expect(readFixture('ic-settings-mac-card.html', SETTINGS)).toBe('unknown');
    expectPanelOnly([
      '<section><h2>Devices</h2><div><h3>Studio iMac</h3><p>Storage</p><p>803 GB of 1 TB used</p></div></section>',
      '<section><h2>Apple Watch Ultra</h2><p>Storage: 19 GB of 64 GB used</p></section>',
      '<section><h2>Devices</h2><div><h3>Kofi’s iPad Pro</h3><div><span>Storage</span> <span>99 GB of 256 GB used</span></div></div></section>',
      '<ul><li>Kitchen iMac — 210 GB of 256 GB used</li></ul>',
      '<section><h2>Geräte</h2><p>Mac-Speicher: 410 GB von 512 GB belegt</p></section>',
      '<section><h2>デバイス</h2><p>iPhoneのストレージ：256 GB中190 GBを使用済み</p></section>',
    ]);
  });
});

describe("an app's content or share, or a family member's usage, is not the account's", () => {
  it('on the home page, a note or a mail under a title that names storage is still content', () => {
    expect(readFixture('ic-home-notes-storage-title.html', HOME)).toBe('unknown');
    const mail = `<div class="tile"><h3>Mail</h3><div><h4>Storage reports</h4><ul><li>Array B: 3.3 TB of 4 TB used</li></ul></div></div>`;
    expect(read(HOME, `<div>${mail}</div>`)).toBe('unknown');
    const apple = `<div class="tile"><div>Mail</div><ul><li><b>Apple</b> <span>Your iCloud storage is almost full</span> <span>You have used 4.7 GB of 5 GB.</span></li></ul></div>`;
    expect(read(HOME, `<div>${apple}</div>`)).toBe('unknown');
    const tile = `<div class="tile"><h3>iCloud Storage</h3><p>71.9 GB of 200 GB used</p></div>`;
    expect(read(HOME, `<div>${mail}${tile}</div>`)).toMatchObject(panelReading);
  });

  it('knows an app by a heading in a wrapper, or by a title that opens its tile', () => {
    const tile = (title: string, body: string) =>
      `<div class="tile">${title}<div class="tile-body">${body}</div></div>`;
    const note = '<div class="note"><b>iCloud Storage</b><p>4.4 GB of 5 GB used, ask Ama</p></div>';
    for (const title of ['<div class="tile-header"><h2>Notes</h2></div>', '<div>Notes</div>']) {
      expect(read(HOME, `<div class="tiles">${tile(title, note)}</div>`), title).toBe('unknown');
    }
  });

  it('on the home page, a device named in the tile before the storage tile is not its title', () => {
    const findMy =
      '<div class="tile"><div class="tile-header"><h2>Find My</h2></div><p>Ama’s iPhone</p></div>';
    const storage = '<div class="tile"><div>Storage</div><p>71.9 GB of 200 GB used</p></div>';
    expect(read(HOME, `<div class="tiles">${findMy}${storage}</div>`)).toMatchObject(panelReading);
  });

  it('reads nothing from a family or an app section alone, and the panel beside them', () => {
    expectPanelOnly([
      '<section><h2>Family Sharing</h2><ul><li><span>Ama</span> <span>31 GB of 200 GB used</span></li></ul></section>',
      '<section><h2>Partage familial</h2><p>Ama : 31 Go utilisés sur 200 Go</p></section>',
      '<section><h2>Photos</h2><p>Your library is using 45.2 GB of 200 GB</p></section>',
      '<section><h2>Mail</h2><p>Mail is using 1.1 GB of 71.9 GB used in iCloud</p></section>',
    ]);
  });

  it('still reads a panel that says it is shared with the family', () => {
    const shared =
      '<section><h2>iCloud Storage</h2><p>iCloud+ 2 TB (Shared with Family)</p><p>1.1 TB of 2 TB used</p></section>';
    expect(read(SETTINGS, shared)).toEqual({ used: '1.1 TB', total: '2 TB' });
  });
});

describe('text being typed in a search or combo box', () => {
  it.each([
    '<div role="searchbox">1.9 GB of 2 GB used</div>',
    '<div role="combobox"><span>1.9 GB of 2 GB used</span></div>',
  ])('is never read: %s', (field) => {
    expect(read(SETTINGS, `<section><h2>iCloud Storage</h2>${field}</section>`)).toBe('unknown');
  });
});

describe('plan names in brackets, with a dash or with a price', () => {
  it.each([
    ['iCloud+（50 GB）', 'iCloud+ 50 GB'],
    ['iCloud+ (200 GB)', 'iCloud+ 200 GB'],
    ['[iCloud+ 2 TB]', 'iCloud+ 2 TB'],
    ['「iCloud+ 200 GB」', 'iCloud+ 200 GB'],
    ['« iCloud+ avec 50 Go »', 'iCloud+ 50 GB'],
    ['iCloud+ – 6 TB', 'iCloud+ 6 TB'],
    ['iCloud+ com 200 GB', 'iCloud+ 200 GB'],
    ['iCloud+ 200 GB · 2,99 €/Monat', 'iCloud+ 200 GB'],
    ['iCloud+ 2 TB (shared with your family)', 'iCloud+ 2 TB'],
  ])('%s', (text, plan) => {
    expect(matchPlan(text)).toBe(plan);
  });

  it.each([
    'Free (upgrade to iCloud+ 50 GB)',
    'iCloud+ 50 GB · iCloud+ 200 GB · iCloud+ 2 TB',
    'Upgrade to iCloud+ (200 GB)',
  ])('no plan from an offer or a list: %s', (text) => {
    expect(matchPlan(text)).toBeUndefined();
  });
});

describe("a line labelled with another's name", () => {
  it.each([
    ['<p>Jonas: 12 GB of 200 GB used</p>', 'a member'],
    ['<p>Grace Okafor: 12 GB of 200 GB used</p>', 'a member with two names'],
    ['<p>grace.okafor@icloud.com: 12 GB of 200 GB used</p>', 'an address'],
    ['<div>Photos: 150 GB of 200 GB used</div>', 'a category'],
    ['<div>Backups – 12 GB of 200 GB used</div>', 'a category before a dash'],
    ['<p>Fotos: 150 GB von 200 GB belegt</p>', 'German'],
    ['<p>Sauvegardes : 12 Go sur 200 Go utilisés</p>', 'French'],
    ['<p>写真：200 GB中150 GBを使用済み</p>', 'Japanese label'],
    ['<p>写真が200 GB中150 GBを使用しています</p>', 'Japanese subject'],
    ['<p>照片已使用 150 GB（共 200 GB）</p>', 'Chinese subject'],
    ['<p>Mobile Data: 2.3 GB of 10 GB used</p>', 'mobile data'],
    ['<p>iCloud Drive: 12 GB of 200 GB used</p>', 'an app of iCloud'],
    ['<p>kofi2@icloud.com: 12 GB of 200 GB used</p>', 'an address holding a digit'],
    ['<p>Member 2: 12 GB of 200 GB used</p>', 'a label holding a number'],
  ])('is not the account: %j (%s)', (part) => {
    expectPanelOnly([part]);
  });

  it.each([
    ['<p>iCloud: 71.9 GB of 200 GB used</p>'],
    ['<p>iCloud+: 71.9 GB of 200 GB used</p>'],
    ['<p>Storage: 71.9 GB of 200 GB used</p>'],
    ['<p>Belegt: 71,9 GB von 200 GB</p>'],
    ['<p>使用済み：71.9 GB / 200 GB</p>'],
    ['<p>您已使用 71.9 GB（共 200 GB）</p>'],
    ['<p>あなたは200 GB中71.9 GBを使用しています</p>'],
  ])('still reads a label naming storage, use or the reader: %j', (part) => {
    expect(read(SETTINGS, `<section><h2>iCloud Storage</h2>${part}</section>`)).toEqual(
      panelReading,
    );
  });
});
