import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n';
import { formatAge, sentences } from '../../../src/ui/format';

const NOW = new Date('2026-11-25T10:00:00Z');
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('how old a reading is', () => {
  it('says minutes, hours and days ago', () => {
    expect(formatAge(before(5 * 60_000), NOW, 'en', 'just now')).toBe('5 minutes ago');
    expect(formatAge(before(3 * 3_600_000), NOW, 'en', 'just now')).toBe('3 hours ago');
    expect(formatAge(before(2 * 86_400_000), NOW, 'de', 'gerade eben')).toBe('vorgestern');
    expect(formatAge(before(20_000), NOW, 'en', 'just now')).toBe('just now');
  });

  it.each(LOCALES)('%s: a reading stamped after now (clock set back) is never "in …"', (locale) => {
    for (const ahead of [20_000, 5 * 60_000, 3 * 3_600_000, 2 * 86_400_000]) {
      expect(formatAge(before(-ahead), NOW, locale, 'JUST NOW'), String(ahead)).toBe('JUST NOW');
    }
  });
});

describe('sentences shown as one text', () => {
  // '料金です。 …' showed a gap: a full-width stop carries its own spacing.
  it('puts a space between sentences, none after a full-width stop, and skips empty ones', () => {
    expect(sentences('Prices change.', '', 'Ask the lab.')).toBe('Prices change. Ask the lab.');
    expect(sentences('料金です。', '変わります。')).toBe('料金です。変わります。');
    expect(sentences('价格会变动。', '请询问。')).toBe('价格会变动。请询问。');
    expect(sentences('', '')).toBe('');
  });
});
