import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./worker-probe.js', import.meta.url));

/** The parts of the built manifest the benchmark looks at. */
export interface Manifest {
  background?: { service_worker?: string; type?: string };
  action?: { default_popup?: string };
  default_locale?: string;
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: ({ resources: string[]; matches?: string[] } | string)[];
}

export async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * The message bundles the browser reads for a page of the extension in `language`: that
 * language's and the default one's (for what the first lacks). The browser reads them, the page
 * requests no file, but the popup's first screen is in them (src/i18n/bundled-start.ts).
 */
export const messageBundles = (manifest: Manifest, language: string): string[] =>
  manifest.default_locale === undefined
    ? []
    : [...new Set([language, manifest.default_locale])].map((l) => `_locales/${l}/messages.json`);

export const contentScriptFiles = (manifest: Manifest): string[] => [
  ...new Set(manifest.content_scripts?.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]) ?? []),
];

/** The origin a match pattern's host names, or undefined for a wildcard host. */
function originOf(pattern: string): string | undefined {
  try {
    const url = new URL(pattern.replaceAll('*', 'x'));
    return pattern.includes('://*') ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Each content script with the later parts it may load: the scripts its pages may load from
 * the package (web-accessible to one of their origins). What a page pays is all of them.
 */
export function contentScriptParts(manifest: Manifest): { script: string; files: string[] }[] {
  const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [] : [entry],
  );
  return contentScriptFiles(manifest).map((script) => {
    const origins = new Set(
      manifest.content_scripts
        ?.filter((c) => c.js?.includes(script) || c.css?.includes(script))
        .flatMap((c) => c.matches.map(originOf)),
    );
    const later = resources
      .filter((entry) => entry.matches?.some((m) => origins.has(originOf(m))))
      .flatMap((entry) => entry.resources.filter((r) => r.endsWith('.js')));
    return { script, files: [script, ...new Set(later)] };
  });
}

export const popupFile = (manifest: Manifest) => manifest.action?.default_popup ?? 'popup.html';
export const workerFile = (manifest: Manifest) =>
  manifest.background?.service_worker ?? 'background.js';

async function copyOf(build: string, label: string): Promise<{ dir: string; manifest: Manifest }> {
  const dir = await mkdtemp(join(tmpdir(), `backup-rescue-bench-${label}-`));
  await cp(build, dir, { recursive: true });
  return { dir, manifest: await readManifest(dir) };
}

/** The popup's own HTML with its scripts and styles (linked or inline) taken out and one line of text left. */
function blankPage(popupHtml: string): string {
  return popupHtml
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<body>[\s\S]*<\/body>/i, '<body><h1>Backup Rescue</h1></body>');
}

/**
 * The floor: the same extension (manifest, matches, icons, locales) with empty content scripts,
 * an empty worker and a popup that is a blank page. The blank page keeps one heading because a
 * page with nothing to paint has no first contentful paint to compare with.
 */
export async function buildFloorExtension(build: string): Promise<string> {
  const { dir, manifest } = await copyOf(build, 'floor');
  for (const file of contentScriptFiles(manifest)) await writeFile(join(dir, file), '');
  await writeFile(join(dir, workerFile(manifest)), '');
  const popup = join(dir, popupFile(manifest));
  await writeFile(popup, blankPage(await readFile(popup, 'utf8')));
  return dir;
}

/** The build with the probe loaded first in its worker; nothing else changed. */
export async function buildProbeExtension(build: string): Promise<string> {
  const { dir, manifest } = await copyOf(build, 'probe');
  const worker = workerFile(manifest);
  await cp(PROBE, join(dir, 'bench-probe.js'));
  const isModule = manifest.background?.type === 'module';
  // Module imports run in order, so the probe is in place before the worker's first line.
  const entry = isModule
    ? `import './bench-probe.js';\nimport './${worker}';\n`
    : `importScripts('bench-probe.js', '${worker}');\n`;
  await writeFile(join(dir, 'bench-entry.js'), entry);
  manifest.background = { ...manifest.background, service_worker: 'bench-entry.js' };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
