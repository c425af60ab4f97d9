import { withoutOthers } from '../../../../src/pages/icloud/line-owner';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { FIXED_NOW, htmlDocument } from '../fixtures';

/** What the probes expect where nothing may be read. */
export const U = 'unknown';

/**
 * The usage read from one panel of the settings view (its heading, then `body`), as "used/total"
 * in the units shown, or `U`. The account's email in the header is there to be left alone.
 */
export function readPanel(heading: string, body: string): string {
  const o = parseIcloudPage(
    htmlDocument(
      `<!doctype html><html><body><header>iCloud ama.k@icloud.com</header><main><section><h2>${heading}</h2>${body}</section></main></body></html>`,
    ),
    'https://www.icloud.com/settings/',
    FIXED_NOW,
  );
  return o.kind === 'icloud-storage'
    ? `${o.used?.value} ${o.used?.unit}/${o.total?.value} ${o.total?.unit}`
    : U;
}

/** The usage the paste box reads from `text`, as "used/total" in the units shown, or `U`. */
export function readPaste(text: string): string {
  const r = parseStorageText(withoutOthers(text));
  return r.used && r.total ? `${r.used.value} ${r.used.unit}/${r.total.value} ${r.total.unit}` : U;
}
