import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../../src/knowledge/ids';

const ROOT = resolve(import.meta.dirname, '../../..');
const ownTexts = (locale: string): unknown =>
  JSON.parse(readFileSync(resolve(ROOT, `content/locales/${locale}/ui.json`), 'utf8'));

describe("the popup's first screen texts", () => {
  it.each(LOCALES)('come as one file in %s: the popup texts and the start list', async (locale) => {
    // A registry of its own, empty, as the popup's page starts (the test setup fills the shared one).
    vi.resetModules();
    const catalogs = await import('../../../src/knowledge/catalogs');
    const load = await import('../../../src/i18n/load');
    expect(catalogs.catalogOf('ui', locale)).toBeUndefined();

    await load.loadCatalogs(locale, ['start']);

    expect(catalogs.catalogOf('ui', locale)).toEqual(ownTexts(locale));
    expect(load.startSliceOf(locale)?.alerts.length).toBeGreaterThan(0);
    expect(load.loaded(locale, ['start', 'ui'])).toBe(true);
    expect(catalogs.catalogOf('knowledge', locale)).toBeUndefined();
  });

  it('had from the message bundle, load no file of that language', async () => {
    vi.resetModules();
    const catalogs = await import('../../../src/knowledge/catalogs');
    const load = await import('../../../src/i18n/load');
    const bundled = {
      ui: { 'marker.key': 'from the bundle' },
      slice: { alerts: [], symptoms: [] },
    };

    load.provideStartTexts('it', bundled);
    await load.loadCatalogs('it', ['start', 'ui']);

    // A file read would have put the language's own texts and list in their place.
    expect(catalogs.catalogOf('ui', 'it')).toBe(bundled.ui);
    expect(load.startSliceOf('it')).toBe(bundled.slice);
    expect(load.loaded('it', ['start', 'ui'])).toBe(true);
  });
});
