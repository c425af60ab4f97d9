import { describe, expect, it } from 'vitest';
import { tempFiles } from './temp-files';
import { NotText, readBounded } from '../../../src/cli/read-input';

/**
 * Files handed to the command line as Windows and editors save them, each with the outcome
 * decided before the code was run: the popup and the command line read the same bytes the same
 * way, so a file one of them reads, the other reads too.
 */

const { file } = tempFiles('read-input-');

const FACTS = '{"alertText":"La sauvegarde a échoué – バックアップ失敗","wifi":"hotspot"}';
const LATIN = '{"alertText":"La sauvegarde a échoué","wifi":"hotspot"}';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i ^ 1] as number);
const utf32le = (text: string) =>
  new Uint8Array(
    [...text].flatMap((c) => {
      const p = c.codePointAt(0) as number;
      return [p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, 0];
    }),
  );

describe('probes: the command line reads what the popup reads', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8', utf8(FACTS)],
    ['UTF-8 with a byte-order mark', utf8(`\ufeff${FACTS}`)],
    ['UTF-16 LE with a byte-order mark (PowerShell 5 ">")', utf16le(`\ufeff${FACTS}`)],
    ['UTF-16 BE with a byte-order mark', utf16be(`\ufeff${FACTS}`)],
    ['UTF-16 LE without one', utf16le(FACTS)],
    ['UTF-16 BE without one', utf16be(FACTS)],
    ['UTF-16 LE without one, a line break first', utf16le(`\n${FACTS}`)],
  ])('%s is read whole', (_l, bytes) => {
    expect(readBounded(file(bytes), 2 ** 20, true).trim()).toBe(FACTS);
  });

  it.each<[string, Uint8Array]>([
    ['Windows-1252 ("ANSI")', new Uint8Array([...LATIN].map((c) => c.charCodeAt(0) & 0xff))],
    ['UTF-32 LE with its byte-order mark', utf32le(`\ufeff${FACTS}`)],
    ['UTF-32 LE without one', utf32le(FACTS)],
  ])('%s is refused as not text, not misread', (_l, bytes) => {
    expect(() => readBounded(file(bytes), 2 ** 20, true)).toThrow(NotText);
  });
});
