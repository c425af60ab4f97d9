import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { keepValid, MAX_EXAMINED } from '../../../src/storage/salvage';

const LIMIT = 10;
const DAMAGED = 100_000;

/** A word that counts how often it is checked: the work a restore does, whatever the clock. */
function countedWord() {
  const counter = { checks: 0 };
  const word = z.string().check(
    z.refine((value) => {
      counter.checks++;
      return value !== 'bad';
    }),
  );
  return { counter, word };
}

describe('salvage of a huge damaged value', () => {
  it('examines a list back to twice its limit, keeps its latest valid entries, and names every other', () => {
    const { counter, word } = countedWord();
    const schema = z.object({ log: z.array(word).check(z.maxLength(LIMIT)) });
    const log = [...Array.from({ length: DAMAGED }, () => 'bad'), 'kept'];
    const dropped: string[] = [];
    expect(keepValid(schema, { log }, '', dropped)).toEqual({ log: ['kept'] });
    expect(counter.checks).toBeLessThan(10 * 2 * LIMIT);
    expect(new Set(dropped).size).toBe(DAMAGED);
    expect(dropped).toContain('log.0');
    expect(dropped).toContain(`log.${DAMAGED - 1}`);
  });

  it('examines the latest entries of a huge record, and names every other', () => {
    const { counter, word } = countedWord();
    const schema = z.object({ tried: z.optional(z.record(z.string(), word)) });
    const tried = Object.fromEntries(Array.from({ length: DAMAGED }, (_, i) => [`s${i}`, 'bad']));
    const dropped: string[] = [];
    expect(keepValid(schema, { tried: { ...tried, last: 'kept' } }, '', dropped)).toEqual({
      tried: { last: 'kept' },
    });
    expect(counter.checks).toBeLessThan(10 * MAX_EXAMINED);
    expect(dropped).toHaveLength(DAMAGED);
  });

  it('drops a list or record where a single value belongs whole, without checking its entries', () => {
    const { counter, word } = countedWord();
    const schema = z.object({ word: z.optional(word), other: z.optional(word) });
    const list = Array.from({ length: DAMAGED }, () => 'bad');
    const record = Object.fromEntries(list.map((value, i) => [`k${i}`, value]));
    const dropped: string[] = [];
    expect(keepValid(schema, { word: list, other: record }, '', dropped)).toBeUndefined();
    expect(dropped).toEqual(['word', 'other']);
    expect(counter.checks).toBe(0);
  });

  it('keeps the latest entries of an optional list past its limit', () => {
    const { word } = countedWord();
    const schema = z.object({ seen: z.optional(z.array(word).check(z.maxLength(LIMIT))) });
    const seen = Array.from({ length: LIMIT + 2 }, (_, i) => `w${i}`);
    const dropped: string[] = [];
    expect(keepValid(schema, { seen }, '', dropped)).toEqual({ seen: seen.slice(2) });
    expect(dropped).toEqual(['seen.0', 'seen.1']);
  });
});
