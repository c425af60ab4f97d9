import { describe, expect, it } from 'vitest';
import { diagnose, GIB, type Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { withoutStaleReadings } from '../../../src/flow/observed-facts.ts';

/**
 * Round 20: a fix marked as having worked, beside a page reading that proves a cause now (no
 * room for the next backup on icloud.com, an outage on Apple's status page). Readings older than
 * their page's readings stand for are dropped first, so the ones left are the present.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts): Diagnosis => diagnose(withoutStaleReadings(facts, NOW), { now: NOW });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const noticeIds = (d: Diagnosis) => d.notices.map((n) => n.id);
const CONFIRMING = ['back_up_now', 'check_backup_date'];
const ROOM = [
  'delete_old_device_backups',
  'exclude_large_apps',
  'clean_message_attachments',
  'upgrade_plan',
  'app_own_backup',
];

const storage = (usedGb: number, totalGb: number, backupGb: number, at?: string): Facts => ({
  storageUsedBytes: Math.round(usedGb * GIB),
  storageTotalBytes: Math.round(totalGb * GIB),
  backupSizeBytes: Math.round(backupGb * GIB),
  ...(at && {
    sources: {
      storageUsedBytes: { source: 'icloud', at },
      storageTotalBytes: { source: 'icloud', at },
    },
  }),
});
const status = (appleBackupStatus: 'outage' | 'issue', source: string, at: string): Facts => ({
  appleBackupStatus,
  sources: { appleBackupStatus: { source, at } },
});

describe('a fix that worked, and a page read now shows a cause it cannot have removed', () => {
  const pluggedIn: Facts = {
    ...storage(48.5, 50, 6, '2026-06-01T11:30:00Z'),
    alertText: 'iCloud Storage Is Full',
    stepsTried: { plug_in_and_lock: 'fixed' },
    backupEnabled: true,
  };

  it('goes on making room after plugging in "fixed it" (48.5 of 50 GB, a 6 GB backup)', () => {
    const d = run(pluggedIn);
    expect(d.causes[0]!.id).toBe('storage_full');
    expect(ROOM).toContain(planIds(d)[0]);
    expect(planIds(d)).not.toContain('plug_in_and_lock');
    expect(noticeIds(d)).toContain('fix_not_held');
    expect(noticeIds(d)).not.toContain('step_fixed');
  });

  it('gives the fixed step no weight for its own cause then', () => {
    const d = run(pluggedIn);
    const power = d.causes.find((c) => c.id === 'power_or_lock')!;
    expect(power.evidence.map((e) => e.id)).not.toContain('plug_in_and_lock');
  });

  it('only confirms when the same numbers were typed by the user (maybe seen before the fix)', () => {
    const { sources: _, ...typed } = pluggedIn;
    const d = run(typed);
    expect(planIds(d).every((id) => CONFIRMING.includes(id))).toBe(true);
    expect(planIds(d).length).toBeGreaterThan(0);
    expect(noticeIds(d)).toContain('step_fixed');
  });

  it('only confirms when the reading is older than icloud.com readings stand for (8 days)', () => {
    const d = run({ ...pluggedIn, ...storage(48.5, 50, 6, '2026-05-24T11:00:00Z') });
    expect(planIds(d).every((id) => CONFIRMING.includes(id))).toBe(true);
    expect(noticeIds(d)).not.toContain('fix_not_held');
  });

  it('only confirms when the reading shows the backup fits', () => {
    const d = run({ ...pluggedIn, ...storage(30, 50, 6, '2026-06-01T11:30:00Z') });
    expect(planIds(d).every((id) => CONFIRMING.includes(id))).toBe(true);
  });

  it('waits for Apple when the status page, read minutes ago, shows an outage after Wi-Fi was fixed', () => {
    const d = run({
      ...status('outage', 'apple-status', '2026-06-01T11:50:00Z'),
      alertText: 'The last backup could not be completed.',
      stepsTried: { improve_wifi: 'fixed' },
      lastSuccessfulBackup: '2026-05-27',
    });
    expect(d.causes[0]!.id).toBe('apple_outage');
    expect(planIds(d)[0]).toBe('wait_for_apple');
    expect(noticeIds(d)).toContain('fix_not_held');
  });

  it("only confirms when the outage is the user's answer, or a reading three hours old", () => {
    const base: Facts = {
      alertText: 'The last backup could not be completed.',
      stepsTried: { improve_wifi: 'fixed' },
      lastSuccessfulBackup: '2026-05-27',
    };
    for (const reading of [
      status('outage', 'user', '2026-06-01T11:50:00Z'),
      status('outage', 'apple-status', '2026-06-01T09:00:00Z'),
    ]) {
      const d = run({ ...base, ...reading });
      expect(planIds(d)).toEqual(['back_up_now']);
      expect(d.causes[0]!.id).toBe('network');
    }
  });

  it('keeps confirming a storage fix the reading agrees with while the date is left to look at', () => {
    const d = run({
      ...storage(48, 50, 6, '2026-06-01T11:30:00Z'),
      stepsTried: { upgrade_plan: 'fixed' },
    });
    expect(planIds(d)).toEqual(['check_backup_date']);
  });

  // The popup keeps the alert pasted before the fix in the facts after "This fixed it"; since
  // round 24 the outcome's time and the alert's tell a new alert from that one.
  it('a typed alert days after a fix that worked (plug in, then "iCloud Storage Is Full") goes on', () => {
    const typed = (at: string): Facts => ({
      alertText: 'iCloud Storage Is Full',
      stepsTried: { plug_in_and_lock: 'fixed' },
      stepsTriedAt: { plug_in_and_lock: '2026-05-26T10:00:00Z' },
      sources: { alertText: { source: 'user', at } },
    });
    expect(noticeIds(run(typed('2026-06-01T11:00:00Z')))).toContain('fix_not_held');
    expect(planIds(run(typed('2026-05-25T10:00:00Z')))).toEqual(CONFIRMING);
  });
});

describe('"needs a Wi-Fi connection" with the Wi-Fi answered stable', () => {
  it('still offers another network in the first two steps (the device says Wi-Fi is missing)', () => {
    for (const alertText of [
      'iCloud Backup requires a Wi-Fi connection',
      'iCloud Yedekleme için Wi-Fi bağlantısı gerekiyor',
      'Для резервного копирования iCloud требуется подключение к Wi-Fi',
    ]) {
      const d = run({ alertText, wifi: 'stable' });
      expect(planIds(d).slice(0, 2), alertText).toContain('other_network');
      expect(d.causes[0]!.id).toBe('network');
    }
  });

  it('offers no other network for a generic failure on stable Wi-Fi', () => {
    const d = run({ alertText: 'iPhone Backup Failed', wifi: 'stable' });
    expect(planIds(d)).not.toContain('other_network');
  });
});
