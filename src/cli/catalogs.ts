import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { provideFiles, type Catalog } from '../knowledge/index.ts';

/** Loads every catalog file under content/locales into the registry (Node has no Vite glob). */
export function loadAllCatalogs(): void {
  const localesDir = fileURLToPath(new URL('../../content/locales/', import.meta.url));
  const files: Record<string, Catalog> = {};
  for (const dir of readdirSync(localesDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(`${localesDir}${dir.name}`)) {
      if (!file.endsWith('.json')) continue;
      const path = `${localesDir}${dir.name}/${file}`;
      files[path] = JSON.parse(readFileSync(path, 'utf8')) as Catalog;
    }
  }
  provideFiles(files);
}
