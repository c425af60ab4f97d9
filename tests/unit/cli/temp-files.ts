import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A folder of the calling test file's own, removed after its tests, and `file`, which writes
 * each content given it to a new file there (named `f0`, `f1`… with `extension`).
 */
export function tempFiles(prefix: string, extension = '') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const file = (content: string | Uint8Array) => {
    const path = join(dir, `f${count++}${extension}`);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
