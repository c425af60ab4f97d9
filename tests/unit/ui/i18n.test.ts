import { describe, expect, it } from 'vitest';
import enUi from '../../../content/locales/en/ui.json';
import deUi from '../../../content/locales/de/ui.json';
import enInpage from '../../../content/locales/en/inpage.json';
import deInpage from '../../../content/locales/de/inpage.json';
import enReport from '../../../content/locales/en/report.json';
import deReport from '../../../content/locales/de/report.json';
import { interpolate, pickLocale } from '../../../src/i18n';
import { translate } from '../../../src/ui/i18n';

describe('texts per locale', () => {
  it.each([
    ['ui', enUi, deUi],
    ['inpage', enInpage, deInpage],
    ['report', enReport, deReport],
  ])('%s: German has every English key and no extra ones', (_name, en, de) => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['ui', enUi, deUi],
    ['inpage', enInpage, deInpage],
    ['report', enReport, deReport],
  ])('%s: both languages use the same placeholders per key', (_name, en, de) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders((de as Record<string, string>)[key] ?? ''), key).toEqual(
        placeholders(text),
      );
    }
  });
});

describe('locale choice and formatting', () => {
  it('follows the browser language, English unless German is preferred', () => {
    expect(pickLocale('de-AT')).toBe('de');
    expect(pickLocale('DE')).toBe('de');
    expect(pickLocale('fr-FR')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('translates by key in the chosen language', () => {
    expect(translate('de', 'start.noMessage')).toBe(deUi['start.noMessage']);
    expect(translate('en', 'start.noMessage')).toBe(enUi['start.noMessage']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1, b: '5 GB' })).toBe('1 of 5 GB');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
