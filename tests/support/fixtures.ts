import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Test runners start in the repository root; fixtures are addressed from there. */
export const FIXTURES_DIR = resolve(process.cwd(), 'tests/fixtures');

export function readFixture(relativePath: string): string {
  return readFileSync(resolve(FIXTURES_DIR, relativePath), 'utf8');
}
