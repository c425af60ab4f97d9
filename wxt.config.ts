import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadAllSites } from './src/cli/sites';
import { LOCALES } from './src/knowledge/ids';
import { addStartMessages } from './src/i18n/start-messages';
import { bareUnlistedScripts } from './src/inpage/bare-entry-plugin';
import { packagedJson } from './src/knowledge/packaged-json-plugin';
import { startSlicePlugin } from './src/knowledge/start-slice-plugin';
import { terserPass } from './src/build/terser-pass';
import { allSites } from './src/pages/registry';
import { inlinePopupCss } from './src/ui/inline-popup-css';
import { popupStartChunk } from './src/ui/popup-chunk';

/**
 * One content script per site of src/pages (its `matches`), from `entrypoints/<site id>.ts`.
 * They are built as unlisted scripts and declared here: WXT's content-script wrapper posts a
 * start-up message to the page and obeys a page event that stops the script (README, "Content
 * scripts"). They keep the usual content-scripts/ folder.
 */
// Loaded from disk where the config is not run by Vite (jiti has no import.meta.glob).
if (allSites().length === 0) await loadAllSites();
const CONTENT_SCRIPTS: Record<string, readonly string[]> = Object.fromEntries(
  allSites().map((site) => [site.id, site.matches]),
);

// The manifest is generated from this file and the entrypoints; see README "Permissions".
export default defineConfig({
  srcDir: '.',
  imports: false,
  // The sources zip is for store reviewers: the code, not local test output or store images.
  zip: {
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/screenshots/**',
      'content/store/**/*.png',
    ],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
      startSlicePlugin(),
      packagedJson(['knowledge/alerts.json']),
      inlinePopupCss(),
      bareUnlistedScripts(),
      terserPass(),
    ],
    // One stylesheet for every page (9 KB raw), so no chunk loads CSS of its own: the popup's is
    // in its HTML (inlinePopupCss), and Vite would otherwise fetch it again with later chunks.
    // No modulepreload polyfill: Chrome and Firefox 115+ preload modules themselves.
    build: { cssCodeSplit: false, modulePreload: { polyfill: false } },
  }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'unlisted-script' && entrypoint.name in CONTENT_SCRIPTS) {
          entrypoint.outputDir = resolve(wxt.config.outDir, 'content-scripts');
        }
      }
    },
    // The pages' build puts what the popup's page imports in one chunk (src/ui/popup-chunk.ts).
    // The worker is built alone (not a module worker) and gets the native `browser` instead of
    // the polyfill, which would be a quarter of its size budget: Chrome MV3's `chrome` and
    // Firefox's `browser` return promises for every call it makes (tests/bench/README.md).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'popup')) {
        const output = config.build?.rolldownOptions?.output;
        config.build = {
          ...config.build,
          rolldownOptions: {
            ...config.build?.rolldownOptions,
            output: { ...(Array.isArray(output) ? {} : output), codeSplitting: popupStartChunk() },
          },
        };
      }
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      const alias = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          ...(Array.isArray(alias)
            ? alias
            : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))),
        ],
      };
    },
    // Each language's hint texts as a file of the package, read by the worker for the status
    // page's content script, which then carries none (src/background/hint-texts.ts). Not
    // web-accessible: the page cannot probe them. And each language's message bundle gets the
    // popup's start texts in that language (src/i18n/bundled-start.ts).
    'build:publicAssets': (wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          absoluteSrc: resolve(wxt.config.root, `content/locales/${locale}/inpage.json`),
          relativeDest: `inpage/${locale}.json`,
        });
      }
      addStartMessages(files, resolve(wxt.config.root, 'content'));
    },
    // WXT takes the toolbar tooltip from the popup's <title>, which cannot be localized.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extActionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    content_scripts: Object.entries(CONTENT_SCRIPTS).map(([name, matches]) => ({
      matches: [...matches],
      js: [`content-scripts/${name}.js`],
      run_at: 'document_idle',
    })),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backup-rescue@unofficial.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The same build runs in Firefox for Android, which opens the popup full screen.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
