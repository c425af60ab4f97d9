// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildFloorExtension,
  buildProbeExtension,
  contentScriptParts,
  messageBundles,
  readManifest,
} from '../../bench/extensions';

const POPUP = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Backup Rescue</title>
    <script type="module" crossorigin src="/chunks/popup.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared.js">
    <link rel="stylesheet" href="/assets/theme.css">
    <style>body { color: red; }</style>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const manifest = (background: object) => ({
  manifest_version: 3,
  name: 'x',
  background,
  action: { default_popup: 'popup.html' },
  content_scripts: [
    { matches: ['https://a.example/*'], js: ['content-scripts/a.js'] },
    {
      matches: ['https://b.example/*'],
      js: ['content-scripts/b.js'],
      css: ['content-scripts/b.css'],
    },
  ],
});

let build: string;
const made: string[] = [];

async function makeBuild(background: object) {
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest(background)),
    'popup.html': POPUP,
    'background.js': 'chrome.runtime.onMessage.addListener(() => {});',
    'content-scripts/a.js': 'console.log("a")',
    'content-scripts/b.js': 'console.log("b")',
    'content-scripts/b.css': 'p{}',
    'icon/16.png': 'png',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(build, name, '..'), { recursive: true });
    await writeFile(join(build, name), text);
  }
}

const read = (dir: string, file: string) => readFile(join(dir, file), 'utf8');
const track = (dir: string) => (made.push(dir), dir);

beforeEach(async () => {
  build = await mkdtemp(join(tmpdir(), 'bench-build-'));
});
afterEach(async () => {
  for (const dir of [build, ...made.splice(0)]) await rm(dir, { recursive: true, force: true });
});

describe('the floor extension', () => {
  it('has the same manifest and files, with empty scripts and a blank popup', async () => {
    await makeBuild({ service_worker: 'background.js', type: 'module' });
    const floor = track(await buildFloorExtension(build));
    expect(await readManifest(floor)).toEqual(await readManifest(build));
    for (const file of ['content-scripts/a.js', 'content-scripts/b.js', 'content-scripts/b.css']) {
      expect(await read(floor, file)).toBe('');
    }
    expect(await read(floor, 'background.js')).toBe('');
    expect(await read(floor, 'icon/16.png')).toBe('png');
    const popup = await read(floor, 'popup.html');
    expect(popup).not.toMatch(/<script|<link|<style/);
    expect(popup).toContain('<title>Backup Rescue</title>');
    // Something to paint, or there is no first contentful paint to compare with.
    expect(popup).toMatch(/<body><h1>\w[^<]*<\/h1><\/body>/);
    expect(await read(build, 'content-scripts/a.js')).toBe('console.log("a")');
  });
});

describe('the probe extension', () => {
  it('loads the probe before a module worker', async () => {
    await makeBuild({ service_worker: 'background.js', type: 'module' });
    const probe = track(await buildProbeExtension(build));
    const { background } = await readManifest(probe);
    expect(background).toEqual({ service_worker: 'bench-entry.js', type: 'module' });
    expect(await read(probe, 'bench-entry.js')).toBe(
      "import './bench-probe.js';\nimport './background.js';\n",
    );
    expect(await read(probe, 'bench-probe.js')).toContain('__benchProbe');
    expect(await read(probe, 'background.js')).toBe(await read(build, 'background.js'));
  });

  it('loads the probe before a classic worker', async () => {
    await makeBuild({ service_worker: 'background.js' });
    const probe = track(await buildProbeExtension(build));
    expect(await read(probe, 'bench-entry.js')).toBe(
      "importScripts('bench-probe.js', 'background.js');\n",
    );
  });
});

describe('the message bundles a page reads', () => {
  it("are its language's and the default language's", () => {
    expect(messageBundles({ default_locale: 'en' }, 'de')).toEqual([
      '_locales/de/messages.json',
      '_locales/en/messages.json',
    ]);
  });

  it('are one file when the language is the default one', () => {
    expect(messageBundles({ default_locale: 'en' }, 'en')).toEqual(['_locales/en/messages.json']);
  });

  it('are none for an extension without messages', () => {
    expect(messageBundles({}, 'en')).toEqual([]);
  });
});

describe('what a content script costs its pages', () => {
  it("is the script with the later parts its pages may load, and no other site's", () => {
    const parts = contentScriptParts({
      content_scripts: [
        { matches: ['https://a.example/status/*', 'https://a.example/*/status/*'], js: ['a.js'] },
        { matches: ['https://b.example/*'], js: ['b.js'] },
      ],
      web_accessible_resources: [
        { resources: ['a-reader.js', 'a-picture.png'], matches: ['https://a.example/*'] },
        { resources: ['c-reader.js'], matches: ['https://c.example/*'] },
        'old-style.js',
      ],
    });
    expect(parts).toEqual([
      { script: 'a.js', files: ['a.js', 'a-reader.js'] },
      { script: 'b.js', files: ['b.js'] },
    ]);
  });
});
