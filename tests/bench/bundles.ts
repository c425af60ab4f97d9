import { contentScriptParts, readManifest, workerFile } from './extensions';
import type { Measure } from './report';
import { sizeOf, staticGraph } from './sizes';

/**
 * Content scripts one by one (each with its later parts), and the worker with its static
 * imports, against the floor's.
 */
export async function measureBundles(dirs: { floor: string; subject: string }): Promise<Measure[]> {
  const manifest = await readManifest(dirs.subject);
  const measures: Measure[] = [];
  for (const { script, files } of contentScriptParts(manifest)) {
    const floor = await sizeOf(dirs.floor, [script]);
    const now = await sizeOf(dirs.subject, files);
    const later = files.slice(1);
    measures.push({
      area: 'content script',
      name: later.length ? `${script} with ${later.join(', ')}, gzip` : `${script}, gzip`,
      budget: 'contentScriptBytes',
      unit: 'B',
      floor: floor.gzip,
      now: now.gzip,
      value: now.gzip,
      note: `${(now.raw / 1024).toFixed(1)} KB raw`,
    });
  }
  const worker = workerFile(manifest);
  const floor = await sizeOf(dirs.floor, [worker]);
  const now = await sizeOf(dirs.subject, await staticGraph(dirs.subject, worker));
  measures.push({
    area: 'background',
    name: 'worker and its static imports, gzip',
    budget: 'backgroundBytes',
    unit: 'B',
    floor: floor.gzip,
    now: now.gzip,
    value: now.gzip,
    note: `${now.files.length} files, ${(now.raw / 1024).toFixed(1)} KB raw`,
  });
  return measures;
}
