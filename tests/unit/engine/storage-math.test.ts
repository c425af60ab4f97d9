import { describe, expect, it } from 'vitest';
import { computeStorage, diagnose, formatBytes, GIB, TIB } from '../../../src/engine/diagnose.ts';
import { LOCALES } from '../../../src/knowledge/index.ts';
import { parseAmount } from '../../../src/pages/icloud/storage-text.ts';
import { appleBytesWithin } from '../../../src/pages/units.ts';

const FREE_TIER = 5 * GIB;

describe('storage math', () => {
  it('treats the free tier as 5 GiB, as Apple account data does', () => {
    expect(FREE_TIER).toBe(5_368_709_120);
    expect(formatBytes(FREE_TIER)).toBe('5 GB');
    expect(formatBytes(2 * TIB)).toBe('2 TB');
  });

  it.each(LOCALES)('%s: a size reads back as the same number of bytes', (locale) => {
    // What the popup shows must be what the paste box (and the icloud.com reader) reads again.
    for (const bytes of [Math.round(4.8 * GIB), 200 * GIB, 2 * TIB, 512 * 2 ** 20]) {
      const shown = formatBytes(bytes, locale);
      const read = parseAmount(shown);
      expect(read && appleBytesWithin(read), shown).toBe(bytes);
    }
  });

  it("uses the language's unit labels, as Apple's Settings do", () => {
    expect(formatBytes(Math.round(4.8 * GIB), 'fr')).toBe('4,8 Go');
    expect(formatBytes(2 * TIB, 'fr')).toBe('2 To');
    expect(formatBytes(Math.round(4.8 * GIB), 'de')).toBe('4,8 GB');
    expect(formatBytes(Math.round(4.8 * GIB), 'ja')).toBe('4.8 GB');
  });

  it('exactly full: nothing free, any non-empty backup misses by its size', () => {
    const full = { storageUsedBytes: FREE_TIER, storageTotalBytes: FREE_TIER };
    expect(computeStorage({ ...full, backupSizeBytes: 1 })).toMatchObject({
      freeBytes: 0,
      backupFits: false,
      shortfallBytes: 1,
    });
  });

  it('reads a next backup of 0 (Apple still working its size out) as not known, never a fit', () => {
    for (const [used, total] of [
      [FREE_TIER, FREE_TIER],
      [48 * GIB, FREE_TIER],
      [200 * GIB, 200 * GIB],
      [2 * TIB + GIB, 2 * TIB],
    ]) {
      // At or over the plan, nothing fits, whatever the size says.
      const full = computeStorage({
        storageUsedBytes: used,
        storageTotalBytes: total,
        backupSizeBytes: 0,
      })!;
      expect(full.backupFits, `${used} of ${total}`).toBe(false);
      expect(full.backupBytes).toBeUndefined();
      expect(full.shortfallBytes).toBe(used! - total!);
    }
    // With room left, a size of 0 says nothing either way.
    const room = { storageUsedBytes: 4 * GIB, storageTotalBytes: FREE_TIER, backupSizeBytes: 0 };
    expect(computeStorage(room)?.backupFits).toBeNull();
  });

  it('5 GB decimal used of the 5 GB (binary) free tier still leaves 368,709,120 bytes', () => {
    const facts = { storageUsedBytes: 5_000_000_000, storageTotalBytes: FREE_TIER };
    expect(computeStorage(facts)?.freeBytes).toBe(368_709_120);
    expect(computeStorage({ ...facts, backupSizeBytes: 368_709_120 })?.backupFits).toBe(true);
    expect(computeStorage({ ...facts, backupSizeBytes: 368_709_121 })?.backupFits).toBe(false);
  });

  it('never reports negative free space when use exceeds the plan', () => {
    expect(
      computeStorage({ storageUsedBytes: 6 * GIB, storageTotalBytes: FREE_TIER })?.freeBytes,
    ).toBe(0);
  });

  it('counts the shortfall and what freeing gives from over the plan, not from zero', () => {
    // 12 GB used on the 5 GB tier after a downgrade, a 2 GB next backup.
    const r = computeStorage({
      storageUsedBytes: 12 * GIB,
      storageTotalBytes: FREE_TIER,
      backupSizeBytes: 2 * GIB,
      storageByCategory: { backup: 3 * GIB, photos: 9 * GIB },
    })!;
    expect(r.freeBytes).toBe(0);
    expect(r.backupFits).toBe(false);
    expect(r.shortfallBytes).toBe(9 * GIB);
    expect(r.categories).toEqual([
      { category: 'photos', bytes: 9 * GIB, freeAfterBytes: 2 * GIB, backupFitsAfter: true },
      { category: 'backup', bytes: 3 * GIB, freeAfterBytes: 0, backupFitsAfter: false },
    ]);
  });

  it('finds the smallest plan holding current use plus the next backup, boundaries included', () => {
    const plan = (used: number, backup: number) =>
      computeStorage({
        storageUsedBytes: used,
        storageTotalBytes: FREE_TIER,
        backupSizeBytes: backup,
      })?.smallestFittingPlan;
    expect(plan(4 * GIB, GIB)).toEqual({ id: 'free_5gb', bytes: FREE_TIER });
    expect(plan(4 * GIB, GIB + 1)).toEqual({ id: 'plus_50gb', bytes: 50 * GIB });
    expect(plan(49 * GIB, GIB)?.id).toBe('plus_50gb');
    expect(plan(49 * GIB, GIB + 1)?.id).toBe('plus_200gb');
    expect(plan(2 * TIB - GIB, GIB)?.id).toBe('plus_2tb');
    expect(plan(12 * TIB, 1)).toBeNull();
  });

  it("suggests a bigger plan than today's when the next backup size is unknown", () => {
    const full = computeStorage({ storageUsedBytes: 4.8 * GIB, storageTotalBytes: FREE_TIER });
    expect(full?.smallestFittingPlan?.id).toBe('plus_50gb');
    expect(full?.backupFits).toBeNull();
    // With room for at least the smallest basic backup: 48 GB in 50 GB leave too little.
    const lapsed = computeStorage({ storageUsedBytes: 48 * GIB, storageTotalBytes: FREE_TIER });
    expect(lapsed?.smallestFittingPlan?.id).toBe('plus_200gb');
    const room = computeStorage({ storageUsedBytes: 44 * GIB, storageTotalBytes: FREE_TIER });
    expect(room?.smallestFittingPlan?.id).toBe('plus_50gb');
  });

  it('says what freeing each category would achieve, largest first', () => {
    const s = computeStorage({
      storageTotalBytes: FREE_TIER,
      backupSizeBytes: 2 * GIB,
      storageByCategory: { photos: 3 * GIB, backup: GIB + GIB / 2, mail: GIB / 2 },
    });
    expect(s?.usedBytes).toBe(FREE_TIER);
    expect(s?.categories.map((c) => [c.category, c.backupFitsAfter])).toEqual([
      ['photos', true],
      ['backup', false],
      ['mail', false],
    ]);
    expect(s?.categories[0]?.freeAfterBytes).toBe(3 * GIB);
  });

  it('is absent without numbers and explains units when present', () => {
    expect(computeStorage({ wifi: 'stable' })).toBeUndefined();
    expect(diagnose({ storageTotalBytes: FREE_TIER }).storage?.unitNote.key).toBe(
      'storage.unit_note',
    );
  });
});

