import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/knowledge/ids';
import { measureBundles } from '../bench/bundles';
import { BENCH_LANGUAGE, BUDGETS } from '../bench/config';
import { messageBundles, popupFile, readManifest } from '../bench/extensions';
import { sizeOf, staticGraph } from '../bench/sizes';
import { EXTENSION_DIR, ROOT } from './support/paths';

// Sizes, unlike timings, come out the same on every run, so the bench's byte budgets are held
// here too: an import that drags the knowledge data into the popup's first screen, or code into
// a content script, fails CI instead of waiting for the next bench.
test('the built package keeps the byte budgets the bench holds it to', async () => {
  for (const measure of await measureBundles({ floor: EXTENSION_DIR, subject: EXTENSION_DIR })) {
    expect(measure.value, measure.name).toBeLessThanOrEqual(BUDGETS[measure.budget].limit);
  }
  const manifest = await readManifest(EXTENSION_DIR);
  const start = await sizeOf(EXTENSION_DIR, [
    ...(await staticGraph(EXTENSION_DIR, popupFile(manifest))),
    ...messageBundles(manifest, BENCH_LANGUAGE),
  ]);
  expect(start.gzip, `the popup's first screen: ${start.files.join(', ')}`).toBeLessThanOrEqual(
    BUDGETS.popupBytes.limit,
  );
});

// A bundled JSON file's text stays in the page's memory beside what was parsed from it; the
// alert wordings are read from the package instead (src/knowledge/packaged-json-plugin.ts).
test('the alert wordings ship as a file of the package, in no script', async () => {
  const source = JSON.parse(await readFile(join(ROOT, 'content/knowledge/alerts.json'), 'utf8'));
  const shipped = JSON.parse(await readFile(join(EXTENSION_DIR, 'knowledge/alerts.json'), 'utf8'));
  expect(shipped).toEqual(source);
  // The start screen's search carries the wordings of the popup's own languages; no script
  // needs those of the other languages the matcher reads.
  const others = (source as Alert[]).flatMap((alert) =>
    Object.entries(alert.patterns)
      .filter(([language]) => !(LOCALES as readonly string[]).includes(language))
      .map(([, wording]) => wording.split(' | ').sort((a, b) => b.length - a.length)[0]!),
  );
  expect(others.length).toBeGreaterThan(100);
  const scripts = (await readdir(EXTENSION_DIR, { recursive: true })).filter((f) =>
    f.endsWith('.js'),
  );
  expect(scripts.length).toBeGreaterThan(10);
  for (const file of scripts) {
    const code = await readFile(join(EXTENSION_DIR, file), 'utf8');
    expect(
      others.filter((wording) => code.includes(wording)),
      file,
    ).toEqual([]);
  }
});

interface Alert {
  patterns: Record<string, string>;
}
