import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.ts';

/**
 * 'There was a problem enabling iCloud Backup' is about turning the backup on, not about room:
 * like the other alerts that are not about storage, it counts against a full iCloud, so the
 * plan does not open with the storage check on storage's base rate alone.
 */
const now = new Date('2026-06-01T12:00:00Z');

describe('There was a problem enabling iCloud Backup', () => {
  it('leads with the account, not with the storage check', () => {
    const d = diagnose({ alertText: 'There was a problem enabling iCloud Backup' }, { now });
    expect(d.causes[0]?.id).toBe('account_auth');
    expect(d.plan[0]?.stepId).not.toBe('check_storage');
    const storage = d.causes.find((c) => c.id === 'storage_full');
    expect(storage?.evidence.some((e) => e.direction === 'against')).toBe(true);
  });
});

/**
 * With the switch off, the alert says turning it on is what fails: the switch is off because of
 * the alert's cause, so "turn on iCloud Backup" is not the fix to open with. Without that alert
 * (or with another one) the switch being off still leads.
 */
describe('the switch is off because turning it on fails', () => {
  const lang = {
    en: 'There was a problem enabling iCloud Backup.',
    de: 'Beim Aktivieren von iCloud-Backup ist ein Problem aufgetreten.',
    ja: 'iCloudバックアップを有効にするときに問題が起きました。',
  };
  it.each(Object.entries(lang))('%s: the turn-on step is not first or second', (_l, alertText) => {
    const d = diagnose({ alertText, backupEnabled: false }, { now });
    expect(d.causes[0]?.id).not.toBe('backup_disabled');
    expect(d.plan.slice(0, 2).map((s) => s.stepId)).not.toContain('turn_on_backup');
    const against = d.causes
      .find((c) => c.id === 'backup_disabled')
      ?.evidence.filter((e) => e.direction === 'against')
      .map((e) => e.id);
    expect(against).toContain('enabling_fails_switch_off');
  });

  it.each([
    [{ backupEnabled: false }],
    [{ backupEnabled: false, alertText: 'iPhone Backup Failed' }],
    [{ backupEnabled: false, alertText: 'The last backup could not be completed.' }],
  ])('%j: turning it on still leads', (facts) => {
    const d = diagnose(facts, { now });
    expect(d.causes[0]?.id).toBe('backup_disabled');
    expect(d.plan[0]?.stepId).toBe('turn_on_backup');
  });
});
