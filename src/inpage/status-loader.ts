import { SERVICE_ROWS } from '../pages/apple-status/selectors';
import { waitFor } from './wait-for';

/** Apple's table usually renders within a second; after this the page counts as unreadable. */
export const TABLE_WAIT_MS = 10_000;

/** The status script's later part (entrypoints/status-reader.ts), as the package holds it. */
export const STATUS_READER_FILE = 'content-scripts/status-reader.js';

export interface StatusLoaderDeps {
  document: Document;
  /** The extension's address of a file of its package (`runtime.getURL`). */
  addressOf: (path: string) => string;
  /** Runs the script at that address (a dynamic `import()` in the content script). */
  load: (url: string) => Promise<unknown>;
}

/**
 * The status page's content script is only this wait: the reader, its hint and their texts
 * load once the table exists, so a page whose table is missing compiles and runs nothing else
 * (README, "Content scripts"). A table that never comes is read all the same at the deadline:
 * the reader then says the page could not be read. Resolves with whether the reader loaded.
 */
export async function loadStatusReader(deps: StatusLoaderDeps): Promise<boolean> {
  const { document } = deps;
  await waitFor(document, () => document.querySelector(SERVICE_ROWS) ?? undefined, TABLE_WAIT_MS);
  try {
    await deps.load(deps.addressOf(STATUS_READER_FILE));
    return true;
  } catch {
    // The extension was reloaded or removed while the page stayed open.
    return false;
  }
}
