import type { AppleStatusObservation } from '../observation';
import { readPageRows } from './page-rows';
import { parseRows } from './parse-rows';

/**
 * Reads the rendered Apple System Status page in one go: its rows (page-rows.ts, what the
 * page's script does) and what they say (parse-rows.ts, what the worker does). For saved pages
 * (`read-page`) and the tests.
 */
export function parseStatusPage(
  root: ParentNode,
  url: string,
  now: Date = new Date(),
): AppleStatusObservation {
  return readStatusPage(root, url, now).observation;
}

/** The reading plus the page element of iCloud Backup's first row (to highlight it). */
export function readStatusPage(
  root: ParentNode,
  url: string,
  now: Date = new Date(),
): { observation: AppleStatusObservation; row?: Element } {
  const page = readPageRows(root);
  const { observation, row } = parseRows(page, url, now);
  return { observation, row: row === undefined ? undefined : page.elements[row] };
}
