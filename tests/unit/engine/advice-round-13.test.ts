import { describe, expect, it } from 'vitest';
import { diagnose, GIB, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * Three classes of wrong advice found by the thirteenth round of independent cases
 * (cases/independent-13.json): old backups filling the free plan put the bigger plan first;
 * an unknown error with two-factor off let an old iOS lead on versions below 16.3; a backup that
 * stops at a percentage kept a full iCloud among the likely causes once its own steps failed.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const plan = (facts: Facts) => run(facts).plan.map((p) => p.stepId);
const top = (facts: Facts, n = 1) =>
  run(facts)
    .causes.slice(0, n)
    .map((c) => c.id);
const FREE = 5 * GIB;

describe('old backups filling the free 5 GB plan', () => {
  const full = (storageByCategory: Facts['storageByCategory'], more: Facts = {}): Facts => ({
    storageUsedBytes: FREE,
    storageTotalBytes: FREE,
    storageByCategory,
    ...more,
  });

  it('deletes them before buying a bigger plan, the next backup size unknown', () => {
    for (const [alertText, backup] of [
      ['Not enough iCloud storage', 4.5],
      ['Stockage iCloud saturé', 4],
      ['Za mało miejsca w iCloud', 3.2],
      ['iCloud储存空间已满', 3.5],
      ['iCloudストレージがいっぱいです', 2.8],
    ] as const) {
      const facts = full(
        { backup: backup * GIB, photos: (4.9 - backup) * GIB, docs: 0.1 * GIB },
        { alertText },
      );
      expect(plan(facts)[0], alertText).toBe('delete_old_device_backups');
    }
    // Apple still working the size out ("0 KB") is a size not known either.
    expect(plan(full({ backup: 4 * GIB, photos: 1 * GIB }, { backupSizeBytes: 0 }))[0]).toBe(
      'delete_old_device_backups',
    );
  });

  it('keeps the bigger plan first where old backups are too small or photos fill it', () => {
    // Emptying 0.5 GB of backups leaves less free than the guides count as enough.
    const small = plan(full({ photos: 4.4 * GIB, backup: 0.5 * GIB, docs: 0.1 * GIB }));
    expect(small[0]).toBe('upgrade_plan');
    // Deleting photos never leads, so photos that could make room put no clean-up first.
    const photos = plan(full({ photos: 4.8 * GIB, messages: 0.2 * GIB }));
    expect(photos[0]).toBe('upgrade_plan');
  });

  it('on bigger plans still wants room for a basic backup after deleting', () => {
    const fifty = (backup: number) =>
      plan({
        storageUsedBytes: 50 * GIB,
        storageTotalBytes: 50 * GIB,
        storageByCategory: { backup: backup * GIB, photos: (50 - backup) * GIB },
      });
    expect(fifty(3).slice(0, 2)).not.toContain('delete_old_device_backups');
    expect(fifty(12)[0]).toBe('delete_old_device_backups');
  });
});

describe('an unknown error with two-factor off on iOS below 16.3', () => {
  const probes: [string, string, string][] = [
    ['iPhone 7', '14.8', 'Si è verificato un errore sconosciuto'],
    ['iPhone X', '14.2', "Une erreur inconnue s'est produite"],
    ['iPhone 8', '13.7', 'Ein unbekannter Fehler ist aufgetreten'],
    ['iPhone 11', '15.4', '不明なエラーが発生しました'],
  ];

  it('puts the account first even with the email verified, and two-factor in the first two', () => {
    for (const [deviceModel, iosVersion, alertText] of probes) {
      const facts: Facts = {
        deviceModel,
        iosVersion,
        alertText,
        twoFactor: false,
        emailVerified: true,
      };
      expect(top(facts), `${deviceModel} ${iosVersion}`).toEqual(['account_auth']);
      expect(plan(facts).slice(0, 2)).toContain('turn_on_two_factor');
      expect(top(facts, 3)).toContain('ios_outdated');
    }
  });

  it('says why, and adds nothing with two-factor on or without the unknown error', () => {
    const evidence = (facts: Facts) =>
      run(facts).causes.flatMap((c) => c.evidence.map((e) => e.id));
    const base: Facts = { deviceModel: 'iPhone 7', iosVersion: '14.8', twoFactor: false };
    expect(evidence({ ...base, alertText: 'An unknown error occurred' })).toContain(
      'unknown_error_no_2fa_older_ios',
    );
    expect(
      evidence({ ...base, alertText: 'An unknown error occurred', twoFactor: true }),
    ).not.toContain('unknown_error_no_2fa_older_ios');
    expect(evidence({ ...base, alertText: 'iCloud Storage Is Full' })).not.toContain(
      'unknown_error_no_2fa_older_ios',
    );
    // From 16.3 on the reports' own rule counts; this one does not count twice.
    expect(
      evidence({ ...base, iosVersion: '16.5', alertText: 'An unknown error occurred' }),
    ).not.toContain('unknown_error_no_2fa_older_ios');
  });
});

describe('a backup that stops at a percentage', () => {
  it('puts damaged data first, not a full iCloud, and no storage check in the first two', () => {
    for (const stepsTried of [
      { restart_device: 'no_change', restart_stuck_backup: 'no_change' },
      { restart_device: 'no_change', restart_stuck_backup: 'no_change', back_up_now: 'no_change' },
      {
        restart_device: 'no_change',
        restart_stuck_backup: 'no_change',
        find_app_that_stops_backup: 'no_change',
      },
    ] as Facts['stepsTried'][]) {
      const facts: Facts = { symptom: 'stops_at_percent', iosVersion: '26.2', stepsTried };
      // A full iCloud stops a backup with its own message before it starts.
      expect(top(facts, 2), JSON.stringify(stepsTried)).not.toContain('storage_full');
      expect(top(facts, 3)).toContain('corrupted_local_data');
      expect(plan(facts).slice(0, 2)).not.toContain('check_storage');
    }
  });

  it('still leads with a full iCloud the numbers show', () => {
    const facts: Facts = {
      symptom: 'stops_at_percent',
      storageUsedBytes: 49 * GIB,
      storageTotalBytes: 50 * GIB,
      backupSizeBytes: 6 * GIB,
      stepsTried: { restart_stuck_backup: 'no_change' },
    };
    expect(top(facts)).toEqual(['storage_full']);
  });
});
