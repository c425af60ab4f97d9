import { describe, expect, it } from 'vitest';
import { diagnose, GIB, type Diagnosis } from '../../../src/engine/diagnose.ts';
import { deriveValues } from '../../../src/engine/derive.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/**
 * The classes of wrong advice found by independent-17.json's probes: a backup that hangs again
 * after being started over had no cause of its own, a copy made on a computer said nothing about
 * the device's data, and a Wi-Fi or status check came before the clean-ups of an iCloud proven
 * full. Also pinned: a nearly full iCloud with the next backup's size unknown is strong
 * evidence, not proof.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts): Diagnosis => diagnose(facts, { now: NOW });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const top = (d: Diagnosis, n = 1) => d.causes.slice(0, n).map((c) => c.id as string);
const evidenceIds = (d: Diagnosis, cause: string) =>
  d.causes.find((c) => c.id === cause)!.evidence.map((e) => e.id);
const status = (appleBackupStatus: Facts['appleBackupStatus']): Facts => ({
  appleBackupStatus,
  sources: { appleBackupStatus: { source: 'apple-status', at: '2026-06-01T11:50:00Z' } },
});

describe('a backup that hangs again after being started over', () => {
  const retries: Facts['stepsTried'][] = [
    { restart_stuck_backup: 'no_change' },
    { restart_stuck_backup: 'no_change', restart_device: 'no_change' },
    {
      restart_stuck_backup: 'no_change',
      restart_device: 'no_change',
      find_app_that_stops_backup: 'no_change',
    },
  ];
  for (const stepsTried of retries)
    it(`stuck estimating on steady Wi-Fi, ${Object.keys(stepsTried!).join(' + ')}: damaged data leads`, () => {
      const d = run({ symptom: 'stuck_estimating', wifi: 'stable', stepsTried });
      expect(top(d)).toEqual(['corrupted_local_data']);
      expect(evidenceIds(d, 'corrupted_local_data')).toContain('hang_outlasts_retry');
      expect(planIds(d).slice(0, 2)).not.toContain('restart_stuck_backup');
    });

  it('with its own steps all failed, keeps a copy first and never cleans up storage first', () => {
    const d = run({
      symptom: 'stuck_estimating',
      wifi: 'stable',
      power: 'charging',
      deviceLocked: true,
      iosVersion: '26.1',
      deviceModel: 'iPhone 14',
      stepsTried: retries[2],
    });
    expect(planIds(d)[0]).toBe('local_backup');
    expect(top(d, 3)).not.toContain('power_or_lock');
  });

  it('reads the "taking longer" alert as the same hang', () => {
    const d = run({
      alertText: 'Backup is taking longer than expected',
      wifi: 'stable',
      stepsTried: { restart_stuck_backup: 'no_change' },
    });
    expect(d.alert?.id).toBe('taking_long');
    expect(top(d)).toEqual(['corrupted_local_data']);
  });

  it('says nothing before a retry failed, or when only the app hunt did', () => {
    for (const stepsTried of [undefined, { find_app_that_stops_backup: 'no_change' as const }]) {
      const values = deriveValues({ symptom: 'stuck_estimating', stepsTried }, NOW);
      expect(values.hangOutlastsRetry).not.toBe(true);
    }
    // A retry with no hang reported is only a retry.
    expect(deriveValues({ stepsTried: { restart_device: 'no_change' } }, NOW)).not.toHaveProperty(
      'hangOutlastsRetry',
    );
  });

  it('says nothing while a proven cause explains the repeat (no room, Apple reports a problem)', () => {
    const noRoom: Facts = {
      symptom: 'stops_at_percent',
      storageUsedBytes: 49 * GIB,
      storageTotalBytes: 50 * GIB,
      backupSizeBytes: 6 * GIB,
      stepsTried: { restart_stuck_backup: 'no_change' },
    };
    expect(evidenceIds(run(noRoom), 'corrupted_local_data')).not.toContain('hang_outlasts_retry');
    expect(top(run(noRoom))).toEqual(['storage_full']);
    const outage = run({
      symptom: 'stuck_estimating',
      stepsTried: { restart_stuck_backup: 'no_change' },
      ...status('outage'),
    });
    expect(top(outage)).toEqual(['apple_outage']);
    expect(evidenceIds(outage, 'corrupted_local_data')).not.toContain('hang_outlasts_retry');
    const saidFull = run({
      symptom: 'stuck_estimating',
      storageStatus: 'full',
      stepsTried: { restart_stuck_backup: 'no_change' },
    });
    expect(top(saidFull)).toEqual(['storage_full']);
  });

  it('still lets unstable Wi-Fi or a hotspot lead the plan', () => {
    for (const wifi of ['unstable', 'hotspot'] as const) {
      const d = run({
        symptom: 'stuck_estimating',
        wifi,
        stepsTried: { restart_stuck_backup: 'no_change' },
      });
      expect(top(d)).toEqual(['network']);
      expect(planIds(d)[0]).toMatch(/^(improve_wifi|other_network)$/);
    }
  });
});

