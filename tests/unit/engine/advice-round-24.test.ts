import { describe, expect, it } from 'vitest';
import { GIB } from '../../../src/engine/diagnose.ts';
import { numbers, planIds, run } from './advice-room.ts';

/**
 * Round 24: situations `independent-23.json` covers (two devices on one account, a plan a family
 * organiser or a country change left too small, "not sure" to everything, Wi-Fi Assist, an iPad
 * on its last iPadOS), pinned by rule, and the two classes of its misses left as they are.
 */

describe('round 24 cases', () => {
  it('a family plan the organiser stopped paying (120 GB on the free 5 GB): a plan first, nothing deleted in the first two', () => {
    const d = run({ ...numbers(120, 5, 0), alertText: 'iCloud Storage Is Full' });
    expect(planIds(d)[0]).toBe('upgrade_plan');
    expect(planIds(d).slice(0, 2)).not.toContain('delete_old_device_backups');
    expect(planIds(d).slice(0, 2)).not.toContain('review_icloud_photos');
  });

  it('a 6 GB backup on the 5 GB plan a country change left: the plan or leaving apps out first', () => {
    const d = run({ ...numbers(4.9, 5, 6), alertText: 'iPhone Backup Failed' });
    expect(['upgrade_plan', 'exclude_large_apps']).toContain(planIds(d)[0]);
    expect(planIds(d).slice(0, 2)).not.toContain('delete_old_device_backups');
  });

  it('"not sure" to every question: nothing disruptive and no waiting in the first two', () => {
    const d = run({
      alertText: 'iPhone 备份失败',
      unsure: [
        'wifi',
        'power',
        'storageStatus',
        'backupEnabled',
        'iosVersion',
        'appleBackupStatus',
      ],
    });
    for (const id of planIds(d).slice(0, 2))
      expect(d.plan.find((p) => p.stepId === id)!.disruption).not.toBe('high');
    expect(planIds(d).slice(0, 2)).not.toContain('wait_for_apple');
  });

  it('Wi-Fi Assist on an iPhone 11 (no 5G): a steadier network, never backup over cellular', () => {
    const d = run({
      alertText: 'iCloud Backup needs a Wi-Fi connection',
      wifi: 'unstable',
      deviceModel: 'iPhone 11',
      iosVersion: '26.1',
    });
    expect(planIds(d).slice(0, 2)).toEqual(expect.arrayContaining(['improve_wifi']));
    expect(planIds(d)).not.toContain('back_up_over_cellular');
  });

  it('an iPad on its last iPadOS beside a working iPhone: no update offered, storage not the cause', () => {
    const d = run({
      ...numbers(120, 200, 4),
      alertText: 'iPad Backup Failed',
      deviceModel: 'iPad (6th generation)',
      iosVersion: '17.7.10',
      wifi: 'stable',
    });
    expect(planIds(d)).not.toContain('update_ios');
    expect(d.causes.slice(0, 3).map((c) => c.id)).not.toContain('storage_full');
  });

  // Guide 003 frees "unnecessary data" before buying; deleting photos (gone on every device)
  // second, before the $0.99 plan, is what earlier files pin (advice-classes.json, independent-8
  // and -9 put it in the first two); putting the plan first moved 3 cases better and 4 worse.
  it.fails('a 28 GB backup in 20 GB free, photos 22 GB: the plan before deleting photos', () => {
    const d = run({
      ...numbers(30, 50, 28),
      storageByCategory: { photos: 22 * GIB, backup: 6 * GIB, messages: 2 * GIB },
      alertText: 'Not enough iCloud storage',
    });
    expect(planIds(d).slice(0, 2)).not.toContain('review_icloud_photos');
  });

  // A VPN profile with the switch on counts against itself (it is not keeping the switch off),
  // and another network for "could not be completed" on steady Wi-Fi moved seven older cases
  // worse (independent-18.json).
  it.fails('a VPN profile, steady Wi-Fi, "could not be completed": the network first two', () => {
    const d = run({
      alertText: 'The last backup could not be completed.',
      profileOrRestrictions: true,
      backupEnabled: true,
      wifi: 'stable',
    });
    expect(planIds(d).slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/other_network|remove_profile_or_restrictions/),
      ]),
    );
  });
});

// Built and measured this round (the popup stamping each outcome and the message with their
// times, the engine going on past a fix the user described a failure after), then taken out:
// with outcome times in the facts, tests/unit/ui/flow-windows-at-once.test.ts loses a step ticked
// in one of two windows saving at once, and the cause was not found in the round.
it.todo(
  'a fix that worked, then a message typed days later: needs outcome times the two-window merge keeps',
);
