import { describe, expect, it } from 'vitest';
import { interpolate, languageName, LOCALES, pickLocale, type Locale } from '../../../src/i18n';
import { catalogOf, catalogPath, FAMILIES } from '../../../src/knowledge';
import { textsFor } from '../../../src/ui/locale-context';
import { CATALOG_FILES } from '../../support/catalogs';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const fileOf = (path: string) => /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
const english = (family: string) =>
  CATALOG_FILES[Object.keys(CATALOG_FILES).find((p) => p.endsWith(`/en/${family}.json`))!]!;

// Every file in every locale directory, also of languages not switched on in LOCALES yet.
const files = Object.entries(CATALOG_FILES)
  .filter(([path]) => !path.includes('/en/'))
  .map(([path, catalog]) => [`${fileOf(path)[1]}/${fileOf(path)[2]}`, catalog] as const);

describe('texts per locale (content/locales/*)', () => {
  // A language whose plural rules have more categories than English adds the summary's forms
  // for them (`masked.email.few`); src/report/words.ts picks them by Intl.PluralRules.
  const ownPluralForm = (family: string, key: string) => {
    const base = /^(.+)\.(?:zero|two|few|many)$/.exec(key)?.[1];
    return family === 'report' && base !== undefined && `${base}.other` in english(family);
  };

  it.each(files)('%s has every English key and no extra ones', (name, catalog) => {
    const family = name.split('/')[1]!;
    const keys = Object.keys(catalog).filter((key) => !ownPluralForm(family, key));
    expect(keys.sort()).toEqual(Object.keys(english(family)).sort());
  });

  it.each(files)('%s uses the same placeholders per key as English', (name, catalog) => {
    for (const [key, text] of Object.entries(english(name.split('/')[1]!)))
      expect(placeholders(catalog[key] ?? ''), key).toEqual(placeholders(text));
  });

  it.each(LOCALES)('%s has a catalog of every family, registered by its directory', (locale) => {
    for (const family of FAMILIES) {
      const path = Object.keys(CATALOG_FILES).find((p) => p.endsWith(`/${locale}/${family}.json`));
      expect(path, `${locale}/${family}.json`).toBeDefined();
      expect(catalogOf(family, locale)).toBe(CATALOG_FILES[path!]);
    }
  });

  it('ignores directories and files that are not a supported locale and family', () => {
    expect(catalogPath('/x/content/locales/xx/ui.json')).toBeUndefined();
    expect(catalogPath('/x/content/locales/en/notes.json')).toBeUndefined();
    expect(catalogPath('../../content/locales/en/guide.json')).toEqual({
      locale: 'en',
      family: 'guide',
    });
  });

  it.each(LOCALES)('translates by key in %s', (locale) => {
    const ui = catalogOf('ui', locale)!;
    expect(textsFor(locale).t('start.noMessage')).toBe(ui['start.noMessage']);
  });

  it('names every language in itself, each differently', () => {
    const names = LOCALES.map((l) => languageName(l));
    expect(new Set(names).size).toBe(LOCALES.length);
    for (const name of names) expect(name).not.toMatch(/^[a-z]{2}$/);
  });
});

describe('locale choice', () => {
  const upper = (l: Locale) => l.toUpperCase();
  it.each(LOCALES)('picks %s for its language with any region, script or spelling', (l) => {
    for (const tag of [l, upper(l), `${l}-${upper(l)}`, `${l}-US`, `${l}_CA`, `${l}-Latn-419`])
      expect(pickLocale(tag), tag).toBe(l);
  });

  it('falls back to English for unsupported or missing languages', () => {
    for (const tag of ['pt-BR', 'nl', 'ko-KR', 'sv-SE', '', '*', 'x-klingon', undefined])
      expect(pickLocale(tag), String(tag)).toBe('en');
  });

  // Simplified Chinese only: regions and scripts that write Traditional get English (README).
  const chinese = LOCALES.find((l: string) => l === 'zh') ?? 'en';
  it.each(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh_CN'])(
    'Simplified Chinese for %s when supported',
    (tag) => expect(pickLocale(tag)).toBe(chinese),
  );
  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-hant-cn'])(
    'English for the Traditional-script tag %s',
    (tag) => expect(pickLocale(tag)).toBe('en'),
  );
});

describe('formatting', () => {
  it('says the sizes the engine wrote in English the way the shown language does', () => {
    const ref = { key: 'rule.backup_does_not_fit', params: { backup: '1.9 GB', free: '351.6 MB' } };
    expect(textsFor('fr').t(ref)).toMatch(/\(1,9 Go\).*\(351,6 Mo\)/);
    expect(textsFor('de').t(ref)).toMatch(/\(1,9 GB\).*\(351,6 MB\)/);
    expect(textsFor('en').t(ref)).toMatch(/\(1\.9 GB\).*\(351\.6 MB\)/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1, b: '5 GB' })).toBe('1 of 5 GB');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
