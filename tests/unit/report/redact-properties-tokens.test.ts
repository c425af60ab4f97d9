import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';
import { RUNS, TIMEOUT, cleanToken, neutral, secretInNote } from './redact-arbitraries';

describe(`redaction properties: clean tokens beside secrets (${RUNS.toLocaleString('en')} inputs each)`, () => {
  it(
    'keeps those tokens intact next to personal data too',
    () => {
      fc.assert(
        fc.property(cleanToken, secretInNote, neutral, (token, note, gap) => {
          const output = redact(`${token}${gap}${note.text}${gap}${token}`).text;
          expect(output.startsWith(token + gap) || output.startsWith(token)).toBe(true);
          expect(output.endsWith(token)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
