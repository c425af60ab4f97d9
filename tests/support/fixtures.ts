import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STATUS_PAGES } from '../fixtures/status-pages';

/** Test runners start in the repository root; fixtures are addressed from there. */
export const FIXTURES_DIR = resolve(process.cwd(), 'tests/fixtures');

/** Status pages built from one template (tests/fixtures/status-pages.ts), by their file name. */
function generated(relativePath: string): string | undefined {
  const [folder, name] = relativePath.split('/');
  return folder === 'pages' && name ? STATUS_PAGES[name]?.() : undefined;
}

export function readFixture(relativePath: string): string {
  return generated(relativePath) ?? readFileSync(resolve(FIXTURES_DIR, relativePath), 'utf8');
}

let generatedDir: string | undefined;

/** A fixture as a file on disk, for commands that read files (generated pages are written out). */
export function fixtureFile(relativePath: string): string {
  const html = generated(relativePath);
  if (html === undefined) return resolve(FIXTURES_DIR, relativePath);
  generatedDir ??= mkdtempSync(join(tmpdir(), 'backup-rescue-fixtures-'));
  const file = join(generatedDir, relativePath.replace('/', '-'));
  writeFileSync(file, html);
  return file;
}
