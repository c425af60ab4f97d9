import { describe, expect, it } from 'vitest';
import { GIB } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { numbers, planIds, run } from './advice-room.ts';

/**
 * Round 26c: once a clean-up that keeps the user's data makes the room by the numbers, the next
 * step is the manual backup that shows it now completes (guides 001 and 002 end their fixes with
 * Back Up Now), not another clean-up (independent-25c.json holds the corpus cases; these use other
 * figures and languages). Written before running; the engine was not changed (see the cases'
 * README), so the three that want Back Up Now second or after a fix stay expected failures.
 */

const categories = (gb: Record<string, number>): Facts => ({
  storageByCategory: Object.fromEntries(Object.entries(gb).map(([k, v]) => [k, v * GIB])),
});
const full = (alertText: string, used: number, total: number, backup: number, cats = {}) =>
  run({ ...numbers(used, total, backup), ...categories(cats), alertText });

describe('after a clean-up that makes the room', () => {
  // Not changed: older files (independent-7, -16, -21, -23) expect another fix or forbid Back Up Now second.
  it.fails(
    'old backups (7 GB) against a 3 GB backup with 0.3 GB free: delete them, then Back Up Now',
    () => {
      for (const alertText of [
        'Niet genoeg iCloud-opslag',
        'Pas assez d’espace de stockage iCloud',
        'iCloud 저장 공간이 부족합니다',
      ]) {
        const plan = planIds(full(alertText, 49.7, 50, 3, { backup: 7, photos: 35, docs: 7.7 }));
        expect(plan.slice(0, 2), alertText).toEqual(['delete_old_device_backups', 'back_up_now']);
      }
    },
  );

  // Not changed, as above: the same order would make 14 older corpus cases miss.
  it.fails(
    'attachments making exactly the room (1.6 + 0.4 GB for a 2 GB backup): then Back Up Now',
    () => {
      const plan = planIds(
        full('Espacio de iCloud insuficiente', 4.6, 5, 2, { messages: 1.6, photos: 2, docs: 1 }),
      );
      expect(plan.slice(0, 2)).toEqual(['clean_message_attachments', 'back_up_now']);
    },
  );

  it('old backups 0.1 GB short of the room (5.9 GB free after, 6 GB backup): no Back Up Now second', () => {
    const plan = planIds(
      full('Spazio iCloud insufficiente', 49.9, 50, 6, { backup: 5.8, photos: 40, docs: 4.1 }),
    );
    expect(plan[0]).not.toBe('delete_old_device_backups');
    expect(plan.slice(0, 2)).not.toContain('back_up_now');
  });

  it('only the bigger plan makes the room: Back Up Now is not offered before paying', () => {
    const plan = planIds(full('iCloud-Speicher voll', 4.9, 5, 4, { photos: 4.5, docs: 0.4 }));
    expect(plan[0]).toBe('upgrade_plan');
    expect(plan.slice(0, 2)).not.toContain('back_up_now');
  });

  // A reading that the backup does not fit rules Back Up Now out, after a fix too (round 19).
  it.fails('a clean-up marked fixed leaves seeing a backup complete, Back Up Now among it', () => {
    const d = run({
      ...numbers(199.5, 200, 9),
      ...categories({ backup: 20, photos: 150, docs: 29.5 }),
      alertText: 'iCloud 存储空间不足',
      stepsTried: { delete_old_device_backups: 'fixed' },
    });
    expect(planIds(d)).toContain('back_up_now');
  });
});
