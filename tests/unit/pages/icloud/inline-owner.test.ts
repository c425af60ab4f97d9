import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { readPastedStorage } from '../../../../src/ui/storage-paste';
import { FIXED_NOW, htmlDocument } from '../fixtures';

/**
 * Whose usage a line is when a name or a label comes right before it: a member's name inline with
 * no colon ("Mom 12 GB of 200 GB used"), in markup of any shape, is not the account's on the page
 * either; a label that is only the account ("Account", "Konto") is the account's, above the line,
 * inline or with a colon, on the page and in the paste box. Written as probes before the fix, in
 * seventeen languages, each with what it must read (43 of 110 failed before).
 */
const SETTINGS = 'https://www.icloud.com/settings/';
const U = 'unknown';

const page = (body: string) => {
  const o = parseIcloudPage(
    htmlDocument(
      `<!doctype html><html><body><header>iCloud</header><main>${body}</main></body></html>`,
    ),
    SETTINGS,
    FIXED_NOW,
  );
  return o.kind === 'icloud-storage'
    ? `${(o.usedBytes ?? NaN) / 1e9}/${(o.totalBytes ?? NaN) / 1e9}`
    : U;
};
/** The paste box counts Apple's binary gigabytes. */
const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
const paste = (text: string) => {
  const p = readPastedStorage(text);
  return p.usedBytes === undefined || p.totalBytes === undefined
    ? U
    : `${gib(p.usedBytes)}/${gib(p.totalBytes)}`;
};

const PANEL = '<section><h2>iCloud Storage</h2><p>71.9 GB of 200 GB used</p></section>';

describe('a name before the usage with no colon, on the page', () => {
  it.each([
    '<p>Mom 12 GB of 200 GB used</p>',
    '<p>Jonas 12 GB von 200 GB belegt</p>',
    '<p>Sophie Martin 12 Go utilisés sur 200 Go</p>',
    '<ul><li>Lucía García 12 GB de 200 GB usados</li></ul>',
    '<p>Giulia 12 GB di 200 GB utilizzati</p>',
    '<p>Daan de Vries 12 GB van 200 GB gebruikt</p>',
    '<p>João Silva 12 GB de 200 GB usados</p>',
    '<p>花子 200 GB中12 GBを使用済み</p>',
    '<p>엄마 200GB 중 12GB 사용됨</p>',
    '<p>Анна 12 ГБ из 200 ГБ использовано</p>',
    '<p>Anna 12 GB z 200 GB wykorzystano</p>',
    '<p>Priya (Organizer) 12 GB of 200 GB used</p>',
    "<p>Ayşe 200 GB'ın 12 GB'ı kullanılıyor</p>",
    '<p>Jana 12 GB z 200 GB využito</p>',
    '<div dir="rtl"><p>דנה 12 ג׳יגה-בייט מתוך 200 ג׳יגה-בייט בשימוש</p></div>',
    '<p>أحمد ١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة</p>',
    '<p>Backups 12 GB of 200 GB used</p>',
    '<p>Photos 40 GB of 200 GB used</p>',
    // The name and the sizes in elements of their own, or the name a text of its own.
    '<div><span>Mom</span> <span>12 GB</span> of <span>200 GB</span> used</div>',
    '<ul><li>Mom <span>12 GB of 200 GB used</span></li></ul>',
    '<ul><li>Jonas <span>12 GB von 200 GB belegt</span></li></ul>',
  ])('%s', (member) => {
    expect(page(member)).toBe(U);
    // Beside the account's own panel, the member's row is not a second usage.
    expect(page(PANEL + member)).toBe('71.9/200');
  });
});