describe('a plan size of 0', () => {
  it('is a misreading, not an account with no room: nothing is said to be full or to need buying', () => {
    const facts = { storageUsedBytes: 2 * GIB, storageTotalBytes: 0, backupSizeBytes: GIB };
    const storage = computeStorage(facts)!;
    expect(storage.totalBytes).toBeUndefined();
    expect(storage.backupFits).toBeNull();
    const d = diagnose(facts, { now: new Date('2026-06-01T12:00:00Z') });
    const evidence = d.causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(evidence).not.toContain('backup_does_not_fit');
    expect(d.plan.map((p) => p.stepId)).not.toContain('upgrade_plan');
  });
});

describe('a full plan while the next backup size is not known', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const evidenceOf = (facts: Parameters<typeof diagnose>[0]) =>
    diagnose(facts, { now }).causes.flatMap((c) => c.evidence);

  it.each([
    ['not given', {}],
    ['shown as 0 KB while Apple still works it out', { backupSizeBytes: 0 }],
  ])('says the plan is full, not that a backup of unknown size is too large (%s)', (_, extra) => {
    const evidence = evidenceOf({
      storageUsedBytes: FREE_TIER,
      storageTotalBytes: FREE_TIER,
      ...extra,
    });
    const ids = evidence.map((e) => e.id);
    expect(ids).toContain('no_free_space');
    expect(ids).not.toContain('backup_does_not_fit');
    const full = evidence.find((e) => e.id === 'no_free_space')!;
    expect(full.text.params).toMatchObject({ total: '5 GB' });
    expect(full.text.params).not.toHaveProperty('backup');
  });

  it('names the backup once its size is known', () => {
    const ids = evidenceOf({
      storageUsedBytes: FREE_TIER,
      storageTotalBytes: FREE_TIER,
      backupSizeBytes: GIB,
    }).map((e) => e.id);
    expect(ids).toContain('backup_does_not_fit');
    expect(ids).not.toContain('no_free_space');
  });
});