describe('a copy made on a computer', () => {
  const allRuledOut: Facts = {
    storageStatus: 'plenty',
    wifi: 'stable',
    power: 'charging',
    deviceLocked: true,
    iosVersion: '26.1',
    deviceModel: 'iPhone 15',
    backupEnabled: true,
    twoFactor: true,
    emailVerified: true,
    ...status('available'),
  };

  it('weighs as the answer "a computer backup works", and is no fix of iCloud', () => {
    const made = run({ symptom: 'zero_kb', stepsTried: { local_backup: 'fixed' } });
    const answered = run({ symptom: 'zero_kb', computerBackupFails: false });
    const scores = (x: Diagnosis) => Object.fromEntries(x.causes.map((c) => [c.id, c.score]));
    expect(scores(made)).toEqual(scores(answered));
    expect(evidenceIds(made, 'corrupted_local_data')).toContain('computer_backup_works_data');
    expect(made.causes.flatMap((c) => c.evidence).filter((e) => e.origin === 'step')).toEqual([]);
  });

  it('with every common cause ruled out, points at the iCloud backup and starts it over early', () => {
    const d = run({
      ...allRuledOut,
      stepsTried: { local_backup: 'fixed', restart_device: 'no_change', back_up_now: 'no_change' },
    });
    expect(top(d)).toEqual(['corrupted_backup']);
    const firstTwo = planIds(d).slice(0, 2);
    expect(firstTwo).toContain('delete_backup_and_start_over');
    expect(firstTwo).not.toContain('update_ios');
    expect(firstTwo).not.toContain('sign_out_in');
  });

  it('leaves damaged data on the device ahead while a computer backup fails too', () => {
    const d = run({ ...allRuledOut, computerBackupFails: true });
    expect(top(d, 2)).toContain('corrupted_local_data');
  });
});

describe('checks for other causes wait for the fixes of a proven full iCloud', () => {
  const CHECKS = ['check_wifi', 'check_system_status', 'check_backup_date'];
  const proven: [string, Facts][] = [
    ['stuck estimating, said full', { symptom: 'stuck_estimating', storageStatus: 'full' }],
    [
      'taking longer, said full',
      { alertText: 'Backup is taking longer than expected', storageStatus: 'full' },
    ],
    ['said full only', { storageStatus: 'full' }],
    [
      '49 of 50 GB with a 6 GB next backup',
      { storageUsedBytes: 49 * GIB, storageTotalBytes: 50 * GIB, backupSizeBytes: 6 * GIB },
    ],
  ];
  for (const [name, facts] of proven)
    it(name, () => {
      const plan = planIds(run(facts));
      const firstFix = plan.findIndex((id) =>
        [
          'delete_old_device_backups',
          'exclude_large_apps',
          'clean_message_attachments',
          'upgrade_plan',
        ].includes(id),
      );
      expect(firstFix).toBe(0);
      for (const check of CHECKS)
        if (plan.includes(check)) expect(plan.indexOf(check)).toBeGreaterThan(firstFix);
      // Still ahead of the resets.
      if (plan.includes('check_system_status'))
        expect(plan.indexOf('check_system_status')).toBeLessThan(
          plan.indexOf('reset_all_settings'),
        );
    });

  it('keeps a check Apple names for the alert in the lead', () => {
    const d = run({ alertText: 'iCloud Backup needs a Wi-Fi connection', storageStatus: 'full' });
    expect(planIds(d)[0]).toBe('check_wifi');
  });

  it('leaves the order alone when nothing is proven', () => {
    const d = run({ symptom: 'stuck_estimating', storageStatus: 'almost_full' });
    expect(planIds(d).slice(0, 3)).toContain('restart_stuck_backup');
  });
});

describe('a nearly full iCloud, the next backup size unknown', () => {
  const readings: [string, number, number][] = [
    ['49.9 of 50 GB', 49.9, 50],
    ['4.8 of 5 GB', 4.8, 5],
    ['199.5 of 200 GB', 199.5, 200],
  ];
  for (const [name, used, total] of readings) {
    const facts: Facts = {
      storageUsedBytes: Math.round(used * GIB),
      storageTotalBytes: total * GIB,
    };
    it(`${name}: strong evidence, checked before anything is deleted`, () => {
      const d = run(facts);
      expect(top(d)).toEqual(['storage_full']);
      expect(d.causes[0]!.score).toBeGreaterThanOrEqual(0.5);
      expect(evidenceIds(d, 'storage_full')).toContain('free_below_2gb');
      expect(planIds(d)[0]).toBe('check_storage');
      expect(planIds(d).slice(0, 2)).not.toContain('delete_old_device_backups');
    });
    it(`${name}: not proof, so a retry that changed nothing still counts`, () => {
      const d = run({ ...facts, stepsTried: { exclude_large_apps: 'no_change' } });
      expect(d.causes.find((c) => c.id === 'storage_full')!.score).toBeLessThan(
        run(facts).causes[0]!.score,
      );
    });
  }

  it('the reading beats an answer of "plenty"', () => {
    const d = run({
      storageUsedBytes: 49.9 * GIB,
      storageTotalBytes: 50 * GIB,
      storageStatus: 'plenty',
    });
    expect(top(d)).toEqual(['storage_full']);
  });
});
