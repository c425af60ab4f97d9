import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStartMessage, START_MESSAGE } from '../../../src/i18n/bundled-start';
import { addStartMessages } from '../../../src/i18n/start-messages';
import { LOCALES } from '../../../src/knowledge/ids';
import { startTextsOf } from '../../../src/knowledge/start-slice-plugin';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = resolve(ROOT, 'content');
const LOCALES_DIR = resolve(ROOT, 'public/_locales');
const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** The package's public files as WXT lists them to the build hook: every bundle, and one other. */
function publicFiles() {
  return [
    ...readdirSync(LOCALES_DIR).map((folder) => ({
      relativeDest: `_locales/${folder}/messages.json`,
      absoluteSrc: resolve(LOCALES_DIR, folder, 'messages.json'),
    })),
    { relativeDest: 'icon/16.png', absoluteSrc: resolve(ROOT, 'public/icon/16.png') },
  ];
}

describe("the build's message bundles", () => {
  const files: Parameters<typeof addStartMessages>[0] = publicFiles();
  addStartMessages(files, CONTENT);

  it.each(LOCALES)('of %s keep their messages and hold the start texts of %s', (locale) => {
    const folder = locale === 'zh' ? 'zh_CN' : locale;
    const file = files.find((f) => f.relativeDest === `_locales/${folder}/messages.json`);
    if (!file || !('contents' in file))
      throw new Error(`${folder}: the bundle was copied as it is`);
    const written = JSON.parse(file.contents) as Record<string, { message: string }>;
    const { [START_MESSAGE]: start, ...others } = written;
    expect(others).toEqual(readJson(resolve(LOCALES_DIR, folder, 'messages.json')));
    const returned = start!.message.replaceAll('$$', '$');
    expect(decodeStartMessage(returned, locale)).toEqual(startTextsOf(CONTENT, locale));
  });

  it('leave every other public file to be copied as it is', () => {
    expect(files.find((f) => f.relativeDest === 'icon/16.png')).toEqual({
      relativeDest: 'icon/16.png',
      absoluteSrc: resolve(ROOT, 'public/icon/16.png'),
    });
  });
});
