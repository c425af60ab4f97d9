import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type Facts } from '../../../src/engine/diagnose.ts';
import { text } from '../../../src/knowledge/index.ts';
import { LOCALES } from '../../../src/knowledge/ids.ts';

/**
 * Three classes of advice that pointed the wrong way: the common causes all ruled out while their
 * priors still led (damaged data, the guides' next suspect, stayed at the bottom and the plan began
 * with freeing the device); an unknown error with both of Apple's account fixes done that ranked
 * the Wi-Fi first; and a last backup older than Apple keeps one that said nothing about the
 * backup being gone.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const top = (d: Diagnosis) => d.causes[0]!.id;
const rankOf = (d: Diagnosis, id: string) => d.causes.findIndex((c) => c.id === id);
const evidenceIds = (d: Diagnosis, cause: string) =>
  d.causes.find((c) => c.id === cause)!.evidence.map((e) => e.id);
const fresh = { source: 'apple-status', at: '2026-06-01T11:50:00Z' };

const allFine: Facts = {
  storageStatus: 'plenty',
  wifi: 'stable',
  power: 'charging',
  deviceLocked: true,
  iosVersion: '26.2',
  appleBackupStatus: 'available',
  backupEnabled: true,
  twoFactor: true,
  emailVerified: true,
  sources: { appleBackupStatus: fresh },
};
const DAMAGE = ['corrupted_local_data', 'corrupted_backup'];
const DEVICE_FREEING = ['offload_unused_apps', 'free_device_space'];

describe('every common cause ruled out', () => {
  const variants: [string, Facts][] = [
    ['answers only', allFine],
    ['a Spanish failure pasted', { ...allFine, alertText: 'Error en la copia de seguridad' }],
    ['a Japanese failure pasted', { ...allFine, alertText: 'iPhoneバックアップに失敗' }],
    [
      'storage measured on icloud.com',
      {
        ...allFine,
        storageStatus: undefined,
        storageUsedBytes: 30 * 2 ** 30,
        storageTotalBytes: 200 * 2 ** 30,
        backupSizeBytes: 4 * 2 ** 30,
      },
    ],
    ['an iPhone 7 on its last iOS', { ...allFine, deviceModel: 'iPhone 7', iosVersion: '15.8.3' }],
    [
      'restarting and Back Up Now changed nothing',
      { ...allFine, stepsTried: { restart_device: 'no_change', back_up_now: 'no_change' } },
    ],
    [
      'the switch left unanswered, plugging in changed nothing',
      {
        ...allFine,
        backupEnabled: undefined,
        power: 'battery',
        stepsTried: { plug_in_and_lock: 'no_change' },
      },
    ],
  ];

  it.each(variants)('puts damaged data first (%s)', (_, facts) => {
    const d = run(facts);
    expect(DAMAGE).toContain(top(d));
    expect(evidenceIds(d, 'corrupted_local_data')).toContain('common_causes_ruled_out');
    expect(rankOf(d, 'storage_full')).toBeGreaterThan(2);
  });

  it.each(variants)('never starts by freeing the device nothing says is full (%s)', (_, facts) => {
    const firstTwo = run(facts)
      .plan.slice(0, 2)
      .map((p) => p.stepId);
    expect(firstTwo.filter((s) => DEVICE_FREEING.includes(s))).toEqual([]);
  });

  it('leaves the causes still open ahead while fewer than four are ruled out', () => {
    const d = run({ storageStatus: 'plenty', wifi: 'stable', power: 'charging' });
    expect(evidenceIds(d, 'corrupted_local_data')).not.toContain('common_causes_ruled_out');
    expect(DAMAGE).not.toContain(top(d));
  });

  it('does not count a cause with evidence on both sides as ruled out', () => {
    // "Could not be completed" is Apple's Wi-Fi message: steady Wi-Fi leaves it open.
    const d = run({
      storageStatus: 'plenty',
      power: 'charging',
      deviceLocked: true,
      wifi: 'stable',
      backupEnabled: true,
      alertText: 'The last backup could not be completed.',
    });
    expect(evidenceIds(d, 'corrupted_local_data')).not.toContain('common_causes_ruled_out');
  });

  it('is not applied to a failing restore, whose power and storage are beside the point', () => {
    const d = run({ ...allFine, symptom: 'restore_fails' });
    expect(evidenceIds(d, 'corrupted_local_data')).not.toContain('common_causes_ruled_out');
    expect(d.plan.slice(0, 2).map((p) => p.stepId)).not.toContain('restart_device');
  });

  it('says how many were ruled out, in every language', () => {
    const e = run(allFine).causes.find((c) => c.id === 'corrupted_local_data')!.evidence;
    const ruledOut = e.find((x) => x.id === 'common_causes_ruled_out')!;
    expect(ruledOut.text.params).toEqual({ count: 7, total: 7 });
    for (const locale of LOCALES) {
      const sentence = text(locale, ruledOut.text.key, ruledOut.text.params);
      expect(sentence, locale).toContain('7');
      expect(sentence, locale).not.toMatch(/[{}]/);
    }
  });
});

describe('an unknown error with two-factor on and the email verified', () => {
  const texts = [
    'An Unknown Error Occurred',
    'Ein unbekannter Fehler ist aufgetreten',
    "Une erreur inconnue s'est produite",
    'Se ha producido un error desconocido',
    'Si è verificato un errore sconosciuto',
    '不明なエラーが発生しました',
    '发生未知错误',
  ];

  it.each(texts)('ranks the account ahead of Wi-Fi, storage and power: %s', (alertText) => {
    const d = run({ alertText, twoFactor: true, emailVerified: true });
    expect(top(d)).toBe('account_auth');
    for (const other of ['network', 'storage_full', 'power_or_lock'])
      expect(rankOf(d, other), other).toBeGreaterThan(rankOf(d, 'account_auth'));
  });

  it('still follows a Wi-Fi the user says is a hotspot', () => {
    const d = run({ alertText: 'Unbekannter Fehler', twoFactor: true, wifi: 'hotspot' });
    expect(top(d)).toBe('network');
  });

  it('still follows a storage the numbers show full', () => {
    const d = run({
      alertText: 'An unknown error occurred',
      storageUsedBytes: 5 * 2 ** 30,
      storageTotalBytes: 5 * 2 ** 30,
      backupSizeBytes: 3 * 2 ** 30,
    });
    expect(top(d)).toBe('storage_full');
  });
});

describe('a last backup older than Apple keeps it', () => {
  it.each([
    ['a date 224 days back', { lastSuccessfulBackup: '2025-10-20' }],
    ['a date 181 days back', { lastSuccessfulBackup: '2025-12-02' }],
    ['a reminder naming 30 weeks', { alertText: "This iPhone hasn't been backed up in 30 weeks" }],
    [
      'a German reminder naming 28 weeks',
      { alertText: 'Von diesem iPhone wurde seit 28 Wochen kein Backup erstellt' },
    ],
  ] as [string, Facts][])('raises a deleted backup (%s)', (_, facts) => {
    const d = run(facts);
    expect(evidenceIds(d, 'corrupted_backup')).toContain('backup_past_retention');
    expect(rankOf(d, 'corrupted_backup')).toBeLessThan(6);
  });

  it('puts the deleted backup first when restoring from it fails', () => {
    const d = run({ lastSuccessfulBackup: '2025-09-01', symptom: 'restore_fails' });
    expect(top(d)).toBe('corrupted_backup');
    expect(d.causes[0]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it('offers another backup, not updating to restore one that is gone', () => {
    const restore = (lastSuccessfulBackup: string) =>
      run({ lastSuccessfulBackup, symptom: 'restore_fails', iosVersion: '26.1' }).plan.map(
        (p) => p.stepId,
      );
    expect(restore('2025-09-01')).not.toContain('update_then_restore');
    expect(restore('2025-09-01')[0]).toBe('restore_other_backup');
    // Before the limit the backup is still there, and so is the update.
    expect(restore('2026-03-01')).toContain('update_then_restore');
  });

  it('says nothing of it before the limit', () => {
    const d = run({ lastSuccessfulBackup: '2025-12-13' });
    expect(evidenceIds(d, 'corrupted_backup')).not.toContain('backup_past_retention');
  });

  // The age is said as about so many months past the first two weeks and outside the 30 days
  // before the limit (src/knowledge/age.ts); the limit itself in days, as Apple gives it.
  it('names the age and the limit in every language', () => {
    const d = run({ lastSuccessfulBackup: '2025-10-20' });
    const e = d.causes
      .find((c) => c.id === 'corrupted_backup')!
      .evidence.find((x) => x.id === 'backup_past_retention')!;
    for (const locale of LOCALES) {
      const sentence = text(locale, e.text.key, e.text.params);
      expect(sentence, locale).toMatch(/(^|\D)7(\D|$)/);
      expect(sentence, locale).not.toContain('224');
      expect(sentence, locale).toContain('180');
    }
  });
});
