import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * A failing restore reads a backup that already exists. What holds back automatic backups (power,
 * the lock) or turns new ones off (the switch) does not stop it, so it is no likely cause of it,
 * however old the backup or whatever reminder says backups stopped.
 */

const now = new Date('2026-06-01T12:00:00Z');
const restore = { symptom: 'restore_fails' } as const;

describe('a failing restore', () => {
  it('is not blamed on what holds back automatic backups or turns new ones off', () => {
    for (const [fact, cause] of [
      [{ power: 'battery' }, 'power_or_lock'],
      [{ deviceLocked: false }, 'power_or_lock'],
      [{ backupEnabled: false }, 'backup_disabled'],
    ] as const) {
      const d = diagnose({ ...restore, ...fact } as Facts, { now });
      const score = d.causes.find((c) => c.id === cause)!.score;
      expect(score, JSON.stringify(fact)).toBeLessThan(0.3);
      expect(d.causes[0]!.id, JSON.stringify(fact)).not.toBe(cause);
    }
  });

  it('is not blamed on them when the backup is weeks old or a reminder says so', () => {
    for (const facts of [
      { alertText: "This iPhone hasn't been backed up in 5 weeks" },
      { alertText: 'Von diesem iPhone wurde seit 3 Wochen kein Backup erstellt' },
      { alertText: 'Il backup di questo iPhone non viene eseguito da 6 settimane' },
      { alertText: 'このiPhoneは3週間バックアップされていません' },
      { lastSuccessfulBackup: '2026-03-30' },
      { lastSuccessfulBackup: '2026-05-03', wifi: 'stable' },
      { alertText: 'iPhone Not Backed Up', deviceModel: 'iPhone 17' },
    ] as Facts[]) {
      const d = diagnose({ ...restore, ...facts }, { now });
      const top3 = d.causes.slice(0, 3).map((c) => c.id);
      const at = JSON.stringify(facts);
      expect(top3, at).not.toContain('power_or_lock');
      expect(top3, at).not.toContain('backup_disabled');
      expect(['ios_outdated', 'corrupted_backup'], at).toContain(d.causes[0]!.id);
      expect(
        d.plan.slice(0, 2).map((p) => p.stepId),
        at,
      ).not.toContain('plug_in_and_lock');
    }
  });

  it('still counts them for a backup that fails', () => {
    expect(diagnose({ power: 'battery' }, { now }).causes[0]!.id).toBe('power_or_lock');
    expect(diagnose({ backupEnabled: false }, { now }).causes[0]!.id).toBe('backup_disabled');
  });
});
