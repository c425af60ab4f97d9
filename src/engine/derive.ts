import { compareVersions, type Condition } from '../knowledge/index.ts';
import type { Facts } from './facts.ts';
import { computeStorage } from './storage-math.ts';

/**
 * Facts plus values derived from them, in one flat map that rule and step conditions read.
 * Facts the user was unsure about are absent, exactly like facts never asked.
 */
export type Values = Record<string, unknown>;

export const DERIVED_NAMES = [
  'freeBytes',
  'backupFits',
  'usedRatio',
  'daysSinceBackup',
  'stepsNoChangeCount',
] as const;

/** The facts each derived value rests on, for evidence. */
export const DERIVED_FROM: Record<(typeof DERIVED_NAMES)[number], string[]> = {
  freeBytes: ['storageUsedBytes', 'storageTotalBytes'],
  backupFits: ['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes'],
  usedRatio: ['storageUsedBytes', 'storageTotalBytes'],
  daysSinceBackup: ['lastSuccessfulBackup'],
  stepsNoChangeCount: ['stepsTried'],
};

const DAY_MS = 86_400_000;

export function deriveValues(facts: Facts, now: Date): Values {
  const values: Values = {};
  for (const [name, value] of Object.entries(facts)) {
    // Apple's status page being unreadable tells nothing about Apple: treat it as unknown.
    if (name === 'appleBackupStatus' && value === 'unknown') continue;
    if (value !== undefined) values[name] = value;
  }
  const storage = computeStorage(facts);
  if (storage?.freeBytes !== undefined) {
    values.freeBytes = storage.freeBytes;
    if (storage.totalBytes) values.usedRatio = (storage.usedBytes ?? 0) / storage.totalBytes;
  }
  if (storage && storage.backupFits !== null) values.backupFits = storage.backupFits;
  if (facts.lastSuccessfulBackup !== undefined) {
    const days = Math.floor((now.getTime() - Date.parse(facts.lastSuccessfulBackup)) / DAY_MS);
    values.daysSinceBackup = Math.max(0, days);
  }
  const tried = Object.values(facts.stepsTried ?? {});
  values.stepsNoChangeCount = tried.filter((o) => o === 'no_change').length;
  return values;
}

export function holds(c: Condition, values: Values): boolean {
  const v = values[c.fact];
  switch (c.op) {
    case 'known':
      return v !== undefined;
    case 'unknown':
      return v === undefined;
    case 'eq':
      return v !== undefined && v === c.value;
    case 'ne':
      return v !== undefined && v !== c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(v as string | number);
    case 'lt':
      return typeof v === 'number' && typeof c.value === 'number' && v < c.value;
    case 'gte':
      return typeof v === 'number' && typeof c.value === 'number' && v >= c.value;
    case 'versionLt':
      return (
        typeof v === 'string' && typeof c.value === 'string' && compareVersions(v, c.value) < 0
      );
    case 'versionGte':
      return (
        typeof v === 'string' && typeof c.value === 'string' && compareVersions(v, c.value) >= 0
      );
  }
}

export const allHold = (conditions: Condition[], values: Values) =>
  conditions.every((c) => holds(c, values));

/** True when any of the condition sets holds entirely. */
export const anyHolds = (sets: Condition[][] | undefined, values: Values) =>
  (sets ?? []).some((set) => allHold(set, values));
