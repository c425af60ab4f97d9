/**
 * The text of a file someone picked: a summary in the popup (src/report/import.ts), a facts file
 * or summary on the command line (src/cli/read-input.ts). One reading of the bytes serves both,
 * so a file one of them reads the other reads too. Neither the worker nor the content scripts
 * read files, and nothing here is a browser or Node API.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Why bytes gave no text: `cut` (a file cut inside a letter, as a file cut short anywhere),
 * `encoding` (text in an encoding other than UTF-8 or UTF-16: Windows' "ANSI" code pages,
 * Shift-JIS, UTF-32), `binary` (no text at all: a photo, a PDF, an archive).
 */
export type NotTextFound = 'cut' | 'encoding' | 'binary';

export type FileText =
  { ok: true; text: string } | { ok: false; found: NotTextFound; encoding: TextEncodingName };

/** A character no text file holds (tabs and line and page breaks aside), as binary files do. */
const CONTROL = /[\0-\x08\x0e-\x1f]/;

const isTextByte = (byte: number | undefined) =>
  byte !== undefined &&
  ((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d);

/**
 * UTF-32, with its byte-order mark or beginning with an ASCII character (three NULs beside it).
 * Neither the popup nor Node decodes it; it would otherwise be taken for UTF-16 with a NUL after
 * every character.
 */
function isUtf32([a, b, c, d]: Uint8Array): boolean {
  if (
    (a === 0xff && b === 0xfe && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0xfe && d === 0xff)
  ) {
    return true;
  }
  return (
    (isTextByte(a) && b === 0 && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0 && isTextByte(d))
  );
}

/**
 * The encoding a byte-order mark names, else UTF-16 when one of the first two bytes is NUL (the
 * files read begin with an ASCII character, which UTF-8 never writes with a NUL; Windows writes
 * UTF-16 without a mark where people do not choose it), else UTF-8.
 */
export function encodingOf([first, second]: Uint8Array): TextEncodingName {
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  if (first !== 0 && first !== undefined && second === 0) return 'utf-16le';
  if (first === 0 && second !== 0 && second !== undefined) return 'utf-16be';
  return 'utf-8';
}

/**
 * The bytes as text, exactly, or why not. Bytes that are not text in their encoding are refused
 * rather than read with letters replaced: an alert's words would no longer match the message the
 * user saw. A byte-order mark is dropped.
 */
export function readFileText(bytes: Uint8Array): FileText {
  // Refused as not UTF-8, the encoding it should have been saved in.
  if (isUtf32(bytes)) return { ok: false, found: 'encoding', encoding: 'utf-8' };
  const encoding = encodingOf(bytes);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    // Saying "save it as UTF-8" of a photo would send the user looking for a setting that is
    // not there.
    if (CONTROL.test(new TextDecoder(encoding).decode(bytes))) {
      return { ok: false, found: 'binary', encoding };
    }
    try {
      // Streamed, a letter cut at the end waits for the rest instead of failing.
      new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    } catch {
      return { ok: false, found: 'encoding', encoding };
    }
    return { ok: false, found: 'cut', encoding };
  }
}

/**
 * The text without the byte-order marks before it: a tool that saves "UTF-8 with BOM" (Notepad,
 * Windows PowerShell 5's Set-Content) adds one even to text that kept its own, and U+FEFF at the
 * start is never part of a summary or facts file, which JSON.parse would refuse for it. Decoding
 * drops only the first, so the bytes and the same text pasted read alike.
 */
export const withoutMarks = (text: string) => text.replace(/^\ufeff+/, '');
