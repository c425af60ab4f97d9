// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/engine/diagnose';
import { factsSets } from '../../bench/engine';

describe('the facts sets the engine is timed on', () => {
  const sets = factsSets();

  it('are the same every run, and all valid facts', () => {
    expect(factsSets()).toEqual(sets);
    expect(sets.every((f) => parseFacts(f).ok)).toBe(true);
  });

  it('range from almost nothing known to almost everything', () => {
    const sizes = sets.map((f) => Object.keys(f).length);
    expect(sizes.filter((n) => n <= 2).length).toBeGreaterThan(sets.length / 10);
    expect(sizes.filter((n) => n >= 12).length).toBeGreaterThan(sets.length / 10);
    expect(new Set(sets.map((f) => f.alertText)).size).toBeGreaterThan(10);
  });
});
