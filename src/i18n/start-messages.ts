import { encodeStartMessage, START_MESSAGE } from './bundled-start.ts';
import { LOCALES, type Locale } from '../knowledge/ids.ts';
import { readJson, startTextsOf } from '../knowledge/start-slice-plugin.ts';

/** The language of a `_locales` folder: "fr", or "zh" for "zh_CN". */
function folderLocale(folder: string): Locale | undefined {
  return LOCALES.find((locale) => folder === locale || folder.startsWith(`${locale}_`));
}

/** A file of the package's public folder, as WXT's `build:publicAssets` hook lists them. */
type PublicFile = { relativeDest: string } & ({ absoluteSrc: string } | { contents: string });

/**
 * Build step: each language's message bundle among the package's public `files` gets its start
 * texts (bundled-start.ts); the bundle is then written from its new text instead of copied.
 */
export function addStartMessages(files: PublicFile[], content: string): void {
  files.forEach((file, index) => {
    const folder = /^_locales\/([^/]+)\/messages\.json$/.exec(file.relativeDest)?.[1];
    const locale = folder === undefined ? undefined : folderLocale(folder);
    if (!locale || !('absoluteSrc' in file)) return;
    const messages = readJson(file.absoluteSrc) as Record<string, unknown>;
    const message = encodeStartMessage(locale, startTextsOf(content, locale));
    files[index] = {
      relativeDest: file.relativeDest,
      contents: JSON.stringify({ ...messages, [START_MESSAGE]: { message } }, null, 2),
    };
  });
}
