import { describe, expect, it } from 'vitest';
import { bareUnlistedScripts } from '../../../src/inpage/bare-entry-plugin';

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = bareUnlistedScripts().transform as Transform;

describe('bareUnlistedScripts', () => {
  it("replaces WXT's start-up module of an unlisted script with a call of its main", () => {
    const id = '\0virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/status.ts';
    const result = transform('/* WXT guard */', id);
    expect(result?.code).toBe(
      'import definition from "/repo/entrypoints/status.ts";\nexport default definition.main();\n',
    );
  });

  it('leaves every other module as it is, the worker and content-script starts of WXT included', () => {
    for (const id of [
      '/repo/entrypoints/status.ts',
      '\0virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts',
      '\0virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/x.content.ts',
      'virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/status.ts',
    ]) {
      expect(transform('code', id), id).toBeUndefined();
    }
  });
});
