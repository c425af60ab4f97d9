import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type Facts } from '../../../src/engine/diagnose.ts';
import { knowledge } from '../../../src/knowledge/index.ts';

/**
 * One signal alone, and signals that pull apart: what leads must be what the signal says, not
 * the most common cause's prior, and an answer must not silence the fix Apple names for a
 * message. The cases corpus (cases/independent-12.json) holds the situations these came from.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const top = (d: Diagnosis, n: number) => d.causes.slice(0, n).map((c) => c.id);
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const evidenceIds = (d: Diagnosis) => d.causes.flatMap((c) => c.evidence.map((e) => e.id));
const score = (d: Diagnosis, id: string) => d.causes.find((c) => c.id === id)!.score;
const POWER_PRIOR = knowledge.causes.find((c) => c.id === 'power_or_lock')!.prior;
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('a last backup weeks or months old, given alone', () => {
  // The guides read a backup weeks old as automatic backup turned off (or blocked): backups have
  // stopped altogether, which a full iCloud, most common when one fails, explains less.
  it.each([16, 21, 35, 60, 120, 160, 200, 400])('%i days: the backup switch leads', (days) => {
    const d = run({ lastSuccessfulBackup: daysAgo(days).slice(0, 10) });
    expect(top(d, 1)).toEqual(['backup_disabled']);
  });

  it('given as "about N months ago" too', () => {
    const d = run({
      lastSuccessfulBackup: daysAgo(190).slice(0, 10),
      sources: {
        lastSuccessfulBackup: { source: 'user', at: daysAgo(0), approximate: true },
      },
    });
    expect(top(d, 1)).toEqual(['backup_disabled']);
  });

  it('a backup days old is no sign of the switch', () => {
    const d = run({ lastSuccessfulBackup: daysAgo(10).slice(0, 10) });
    expect(evidenceIds(d)).not.toContain('last_backup_weeks_old_disabled');
    expect(top(d, 1)).not.toEqual(['backup_disabled']);
  });
});

describe('the weeks a "not backed up" reminder names count once', () => {
  const reminders = [
    "This iPhone hasn't been backed up in 5 weeks",
    'Cet iPhone n’a pas été sauvegardé depuis 4 semaines',
    'Dieses iPhone wurde seit 6 Wochen nicht gesichert',
  ];

  it.each(reminders)('%s: the reminder is the evidence, not its weeks again', (alertText) => {
    const d = run({ alertText });
    expect(d.alert?.id).toBe('not_backed_up_weeks');
    const ids = evidenceIds(d);
    expect(ids).not.toContain('last_backup_weeks_old_power');
    expect(ids).not.toContain('last_backup_weeks_old_disabled');
  });

  // The reminder names power and the lock; answers that say both are met weigh as much.
  it.each(reminders)('%s, charging and locked: power no likelier than before', (alertText) => {
    const d = run({ alertText, power: 'charging', deviceLocked: true, backupEnabled: true });
    expect(score(d, 'power_or_lock')).toBeLessThanOrEqual(POWER_PRIOR);
  });

  it('a dated last backup still counts its age', () => {
    expect(evidenceIds(run({ lastSuccessfulBackup: daysAgo(40).slice(0, 10) }))).toContain(
      'last_backup_weeks_old_power',
    );
  });
});

describe('"The last backup could not be completed" on Wi-Fi answered stable', () => {
  const texts = [
    'The last backup could not be completed.',
    'Das letzte Backup konnte nicht abgeschlossen werden.',
    'La dernière sauvegarde n’a pas pu être effectuée.',
    'No se pudo completar la última copia de seguridad.',
    'Impossibile completare l’ultimo backup.',
    '前回のバックアップを完了できませんでした。',
    '上次备份未能完成。',
  ];

  it.each(texts)('%s: network stays in the top three, power does not lead', (alertText) => {
    const d = run({ alertText, wifi: 'stable' });
    expect(d.alert?.id).toBe('last_backup_not_completed');
    expect(top(d, 3)).toContain('network');
    expect(top(d, 1)).not.toEqual(['power_or_lock']);
    // Apple's advice for this message names another Wi-Fi network even when the Wi-Fi works.
    expect(planIds(d)).toContain('other_network');
  });

  it.each(texts)('%s, current iOS: the network leads', (alertText) => {
    const d = run({ alertText, wifi: 'stable', iosVersion: '26.1', deviceModel: 'iPhone 16' });
    expect(top(d, 1)).toEqual(['network']);
    expect(top(d, 3)).toContain('apple_outage');
  });

  it('stable Wi-Fi with another message, or none, still offers no other network', () => {
    expect(planIds(run({ wifi: 'stable' }))).not.toContain('other_network');
    expect(planIds(run({ wifi: 'stable', alertText: 'iPhone Backup Failed' }))).not.toContain(
      'other_network',
    );
  });
});

describe('an unknown error with two-factor off, on any iOS', () => {
  it.each([
    ['iPhone 6', '12.5.7', 'An Unknown Error Occurred'],
    ['iPhone 7', '14.8', 'Si è verificato un errore sconosciuto'],
    ['iPhone 7', '15.8', 'Ein unbekannter Fehler ist aufgetreten'],
    ['iPhone 11', '16.1', 'Une erreur inconnue est survenue'],
    ['iPad (9th generation)', '15.7', '不明なエラーが発生しました'],
    ['iPhone 8', '16.2', '发生未知错误'],
  ])('%s on %s, "%s": turning two-factor on is within the first two', (model, version, text) => {
    const d = run({ deviceModel: model, iosVersion: version, alertText: text, twoFactor: false });
    expect(d.alert?.id).toBe('unknown_error');
    expect(planIds(d).slice(0, 2)).toContain('turn_on_two_factor');
  });
});

describe('plugging in and locking that changed nothing', () => {
  it.each<Facts>([
    { power: 'battery' },
    { power: 'battery', alertText: 'iPhone Backup Failed' },
    { power: 'battery', deviceLocked: true, wifi: 'stable' },
  ])('rules power out, even after "on battery" (%o)', (facts) => {
    const d = run({ ...facts, stepsTried: { plug_in_and_lock: 'no_change' } });
    expect(top(d, 3)).not.toContain('power_or_lock');
  });
});

describe('a problem turning iCloud Backup on', () => {
  // Turning the switch on sends no backup and needs no power or lock: the account, a
  // restriction or Apple's side explain it, not the Wi-Fi or the charger.
  it.each([
    'There was a problem turning on iCloud Backup',
    'iCloud-Backup konnte nicht aktiviert werden',
    'Impossible d’activer la sauvegarde iCloud',
    'No se pudo activar la copia de seguridad de iCloud',
    'Non è stato possibile attivare il backup di iCloud',
    'iCloudバックアップをオンにできませんでした',
    '无法启用 iCloud 云备份',
  ])('%s, two-factor on: the account comes before the Wi-Fi and power', (alertText) => {
    const d = run({ alertText, twoFactor: true });
    expect(d.alert?.id).toBe('problem_enabling_backup');
    const rank = (id: string) => d.causes.findIndex((c) => c.id === id);
    expect(rank('account_auth')).toBeLessThan(rank('network'));
    expect(top(d, 3)).not.toContain('network');
    expect(top(d, 3)).not.toContain('power_or_lock');
  });
});
