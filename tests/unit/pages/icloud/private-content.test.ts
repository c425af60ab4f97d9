import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { matchUsage, parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { FIXED_NOW, htmlDocument } from '../fixtures';

/**
 * icloud.com shows the account's own content (mail, notes, files) next to its storage: a
 * sentence shaped like a usage line there is someone's text, not the storage. These pages are
 * written for this test; their wording is what such content looks like.
 */
const page = (body: string) =>
  htmlDocument(
    `<!doctype html><html><head><title>iCloud</title></head><body>${body}</body></html>`,
  );
const read = (url: string, body: string) => {
  const o = parseIcloudPage(page(body), url, FIXED_NOW);
  return o.kind === 'icloud-storage'
    ? {
        used: `${o.used?.value} ${o.used?.unit}`,
        total: `${o.total?.value} ${o.total?.unit}`,
        plan: o.plan,
        problems: o.problems,
      }
    : o.kind;
};

const tile = (heading: string, text: string) =>
  `<section><h2>${heading}</h2><div><p>${text}</p></div></section>`;
const storageTile = tile('iCloud Storage', '42.3 GB of 200 GB used');

describe('icloud.com: usage is read only where the storage is shown', () => {
  it.each([
    ['https://www.icloud.com/mail/', 'Your Dropbox is almost full: 1.9 GB of 2 GB used'],
    ['https://www.icloud.com/notes/', "Mum's iPad: 58.2 GB of 64 GB used"],
    ['https://www.icloud.com/iclouddrive/', 'Backup 4.8 GB of 5 GB used.png'],
    ['https://www.icloud.com/pages/', 'The array has 3.2 TB of 4 TB used.'],
  ])('reads nothing from the content of %s', (url, text) => {
    expect(read(url, `<main>${tile('Inbox', text)}</main>`)).toBe('unknown');
  });

  it('on the home page, reads the storage tile, never a mail subject beside it', () => {
    const subject = tile('Mail', '61.5 GB of 64 GB used');
    for (const body of [subject + storageTile, storageTile + subject]) {
      expect(read('https://www.icloud.com/', `<main>${body}</main>`)).toMatchObject({
        used: '42.3 GB',
        total: '200 GB',
      });
    }
  });

  it.each([
    ['iCloud Saklama Alanı', "200 GB'ın 42,3 GB'ı kullanılıyor"],
    ['Úložiště iCloud', 'Využito 42,3 GB z 200 GB'],
    ['iCloud-tallennustila', 'Käytössä 42,3 Gt / 200 Gt'],
    ['אחסון iCloud', '42.3 GB מתוך 200 GB בשימוש'],
    ['مساحة تخزين iCloud', 'تم استخدام 42.3 GB من 200 GB'],
    ['Dung lượng iCloud', 'Đã sử dụng 42,3 GB trong tổng số 200 GB'],
  ])('on the home page, reads a storage tile headed %j', (heading, text) => {
    const subject = tile('Mail', '61.5 GB of 64 GB used');
    expect(
      read('https://www.icloud.com/', `<main>${subject}${tile(heading, text)}</main>`),
    ).toMatchObject({
      used: '42.3 GB',
      total: '200 GB',
    });
  });

  it('on the home page without a storage tile, says it could not read', () => {
    const body = tile('Mail', 'Your Dropbox is almost full: 1.9 GB of 2 GB used');
    expect(read('https://www.icloud.com/', `<main>${body}</main>`)).toBe('unknown');
  });

  it('on the home page, a subject or a sender that says "storage" heads no storage tile', () => {
    const home = 'https://www.icloud.com/';
    const mail = (from: string, subject: string) =>
      `<section><h2>Mail</h2><ul><li><span>${from}</span><span>${subject}</span></li></ul></section>`;
    expect(read(home, `<main>${mail('Ben', 'Storage warning: 1.9 GB of 2 GB used')}</main>`)).toBe(
      'unknown',
    );
    const sender = mail('storage-alerts@example.com', 'Mailbox: 4.9 GB of 5 GB used');
    expect(read(home, `<main><div>${sender}${storageTile}</div></main>`)).toMatchObject({
      used: '42.3 GB',
      total: '200 GB',
    });
  });

  it("never reads the device's storage, whatever heads the page", () => {
    const url = 'https://www.icloud.com/settings/';
    const header = '<header><a href="/">iCloud</a> anna@icloud.com</header>';
    for (const card of [
      '<div><p>Anna’s iPhone, iPhone 15 Pro</p><p>iPhone Storage: 61 GB of 128 GB used</p></div>',
      '<section><h3>iPad Storage</h3><p>201.3 GB of 256 GB used</p></section>',
      '<section><h3>אחסון ה-iPhone</h3><p>61 GB מתוך 128 GB בשימוש</p></section>',
    ]) {
      expect(read(url, `${header}<main><h1>iCloud</h1>${card}</main>`), card).toBe('unknown');
      // Beside the account's own panel, the panel is read.
      expect(read(url, `${header}<main>${card}${storageTile}</main>`), card).toMatchObject({
        used: '42.3 GB',
      });
    }
  });

  it('reads nothing where two different usages are shown (two accounts)', () => {
    const url = 'https://www.icloud.com/settings/';
    const body = `<section><h2>iCloud Storage</h2><ul><li>anna@icloud.com: 150.5 GB of 200 GB used</li><li>ben@icloud.com: 2 GB of 5 GB used</li></ul></section>`;
    expect(read(url, `<main>${body}</main>`)).toBe('unknown');
  });

  it.each([
    '<div contenteditable="plaintext-only">4.9 GB of 5 GB used</div>',
    '<div contenteditable>4.9 GB of 5 GB used</div>',
    '<textarea>4.9 GB of 5 GB used</textarea>',
  ])('on the settings view too, skips text being typed: %s', (field) => {
    const url = 'https://www.icloud.com/settings/';
    expect(read(url, `<main><section><h2>iCloud Storage</h2>${field}</section></main>`)).toBe(
      'unknown',
    );
  });

  it('still reads the settings view, with or without a heading', () => {
    const url = 'https://www.icloud.com/settings/';
    expect(read(url, '<main><div>4.8 GB of 5 GB used</div></main>')).toMatchObject({
      used: '4.8 GB',
      total: '5 GB',
    });
  });

  it('skips text being typed or edited', () => {
    const url = 'https://www.icloud.com/settings/';
    const body = `<main><textarea>9 GB of 10 GB used</textarea><div contenteditable="true">7 GB of 8 GB used</div>${storageTile}</main>`;
    expect(read(url, body)).toMatchObject({ used: '42.3 GB', total: '200 GB' });
  });

  it('does not take an offered plan for the plan', () => {
    const url = 'https://www.icloud.com/settings/';
    const body = `<main><section><h2>iCloud Storage</h2><p>4.9 GB of 5 GB used</p><p>Recommended: iCloud+ 50 GB</p></section></main>`;
    expect(read(url, body)).toEqual({
      used: '4.9 GB',
      total: '5 GB',
      plan: undefined,
      problems: ['plan-ambiguous'],
    });
    expect(
      parseStorageText('4.9 GB of 5 GB used\nRecommended: iCloud+ 50 GB').plan,
    ).toBeUndefined();
    expect(parseStorageText('42.3 GB of 50 GB used\niCloud+ 50 GB').plan).toBe('iCloud+ 50 GB');
  });
});

describe('storage line: what is free is not what is used', () => {
  it.each([
    '200 MB of 5 GB unused',
    '200 MB of 5 GB not used',
    'Unused: 200 MB of 5 GB',
    '200 MB van 5 GB ongebruikt',
    '200 MB av 5 GB oanvänt',
    '200 MB von 5 GB nicht belegt',
    '200 Mo sur 5 Go non utilisés',
    '200 MB de 5 GB no usados',
    '5 GB中200 MBが未使用',
    '200 МБ из 5 ГБ не используется',
    '200 MB z 5 GB nie wykorzystano',
  ])('%s', (text) => {
    expect(matchUsage(text)).toBeUndefined();
  });
});

describe('storage line: a number grouped with spaces is read whole, never as its tail', () => {
  it.each([
    ['1 024 Go sur 2 To utilisés', 1024],
    ['1\u00a0024 Go sur 2 To utilisés', 1024],
    ['1\u202f023,5 Go sur 2 To utilisés', 1023.5],
    ['1 234 MB av 5 GB används', 1234],
    ['1’234 MB von 5 GB belegt', 1234],
  ])('%s', (text, used) => {
    expect(matchUsage(text)?.used.value).toBe(used);
  });

  it('still reads ordinary sizes after a word or at the start', () => {
    expect(matchUsage('iCloud: 4,8 Go sur 5 Go utilisés')).toMatchObject({
      used: { value: 4.8, unit: 'GB' },
      total: { value: 5, unit: 'GB' },
    });
  });
});
