import { describe, expect, it } from 'vitest';
import { GIB } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { numbers, planIds, run } from './advice-room.ts';

/**
 * Round 26: a step that cannot make the room the backup needs does not lead (independent-25b.json
 * holds the corpus cases). These use other figures and languages than that file.
 */

const categories = (gb: Record<string, number>): Facts => ({
  storageByCategory: Object.fromEntries(Object.entries(gb).map(([k, v]) => [k, v * GIB])),
});
const full = (alertText: string, used: number, total: number, backup: number, cats = {}) =>
  run({ ...numbers(used, total, backup), ...categories(cats), alertText });

describe('a step that cannot make the room', () => {
  it('a 10 GB backup with 0.5 GB free, photos 40 GB: leaving apps out (5 GB at most) does not lead', () => {
    for (const alertText of [
      'Armazenamento do iCloud insuficiente',
      'Inte tillräckligt med iCloud-lagring',
      'Yeterli iCloud saklama alanı yok',
    ]) {
      const first = planIds(full(alertText, 49.5, 50, 10, { photos: 40, backup: 3, docs: 6.5 }));
      expect(first.slice(0, 2), alertText).not.toContain('exclude_large_apps');
      expect(first.slice(0, 2), alertText).toContain('upgrade_plan');
    }
  });

  it('a 60 GB backup with 15 GB free: leaving apps out can shed the 45 GB missing and stays early', () => {
    const plan = planIds(
      full('Not enough iCloud storage', 185, 200, 60, { photos: 150, docs: 35 }),
    );
    expect(plan.slice(0, 2)).toContain('exclude_large_apps');
  });

  it('an app said to keep much data offline: its share is unknown, so leaving it out may still lead', () => {
    const d = run({
      ...numbers(49, 50, 16),
      ...categories({ photos: 35, backup: 9, docs: 5 }),
      alertText: 'Недостаточно места в iCloud',
      largeOfflineAppData: true,
    });
    expect(planIds(d).slice(0, 2)).toContain('exclude_large_apps');
  });

  it('old backups that make the room lead; deleting photos everywhere waits', () => {
    const plan = planIds(
      full('Not enough iCloud storage', 199, 200, 8, { photos: 120, backup: 60, docs: 19 }),
    );
    expect(plan[0]).toBe('delete_old_device_backups');
    expect(plan.slice(0, 2)).not.toContain('review_icloud_photos');
  });

  it('categories not shown: deleting photos is no lead, the size of the library being unknown', () => {
    const plan = planIds(full('Not enough iCloud storage', 49.8, 50, 6));
    expect(plan[0]).not.toBe('review_icloud_photos');
  });

  it('a backup size not worked out yet (0 KB) judges no step by it: leaving apps out stays offered', () => {
    const d = run({
      ...numbers(4.9, 5, 0),
      ...categories({ photos: 4, backup: 0.9 }),
      alertText: 'iCloud storage is full',
    });
    expect(planIds(d)).toContain('exclude_large_apps');
  });
});
