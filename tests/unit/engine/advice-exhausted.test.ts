import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type Facts } from '../../../src/engine/diagnose.ts';
import { knowledge } from '../../../src/knowledge/index.ts';
import { factsArb } from './arbitraries.ts';

/**
 * Plans for people who already tried a lot: fixes that changed nothing argue against their
 * causes only so far, and once the gentle fixes for the likeliest cause are used up, keeping a
 * copy elsewhere leads, unless one is made.
 */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const firstTwo = (d: Diagnosis) => planIds(d).slice(0, 2);
const noChange = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'no_change' as const]));

const OWN_TABLE = new Set(knowledge.steps.filter((s) => s.noChangePoints).map((s) => s.id));

const fixesFor = (cause: string) =>
  knowledge.steps
    .filter((s) => s.kind === 'fix' && s.addresses.includes(cause as never))
    .map((s) => s.id);

describe('fixes that changed nothing', () => {
  it('take at most two specific fixes’ worth from any one cause, however many were tried', () => {
    const fixes = knowledge.steps.filter((s) => s.kind === 'fix').map((s) => s.id);
    const many = fc.uniqueArray(fc.constantFrom(...fixes), { minLength: 3 });
    fc.assert(
      fc.property(factsArb, many, (facts, ids) => {
        const d = run({ ...facts, stepsTried: noChange(ids) });
        for (const cause of d.causes) {
          const against = cause.evidence
            .filter((e) => e.origin === 'step' && e.direction === 'against')
            // A step's own table of what its failing means (the switch turned on, the device
            // plugged in and locked) is not a guess that failed.
            .filter((e) => !OWN_TABLE.has(e.id))
            .reduce((sum, e) => sum + e.weight, 0);
          expect(against, cause.id).toBeLessThanOrEqual(2.4 + 1e-9);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('plugged in and locked without a change: on battery no longer makes power the likely cause', () => {
    const d = run({ power: 'battery', stepsTried: { plug_in_and_lock: 'no_change' } });
    expect(d.causes[0]!.id).not.toBe('power_or_lock');
    expect(d.causes.find((c) => c.id === 'power_or_lock')!.score).toBeLessThan(0.5);
  });

  it('leave the cause an alert names first when every fix for it was tried', () => {
    for (const [alertText, cause] of [
      [
        'This iPhone cannot be backed up because there is not enough iCloud storage.',
        'storage_full',
      ],
      ['iCloud Backup can’t access your account', 'account_auth'],
    ] as const) {
      const d = run({ alertText, stepsTried: noChange(fixesFor(cause)) });
      expect(d.causes[0]!.id, alertText).toBe(cause);
    }
  });
});

describe('when the gentle fixes are used up', () => {
  it('puts a computer copy in the first two steps, before the next guess', () => {
    const cases: Facts[] = [
      {
        alertText: 'iCloud Backup can’t access your account',
        stepsTried: noChange(['sign_in_again', 'verify_email', 'turn_on_two_factor']),
      },
      {
        wifi: 'hotspot',
        stepsTried: noChange(['other_network', 'back_up_over_cellular', 'restart_device']),
      },
      {
        stepsTried: noChange([
          'restart_device',
          'back_up_now',
          'plug_in_and_lock',
          'sign_in_again',
          'update_ios',
        ]),
      },
    ];
    for (const facts of cases) {
      expect(firstTwo(run(facts)), JSON.stringify(facts)).toContain('local_backup');
    }
  });

  it('keeps the next fix for a cause the numbers prove first: a bigger plan after the clean-ups', () => {
    const d = run({
      storageUsedBytes: 5_315_022_028,
      storageTotalBytes: 5_368_709_120,
      backupSizeBytes: 2_147_483_648,
      stepsTried: noChange([
        'delete_old_device_backups',
        'exclude_large_apps',
        'review_icloud_photos',
        'clean_message_attachments',
      ]),
    });
    expect(firstTwo(d)).toContain('upgrade_plan');
  });

  it('does not lead with other ways to keep a copy once a computer copy is made', () => {
    const d = run({
      stepsTried: {
        ...noChange(['restart_device', 'back_up_now', 'plug_in_and_lock', 'sign_in_again']),
        local_backup: 'fixed',
      },
    });
    expect(firstTwo(d)).not.toContain('backup_without_computer');
  });
});
