import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { startSlicePlugin } from './src/knowledge/start-slice-plugin';

/**
 * The content scripts are built as unlisted scripts (entrypoints/<name>.ts) and declared here:
 * WXT's content-script wrapper posts a start-up message to the page and obeys a page event that
 * stops the script (README, "Content scripts"). They keep the usual content-scripts/ folder.
 */
const CONTENT_SCRIPTS: Record<string, string[]> = {
  status: [
    'https://www.apple.com/support/systemstatus/*',
    'https://www.apple.com/*/support/systemstatus/*',
  ],
  icloud: ['https://www.icloud.com/*'],
};

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
    plugins: [preact(), startSlicePlugin()],
  }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'unlisted-script' && entrypoint.name in CONTENT_SCRIPTS) {
          entrypoint.outputDir = resolve(wxt.config.outDir, 'content-scripts');
        }
      }
    },
    // The worker is built alone (not a module worker) and gets the native `browser` instead of
    // the polyfill, which would be a quarter of its size budget: Chrome MV3's `chrome` and
    // Firefox's `browser` return promises for every call it makes (README, "Performance").
    'vite:build:extendConfig': (entrypoints, config) => {
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
      matches,
      js: [`content-scripts/${name}.js`],
      run_at: 'document_idle',
    })),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backup-rescue@unofficial.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The same build runs in Firefox for Android, which opens the popup full screen.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
