import { afterEach, describe, expect, it, vi } from 'vitest';
import { hintTextsPath, loadHintTexts } from '../../../src/background/hint-texts';
import { LOCALES } from '../../../src/knowledge/ids';
import { hintTexts } from '../../support/catalogs';

describe("the worker's hint texts", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the one language asked for from the packaged file', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(hintTexts('ja'))));
    vi.stubGlobal('fetch', fetch);
    await expect(loadHintTexts('ja')).resolves.toEqual(hintTexts('ja'));
    expect(fetch).toHaveBeenCalledWith('/inpage/ja.json');
  });

  it('gives nothing when the file cannot be read, without throwing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    await expect(loadHintTexts('en')).resolves.toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not json')),
    );
    await expect(loadHintTexts('en')).resolves.toBeUndefined();
  });

  it('has every key of the English texts in every language, at the path the build writes', () => {
    const english = Object.keys(hintTexts('en')).sort();
    for (const locale of LOCALES) {
      expect(hintTextsPath(locale)).toBe(`/inpage/${locale}.json`);
      expect(Object.keys(hintTexts(locale)).sort(), locale).toEqual(english);
    }
  });
});
