import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * A chat app's own backup lands in iCloud too on iPhone: it makes no room for the device backup by
 * itself. For a full iCloud the clean-ups that make room (old backups, leaving big apps out) come
 * first; the app's own backup follows, still before paying for more.
 */

const now = new Date('2026-06-01T12:00:00Z');
const GIB = 1024 ** 3;
const ids = (facts: Facts) => diagnose(facts, { now }).plan.map((p) => p.stepId);

const full: [string, Facts][] = [
  ['said full', { storageStatus: 'full' }],
  [
    'said almost full, an app keeps much offline',
    { storageStatus: 'almost_full', largeOfflineAppData: true },
  ],
  ['German alert', { alertText: 'Nicht genügend iCloud-Speicher' }],
  [
    'Japanese alert, Wi-Fi stable',
    {
      alertText: '十分なiCloudストレージがないため、このiPhoneをバックアップできません',
      wifi: 'stable',
    },
  ],
  [
    'French alert on an iPad',
    { alertText: 'Stockage iCloud saturé', deviceModel: 'iPad (10th generation)' },
  ],
  [
    'measured short, big offline app data',
    {
      storageUsedBytes: 4.95 * GIB,
      storageTotalBytes: 5 * GIB,
      backupSizeBytes: 2 * GIB,
      largeOfflineAppData: true,
    },
  ],
  [
    'old backups deleted, no change',
    { storageStatus: 'full', stepsTried: { delete_old_device_backups: 'no_change' } },
  ],
];

describe("a chat app's own backup", () => {
  it.each(full)(
    'comes after leaving big apps out and is not among the first two (%s)',
    (_, facts) => {
      const plan = ids(facts);
      expect(plan.slice(0, 2)).not.toContain('app_own_backup');
      expect(plan.indexOf('exclude_large_apps')).toBeGreaterThan(-1);
      expect(plan.indexOf('exclude_large_apps')).toBeLessThan(plan.indexOf('app_own_backup'));
    },
  );

  it('stays offered before a bigger plan', () => {
    for (const [, facts] of full) {
      const plan = ids(facts);
      expect(plan.indexOf('app_own_backup')).toBeGreaterThan(-1);
      expect(plan.indexOf('app_own_backup')).toBeLessThan(plan.indexOf('upgrade_plan'));
    }
  });
});
