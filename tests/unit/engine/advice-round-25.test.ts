import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { causeIds, numbers, planIds, run } from './advice-room.ts';

/**
 * Round 25 (`cases/independent-24.json`): situations the earlier files cover thinly, probed with
 * explicit facts so each test names the behaviour it pins.
 */

const DISRUPTIVE = [
  'reset_all_settings',
  'sign_out_in',
  'delete_backup_and_start_over',
  'recovery_lab',
  'reset_network_settings',
];
const CLEAN_UPS = [
  'delete_old_device_backups',
  'review_icloud_photos',
  'clean_message_attachments',
  'upgrade_plan',
  'app_own_backup',
];
const firstTwo = (d: Diagnosis) => planIds(d).slice(0, 2);
const noneOf = (d: Diagnosis, steps: string[]) =>
  expect(firstTwo(d).filter((id) => steps.includes(id))).toEqual([]);

describe('leaving big apps out of a backup that fits but is several basic backups big', () => {
  // Guide 000: a backup's time depends on how much data it sends; a first backup of 120 GB on
  // a 200 GB plan fits, yet only leaving big apps out shrinks what must upload in one go.
  it('is offered for a 120 GB next backup that fits, and is the only fix for the top cause', () => {
    const d = run({ ...numbers(40, 200, 120), wifi: 'stable', power: 'charging' });
    expect(d.causes[0]!.id).toBe('app_data_too_large');
    expect(planIds(d)).toContain('exclude_large_apps');
  });

  it('is not offered for a 4 GB next backup that fits', () => {
    const d = run({ ...numbers(20, 50, 4), wifi: 'stable', power: 'charging' });
    expect(planIds(d)).not.toContain('exclude_large_apps');
  });

  it('is not offered for a 10 GB backup that fits, even with an app said to keep much offline', () => {
    const d = run({ ...numbers(20, 50, 10), largeOfflineAppData: true });
    expect(planIds(d)).not.toContain('exclude_large_apps');
  });

  it("leads where a video app's 60 GB of downloads make a 70 GB backup that stops part way", () => {
    const d = run({
      ...numbers(100, 200, 70),
      symptom: 'stops_at_percent',
      largeOfflineAppData: true,
    });
    expect(planIds(d)[0]).toBe('exclude_large_apps');
  });
});

describe('situations the guides settle, several languages', () => {
  it("the device's own storage full beside room in iCloud: the device first, no iCloud clean-up", () => {
    for (const alertText of [
      'iPhone Storage Full. You can manage your storage in Settings.',
      'iPhone-Speicher voll. Du kannst deinen Speicher in den Einstellungen verwalten.',
      'Almacenamiento del iPhone lleno. Puedes gestionar el almacenamiento en Ajustes.',
      'iPhoneのストレージがいっぱいです。ストレージは“設定”で管理できます。',
    ]) {
      const d = run({ ...numbers(12, 200, 3), alertText, wifi: 'stable', power: 'charging' });
      expect(d.causes[0]!.id, alertText).toBe('device_storage_low');
      expect(firstTwo(d), alertText).toEqual(
        expect.arrayContaining([expect.stringMatching(/free_device_space|offload_unused_apps/)]),
      );
      expect(causeIds(d).slice(0, 3), alertText).not.toContain('storage_full');
      noneOf(d, [...CLEAN_UPS, 'exclude_large_apps']);
    }
  });

  it('no Wi-Fi on a 5G iPhone backs up over cellular first; on an iPhone 11, never', () => {
    const fiveG = run({ wifi: 'none', deviceModel: 'iPhone 15 Pro', iosVersion: '26.1' });
    expect(planIds(fiveG)[0]).toBe('back_up_over_cellular');
    const noFiveG = run({ wifi: 'none', deviceModel: 'iPhone 11', iosVersion: '26.1' });
    expect(planIds(noFiveG)[0]).toBe('other_network');
    expect(planIds(noFiveG)).not.toContain('back_up_over_cellular');
  });

  it('on battery with weeks without a backup (Low Power Mode, charged in the car): plug in first', () => {
    for (const alertText of [
      "This iPhone hasn't been backed up in 3 weeks.",
      "Cet iPhone n'a pas été sauvegardé depuis 3 semaines.",
      'このiPhoneは3週間バックアップされていません。',
    ]) {
      const d = run({ alertText, power: 'battery', wifi: 'stable' });
      expect(d.causes[0]!.id, alertText).toBe('power_or_lock');
      expect(planIds(d)[0], alertText).toBe('plug_in_and_lock');
      noneOf(d, [...DISRUPTIVE, ...CLEAN_UPS]);
    }
  });

  it('a switch kept off by Screen Time or a school profile: the switch and the profile first two', () => {
    const d = run({ backupEnabled: false, profileOrRestrictions: true });
    expect(firstTwo(d).sort()).toEqual(['remove_profile_or_restrictions', 'turn_on_backup']);
    expect(causeIds(d).slice(0, 2).sort()).toEqual(['backup_disabled', 'restrictions_or_profile']);
  });

  it('the switch off since last autumn, the last backup past 180 days: turn it on first', () => {
    const d = run({ backupEnabled: false, lastSuccessfulBackup: '2025-10-05' });
    expect(d.causes[0]!.id).toBe('backup_disabled');
    expect(planIds(d)[0]).toBe('turn_on_backup');
    noneOf(d, [...DISRUPTIVE, ...CLEAN_UPS, 'restore_other_backup']);
  });

  it('a developer beta with everything else fine: leaving the beta in the first two', () => {
    const d = run({
      alertText: 'iPhone Backup Failed',
      iosBeta: true,
      iosVersion: '26.2',
      deviceModel: 'iPhone 16',
      wifi: 'stable',
      power: 'charging',
      storageStatus: 'plenty',
    });
    expect(d.causes[0]!.id).toBe('ios_beta');
    expect(firstTwo(d)).toContain('leave_beta');
    noneOf(d, [...DISRUPTIVE, ...CLEAN_UPS]);
  });

  it('a new phone whose free 5 GB holds the old phone backup: deleting that backup first', () => {
    const d = run({
      ...numbers(4.6, 5, 3.2),
      storageByCategory: { backup: 3.6 * 2 ** 30, photos: 0.6 * 2 ** 30, mail: 0.4 * 2 ** 30 },
      alertText: 'Not Enough Storage',
      deviceModel: 'iPhone 16',
      iosVersion: '26.1',
    });
    expect(planIds(d)[0]).toBe('delete_old_device_backups');
  });

  it('"unable to access your account" with a second account for purchases: sign in again first', () => {
    const d = run({
      alertText: 'iCloud Backup is unable to access your account.',
      wifi: 'stable',
    });
    expect(d.causes[0]!.id).toBe('account_auth');
    expect(planIds(d)[0]).toBe('sign_in_again');
    noneOf(d, [...DISRUPTIVE, ...CLEAN_UPS]);
  });

  it('"not sure" to every question with the bare failure: checks first, nothing disruptive', () => {
    const unsure: Facts['unsure'] = [
      'wifi',
      'power',
      'storageStatus',
      'iosVersion',
      'backupEnabled',
      'twoFactor',
    ];
    for (const alertText of ['iPhone Backup Failed', 'iPhone-Backup fehlgeschlagen']) {
      const d = run({ alertText, unsure });
      expect(d.causes[0]!.id, alertText).toBe('storage_full');
      expect(planIds(d)[0], alertText).toBe('check_storage');
      noneOf(d, [...DISRUPTIVE, ...CLEAN_UPS]);
    }
  });
});

