import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { deriveValues, deriveWithAnswer } from '../../../src/engine/derive.ts';
import type { Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';
import { causeIds, evidenceOf, NOW, numbers, planIds, ROOM, run } from './advice-room.ts';

/**
 * Round 21: a backup that fills the free iCloud space to the last tenth of a GB, beside iOS's
 * own storage message or the user's "full"; and "full" answered beside numbers that show room,
 * read from icloud.com or typed by the user.
 */

describe('a backup with no room to spare beside a storage message', () => {
  const tight: [string, Facts][] = [
    ['38 GB in exactly 38 GB free', numbers(162, 200, 38)],
    ['8 GB in exactly 8 GB free', numbers(42, 50, 8)],
    ['2 GB in 2.05 GB free of the free plan', numbers(2.95, 5, 2)],
  ];
  const messages = [
    'Nicht genügend iCloud-Speicher',
    'iCloudストレージが不足しています',
    'This iPhone cannot be backed up because there is not enough iCloud storage available.',
    'Votre stockage iCloud est presque plein',
  ];

  for (const [name, facts] of tight) {
    for (const alertText of messages) {
      it(`${name}, "${alertText}": makes room first, never Back Up Now`, () => {
        const d = run({ ...facts, alertText });
        expect(d.causes[0]!.id).toBe('storage_full');
        expect(ROOM).toContain(planIds(d)[0]);
        expect(planIds(d).slice(0, 2)).not.toContain('back_up_now');
        expect(evidenceOf(d, 'storage_full')).toContain('backup_fills_room_said_short');
        expect(evidenceOf(d, 'storage_full')).not.toContain('backup_fits');
      });
    }
  }

  it('counts the user\'s "full" like the message', () => {
    const d = run({ ...numbers(162, 200, 38), storageStatus: 'full' });
    expect(d.causes[0]!.id).toBe('storage_full');
    expect(ROOM).toContain(planIds(d)[0]);
  });

  it('still counts a fit with no message and nothing said (0.2 GB in 0.2 GB free)', () => {
    const d = run(numbers(4.8, 5, 0.2));
    expect(causeIds(d).slice(0, 3)).not.toContain('storage_full');
    expect(evidenceOf(d, 'storage_full')).toContain('backup_fits');
  });

  it('lets a fit with room to spare outweigh the message (38 GB in 40 GB free)', () => {
    const d = run({ ...numbers(160, 200, 38), alertText: 'Nicht genügend iCloud-Speicher' });
    expect(d.causes[0]!.id).not.toBe('storage_full');
    expect(evidenceOf(d, 'storage_full')).toContain('backup_fits');
  });

  it('reads a backup larger than the room as not fitting, with the plain evidence', () => {
    const d = run({ ...numbers(162.05, 200, 38), alertText: 'iPhone Backup Failed' });
    expect(d.causes[0]!.id).toBe('storage_full');
    expect(evidenceOf(d, 'storage_full')).toContain('backup_does_not_fit');
  });

  it('derives the answer "full" alone as deriving everything does', () => {
    const facts = numbers(162, 200, 38);
    const values = deriveValues(facts, NOW);
    for (const answer of ['full', 'almost_full', 'plenty', undefined]) {
      const { hypo, hypoValues } = deriveWithAnswer(facts, values, 'storageStatus', answer, NOW);
      expect(hypoValues.backupFits, String(answer)).toBe(deriveValues(hypo, NOW).backupFits);
    }
    const alert = matchAlert('Not enough iCloud storage');
    const said = deriveValues(facts, NOW, alert);
    expect(said.backupFits).toBe(false);
    const { hypoValues } = deriveWithAnswer(facts, said, 'storageStatus', 'plenty', NOW, alert);
    expect(hypoValues.backupFits).toBe(false);
  });
});

describe('"full" answered beside numbers that show room', () => {
  const roomy: [string, Facts][] = [
    ['20 of 200 GB, a 5 GB backup', numbers(20, 200, 5)],
    ['10 of 50 GB, a 3 GB backup', numbers(10, 50, 3)],
    ['1 of 5 GB, a 1.2 GB backup', numbers(1, 5, 1.2)],
  ];
  for (const [name, facts] of roomy) {
    it(`read from icloud.com (${name}): the reading wins, the device's storage does not lead`, () => {
      const d = run({
        ...facts,
        storageStatus: 'full',
        wifi: 'stable',
        alertText: 'The last backup could not be completed.',
      });
      expect(d.causes[0]!.id).not.toBe('device_storage_low');
      expect(causeIds(d).slice(0, 3)).not.toContain('storage_full');
      expect(evidenceOf(d, 'device_storage_low')).toContain('said_full_but_icloud_read_has_room');
      expect(planIds(d).slice(0, 2)).not.toContain('upgrade_plan');
    });
  }

  it('typed by the user beside their own "full": the device\'s storage weighs more', () => {
    const read = run({ ...numbers(20, 200, 5), storageStatus: 'full' });
    const typed = run({ ...numbers(20, 200, 5, 'user'), storageStatus: 'full' });
    const score = (d: Diagnosis) => d.causes.find((c) => c.id === 'device_storage_low')!.score;
    expect(score(typed)).toBeGreaterThan(score(read));
    expect(evidenceOf(typed, 'device_storage_low')).toContain('said_full_but_icloud_has_room');
  });
});

describe('the last backup around the 180-day limit, the switch found off', () => {
  it('179 days: turn it on, then a computer copy, before Apple deletes it', () => {
    const d = run({ lastSuccessfulBackup: '2025-12-04', backupEnabled: false });
    expect(planIds(d).slice(0, 2)).toEqual(['turn_on_backup', 'local_backup']);
    expect(d.notices.map((n) => n.id)).not.toContain('retention_passed');
  });

  it('181 days: the notice says the backup may be gone', () => {
    const d = run({ lastSuccessfulBackup: '2025-12-02', backupEnabled: false });
    expect(planIds(d)[0]).toBe('turn_on_backup');
    expect(d.notices.map((n) => n.id)).toContain('retention_passed');
  });
});
