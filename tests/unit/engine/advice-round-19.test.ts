import { describe, expect, it } from 'vitest';
import { diagnose, GIB, type Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/**
 * What independent-18.json's probes found around a fix that worked: it still ends the search,
 * with the plan only confirming a backup completes, as earlier rounds decided (advice.test.ts
 * pins it for every fact it draws, which carry no page readings). Round 20 lets a page reading
 * that shows the problem still there go on with the search when nothing is left to confirm the
 * fix with (advice-round-20.test.ts); "could not be completed" on steady Wi-Fi stays an expected
 * failure.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts): Diagnosis => diagnose(facts, { now: NOW });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const icloud = (usedGb: number, totalGb: number, backupGb: number): Facts => ({
  storageUsedBytes: Math.round(usedGb * GIB),
  storageTotalBytes: Math.round(totalGb * GIB),
  backupSizeBytes: Math.round(backupGb * GIB),
  sources: {
    storageUsedBytes: { source: 'icloud', at: '2026-06-01T11:30:00Z' },
    storageTotalBytes: { source: 'icloud', at: '2026-06-01T11:30:00Z' },
  },
});
const ROOM = ['delete_old_device_backups', 'exclude_large_apps', 'clean_message_attachments'];

describe('a fix that worked, with the next backup measured too big to fit', () => {
  const grown: Facts = {
    ...icloud(48, 50, 6),
    alertText: 'Armazenamento do iCloud quase cheio',
    stepsTried: { upgrade_plan: 'fixed' },
    lastSuccessfulBackup: '2026-05-02',
  };

  // Its date known and Back Up Now ruled out by the reading, nothing is left to confirm with:
  // the reading shows the fix did not make room, so the search goes on (round 20).
  it('goes on making room instead of leaving an empty plan', () => {
    const d = run(grown);
    expect(d.plan.length).toBeGreaterThan(0);
    expect(ROOM).toContain(planIds(d)[0]);
    expect(planIds(d)).not.toContain('upgrade_plan');
    expect(d.causes[0]!.id).toBe('storage_full');
  });

  it('does so for a clean-up that worked too (2 GB backup, 0.3 GB free of 5 GB)', () => {
    const d = run({
      ...icloud(4.7, 5, 2),
      stepsTried: { delete_old_device_backups: 'fixed' },
      lastSuccessfulBackup: '2026-05-20',
    });
    expect(ROOM).toContain(planIds(d)[0]);
    expect(planIds(d)).not.toContain('delete_old_device_backups');
  });

  it("still only confirms while the backup's date is left to look at", () => {
    const { lastSuccessfulBackup: _, ...undated } = grown;
    expect(planIds(run(undated))).toEqual(['check_backup_date']);
  });

  it('still only confirms when the backup fits', () => {
    const d = run({ ...grown, ...icloud(30, 50, 6) });
    expect(planIds(d)).toEqual(['back_up_now']);
  });

  it('does not start a restore over once it worked', () => {
    const d = run({
      symptom: 'restore_fails',
      iosVersion: '26.1',
      stepsTried: { update_then_restore: 'fixed' },
      lastSuccessfulBackup: '2026-05-30',
    });
    expect(planIds(d)).toEqual([]);
  });
});

describe('left as they are (independent-18.json lists them)', () => {
  // The guides (000, 002) put Back Up Now and plugging in before another network; a lead for
  // Apple's order would put another network before updating iOS or before the copy that a backup
  // stopping after its own steps failed needs (devices.json, independent-14.json pin those).
  it.fails(
    '"could not be completed" on steady Wi-Fi, status green: another network first two',
    () => {
      const d = run({
        alertText: 'The last backup could not be completed',
        wifi: 'stable',
        appleBackupStatus: 'available',
      });
      expect(planIds(d).slice(0, 2)).toContain('other_network');
    },
  );

  // Told apart since round 24 by the times the popup stamps (advice-round-24.test.ts).
  it('a fix that worked and a new alert days later: the search goes on', () => {
    const d = run({
      alertText: 'iCloud Storage Is Full',
      stepsTried: { plug_in_and_lock: 'fixed' },
      stepsTriedAt: { plug_in_and_lock: '2026-05-26T10:00:00Z' },
      sources: { alertText: { source: 'user', at: '2026-06-01T11:00:00Z' } },
    });
    expect(planIds(d).some((id) => id !== 'back_up_now' && id !== 'check_backup_date')).toBe(true);
  });
});
