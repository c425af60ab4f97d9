import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_NODES, stripInvisible, textWithin } from '../../../src/pages/text';

/** `depth` elements nested in one another, the innermost holding `text`. */
function chain(depth: number, text: string): HTMLElement {
  const top = document.createElement('div');
  let current: HTMLElement = top;
  for (let i = 1; i < depth; i++) {
    const child = document.createElement('span');
    current.append(child);
    current = child;
  }
  current.append(text);
  return top;
}

const HIDDEN =
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\u2060\ufeff';

describe('stripInvisible', () => {
  it('removes bidi controls, zero-width and other invisible format characters', () => {
    expect(stripInvisible('iCloud\u202e\u2066Backup\u2069\u200f')).toBe('iCloudBackup');
    expect(stripInvisible('a\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u180eb')).toBe('ab');
    expect(stripInvisible('tag\u{e0041}\u{e007f}s')).toBe('tags');
  });

  it('keeps every visible character, in any script', () => {
    for (const text of [
      'iCloud Backup',
      'iCloudバックアップ',
      'Fotos y vídeos',
      'Störung: 4,8 GB',
    ]) {
      expect(stripInvisible(text)).toBe(text);
    }
  });

  it('leaves no bidi control or zero-width character in any mix of text (property)', () => {
    const hidden = fc.integer({ min: 0, max: HIDDEN.length - 1 }).map((i) => HIDDEN[i] as string);
    const mixed = fc.array(fc.oneof(hidden, fc.string())).map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, (text) => {
        const clean = stripInvisible(text);
        return [...HIDDEN].every((char) => !clean.includes(char));
      }),
    );
  });
});

describe('textWithin', () => {
  it('reads the text of a subtree without the skipped parts', () => {
    const cell = document.createElement('p');
    cell.innerHTML = 'iCloud <b>Backup</b><span class="a11y">: available</span>';
    expect(textWithin(cell, '.a11y', 100)).toBe('iCloud Backup');
  });

  it('gives up on text longer than the limit', () => {
    expect(textWithin(chain(3, 'x'.repeat(50)), 'script', 49)).toBeUndefined();
  });

  it(`visits at most ${MAX_TEXT_NODES} nodes, however deep the subtree`, () => {
    const matches = vi.spyOn(Element.prototype, 'matches');
    expect(textWithin(chain(10_000, 'deep'), 'script', 1000)).toBeUndefined();
    expect(matches.mock.calls.length).toBeLessThanOrEqual(MAX_TEXT_NODES);
    expect(textWithin(chain(100, 'near'), 'script', 1000)).toBe('near');
  });

  it('visits at most the cap of a node with very many children', () => {
    const wide = document.createElement('div');
    for (let i = 0; i < 20_000; i++) wide.append(document.createElement('i'));
    const matches = vi.spyOn(Element.prototype, 'matches');
    expect(textWithin(wide, 'script', 1000)).toBeUndefined();
    expect(matches.mock.calls.length).toBeLessThanOrEqual(MAX_TEXT_NODES);
  });
});

describe('stripInvisible without Unicode tables below U+00AD', () => {
  it('removes exactly what the Unicode classes name, for every character up to U+FFFF', () => {
    const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect(stripInvisible(`a${char}b`)).toBe(invisible.test(char) ? 'ab' : `a${char}b`);
    }
  });
});
