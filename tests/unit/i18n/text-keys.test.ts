import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf, FAMILIES } from '../../../src/knowledge/catalogs';

/**
 * Code looks every text up with `t(key)`, which searches the page's catalogs and then the
 * knowledge texts, so a mistyped key would only show up on screen as the key itself. This
 * reads every literal key in src/ and finds it in some English catalog.
 */
const SRC = resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const literalKeys = (code: string) =>
  [...code.matchAll(/(?<![\w.])t\(\s*'([a-zA-Z][\w.-]*)'/g)].map((match) => match[1] as string);

describe('text keys written in the code', () => {
  const known = new Set(FAMILIES.flatMap((family) => Object.keys(catalogOf(family, 'en') ?? {})));

  it('finds t(…) calls to check (the scan itself works)', () => {
    const all = sourceFiles(SRC).flatMap((file) => literalKeys(readFileSync(file, 'utf8')));
    expect(all.length).toBeGreaterThan(200);
    expect(literalKeys("t('start.title', { n }) t(`x.${y}`) at('no')")).toEqual(['start.title']);
  });

  it.each(sourceFiles(SRC).map((file) => [file.slice(SRC.length + 1), file]))(
    '%s names only keys that exist',
    (_name, file) => {
      const missing = literalKeys(readFileSync(file, 'utf8')).filter((key) => !known.has(key));
      expect(missing).toEqual([]);
    },
  );
});
