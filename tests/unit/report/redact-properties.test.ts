import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';
import { RUNS, TIMEOUT, mixedText } from './redact-arbitraries';

describe(`redaction properties: any text (${RUNS.toLocaleString('en')} inputs each)`, () => {
  it(
    'never throws, whatever the text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), mixedText), (text) => {
          const result = redact(text);
          expect(typeof result.text).toBe('string');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'is idempotent: redacting a redacted text changes nothing and masks nothing',
    () => {
      fc.assert(
        fc.property(mixedText, (text) => {
          const once = redact(text);
          expect(redact(once.text)).toEqual({ text: once.text, masked: [] });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
