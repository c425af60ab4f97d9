import type { Plugin } from 'vite';

/** How WXT 0.21 names the module that starts an unlisted script (its `virtual/` folder). */
const UNLISTED_ENTRY = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * Build step: the unlisted scripts (the content scripts, README "Content scripts") run their
 * `main` alone. WXT starts each inside a guard that logs "crashed on startup" with a logger
 * that says nothing in a production build and then throws the same error again, so the guard
 * changes nothing a user sees, and costs each file about 100 bytes gzip against the scripts'
 * 8 KB budgets. An error still reaches the console as an uncaught one, as before.
 * The end-to-end tests run the scripts as built and check that the guard is gone.
 */
export function bareUnlistedScripts(): Plugin {
  return {
    name: 'backup-rescue:bare-unlisted-scripts',
    transform(_code, id) {
      if (!id.startsWith(UNLISTED_ENTRY)) return undefined;
      const entry = JSON.stringify(id.slice(UNLISTED_ENTRY.length));
      return {
        code: `import definition from ${entry};\nexport default definition.main();\n`,
        map: null,
      };
    },
  };
}
