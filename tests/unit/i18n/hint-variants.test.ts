import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';

/**
 * The hint says the same advice whether or not Apple's page gives the problem's start: the two
 * texts differ only in their first sentence, so a reader never gets two wordings of one advice
 * depending on the page ("on the device" in one, "on your device" in the other).
 */
const advice = (text: string) => text.replace(/^[^.。]*[.。]\s*/, '');

describe('the hint with and without the start of a problem', () => {
  it.each(LOCALES)('%s: gives the same advice after the first sentence', (locale) => {
    const texts = catalogOf('inpage', locale)!;
    expect(advice(texts['hint.body.problemSince']!)).toBe(advice(texts['hint.body.problem']!));
  });
});
