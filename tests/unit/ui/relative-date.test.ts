import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkedDay, dayAgo, isoDay } from '../../../src/ui/relative-date';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 15, 30);

describe('"about N days / weeks / months ago"', () => {
  const now = at(2026, 3, 31);

  it('counts back calendar days and weeks from today', () => {
    expect(dayAgo('3', 'days', now)).toBe('2026-03-28');
    expect(dayAgo('31', 'days', now)).toBe('2026-02-28');
    expect(dayAgo('2', 'weeks', now)).toBe('2026-03-17');
  });

  it('ends a month back on the last day of a shorter month', () => {
    expect(dayAgo('1', 'months', now)).toBe('2026-02-28');
    expect(dayAgo('1', 'months', at(2024, 3, 31))).toBe('2024-02-29');
    expect(dayAgo('13', 'months', now)).toBe('2025-02-28');
    expect(dayAgo('2', 'months', at(2026, 1, 15))).toBe('2025-11-15');
  });

  it('accepts whole numbers only, within about three years', () => {
    expect(dayAgo(' 4 ', 'weeks', now)).toBe('2026-03-03');
    for (const bad of ['', '0', '-1', '1.5', '2,5', 'three', '1e2', '9999']) {
      expect(dayAgo(bad, 'days', now), bad).toBeUndefined();
    }
    expect(dayAgo('36', 'months', now)).toBe('2023-03-31');
    expect(dayAgo('37', 'months', now)).toBeUndefined();
    expect(dayAgo('157', 'weeks', now)).toBeUndefined();
  });

  it('lands exactly N calendar days back, whatever the day and time zone changes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2015, 0, 1), max: new Date(2035, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 1, max: 1100 }),
        (today, n) => {
          const day = dayAgo(String(n), 'days', today)!;
          const [y, m, d] = day.split('-').map(Number) as [number, number, number];
          const back = new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);
          expect([y, m, d]).toEqual([back.getFullYear(), back.getMonth() + 1, back.getDate()]);
          expect(day < isoDay(today)).toBe(true);
        },
      ),
    );
  });
});

describe('a date typed or picked', () => {
  const now = at(2026, 11, 25);

  it('is kept as the day it names', () => {
    expect(checkedDay('2026-11-01', now)).toBe('2026-11-01');
    expect(checkedDay(' 2026-11-25 ', now)).toBe('2026-11-25');
  });

  it('is refused when not a real day, in the future or before iCloud Backup existed', () => {
    for (const bad of ['2026-11-26', '2026-02-30', '2026-13-01', '2010-05-01', '01.11.2026', '']) {
      expect(checkedDay(bad, now), bad).toBeUndefined();
    }
  });
});
