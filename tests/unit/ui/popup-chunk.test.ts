import { describe, expect, it } from 'vitest';
import { popupStartChunk } from '../../../src/ui/popup-chunk';

/** A module graph by static importers, as the bundler reports it. */
const GRAPH: Record<string, string[]> = {
  '/x/entrypoints/popup/index.html': [],
  '/x/entrypoints/popup/main.tsx': ['/x/entrypoints/popup/index.html'],
  '/x/entrypoints/guide/index.html': [],
  '/x/entrypoints/guide/main.tsx': ['/x/entrypoints/guide/index.html'],
  'virtual:wxt-html-plugins': [
    '/x/entrypoints/guide/index.html',
    '/x/entrypoints/popup/index.html',
  ],
  '/x/node_modules/preact/dist/preact.mjs': ['/x/src/ui/App.tsx', '/x/entrypoints/guide/main.tsx'],
  '/x/src/ui/App.tsx': ['/x/entrypoints/popup/main.tsx'],
  // A cycle below the popup, reached first through its far end.
  '/x/src/a.ts': ['/x/src/b.ts', '/x/src/ui/App.tsx'],
  '/x/src/b.ts': ['/x/src/a.ts'],
  '/x/src/guide-only.ts': ['/x/entrypoints/guide/main.tsx'],
  // Loaded later by the popup (a dynamic import): not a static importer, so not in the chunk.
  '/x/src/flow-screens.tsx': [],
};

function chunkOf(ids: string[]) {
  const name = popupStartChunk().groups[0]!.name;
  const context = {
    getModuleInfo: (id: string) => (id in GRAPH ? { importers: GRAPH[id]! } : null),
  };
  return Object.fromEntries(ids.map((id) => [id, name(id, context)]));
}

describe("the popup's start chunk", () => {
  it("holds every module the popup's page imports statically, and nothing else", () => {
    expect(chunkOf(Object.keys(GRAPH))).toEqual({
      '/x/entrypoints/popup/index.html': null,
      '/x/entrypoints/popup/main.tsx': null,
      '/x/entrypoints/guide/index.html': null,
      '/x/entrypoints/guide/main.tsx': null,
      'virtual:wxt-html-plugins': 'popup-start',
      '/x/node_modules/preact/dist/preact.mjs': 'popup-start',
      '/x/src/ui/App.tsx': 'popup-start',
      '/x/src/a.ts': 'popup-start',
      '/x/src/b.ts': 'popup-start',
      '/x/src/guide-only.ts': null,
      '/x/src/flow-screens.tsx': null,
    });
  });

  it('gives the same answer whichever module of a cycle is asked about first', () => {
    expect(chunkOf(['/x/src/b.ts', '/x/src/a.ts'])).toEqual({
      '/x/src/b.ts': 'popup-start',
      '/x/src/a.ts': 'popup-start',
    });
  });
});
