import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis } from '../../../src/engine/diagnose.ts';
import { deriveValues } from '../../../src/engine/derive.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/**
 * The classes of wrong advice found by independent-16.json's probes: the same failure counted
 * twice (a symptom chosen and its alert pasted), retries counted against causes they cannot
 * clear, a storage answer outweighing a reading, a retry first while iCloud is proven full, a
 * cause with nothing for it keeping the computer copy back, and iOS 18 counted eight releases
 * behind iOS 26.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts): Diagnosis => diagnose(facts, { now: NOW });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
/** Net log-odds the evidence of one origin gives a cause. */
function net(d: Diagnosis, cause: string, origins: string[]): number {
  const evidence = d.causes.find((c) => c.id === cause)!.evidence;
  return evidence
    .filter((e) => origins.includes(e.origin))
    .reduce((sum, e) => sum + (e.direction === 'for' ? e.weight : -e.weight), 0);
}
const SEEN = ['symptom', 'alert'];

describe('a symptom and the alert that reports it count once', () => {
  const hanging: [string, string][] = [
    ['en', 'Estimating time remaining'],
    ['fr', 'Estimation du temps restant'],
    ['de', 'Das Backup dauert länger als erwartet'],
    ['zh', '备份所需时间比预期长'],
    ['ja', 'バックアップに予想以上に時間がかかっています'],
  ];
  for (const [lang, alertText] of hanging)
    it(`[${lang}] stuck estimating with "${alertText}": the network no more than the symptom alone`, () => {
      const alone = run({ symptom: 'stuck_estimating' });
      const both = run({ symptom: 'stuck_estimating', alertText });
      expect(both.alert?.id).toBe('taking_long');
      for (const cause of ['network', 'app_data_too_large'])
        expect(net(both, cause, SEEN)).toBeCloseTo(net(alone, cause, SEEN), 5);
    });

  it('still counts an alert in full for a cause the symptom does not name', () => {
    const d = run({ symptom: 'weeks_old', alertText: 'Not enough iCloud storage' });
    expect(net(d, 'storage_full', ['alert'])).toBeGreaterThanOrEqual(4);
  });

  it('counts the part of an alert beyond the symptom (stops part way, then "could not be completed")', () => {
    const alone = run({ symptom: 'stops_at_percent' });
    const both = run({
      symptom: 'stops_at_percent',
      alertText: 'The last backup could not be completed.',
    });
    const extra = net(both, 'network', SEEN) - net(alone, 'network', SEEN);
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(net(both, 'network', ['alert']) + 1);
    expect(net(both, 'network', ['alert'])).toBeLessThan(1.5);
  });
});

describe('a retry that changed nothing', () => {
  const retries = ['restart_stuck_backup', 'restart_device', 'back_up_now'] as const;
  for (const step of retries)
    it(`${step}: nothing against damaged data or an app's data, still against the network`, () => {
      const d = run({ symptom: 'stops_at_percent', stepsTried: { [step]: 'no_change' } });
      const against = (cause: string) =>
        d.causes
          .find((c) => c.id === cause)!
          .evidence.filter((e) => e.id === step && e.direction === 'against');
      expect(against('corrupted_local_data')).toEqual([]);
      expect(against('app_data_too_large')).toEqual([]);
      expect(against('network').length).toBe(1);
    });

  it('[zh] stops part way, restarts failed, iPhone 14 on iOS 18.5: the app hunt before the update', () => {
    const d = run({
      symptom: 'stops_at_percent',
      deviceModel: 'iPhone 14',
      iosVersion: '18.5',
      stepsTried: { restart_stuck_backup: 'no_change', restart_device: 'no_change' },
    });
    expect(d.causes[0]!.id).toBe('corrupted_local_data');
    const plan = planIds(d);
    expect(plan.indexOf('find_app_that_stops_backup')).toBeLessThan(plan.indexOf('update_ios'));
  });
});

