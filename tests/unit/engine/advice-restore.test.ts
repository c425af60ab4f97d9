import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../../src/engine/diagnose.ts';

/**
 * A failing restore reads a backup that already exists. What holds back automatic backups (power,
 * the lock) or turns new ones off (the switch) does not stop it, so it is no likely cause of it.
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

  it('still counts them for a backup that fails', () => {
    expect(diagnose({ power: 'battery' }, { now }).causes[0]!.id).toBe('power_or_lock');
    expect(diagnose({ backupEnabled: false }, { now }).causes[0]!.id).toBe('backup_disabled');
  });
});
