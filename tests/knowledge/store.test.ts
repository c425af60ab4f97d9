import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import config from '../../wxt.config';
import { LOCALES } from '../../src/i18n';

/**
 * The store listings (content/store/) and PRIVACY.md are checked against the code they describe:
 * a new permission, page or stored item that they do not mention fails here.
 */

const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

type Listing = { description: string; privacy: string; captions: string[]; promo: string };
type Messages = Record<string, { message: string }>;
type Review = {
  chrome: { permissionJustifications: Record<string, string> };
  firefox: { reviewerNotes: string };
};

const manifestFor = async (browser: string) => {
  const env = { browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production' };
  const manifest = config.manifest as (env: ConfigEnv) => UserManifest | Promise<UserManifest>;
  return manifest(env as ConfigEnv);
};
// Every page a content script runs on, as the manifest declares it (the same for every browser).
const matchPatterns = async () =>
  ((await manifestFor('chrome')).content_scripts ?? []).flatMap((script) => script.matches ?? []);

/**
 * Every key the code stores under: the items of the storage library (`defineItem`) and the keys
 * a module writes through `storage.local` itself (`const KEY = '…'`: the worker and the status
 * page's script go without the library).
 */
function storedItems(): string[] {
  const files = readdirSync(resolve(process.cwd(), 'src'), { recursive: true, encoding: 'utf8' });
  const keys = files
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => read(join('src', file)))
    .flatMap((source) => [
      ...source.matchAll(/defineItem(?:<[^(]*>)?\(\s*'(?:local|session|sync):(\w+)'/g),
      ...(source.includes('storage.local') ? source.matchAll(/\bconst KEY = '(\w+)'/g) : []),
    ])
    .map((match) => match[1]!);
  return [...new Set(keys)].sort();
}

describe('store listings', () => {
  const english = json<Listing>('content/store/en/listing.json');

  // A listing may come before its language is switched on in LOCALES.
  it('exist for every supported language and no other', () => {
    const folders = readdirSync(resolve(process.cwd(), 'content/store'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    const listing = json<Listing>(`content/store/${locale}/listing.json`);
    // Browsers know Simplified Chinese as zh_CN in _locales; a bare "zh" folder is not read.
    const folder = locale === 'zh' ? 'zh_CN' : locale;
    const messages = json<Messages>(`public/_locales/${folder}/messages.json`);
    const ui = json<Record<string, string>>(`content/locales/${locale}/ui.json`);

    it('has every text the English listing has, filled in', () => {
      expect(Object.keys(listing).sort()).toEqual(Object.keys(english).sort());
      expect(listing.captions).toHaveLength(english.captions.length);
      for (const value of [
        listing.description,
        listing.privacy,
        listing.promo,
        ...listing.captions,
      ])
        expect(value.trim()).not.toBe('');
    });

    it('says first what the popup says: unofficial, not affiliated with Apple', () => {
      expect(listing.description.startsWith(ui['app.unofficial']!)).toBe(true);
    });

    it("keeps the manifest's name and summary within both stores' limits", () => {
      // The stores take both from the manifest: AMO allows 50 characters of name, Chrome 132 of summary.
      expect(messages.extName!.message.length).toBeLessThanOrEqual(50);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });

    it('fits its texts into the store images', () => {
      expect(listing.promo.length).toBeLessThanOrEqual(60);
      for (const caption of listing.captions) expect(caption.length).toBeLessThanOrEqual(80);
    });
  });

  it('justify every permission and the pages the content scripts run on', async () => {
    const review = json<Review>('content/store/review.json');
    const { permissions = [] } = await manifestFor('chrome');
    const justified = review.chrome.permissionJustifications;
    expect(Object.keys(justified).sort()).toEqual([...permissions, 'contentScripts'].sort());
    for (const pattern of await matchPatterns())
      expect(justified.contentScripts).toContain(pattern);
  });
});

describe('PRIVACY.md', () => {
  const privacy = read('PRIVACY.md');

  it('names every page the content scripts run on', async () => {
    const patterns = await matchPatterns();
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(privacy).toContain(`\`${pattern}\``);
  });

  it('names every permission, and the manifests ask for no host permissions', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = await manifestFor(browser);
      for (const permission of manifest.permissions ?? [])
        expect(privacy).toContain(`\`${permission}\``);
      expect(manifest.host_permissions ?? []).toEqual([]);
    }
  });

  it('lists exactly the items the code stores', () => {
    const rows = [...privacy.matchAll(/^\| `(\w+)` +\|/gm)].map((match) => match[1]!);
    expect(storedItems().length).toBeGreaterThan(0);
    expect(rows.sort()).toEqual(storedItems());
  });

  it("declares the status feed, the one request the README allows, by the README's address", () => {
    const readmeFeed = read('README.md').match(
      /`(https:\/\/www\.apple\.com\/[^`]*data\/[^`]*)`/,
    )?.[1];
    expect(readmeFeed).toBeDefined();
    expect(privacy).toContain(`\`${readmeFeed}\``);
  });
});
