import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { provideReaders } from '../pages/read-page.ts';
import { provideSites } from '../pages/registry.ts';
import { provideSiteFacts } from '../pages/site-facts.ts';

/**
 * Loads every site folder of src/pages (its `site.ts`, `facts.ts` and `read.ts`) into the
 * registries: Node has no Vite glob.
 */
export async function loadAllSites(): Promise<void> {
  const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));
  for (const dir of readdirSync(pagesDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const folder = `${pagesDir}${dir.name}/`;
    const site = `${folder}site.ts`;
    const reader = `${folder}read.ts`;
    const facts = `${folder}facts.ts`;
    if (existsSync(site)) provideSites([(await import(pathToFileURL(site).href)).site]);
    if (existsSync(reader)) provideReaders([(await import(pathToFileURL(reader).href)).reader]);
    if (existsSync(facts)) provideSiteFacts([(await import(pathToFileURL(facts).href)).siteFacts]);
  }
}
