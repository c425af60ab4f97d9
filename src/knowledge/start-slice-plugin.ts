import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogPath } from './catalogs.ts';
import type { Locale } from './ids.ts';
import { startSlice, type StartTexts } from './start-slice.ts';

const START = /^(.*\/content)\/locales\/[^/]+\/ui\.json\?(?:.*&)?start$/;

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The files the start texts of `locale` are made of, under the content/ folder. */
function startSources(content: string, locale: string) {
  return {
    ui: resolve(content, `locales/${locale}/ui.json`),
    own: resolve(content, `locales/${locale}/knowledge.json`),
    en: resolve(content, 'locales/en/knowledge.json'),
    alerts: resolve(content, 'knowledge/alerts.json'),
    symptoms: resolve(content, 'knowledge/symptoms.json'),
  };
}

/**
 * Everything the popup's first screen reads in `locale` (StartTexts): the popup's own texts and
 * the StartSlice (the start screen's titles and search wordings) instead of the whole knowledge
 * catalog. That is 2 KB of knowledge, not 60 (tests/bench/README.md).
 */
export function startTextsOf(content: string, locale: Locale): StartTexts {
  const files = startSources(content, locale);
  const data = {
    alerts: readJson(files.alerts),
    symptoms: readJson(files.symptoms),
  } as Parameters<typeof startSlice>[0];
  const catalogs = {
    own: readJson(files.own),
    en: readJson(files.en),
  } as Parameters<typeof startSlice>[1];
  return { ui: readJson(files.ui) as StartTexts['ui'], slice: startSlice(data, catalogs, locale) };
}

/**
 * Build step: `content/locales/<lang>/ui.json?start` is that language's StartTexts as one
 * module, read from the package when the message bundle cannot give them (bundled-start.ts).
 * Used by Vite and Vitest alike.
 */
export function startSlicePlugin(): Plugin {
  return {
    name: 'backup-rescue:start-slice',
    enforce: 'pre',
    load(id) {
      const content = START.exec(id)?.[1];
      const where = catalogPath(id.replace(/\?.*$/, ''));
      if (!content || !where) return null;
      for (const file of Object.values(startSources(content, where.locale)))
        this.addWatchFile(file);
      const texts = startTextsOf(content, where.locale);
      return { code: `export default ${JSON.stringify(texts)};`, moduleType: 'js' };
    },
  };
}
