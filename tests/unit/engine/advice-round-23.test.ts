import { describe, expect, it } from 'vitest';
import { GIB } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { causeIds, numbers, planIds, run } from './advice-room.ts';

/**
 * Round 23: a clean-up of iCloud (old backups, attachments, photos, a chat app's own backup) is a
 * guess where nothing shows it makes room, and paying is one where no plan holds the backup:
 * leaving big apps out, or the bigger plan, comes first.
 */

const CLEAN_UPS = [
  'delete_old_device_backups',
  'clean_message_attachments',
  'review_icloud_photos',
  'app_own_backup',
];
const FULL = [
  'iCloud Storage Is Full',
  'iCloud-Speicher ist voll',
  'El almacenamiento de iCloud está lleno',
  'iCloudストレージがいっぱいです',
  'iCloud 储存空间已满',
];

describe("clean-ups beside an app's big data on the device", () => {
  const big: [string, Facts][] = [
    [
      '38 GB backup in 38 GB free, an app keeps data offline',
      { ...numbers(12, 50, 38), largeOfflineAppData: true },
    ],
    [
      '42 GB backup in 38 GB free, an app keeps data offline',
      { ...numbers(12, 50, 42), largeOfflineAppData: true },
    ],
    ['150 GB backup in 80 GB free, offline data not answered', numbers(120, 200, 150)],
    [
      '60 GB backup in 20 GB free of 200 GB, an app keeps data offline',
      { ...numbers(180, 200, 60), largeOfflineAppData: true },
    ],
  ];
  for (const [name, facts] of big) {
    for (const alertText of FULL) {
      it(`${name}, "${alertText}": leaves big apps out first, no clean-up in the first two`, () => {
        const plan = planIds(run({ ...facts, alertText }));
        expect(plan[0]).toBe('exclude_large_apps');
        expect(plan.slice(0, 2).filter((id) => CLEAN_UPS.includes(id))).toEqual([]);
        // Still offered, after the other fixes and checks: old backups may hold some room.
        expect(plan).toContain('delete_old_device_backups');
      });
    }
  }

  it('puts the bigger plan second where the backup fits into a bigger plan', () => {
    const plan = planIds(
      run({ ...numbers(12, 50, 42), largeOfflineAppData: true, alertText: FULL[0] }),
    );
    expect(plan.slice(0, 2)).toEqual(['exclude_large_apps', 'upgrade_plan']);
  });

  it('keeps deleting old backups early for a small backup, whatever an app keeps offline', () => {
    const d = run({ ...numbers(4.94, 5, 2), largeOfflineAppData: true });
    expect(planIds(d).slice(0, 2)).toContain('delete_old_device_backups');
  });

  it('lets old backups lead where icloud.com shows them making room for the big backup', () => {
    const d = run({
      ...numbers(45, 50, 38),
      storageByCategory: { backup: 40 * GIB, photos: 5 * GIB },
      largeOfflineAppData: true,
      alertText: FULL[1],
    });
    expect(planIds(d).slice(0, 2)).toContain('delete_old_device_backups');
  });
});

describe('a lapsed plan: 45 GB on the free 5 GB', () => {
  for (const alertText of FULL) {
    it(`"${alertText}": the bigger plan first, no clean-up in the first two`, () => {
      const d = run({ ...numbers(45, 5, 0), backupSizeBytes: undefined, alertText });
      expect(causeIds(d)[0]).toBe('storage_full');
      const plan = planIds(d);
      expect(plan[0]).toBe('upgrade_plan');
      expect(plan.slice(0, 2).filter((id) => CLEAN_UPS.includes(id))).toEqual([]);
      expect(plan).toContain('delete_old_device_backups');
    });
  }
});

describe('a backup no plan can hold', () => {
  // Its clean-ups are guesses too (an app's data makes it that big): paying must not come before
  // them by their being moved back.
  it('13 TB: leaves big apps out first and does not offer paying in the first two', () => {
    const plan = planIds(run(numbers(1, 5, 13 * 1024)));
    expect(plan[0]).toBe('exclude_large_apps');
    expect(plan.slice(0, 2)).not.toContain('upgrade_plan');
  });

  it('a 150 GB backup fits the 2 TB plan: paying stays among the first two', () => {
    const plan = planIds(run(numbers(120, 200, 150)));
    expect(plan.slice(0, 2)).toContain('upgrade_plan');
  });
});
