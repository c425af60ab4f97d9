import { closeSync, openSync, readSync } from 'node:fs';

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
  constructor(readonly encoding: string) {
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
 * The encoding a byte-order mark names, else UTF-8. Windows writes UTF-16 where people do not
 * choose it (Windows PowerShell's `>`, Notepad's "Unicode"): read as UTF-8, such a file is
 * noise between NUL characters, refused as invalid JSON with no hint why.
 */
function encodingOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Reads a file (or stdin, `0`) as text, at most `limit` bytes: an endless or huge input
 * (`/dev/zero`, a wrong file) stops at the limit instead of filling memory. UTF-8, or UTF-16
 * with its byte-order mark; a byte-order mark is dropped, as editors on Windows write one.
 * `strict`: bytes invalid in that encoding throw NotText instead of reading as U+FFFD.
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
    const encoding = encodingOf(bytes);
    try {
      return new TextDecoder(encoding, { fatal: strict }).decode(bytes);
    } catch {
      throw new NotText(encoding);
    }
  } finally {
    if (source !== 0) closeSync(fd);
  }
}
