import { describe, expect, it } from 'vitest';
import { asciiDigits, normalizeSpace } from '../../../../src/pages/text';
import { readPanel, readPaste, U } from './read-as';

/**
 * Round-25 rules where they are made: each fails if the rule breaks. The page and the paste box
 * share the check of a free part against the used one (freeDisagrees).
 */
describe('round 25: a free part that disagrees, on the page and pasted', () => {
  it.each([
    ['Used: 4.8 GB of 5 GB · Free: 2 GB of 5 GB', U],
    ['4.8 GB of 5 GB used · 0.2 GB of 5 GB available', '4.8 GB/5 GB'],
    // A free-word read beside the used pair itself is no other part: "over" is Dutch for "left".
    ['Storage over limit: 5.2 GB of 5 GB used', '5.2 GB/5 GB'],
    ['4.8 GB of 5 GB used · iPhone: 10 GB of 64 GB available', '4.8 GB/5 GB'],
    ['Belegt: 4,8 GB von 5 GB · Verfügbar: 2 GB von 5 GB', U],
    ['5 GB中4.8 GBを使用済み · 5 GB中2 GBが利用可能', U],
  ])('%s', (line, want) => {
    expect(readPanel('iCloud Storage', `<p>${line}</p>`)).toBe(want);
    expect(readPaste(`iCloud Storage\n${line}`)).toBe(want);
  });

  // Elements meet with no space: a free-word glued before the used line is not said of it.
  it('reads a used line glued after a free amount with no whole', () => {
    expect(readPanel('iCloud Storage', '<p>0.2 GB available</p><p>4.8 GB of 5 GB used</p>')).toBe(
      '4.8 GB/5 GB',
    );
  });
});

describe('round 25: a name after a word for now', () => {
  it.each([
    ['Currently Kofi: 30 GB of 200 GB used', U],
    ['Actuellement Léa : 12 Go utilisés sur 200 Go', U],
    ['Aktuell sind 4,8 GB von 5 GB belegt', '4.8 GB/5 GB'],
    ['Currently Used: 4.8 GB of 5 GB', '4.8 GB/5 GB'],
    ['Currently 4.8 GB of 5 GB used', '4.8 GB/5 GB'],
    // A name that opens like the word ("Se…") is no such word.
    ['Sebastian: 12 GB of 200 GB used', U],
  ])('page and paste: %s', (line, want) => {
    expect(readPanel('iCloud Storage', `<p>${line}</p>`)).toBe(want);
    expect(readPaste(`iCloud Storage\n${line}`)).toBe(want);
  });
});

describe('round 25: shared text helpers', () => {
  it('reads the digits of every script of the Basic Multilingual Plane, one character for one', () => {
    // Tai Tham's two blocks, Limbu (its zero at U+1946), Ol Chiki, Javanese.
    expect(asciiDigits('\u1a80\u1a89 \u1a90\u1a99 \u1946\u194f \u1c50\u1c59 \ua9d0\ua9d9')).toBe(
      '09 09 09 09 09',
    );
    expect(asciiDigits('٤٫٨ ४.५ ๓ ۱۲')).toBe('4٫8 4.5 3 12');
    expect(asciiDigits('𝟖')).toBe('𝟖');
  });

  it('makes every Unicode space and the zero-width space one space', () => {
    expect(normalizeSpace('\u00a04,8\u202fGB\u2009von\u200b5\u3000GB\ufeff')).toBe(
      '4,8 GB von 5 GB',
    );
  });
});
