import { describe, expect, it } from 'vitest';
import { diagnose, GIB, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * Free iCloud space measured on icloud.com, the next backup's size not known: with room for a
 * backup three times the biggest basic one, a full iCloud is no longer among the likely causes.
 */

const now = new Date('2026-06-01T12:00:00Z');
const top3 = (facts: Facts) =>
  diagnose(facts, { now })
    .causes.slice(0, 3)
    .map((c) => c.id);

describe('plenty of free iCloud space measured', () => {
  it('keeps a full iCloud out of the top three, whatever else is known', () => {
    const measured = { storageUsedBytes: 50 * GIB, storageTotalBytes: 200 * GIB };
    for (const more of [
      {},
      { wifi: 'hotspot' },
      { power: 'charging' },
      { symptom: 'weeks_old' },
    ] as Facts[]) {
      expect(top3({ ...measured, ...more }), JSON.stringify(more)).not.toContain('storage_full');
    }
  });

  it('still counts a little free space or a storage alert', () => {
    expect(top3({ storageUsedBytes: 190 * GIB, storageTotalBytes: 200 * GIB })).toContain(
      'storage_full',
    );
    expect(
      top3({
        storageUsedBytes: 50 * GIB,
        storageTotalBytes: 200 * GIB,
        alertText: 'Not Enough Storage',
      })[0],
    ).toBe('storage_full');
  });
});