describe('the likeliest cause, with evidence for it, gets its gentlest fix first', () => {
  // A medium fix's disruption penalty (0.3) outweighed a cause at 0.22, so steps that answer no
  // cause in play (Apple's status, Back Up Now: in every plan) came first.
  it('a first 120 GB backup running for two days: leaving big apps out first', () => {
    const d = run({ ...numbers(40, 200, 120), wifi: 'stable', power: 'charging' });
    expect(planIds(d)[0]).toBe('exclude_large_apps');
  });

  it('an iPhone 8 on 16.5 with everything else fine: the copy and the update first two', () => {
    const d = run({
      deviceModel: 'iPhone 8',
      iosVersion: '16.5',
      alertText: 'iPhoneバックアップに失敗',
      wifi: 'stable',
      storageStatus: 'plenty',
      power: 'charging',
      deviceLocked: true,
    });
    expect(d.causes[0]!.id).toBe('ios_outdated');
    expect(firstTwo(d)).toEqual(['local_backup', 'update_ios']);
  });

  it('not while the likeliest cause rests on its prior alone: the status page stays first', () => {
    const d = run({
      ...numbers(20, 50, 3),
      alertText: 'iPhone Backup Failed',
      wifi: 'stable',
      power: 'charging',
      stepsTried: { exclude_large_apps: 'no_change' },
    });
    expect(planIds(d)[0]).toBe('check_system_status');
  });

  // Guide 003 looks at Apple's status before significant measures: a reset, even one a computer
  // copy made safe, is no gentle fix.
  it('never lifts a reset: deleting the backup stays after the status page', () => {
    const d = run({
      symptom: 'no_backup_date',
      backupEnabled: true,
      stepsTried: { local_backup: 'fixed' },
    });
    expect(d.causes[0]!.id).toBe('corrupted_backup');
    const plan = planIds(d);
    expect(plan.indexOf('check_system_status')).toBeLessThan(
      plan.indexOf('delete_backup_and_start_over'),
    );
  });
});

describe('left open this round', () => {
  // "Since I installed a VPN app" is free text the engine does not read; the answers alone (a
  // profile, the switch on) leave the profile at 0.19 behind storage at its prior.
  it.fails('a VPN app installed before the failures, switch on: the profile leads', () => {
    const d = run({
      alertText: 'iPhone Backup Failed',
      profileOrRestrictions: true,
      backupEnabled: true,
      wifi: 'stable',
      power: 'charging',
    });
    expect(d.causes[0]!.id).toBe('restrictions_or_profile');
  });
});
