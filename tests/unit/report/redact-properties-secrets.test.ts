import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';
import { leaks } from './redact-corpus';
import { RUNS, TIMEOUT, cleanNote, secretInNote } from './redact-arbitraries';

describe(`redaction properties: secrets and clean notes (${RUNS.toLocaleString('en')} inputs each)`, () => {
  it(
    'masks the whole secret: nothing of it survives, nothing of it is left next to a mask',
    () => {
      fc.assert(
        fc.property(secretInNote, (note) => {
          const output = redact(note.text).text;
          expect(leaks(note, output), output).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'leaves dates, versions, builds, sizes, durations, times and error codes unchanged',
    () => {
      fc.assert(
        fc.property(cleanNote, (text) => {
          expect(redact(text)).toEqual({ text, masked: [] });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
