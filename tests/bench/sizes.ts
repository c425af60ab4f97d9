import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  files: string[];
  raw: number;
  gzip: number;
}

// Static imports, side-effect imports, HTML script/link references; `import(` (dynamic) is not
// matched because the quote must follow `import` or `from` directly.
const REFERENCE =
  /(?:\bfrom|\bimport|\bsrc=|\bhref=)\s*["'`]((?:\.{1,2}\/|\/)?[\w./-]+\.(?:js|css))["'`]/g;

/** Each file's gzip is counted on its own, as each is a separate file in the package. */
export async function sizeOf(dir: string, files: string[]): Promise<Size> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/**
 * An entry file and every file it loads before it runs (static imports, HTML references),
 * followed transitively; what `import()` loads later is left out.
 */
export async function staticGraph(dir: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(join(dir, file), 'utf8');
    for (const [, ref] of text.matchAll(REFERENCE)) {
      const resolved = ref!.startsWith('/') ? ref!.slice(1) : posix.join(posix.dirname(file), ref!);
      pending.push(resolved);
    }
  }
  return [...seen];
}
