import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { iso } from '../../../src/pages/observation-schema';

// The readings' own date-time check stands in for zod's in the worker (size budget); the
// summary's import and the session still use zod's, so the two must agree on every string.
const zods = z.iso.datetime({ offset: true });
const agree = (value: string) => {
  expect(iso.safeParse(value).success, value).toBe(zods.safeParse(value).success);
};

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const dateTimeLike = fc
  .record({
    year: fc.constantFrom('2026', '2024', '2100', '2000', '1900', '0000', '9999', '202', '20261'),
    month: two(13),
    day: two(32),
    hour: two(24),
    minute: two(60),
    second: fc.option(two(60)),
    fraction: fc.option(fc.stringMatching(/^\.\d{0,4}$/)),
    zone: fc.constantFrom('Z', 'z', '', '+05:30', '-08:00', '+24:00', '-23:59', '+0530', '+05'),
    separator: fc.constantFrom('T', 't', ' '),
  })
  .map(
    (p) =>
      `${p.year}-${p.month}-${p.day}${p.separator}${p.hour}:${p.minute}` +
      `${p.second === null ? '' : `:${p.second}`}${p.fraction ?? ''}${p.zone}`,
  );

describe("readings' date and time check", () => {
  it('agrees with zod on date-time-like strings', () => {
    fc.assert(fc.property(dateTimeLike, agree), { numRuns: 20_000 });
  });

  it('agrees with zod on what the clock writes and on any string', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (date) => agree(date.toISOString()),
      ),
    );
    fc.assert(fc.property(fc.string(), agree), { numRuns: 5_000 });
  });

  it.each([
    ['2024-02-29T10:00:00.000Z', true],
    ['2026-02-29T10:00:00.000Z', false],
    ['2026-04-31T10:00:00Z', false],
    ['2026-12-03T10:00:00+05:30', true],
    ['2026-12-03T10:00Z', false],
    ['2026-12-03T24:00:00Z', false],
    ['2026-12-03', false],
  ])('%s is a date and time: %s', (value, valid) => {
    expect(iso.safeParse(value).success).toBe(valid);
    agree(value);
  });
});