describe('a label that is only the account, on the page', () => {
  it.each([
    ['<div><div>Konto</div><div>71,9 GB von 200 GB belegt</div></div>', '71.9/200'],
    ['<div><div>Account</div><div>71.9 GB of 200 GB used</div></div>', '71.9/200'],
    ['<div><h3>Account</h3><p>71.9 GB of 200 GB used</p></div>', '71.9/200'],
    ['<div><p>Compte</p><p>71,9 Go utilisés sur 200 Go</p></div>', '71.9/200'],
    ['<div><div>Compte</div><div>71,9 Go utilisés sur 2 To</div></div>', '71.9/2000'],
    ['<div><span>Cuenta</span><span>71,9 GB de 200 GB usados</span></div>', '71.9/200'],
    ['<div><div>Account</div><div>71,9 GB di 200 GB utilizzati</div></div>', '71.9/200'],
    ['<div><div>Conta</div><div>71,9 GB de 200 GB usados</div></div>', '71.9/200'],
    ['<div><div>Account</div><div>71,9 GB van 200 GB gebruikt</div></div>', '71.9/200'],
    ['<div><div>Konto</div><div>71,9 GB av 200 GB används</div></div>', '71.9/200'],
    ['<div><div>Konto</div><div>Wykorzystano 71,9 GB z 200 GB</div></div>', '71.9/200'],
    ['<div><div>Аккаунт</div><div>Использовано 71,9 ГБ из 200 ГБ</div></div>', '71.9/200'],
    ['<div><div>アカウント</div><div>200 GB中71.9 GBを使用済み</div></div>', '71.9/200'],
    ['<div><div>账户</div><div>已使用 71.9 GB（共 200 GB）</div></div>', '71.9/200'],
    ['<div><div>계정</div><div>200GB 중 71.9GB 사용됨</div></div>', '71.9/200'],
    ['<div><div>Usage</div><div>71.9 GB of 200 GB used</div></div>', '71.9/200'],
    ['<div><div>Nutzung</div><div>71,9 GB von 200 GB belegt</div></div>', '71.9/200'],
    ['<p>Konto 71,9 GB von 200 GB belegt</p>', '71.9/200'],
    ['<p>Account 71.9 GB of 200 GB used</p>', '71.9/200'],
    ['<p>Konto: 71,9 GB von 200 GB belegt</p>', '71.9/200'],
  ])('%s', (html, expected) => {
    expect(page(html)).toBe(expected);
  });

  it.each([
    '<div><div>Mom</div><div>12 GB of 200 GB used</div></div>',
    '<div><div>Mamá</div><div>12 GB de 200 GB usados</div></div>',
    '<div><div>Family</div><div>12 GB of 2 TB used</div></div>',
    '<div><div>MacBook Air</div><div>201 GB of 256 GB used</div></div>',
  ])('still not a member, the family or a device: %s', (html) => {
    expect(page(html)).toBe(U);
  });
});

describe('lines the bare rule leaves as they were, on the page', () => {
  it.each([
    [PANEL, '71.9/200'],
    ['<p>Total 71.9 GB of 200 GB used</p>', '71.9/200'],
    ["<p>You've used 71.9 GB of 200 GB</p>", '71.9/200'],
    ['<p>Storage 71.9 GB of 200 GB used</p>', '71.9/200'],
    ['<p>iCloud 71,9 GB von 200 GB belegt</p>', '71.9/200'],
    ['<p>Stockage iCloud 71,9 Go utilisés sur 200 Go</p>', '71.9/200'],
    ['<p>共 200 GB，已使用 71.9 GB</p>', '71.9/200'],
    ['<p>Se usan 71,9 GB de 200 GB</p>', '71.9/200'],
    [
      '<section><h2>iCloud+</h2><div>iCloud+ 200 GB</div><p>71.9 GB of 200 GB used</p></section>',
      '71.9/200',
    ],
    [
      '<div dir="rtl"><h2>אחסון iCloud</h2><p>בשימוש 71.9 ג׳יגה-בייט מתוך 200 ג׳יגה-בייט</p></div>',
      '71.9/200',
    ],
    [
      '<div dir="rtl"><h2>تخزين iCloud</h2><p>تم استخدام ٧١٫٩ غيغابايت من ٢٠٠ غيغابايت</p></div>',
      '71.9/200',
    ],
    ['<div><h2>iCloud-Speicher</h2><p>71,9\u2009GB von 200\u202fGB belegt</p></div>', '71.9/200'],
    ["<div><h2>iCloud Saklama Alanı</h2><p>200 GB'ın 71,9 GB'ı kullanılıyor</p></div>", '71.9/200'],
    ['<div><h2>Úložiště iCloud</h2><p>Využito 71,9 GB z 200 GB</p></div>', '71.9/200'],
    ['<div><h2>iCloud Storage</h2><p>128.1 GB of 200 GB available</p></div>', U],
    ['<div><h2>iCloud-Speicher</h2><p>128,1 GB von 200 GB verfügbar</p></div>', U],
    ['<div><h2>Stockage iCloud</h2><p>Il reste 128,1 Go sur 200 Go</p></div>', U],
    ['<p>iPhone 61 GB of 128 GB used</p>', U],
  ])('%s', (html, expected) => {
    expect(page(html)).toBe(expected);
  });
});

