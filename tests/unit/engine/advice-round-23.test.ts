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

describe('a manual backup that worked beside a reminder of weeks without one', () => {
  // Back Up Now completing shows the account, storage and network work, not that the nightly
  // backup (on power, locked, on Wi-Fi) will: plugging in and locking would still be the next
  // step. "A fix that worked leaves only confirming steps" (advice.test.ts) holds for every
  // step, retries included; telling a retry's success apart from a fix's is left open.
  it.fails('still offers plugging in and locking in the first two steps', () => {
    for (const alertText of [
      "This iPhone hasn't been backed up in 3 weeks",
      'Von diesem iPhone wurde seit 3 Wochen kein Backup erstellt',
      'このiPhoneは3週間バックアップされていません',
    ]) {
      const plan = planIds(run({ alertText, stepsTried: { back_up_now: 'fixed' } }));
      expect(plan.slice(0, 2), alertText).toContain('plug_in_and_lock');
    }
  });
});

describe('a stuck backup beside a fact that decides the fix', () => {
  const decisive: [string, Facts, string][] = [
    ['on a Personal Hotspot', { wifi: 'hotspot' }, 'other_network'],
    ['on Wi-Fi that keeps dropping', { wifi: 'unstable' }, 'improve_wifi'],
    ['on battery', { power: 'battery' }, 'plug_in_and_lock'],
    ['an app keeping gigabytes offline', { largeOfflineAppData: true }, 'exclude_large_apps'],
  ];
  const stuck: Facts[] = [
    { symptom: 'stuck_estimating', alertText: 'Estimating time remaining…' },
    { symptom: 'stops_at_percent', alertText: 'iPhone-Backup fehlgeschlagen' },
    { alertText: 'La copia de seguridad está tardando más de lo esperado' },
    { symptom: 'stuck_estimating', alertText: '残り時間を計算中…' },
  ];
  for (const [name, fact, fix] of decisive) {
    it(`${name}: ${fix} before restarting the stuck backup, which stays planned`, () => {
      for (const facts of stuck) {
        const plan = planIds(run({ ...facts, ...fact }));
        expect(plan[0], JSON.stringify(facts)).toBe(fix);
        expect(plan.indexOf('restart_stuck_backup'), JSON.stringify(facts)).toBeGreaterThan(0);
      }
    });
  }

  it('restarts the stuck backup first when no fact decides the fix', () => {
    for (const facts of stuck) expect(planIds(run(facts))[0]).toBe('restart_stuck_backup');
  });
});
