// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { passes, table, type Measure } from '../../bench/report';
import { measurePairs, median, summarize } from '../../bench/stats';

describe('pairs and medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('alternates which side of a pair runs first', async () => {
    const order: string[] = [];
    const pairs = await measurePairs(
      4,
      async () => (order.push('floor'), 1),
      async () => (order.push('subject'), 2),
    );
    expect(order).toEqual([
      'floor',
      'subject',
      'subject',
      'floor',
      'floor',
      'subject',
      'subject',
      'floor',
    ]);
    expect(pairs).toEqual(Array(4).fill({ floor: 1, subject: 2 }));
  });

  it('compares within each pair, so a slow moment weighs on both sides', () => {
    const pairs = [
      { floor: 100, subject: 120 },
      { floor: 300, subject: 360 },
      { floor: 110, subject: 132 },
    ];
    expect(summarize(pairs)).toEqual({ floor: 110, now: 132, ratio: 1.2, extra: 22 });
  });
});

describe('verdicts', () => {
  const measure: Measure = {
    area: 'popup',
    name: 'first contentful paint',
    budget: 'popupPaint',
    unit: 'ms',
    floor: 100,
    now: 119,
    value: 1.19,
  };

  it('passes at or under the budget and fails over it', () => {
    expect(passes(measure)).toBe(true);
    expect(passes({ ...measure, value: 1.21 })).toBe(false);
  });

  it('fails a measure that could not be taken, whatever its figure', () => {
    const invalid = { ...measure, invalid: 'the start screen never appeared' };
    expect(passes(invalid)).toBe(false);
    expect(table([invalid])).toContain('OVER: the start screen never appeared');
  });
});
