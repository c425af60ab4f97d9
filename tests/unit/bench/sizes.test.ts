// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sizeOf, staticGraph } from '../../bench/sizes';

let dir: string;

async function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-sizes-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('what a page loads before it runs', () => {
  it('follows HTML references and static imports, and leaves dynamic imports out', async () => {
    await write({
      'popup.html':
        '<script type="module" src="/chunks/popup.js"></script>' +
        '<link rel="modulepreload" href="/chunks/shared.js"><link rel="stylesheet" href="/assets/theme.css">',
      'chunks/popup.js':
        'import{a as e}from"./shared.js";import"./texts.js";const l=()=>import("./export.js");',
      'chunks/shared.js': 'import{b}from"../chunks/deep.js";export const a=1;',
      'chunks/deep.js': 'export const b=2;',
      'chunks/texts.js': 'export default {};',
      'chunks/export.js': 'export const big="x".repeat(9999);',
      'assets/theme.css': 'body{margin:0}',
    });
    expect((await staticGraph(dir, 'popup.html')).sort()).toEqual([
      'assets/theme.css',
      'chunks/deep.js',
      'chunks/popup.js',
      'chunks/shared.js',
      'chunks/texts.js',
      'popup.html',
    ]);
  });

  it('counts each file raw and gzipped on its own', async () => {
    const a = 'const a = 1;'.repeat(50);
    const b = 'export {}';
    await write({ 'a.js': a, 'b.js': b });
    const size = await sizeOf(dir, ['a.js', 'b.js']);
    expect(size.raw).toBe(a.length + b.length);
    expect(size.gzip).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length);
  });
});
