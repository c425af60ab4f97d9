import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { deriveValues, deriveWithAnswer, provenByReading } from '../../../src/engine/derive.ts';
import { render } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { causeIds, evidenceOf, NOW, numbers, planIds, ROOM, run } from './advice-room.ts';

/**
 * Round 22: a backup that fills the free iCloud space to the last tenth of a GB beside the bare
 * "iPhone Backup Failed" (the guides' most common reason for it is no room); a step that another
 * planned step does as part of itself; the causes a page reading proves, worked out once.
 */

describe('a backup with no room to spare beside the bare "backup failed"', () => {
  const tight: [string, Facts][] = [
    ['38 GB in 38.01 GB free of 200 GB', numbers(161.99, 200, 38)],
    ['8 GB in exactly 8 GB free of 50 GB', numbers(42, 50, 8)],
    ['1.5 GB in 1.55 GB free of the free plan', numbers(3.45, 5, 1.5)],
  ];
  const failed = [
    'iPhone Backup Failed',
    'iPhone-Backup fehlgeschlagen',
    'Échec de la sauvegarde de l’iPhone',
    'iPhoneバックアップに失敗',
    'iPad 备份失败',
  ];
  for (const [name, facts] of tight) {
    for (const alertText of failed) {
      it(`${name}, "${alertText}": makes room first, never Back Up Now`, () => {
        const d = run({ ...facts, alertText });
        expect(d.causes[0]!.id).toBe('storage_full');
        expect(ROOM).toContain(planIds(d)[0]);
        expect(planIds(d).slice(0, 2)).not.toContain('back_up_now');
        expect(evidenceOf(d, 'storage_full')).toContain('backup_fills_room_on_failure');
        // Nobody said storage was short: the stronger evidence, and its sentence, are not used.
        expect(evidenceOf(d, 'storage_full')).not.toContain('backup_fills_room_said_short');
        expect(evidenceOf(d, 'storage_full')).not.toContain('backup_fits');
      });
    }
  }

  it('says what the numbers and the message show, not that storage was said to be short', () => {
    const d = run({ ...numbers(161.99, 200, 38), alertText: 'iPhone Backup Failed' });
    const e = d.causes[0]!.evidence.find((x) => x.id === 'backup_fills_room_on_failure')!;
    const en = render('en', e.text);
    expect(en).toMatch(/38 GB/);
    expect(en).not.toMatch(/said/);
  });

  it('keeps the fit beside a message whose likeliest cause is not storage', () => {
    for (const alertText of [
      'The last backup could not be completed.',
      'Backup is taking longer than expected',
    ]) {
      const d = run({ ...numbers(161.99, 200, 38), alertText });
      expect(causeIds(d).slice(0, 3), alertText).not.toContain('storage_full');
      expect(evidenceOf(d, 'storage_full'), alertText).toContain('backup_fits');
    }
  });

  it('keeps the fit when there is room to spare (38 GB in 40 GB free)', () => {
    const d = run({ ...numbers(160, 200, 38), alertText: 'iPhone Backup Failed' });
    expect(d.causes[0]!.id).not.toBe('storage_full');
    expect(evidenceOf(d, 'storage_full')).toContain('backup_fits');
  });

  it('counts iOS\'s storage message or a "full" as said, not as a bare failure', () => {
    const withMessage = run({
      ...numbers(161.99, 200, 38),
      alertText: 'iPhone Backup Failed. Not enough iCloud storage.',
    });
    expect(evidenceOf(withMessage, 'storage_full')).toContain('backup_fills_room_said_short');
    expect(evidenceOf(withMessage, 'storage_full')).not.toContain('backup_fills_room_on_failure');
    const saidFull = run({
      ...numbers(161.99, 200, 38),
      alertText: 'iPhone Backup Failed',
      storageStatus: 'full',
    });
    expect(evidenceOf(saidFull, 'storage_full')).toContain('backup_fills_room_said_short');
    expect(evidenceOf(saidFull, 'storage_full')).not.toContain('backup_fills_room_on_failure');
  });

  it('derives the answer "full" alone as deriving everything does', () => {
    const facts = numbers(161.99, 200, 38);
    const alert = matchAlert('iPhone Backup Failed');
    const values = deriveValues(facts, NOW, alert);
    expect(values.fillsRoomOnFailure).toBe(true);
    for (const answer of ['full', 'almost_full', 'plenty', undefined]) {
      const { hypo, hypoValues } = deriveWithAnswer(
        facts,
        values,
        'storageStatus',
        answer,
        NOW,
        alert,
      );
      const full = deriveValues(hypo, NOW, alert);
      expect(hypoValues.fillsRoomOnFailure, String(answer)).toBe(full.fillsRoomOnFailure);
      expect(hypoValues.backupFits, String(answer)).toBe(full.backupFits);
    }
  });
});

describe('a step another planned step does as part of itself', () => {
  const stuck: Facts[] = [
    { symptom: 'stuck_estimating', storageStatus: 'almost_full' },
    {
      symptom: 'stuck_estimating',
      storageStatus: 'almost_full',
      alertText: 'La copia de seguridad está tardando más de lo esperado',
    },
    { symptom: 'stops_at_percent' },
    { alertText: 'Backup is taking longer than expected' },
  ];
  for (const facts of stuck) {
    it(`does not follow it straight away (${JSON.stringify(facts)})`, () => {
      const ids = planIds(run(facts));
      const restart = ids.indexOf('restart_stuck_backup');
      expect(restart).toBeGreaterThanOrEqual(0);
      expect(ids[restart + 1]).not.toBe('back_up_now');
      // Still offered: restarting may not be done, and Back Up Now is in every plan it can be.
      expect(ids).toContain('back_up_now');
    });
  }

  it('a declined restart leaves Back Up Now where it was', () => {
    const ids = planIds(
      run({ symptom: 'stuck_estimating', stepsTried: { restart_stuck_backup: 'skipped' } }),
    );
    expect(ids.indexOf('back_up_now')).toBeLessThan(ids.indexOf('restart_stuck_backup'));
  });
});

describe('the causes a page reading proves', () => {
  it('are worked out once for one diagnosis', () => {
    const facts: Facts = {
      ...numbers(49.5, 50, 6),
      stepsTried: { plug_in_and_lock: 'fixed' },
    };
    const values = deriveValues(facts, NOW);
    const first = provenByReading(facts, values);
    expect([...first]).toEqual(['storage_full']);
    expect(provenByReading(facts, values)).toBe(first);
    // Other values (another diagnosis, a trial answer) are worked out for themselves.
    const other = deriveValues({ ...facts, ...numbers(10, 50, 6) }, NOW);
    expect([...provenByReading(facts, other)]).toEqual([]);
  });
});
