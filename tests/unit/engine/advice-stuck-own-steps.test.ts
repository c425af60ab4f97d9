import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/**
 * A backup that stops part way, after its own steps (starting it again, restarting the device,
 * leaving apps out one by one) changed nothing on steady Wi-Fi and power. The guides blame such a
 * stop on "corrupted app data or a media file": the app hunt clears the apps, not a damaged photo
 * or system database, so damaged data stays the likeliest cause, and with the next guesses used
 * up, a copy on a computer comes before checks nothing points at.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts): Diagnosis => diagnose(facts, { now: NOW });
const firstTwo = (d: Diagnosis) => d.plan.slice(0, 2).map((p) => p.stepId);

const OWN_STEPS_FAILED = {
  restart_stuck_backup: 'no_change',
  restart_device: 'no_change',
  find_app_that_stops_backup: 'no_change',
} as const;
const STEADY = { wifi: 'stable', power: 'charging', deviceLocked: true } as const;

/** "Taking longer than expected", as iOS words it in five languages. */
const TAKING_LONGER = [
  'Backup is taking longer than expected',
  'Das Backup dauert länger als erwartet',
  'La sauvegarde prend plus de temps que prévu',
  'La copia de seguridad está tardando más de lo previsto',
  'Il backup richiede più tempo del previsto',
];

describe('a backup that stops part way after its own steps failed', () => {
  for (const alertText of TAKING_LONGER)
    for (const [deviceModel, iosVersion] of [
      ['iPhone 15', '26.1'],
      ['iPhone XR', '18.5'],
    ] as const) {
      it(`keeps damaged data first on ${deviceModel}, iOS ${iosVersion}: "${alertText}"`, () => {
        const d = run({
          symptom: 'stops_at_percent',
          alertText,
          ...STEADY,
          deviceModel,
          iosVersion,
          stepsTried: OWN_STEPS_FAILED,
        });
        expect(d.causes[0]!.id).toBe('corrupted_local_data');
        expect(firstTwo(d)).toContain('local_backup');
        for (const generic of [
          'check_storage',
          'check_wifi',
          'plug_in_and_lock',
          'exclude_large_apps',
        ])
          expect(firstTwo(d)).not.toContain(generic);
      });
    }

  it('counts the failed app hunt fully against an app’s data, in part against damaged data', () => {
    const d = run({ symptom: 'stops_at_percent', ...STEADY, stepsTried: OWN_STEPS_FAILED });
    const weight = (cause: string) =>
      d.causes
        .find((c) => c.id === cause)!
        .evidence.find((e) => e.id === 'find_app_that_stops_backup')!.weight;
    expect(weight('app_data_too_large')).toBeGreaterThan(weight('corrupted_local_data'));
  });
});

describe('a specific fix for the likeliest cause that changed nothing', () => {
  it('puts a computer copy before the next guess for that cause', () => {
    // Stuck at "estimating", the app hunt failed: leaving big apps out is the same guess again.
    const d = run({
      symptom: 'stuck_estimating',
      alertText: 'Het maken van een reservekopie duurt langer dan verwacht',
      ...STEADY,
      deviceModel: 'iPhone XR',
      iosVersion: '18.5',
      stepsTried: OWN_STEPS_FAILED,
    });
    // Nothing left speaks for any cause (the alert and the symptom are one report): a copy first.
    expect(d.plan[0]!.stepId).toBe('local_backup');
    expect(firstTwo(d)).not.toContain('check_storage');
  });

  it('still puts the next fix first when a measurement proves the cause', () => {
    // 5 GB full and a 2 GB next backup: clean-ups failed, room is still the fix (no copy first).
    const d = run({
      storageUsedBytes: 5_315_022_028,
      storageTotalBytes: 5_368_709_120,
      backupSizeBytes: 2_147_483_648,
      stepsTried: {
        delete_old_device_backups: 'no_change',
        clean_message_attachments: 'no_change',
        review_icloud_photos: 'no_change',
      },
    });
    expect(d.causes[0]!.id).toBe('storage_full');
    expect(['upgrade_plan', 'exclude_large_apps']).toContain(d.plan[0]!.stepId);
  });
});
