import { describe, expect, it } from 'vitest';
import { describePanelRounds } from './panel-rounds';
import { readPanel, readPaste, U } from './read-as';
import { CONTROLS, MEVCUT, MORE, TERMS_B, UNIT_ONCE_PAGE } from './round26b-probes';

const TERMS_LEFT =
  "a term and its value are apart; no rule pairs 'Used' with one size and 'Total' with another (not tried)";

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'page vi trong tổng số, once',
    "a unit is carried over a gap of one word at most (UNIT_ONCE); a wider one would take '3 photos of 5 GB' for a size too",
  ],
  ['paste vi trong tổng số, once', 'the same'],
  ...['nl', 'it', 'es', 'en'].flatMap((lang) =>
    ['page', 'paste'].map(
      (where) =>
        [`${where} ${lang} ${lang === 'en' ? 'total first' : 'used and total'}`, TERMS_LEFT] as [
          string,
          string,
        ],
    ),
  ),
]);

describePanelRounds(
  'round 26b',
  [
    ['Turkish mevcut', MEVCUT],
    ['one unit for two figures, on the page', UNIT_ONCE_PAGE],
    ['terms and values', TERMS_B],
    ['what stays unread', CONTROLS],
    ['more languages', MORE],
  ],
  LEFT,
);

/**
 * "Mevcut" is a free-word unless a word follows it that it qualifies ("Mevcut plan", current plan);
 * "Mevcut alan" (available space) still is one. Any other word after it that is not in \w
 * ("Mevcut ödeme planı") leaves it a free-word: at worst unread, never the wrong pair.
 */
describe('round 26b: Turkish mevcut, available or current', () => {
  const used = '200 GB’ın 150 GB’ı kullanılıyor';
  it.each([
    [`Mevcut planınızı yükseltin · ${used}`, '150 GB/200 GB'],
    [`${used} · Mevcut depolama planı: iCloud+ 200 GB`, '150 GB/200 GB'],
    [`${used} · MEVCUT: 90 GB / 200 GB`, U],
    [`${used} · Mevcut alan 90 GB / 200 GB`, U],
    [`${used} · 200 GB’ın 90 GB’ı mevcut!`, U],
    [`${used} · 200 GB’ın 50 GB’ı mevcut`, '150 GB/200 GB'],
  ])('page: %s', (line, want) => {
    expect(readPanel('iCloud', `<p>${line.replace(' · ', '</p><p>')}</p>`)).toBe(want);
  });

  it('reads a disagreeing free part as such when pasted', () => {
    expect(readPaste(`iCloud\n${used}\nMevcut: 90 GB / 200 GB`)).toBe(U);
    expect(readPaste(`iCloud\nMevcut plan: iCloud+ 200 GB\n${used}`)).toBe('150 GB/200 GB');
  });
});

/** One unit for two figures, written out before any rule reads the line (plainDigits). */
describe('round 26b: one unit for two figures, page and paste', () => {
  it.each([
    ['12 of 50 GB used', '12 GB/50 GB'],
    ['Utilizzati 42 su 50 GB', '42 GB/50 GB'],
    ['0,9 / 2 To utilisés', '0.9 TB/2 TB'],
    // A figure with its own unit keeps it: not "1.9 TB GB".
    ['1.9GB/2TB used', '1.9 GB/2 TB'],
    ['Mom: 12 of 50 GB used', U],
    ['Uploading 2 of 5 GB', U],
  ])('%s', (line, want) => {
    expect(readPanel('iCloud Storage', `<p>${line}</p>`)).toBe(want);
    expect(readPaste(`iCloud Storage\n${line}`)).toBe(want);
  });
});
