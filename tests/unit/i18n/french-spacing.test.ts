import { describe, expect, it } from 'vitest';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';

/**
 * French sets ':', ';', '?', '!' and the inside of « » apart with a no-break space; a plain one
 * lets a line break leave the mark alone at the start of the next line.
 */
const BREAKABLE = / [:;?!»]|« /;

// The in-page hint's texts too: they ship as their own file (inpage/fr.json), outside the
// worker's and the status script's bytes, so a no-break space costs neither.
const FAMILIES: Family[] = ['ui', 'report', 'export', 'guide', 'inpage'];

describe('French punctuation', () => {
  it.each(FAMILIES)('%s: no breakable space before : ; ? ! » or after «', (family) => {
    const texts = Object.entries(catalogOf(family, 'fr') ?? {});
    expect(texts.length).toBeGreaterThan(10);
    for (const [key, text] of texts) expect(text, key).not.toMatch(BREAKABLE);
  });
});