describe('a storage reading beats the answer it contradicts', () => {
  it('[it] said plenty, 4.95 of 5 GB used: iCloud storage leads and is checked first', () => {
    const d = run({
      storageStatus: 'plenty',
      storageUsedBytes: 5_314_856_550,
      storageTotalBytes: 5_368_709_120,
      symptom: 'could_not_be_created',
    });
    expect(d.causes[0]!.id).toBe('storage_full');
    const ids = d.causes[0]!.evidence.map((e) => e.id);
    expect(ids).not.toContain('storage_said_plenty');
    expect(planIds(d)[0]).toBe('check_storage');
    expect(planIds(d)).toContain('exclude_large_apps');
  });

  it('[de] said full, 20 of 200 GB used: the answer proves nothing', () => {
    const d = run({
      storageStatus: 'full',
      storageUsedBytes: 20 * 2 ** 30,
      storageTotalBytes: 200 * 2 ** 30,
    });
    const storage = d.causes.find((c) => c.id === 'storage_full')!;
    expect(storage.evidence.map((e) => e.id)).not.toContain('storage_said_full');
    expect(storage.score).toBeLessThan(0.35);
  });

  it('still takes the answer while nothing was read', () => {
    const d = run({ storageStatus: 'full' });
    expect(d.causes[0]!.id).toBe('storage_full');
  });
});

describe('no retry first while iCloud is proven full', () => {
  const full: [string, Facts][] = [
    ['[es] stuck estimating, said full', { symptom: 'stuck_estimating', storageStatus: 'full' }],
    ['[en] stops part way, said full', { symptom: 'stops_at_percent', storageStatus: 'full' }],
    ['[fr] on battery, said full', { power: 'battery', storageStatus: 'full' }],
    [
      '[ja] hotspot, 50 of 50 GB used',
      { wifi: 'hotspot', storageUsedBytes: 53_687_091_200, storageTotalBytes: 53_687_091_200 },
    ],
  ];
  for (const [name, facts] of full)
    it(name, () => {
      const plan = planIds(run(facts));
      const firstClean = Math.min(
        ...['delete_old_device_backups', 'exclude_large_apps', 'upgrade_plan']
          .map((id) => plan.indexOf(id))
          .filter((i) => i >= 0),
      );
      for (const retry of ['restart_stuck_backup', 'back_up_now', 'restart_device']) {
        const at = plan.indexOf(retry);
        if (at >= 0) expect(at, retry).toBeGreaterThan(firstClean);
      }
    });

  it('keeps the retry right after waiting while Apple reports an outage (it ends by itself)', () => {
    const d = run({
      appleBackupStatus: 'outage',
      symptom: 'stops_at_percent',
      wifi: 'stable',
      sources: { appleBackupStatus: { source: 'apple-status', at: '2026-06-01T11:50:00Z' } },
    });
    expect(planIds(d).slice(0, 2)).toEqual(['wait_for_apple', 'restart_stuck_backup']);
  });
});

describe('a cause that leads on its prior alone', () => {
  it('[it] stuck estimating, own steps failed on steady Wi-Fi and current iOS: a copy first', () => {
    const d = run({
      symptom: 'stuck_estimating',
      wifi: 'stable',
      power: 'charging',
      deviceModel: 'iPhone 15',
      iosVersion: '26.1',
      stepsTried: {
        restart_stuck_backup: 'no_change',
        restart_device: 'no_change',
        find_app_that_stops_backup: 'no_change',
      },
    });
    expect(d.plan[0]!.stepId).toBe('local_backup');
  });

  it('keeps the gentle fix first when something speaks for the cause', () => {
    const d = run({
      alertText: 'iCloud Backup is unable to access your account',
      stepsTried: {
        restart_device: 'no_change',
        back_up_now: 'no_change',
        improve_wifi: 'no_change',
      },
    });
    expect(d.causes[0]!.id).toBe('account_auth');
    expect(d.plan[0]!.stepId).toBe('sign_in_again');
  });
});

describe('iOS releases counted as Apple shipped them', () => {
  const behind = (iosVersion: string, deviceModel?: string) =>
    deriveValues({ iosVersion, ...(deviceModel && { deviceModel }) }, NOW).iosMajorsBehind;
  it('iOS 18 is one release behind iOS 26, 17 two, 16 three', () => {
    expect([behind('18.6'), behind('17.2'), behind('16.7'), behind('26.1')]).toEqual([1, 2, 3, 0]);
  });
  it('counts against what the model can run', () => {
    expect(behind('17.5', 'iPhone XS')).toBe(1);
    expect(behind('18.5', 'iPhone 13')).toBe(1);
    expect(behind('15.8', 'iPhone 7')).toBe(0);
  });
  it('[de] iOS 18.7, model unknown: "older than", not "several versions older"', () => {
    const d = run({ iosVersion: '18.7' });
    const ids = d.causes.find((c) => c.id === 'ios_outdated')!.evidence.map((e) => e.id);
    expect(ids).toContain('ios_one_behind_current');
    expect(ids).not.toContain('ios_behind_current');
  });
});
