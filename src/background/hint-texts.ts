import type { Catalog } from '../knowledge/catalogs';
import type { Locale } from '../knowledge/ids';

/** Where the build puts each language's hint texts (`build:publicAssets` in wxt.config.ts). */
export const hintTextsPath = (locale: Locale) => `/inpage/${locale}.json`;

/**
 * One language's texts for the status page's hint, read from the extension's own package: the
 * content script asks for the one language its page needs instead of carrying all of them
 * (tests/bench/README.md). The files are not web-accessible, so the page cannot read them.
 * Undefined when the file cannot be read; the hint is then not shown.
 */
export async function loadHintTexts(locale: Locale): Promise<Catalog | undefined> {
  try {
    // A path from the root is the package's own file: the worker's page is the package's.
    const response = await fetch(hintTextsPath(locale));
    return response.ok ? ((await response.json()) as Catalog) : undefined;
  } catch {
    return undefined;
  }
}
