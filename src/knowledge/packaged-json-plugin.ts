import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Ids of the virtual modules that stand for a packaged JSON file. */
const VIRTUAL = '\0backup-rescue:packaged-json:';

/**
 * Build step: the JSON files named here (paths under content/, e.g. `knowledge/alerts.json`)
 * are shipped as files of the package and read with `fetch` when their module loads, instead
 * of being bundled into a script. A bundled file's text stays in the page's memory for as long
 * as the script does, beside the objects parsed from it; a fetched one is dropped once parsed.
 * The alert wordings are about 110 KB of JSON text the popup holds only to match pasted alerts
 * (README, "Performance"). Only the extension build: Vitest and the CLI import the files.
 * The modules wait for the file with a top-level `await`: only chunks loaded after the popup's
 * first screen may import them (the end-to-end package test checks the start chunk).
 */
export function packagedJson(files: readonly string[]): Plugin {
  const byPath = new Map<string, string>();
  return {
    name: 'backup-rescue:packaged-json',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!files.some((file) => source.endsWith(`/content/${file}`))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const file = files.find((name) => resolved.id.endsWith(`/content/${name}`))!;
      byPath.set(file, resolved.id);
      return VIRTUAL + file;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length);
      const url = JSON.stringify(`/${file}`);
      return {
        code: `export default await (await fetch(new URL(${url}, import.meta.url))).json();`,
        moduleType: 'js',
      };
    },
    generateBundle() {
      for (const [file, path] of byPath) {
        const source = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
        this.emitFile({ type: 'asset', fileName: file, source });
      }
    },
  };
}
