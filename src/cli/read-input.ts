import { closeSync, openSync, readSync } from 'node:fs';
import { encodingOf, readFileText, type NotTextFound } from '../report/file-text.ts';

/** Thrown when an input is longer than the command accepts; nothing beyond the limit is read. */
export class InputTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${formatLimit(limit)}`);
  }
}

/**
 * Thrown by a strict read of bytes that are not text in the encoding they were read in: a file
 * saved in another (Windows' "ANSI" code pages, Shift-JIS) would otherwise be read with its
 * accented letters replaced, and an alert such as "La sauvegarde a échoué" misread unnoticed.
 */
export class NotText extends Error {
  constructor(
    readonly encoding: string,
    /** What the bytes look like: another encoding, a letter cut short, or no text at all. */
    readonly found: NotTextFound,
  ) {
    super(`not ${encoding.toUpperCase()} text`);
  }
}

export function formatLimit(bytes: number): string {
  return bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MB` : `${bytes / 2 ** 10} KB`;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function readChunk(fd: number, buffer: Buffer, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      // A non-blocking stdin (some pipes) has no data yet: wait for it rather than fail.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      sleep(10);
    }
  }
}

/**
 * Reads a file (or stdin, `0`) as text, at most `limit` bytes: an endless or huge input
 * (`/dev/zero`, a wrong file) stops at the limit instead of filling memory. UTF-8 or UTF-16, with
 * or without a byte-order mark, read as the popup reads a summary (src/report/file-text.ts); a
 * byte-order mark is dropped. A binary file (no text at all) throws NotText; `strict`: so do
 * bytes that are not text in that encoding (another encoding, a cut letter), which otherwise
 * read as U+FFFD.
 */
export function readBounded(source: string | 0, limit: number, strict = false): string {
  const fd = source === 0 ? 0 : openSync(source, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length <= limit) {
      const read = readChunk(fd, buffer, length);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw new InputTooLarge(limit);
    const bytes = buffer.subarray(0, length);
    const read = readFileText(bytes);
    if (read.ok) return read.text;
    // Lenient with a stray byte, which costs one character; but a photo or an archive picked by
    // mistake is no text at all, and read as one it printed a reading of nothing, exit 0.
    if (strict || read.found === 'binary') throw new NotText(read.encoding, read.found);
    return new TextDecoder(encodingOf(bytes)).decode(bytes);
  } finally {
    if (source !== 0) closeSync(fd);
  }
}
