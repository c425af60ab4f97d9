import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module a bundle of this entrypoint contains, as esbuild resolves it. */
async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'text' },
  });
  return Object.keys(result.metafile.inputs);
}

const usesZod = (modules: string[]) =>
  modules.some((m) => m.includes('node_modules/zod/') || m.endsWith('observation-schema.ts'));

// The content scripts are the unlisted scripts next to the background (README, "Content scripts").
const CONTENT_SCRIPTS = readdirSync('entrypoints')
  .filter((name) => name.endsWith('.ts') && name !== 'background.ts')
  .map((name) => `entrypoints/${name}`);

describe('the reading schema stays on the receiving side', () => {
  it('finds the content scripts', () => {
    expect(CONTENT_SCRIPTS.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CONTENT_SCRIPTS)(
    '%s bundles no zod (its reading type is imported as a type)',
    async (entry) => {
      expect(usesZod(await bundledModules(entry))).toBe(false);
    },
    60_000,
  );

  it('the background, which checks readings, does bundle it', async () => {
    expect(usesZod(await bundledModules('entrypoints/background.ts'))).toBe(true);
  }, 60_000);
});
