import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n';
import { catalogOf, interpolate } from '../../../src/knowledge/catalogs';
import { formatAge } from '../../../src/ui/format';

const NOW = new Date('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const ui = (locale: (typeof LOCALES)[number]) => catalogOf('ui', locale)!;
const AGES = [42 * 60_000, 2 * HOUR, 26 * HOUR, 72 * HOUR, 30 * 24 * HOUR];

describe('how old a reading is, in Japanese and Chinese', () => {
  // CLDR writes "3 日前"; the catalogs and iOS write a number and its unit together ("約3日").
  it.each([
    [42 * 60_000, 'ja', '42分前'],
    [2 * HOUR, 'ja', '2時間前'],
    [72 * HOUR, 'ja', '3日前'],
    [72 * HOUR, 'zh', '3天前'],
    [5 * HOUR, 'zh', '5小时前'],
  ] as const)('%i ms in %s is %s', (ms, locale, expected) => {
    expect(formatAge(ago(ms), NOW, locale, '')).toBe(expected);
  });

  it('keeps the space the other languages put there', () => {
    expect(formatAge(ago(72 * HOUR), NOW, 'fr', '')).toBe('il y a 3 jours');
    expect(formatAge(ago(2 * HOUR), NOW, 'en', '')).toBe('2 hours ago');
  });
});

describe('the sentences that say how old a reading is', () => {
  // German "ist von vor 2 Stunden" is how one speaks, not how a page writes.
  const AWKWARD = /\bvon vor\b|\bfrom in\b|\bde dans\b/;

  it.each(LOCALES)('%s: read naturally with every age the popup gives', (locale) => {
    for (const ms of AGES) {
      const age = formatAge(ago(ms), NOW, locale, ui(locale)['age.justNow']!);
      for (const key of ['reading.stale.status', 'reading.stale.icloud']) {
        const text = interpolate(ui(locale)[key]!, { age });
        expect(text, key).toContain(age);
        expect(text, key).not.toMatch(AWKWARD);
      }
    }
  });
});