describe('the paste box', () => {
  it.each([
    ['Account\n71.9 GB of 200 GB used', '71.9/200'],
    ['Konto\n71,9 GB von 200 GB belegt', '71.9/200'],
    ['Konto: 71,9 GB av 200 GB används', '71.9/200'],
    ['Compte\n71,9 Go utilisés sur 200 Go', '71.9/200'],
    ['Cuenta\n71,9 GB de 200 GB usados', '71.9/200'],
    ['Account\n71,9 GB di 200 GB utilizzati', '71.9/200'],
    ['Conta\n71,9 GB de 200 GB usados', '71.9/200'],
    ['アカウント\n200 GB中71.9 GBを使用済み', '71.9/200'],
    ['账户\n已使用 71.9 GB（共 200 GB）', '71.9/200'],
    ['계정\n200GB 중 71.9GB 사용됨', '71.9/200'],
    ['Аккаунт\nИспользовано 71,9 ГБ из 200 ГБ', '71.9/200'],
    ['Konto\nWykorzystano 71,9 GB z 200 GB', '71.9/200'],
    ['Usage\n71.9 GB of 200 GB used', '71.9/200'],
    ['Usage: 71.9 GB of 200 GB used', '71.9/200'],
    // Names in scripts without capitals, inline or on the line above.
    ['דנה 12 ג׳יגה-בייט מתוך 200 ג׳יגה-בייט בשימוש', U],
    ['أحمد ١٢ غيغابايت من ٢٠٠ غيغابايت مستخدمة', U],
    ['דנה כהן\n12 ג׳יגה-בייט מתוך 200 ג׳יגה-בייט בשימוש', U],
    ['田中 花子 200 GB中12 GBを使用済み', U],
    // As before.
    ['iCloud\n71.9 GB of 200 GB used', '71.9/200'],
    ['בשימוש 71.9 ג׳יגה-בייט מתוך 200 ג׳יגה-בייט', '71.9/200'],
    ['تم استخدام ٧١٫٩ غيغابايت من ٢٠٠ غيغابايت', '71.9/200'],
    ['Mom 12 GB of 200 GB used', U],
    ['Jonas\n12 GB von 200 GB belegt', U],
    ['Sophie 12 Go utilisés sur 200 Go', U],
    ['Giulia 12 GB di 200 GB utilizzati', U],
    ['엄마\n200GB 중 12GB 사용됨', U],
    ['Анна 12 ГБ из 200 ГБ использовано', U],
    ['Daan de Vries 12 GB van 200 GB gebruikt', U],
    ["Ayşe 200 GB'ın 12 GB'ı kullanılıyor", U],
    ["John's storage: 12 GB of 200 GB used", U],
    ['Priya (Organizer) 12 GB of 200 GB used', U],
    ['花子 200 GB中12 GBを使用済み', U],
    ['妈妈 200 GB 中已使用 12 GB', U],
    ['Mamá 12 GB de 200 GB usados', U],
    ['Storage\nMom\n12 GB of 200 GB used', U],
    ['128.1 GB of 200 GB available', U],
    ['128,1 GB von 200 GB frei', U],
    ['Доступно 128,1 ГБ из 200 ГБ', U],
    ['Family Sharing\nMom 12 GB\nDad 40 GB\n71.9 GB of 200 GB used', '71.9/200'],
    ['iPhone 61 GB of 128 GB used\niCloud 71.9 GB of 200 GB used', '71.9/200'],
    ['Mom: 12 GB of 200 GB used\n71.9 GB of 200 GB used', '71.9/200'],
    ['iCloud+ 200 GB\n71.9 GB of 200 GB used', '71.9/200'],
    ['71,9\u202fGo utilisés sur 200\u202fGo', '71.9/200'],
    ['71.9 GB\nof 200 GB used', '71.9/200'],
    ['Využito 71,9 GB z 200 GB', '71.9/200'],
    ['Total 71.9 GB of 200 GB used', '71.9/200'],
    ['Currently 71.9 GB of 200 GB used', '71.9/200'],
    ['You are using 71.9 GB of 200 GB', '71.9/200'],
  ])('%s', (text, expected) => {
    expect(paste(text)).toBe(expected);
  });
});
