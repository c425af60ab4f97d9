import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogPath } from './catalogs.ts';
import { startSlice, type StartTexts } from './start-slice.ts';

const START = /^(.*\/content)\/locales\/[^/]+\/ui\.json\?(?:.*&)?start$/;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Build step: `content/locales/<lang>/ui.json?start` is everything the popup's first screen
 * reads in that language, as one file (StartTexts): the popup's own texts and the StartSlice
 * (the start screen's titles and search wordings) instead of the whole knowledge catalog. That
 * is 2 KB of knowledge, not 60, and one file read from the package, not two (README,
 * "Performance"). Used by Vite and Vitest alike.
 */
export function startSlicePlugin(): Plugin {
  return {
    name: 'backup-rescue:start-slice',
    enforce: 'pre',
    load(id) {
      const content = START.exec(id)?.[1];
      const own = id.replace(/\?.*$/, '');
      const where = catalogPath(own);
      if (!content || !where) return null;
      const knowledge = (locale: string) => resolve(content, `locales/${locale}/knowledge.json`);
      const data = {
        alerts: readJson(resolve(content, 'knowledge/alerts.json')),
        symptoms: readJson(resolve(content, 'knowledge/symptoms.json')),
      } as Parameters<typeof startSlice>[0];
      for (const file of [
        own,
        knowledge(where.locale),
        knowledge('en'),
        resolve(content, 'knowledge/alerts.json'),
        resolve(content, 'knowledge/symptoms.json'),
      ])
        this.addWatchFile(file);
      const catalogs = {
        own: readJson(knowledge(where.locale)),
        en: readJson(knowledge('en')),
      } as Parameters<typeof startSlice>[1];
      const texts: StartTexts = {
        ui: readJson(own) as StartTexts['ui'],
        slice: startSlice(data, catalogs, where.locale),
      };
      return { code: `export default ${JSON.stringify(texts)};`, moduleType: 'js' };
    },
  };
}
