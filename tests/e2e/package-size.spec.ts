import { expect, test } from '@playwright/test';
import { measureBundles } from '../bench/bundles';
import { BENCH_LANGUAGE, BUDGETS } from '../bench/config';
import { messageBundles, popupFile, readManifest } from '../bench/extensions';
import { sizeOf, staticGraph } from '../bench/sizes';
import { EXTENSION_DIR } from './support/paths';

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
