import { describe, expect, it } from 'vitest';
import en from '../../../content/locales/en/ui.json';
import de from '../../../content/locales/de/ui.json';
import { pickLocale, translate } from '../../../src/ui/i18n';

describe('UI texts', () => {
  it('has every English key in German and no extra ones', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('follows the browser language, English unless German is preferred', () => {
    expect(pickLocale('de-AT')).toBe('de');
    expect(pickLocale('DE')).toBe('de');
    expect(pickLocale('fr-FR')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('translates by key in the chosen language', () => {
    expect(translate('de', 'start.button')).toBe(de['start.button']);
    expect(translate('en', 'start.button')).toBe(en['start.button']);
  });
});
