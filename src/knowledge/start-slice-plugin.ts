import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogPath } from './catalogs.ts';
import { startSlice } from './start-slice.ts';

const SLICE = /^(.*\/content)\/locales\/[^/]+\/knowledge\.json\?(?:.*&)?start$/;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Build step: `content/locales/<lang>/knowledge.json?start` is that language's StartSlice (the
 * start screen's titles and search wordings) instead of the whole catalog, so the popup's
 * first screen loads 2 KB, not 60 (README, "Performance"). Used by Vite and Vitest alike.
 */
export function startSlicePlugin(): Plugin {
  return {
    name: 'backup-rescue:start-slice',
    enforce: 'pre',
    load(id) {
      const content = SLICE.exec(id)?.[1];
      const own = id.replace(/\?.*$/, '');
      const where = catalogPath(own);
      if (!content || !where) return null;
      const en = resolve(content, 'locales/en/knowledge.json');
      const data = {
        alerts: readJson(resolve(content, 'knowledge/alerts.json')),
        symptoms: readJson(resolve(content, 'knowledge/symptoms.json')),
      } as Parameters<typeof startSlice>[0];
      for (const file of [own, en, 'knowledge/alerts.json', 'knowledge/symptoms.json'])
        this.addWatchFile(resolve(content, file));
      const catalogs = { own: readJson(own), en: readJson(en) } as Parameters<typeof startSlice>[1];
      const slice = JSON.stringify(startSlice(data, catalogs, where.locale));
      return { code: `export default ${slice};`, moduleType: 'js' };
    },
  };
}
