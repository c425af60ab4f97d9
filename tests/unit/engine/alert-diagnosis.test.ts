import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type Facts } from '../../../src/engine/diagnose.ts';
import { ALERT_LANGUAGES, knowledge } from '../../../src/knowledge/index.ts';
import { alertWordings } from '../../../src/knowledge/start-slice.ts';

/** End to end: a pasted alert through `diagnose()` to the ranked causes and the plan. */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const firstTwo = (d: Diagnosis) => d.plan.slice(0, 2).map((p) => p.stepId);
const patternsOf = (id: string) =>
  ALERT_LANGUAGES.flatMap((language) =>
    (alertWordings(knowledge.alerts.find((a) => a.id === id)!)[language] ?? []).map((text) => ({
      language,
      text: text.replace('#', '3'),
    })),
  );

const deviceSteps = knowledge.steps
  .filter((s) => s.addresses.includes('device_storage_low'))
  .map((s) => s.id);
/** Buying iCloud+ or deleting iCloud data: never the answer to a full device. */
const icloudSteps = ['upgrade_plan', 'delete_old_device_backups', 'review_icloud_photos'];

describe('a device-storage alert', () => {
  const cases = [...patternsOf('device_storage_full'), ...patternsOf('device_storage_almost_full')];

  it.each(cases)(
    '$language "$text": the device comes first, its fix in the first two',
    ({ text }) => {
      const d = run({ alertText: text });
      expect(d.causes[0]!.id).toBe('device_storage_low');
      expect(firstTwo(d).some((id) => deviceSteps.includes(id))).toBe(true);
      expect(firstTwo(d).filter((id) => icloudSteps.includes(id))).toEqual([]);
    },
  );

  it('stays on the device when the user also says iCloud is almost full', () => {
    const d = run({ alertText: 'iPhone Storage Almost Full', storageStatus: 'almost_full' });
    expect(d.causes[0]!.id).toBe('device_storage_low');
    expect(firstTwo(d).filter((id) => icloudSteps.includes(id))).toEqual([]);
  });

  it('shows the difference between device and iCloud storage with its steps', () => {
    for (const id of deviceSteps) {
      expect(knowledge.steps.find((s) => s.id === id)!.addresses).toEqual(['device_storage_low']);
    }
    expect(knowledge.steps.find((s) => s.id === 'free_device_space')!.notes).toContain(
      'storage.device_vs_icloud',
    );
  });

  it('points at the device when the iCloud numbers show room although "storage is full"', () => {
    const d = run({
      storageStatus: 'full',
      storageUsedBytes: 2 * 2 ** 30,
      storageTotalBytes: 50 * 2 ** 30,
      backupSizeBytes: 2 ** 30,
    });
    expect(
      d.causes.find((c) => c.id === 'device_storage_low')!.evidence.map((e) => e.id),
    ).toContain('said_full_but_icloud_has_room');
  });
});

describe('the reminder "hasn\'t been backed up in N weeks"', () => {
  it.each(patternsOf('not_backed_up_weeks'))(
    '$language "$text" does not land on storage',
    ({ text }) => {
      const d = run({ alertText: text });
      expect(d.alert).toMatchObject({ recognized: true, id: 'not_backed_up_weeks' });
      expect(d.causes[0]!.id).not.toBe('storage_full');
      const storage = d.causes.find((c) => c.id === 'storage_full')!;
      expect(storage.evidence.filter((e) => e.origin === 'alert')).toEqual([]);
    },
  );

  it('points at power, lock and Wi-Fi for the full English notification', () => {
    const d = run({
      alertText:
        "iPhone Not Backed Up. This iPhone hasn't been backed up in 3 weeks. Backups happen when this iPhone is connected to power, locked, and connected to Wi-Fi.",
    });
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual(
      expect.arrayContaining(['power_or_lock']),
    );
  });
});

describe('an iCloud storage alert', () => {
  it.each(patternsOf('not_enough_storage'))(
    '$language "$text" puts iCloud storage first',
    ({ text }) => {
      expect(run({ alertText: text }).causes[0]!.id).toBe('storage_full');
    },
  );
});

describe('"the last backup could not be completed"', () => {
  // Apple's fixes for it are Wi-Fi, iOS and another network; a full iCloud has its own alert.
  it.each(patternsOf('last_backup_not_completed'))(
    '$language "$text" with stable Wi-Fi does not put a full iCloud first',
    ({ text }) => {
      const d = run({ alertText: text, wifi: 'stable' });
      expect(d.causes[0]!.id).not.toBe('storage_full');
      expect(d.causes.findIndex((c) => c.id === 'storage_full')).toBeGreaterThan(
        d.causes.findIndex((c) => c.id === 'ios_outdated'),
      );
    },
  );
});

describe('an alert that is not about storage', () => {
  // A full iCloud stops a backup with its own alert, so these argue against it: with iCloud
  // only almost full, the cause the alert itself points at still leads.
  it.each([
    ['An Unknown Error Occurred', 'account_auth'],
    ['Произошла неизвестная ошибка', 'account_auth'],
    ['The last backup could not be completed', 'network'],
  ])('"%s" with iCloud almost full leads with %s', (alertText, cause) => {
    const d = run({ alertText, storageStatus: 'almost_full' });
    expect(d.causes[0]!.id).toBe(cause);
  });
});
