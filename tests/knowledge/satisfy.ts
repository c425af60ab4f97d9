import type { Facts } from '../../src/engine/diagnose.ts';
import { GIB } from '../../src/engine/diagnose.ts';
import { knowledge, type Condition } from '../../src/knowledge/index.ts';
import { alertWordings } from '../../src/knowledge/start-slice.ts';

/**
 * Facts that make a condition set of the knowledge hold, built from the data itself, so the
 * meta-tests cover every rule and step without a hand-written case per entry. Undefined when a
 * condition is beyond this small solver (it then says nothing about that set).
 */

const CURRENT = knowledge.devices.currentIos.version;
const IPHONE_8_LAST = '16.7';

/** Derived values, expressed through example facts that produce them. */
const DERIVED: Record<string, (value: unknown, op: Condition['op']) => Partial<Facts> | undefined> =
  {
    backupFits: (v, op) =>
      op === 'unknown'
        ? {}
        : v === false
          ? {
              storageUsedBytes: 5 * GIB - GIB / 4,
              storageTotalBytes: 5 * GIB,
              backupSizeBytes: GIB,
            }
          : { storageUsedBytes: GIB, storageTotalBytes: 50 * GIB, backupSizeBytes: GIB },
    device5g: (v, op) =>
      op === 'unknown' ? {} : { deviceModel: v === true ? 'iPhone 15' : 'iPhone 8' },
    iosBelowCurrent: (v) => ({ iosVersion: v === true ? '17.5' : `${CURRENT}.1` }),
    iosUpdateAvailable: (v, op) =>
      op === 'unknown'
        ? { iosVersion: '15.8' }
        : v === true
          ? { deviceModel: 'iPhone 11', iosVersion: '16.7' }
          : { deviceModel: 'iPhone 8', iosVersion: `${IPHONE_8_LAST}.10` },
    iosMajorsBehind: () => ({}),
    stepsNoChangeCount: () => ({
      stepsTried: { restart_device: 'no_change', back_up_now: 'no_change' },
    }),
    backupOverTypical: (v) => ({ backupSizeBytes: (v === true ? 60 : 2) * GIB }),
    alertId: (v, op) => {
      if (op === 'unknown') return {};
      // "ne": any other message (two "ne" in a set pick the same first one that differs).
      const alert = knowledge.alerts.find((a) => (op === 'ne' ? a.id !== v : a.id === v));
      const text = alert && Object.values(alertWordings(alert)).flat()[0];
      return text ? { alertText: text.replace('#', '3') } : undefined;
    },
    daysSinceBackup: () => undefined,
    // A full plan has less free space than any positive bound.
    freeBytes: (v, op) =>
      op === 'lt' && typeof v === 'number' && v > 0
        ? { storageUsedBytes: 5 * GIB, storageTotalBytes: 5 * GIB }
        : undefined,
    usedRatio: () => undefined,
  };

function valueFor(c: Condition): unknown {
  switch (c.op) {
    case 'eq':
      return c.value;
    case 'in':
      return Array.isArray(c.value) ? c.value[0] : undefined;
    case 'versionGte':
      return c.value;
    case 'versionLt':
      return '12.0';
    case 'gte':
      return c.value;
    case 'lt':
      return typeof c.value === 'number' ? c.value - 1 : undefined;
    default:
      return undefined;
  }
}

export function satisfy(conditions: Condition[]): Facts | undefined {
  let facts: Record<string, unknown> = {};
  for (const c of conditions) {
    const derived = DERIVED[c.fact];
    if (derived) {
      const part = derived(c.value, c.op);
      if (!part) return undefined;
      facts = { ...facts, ...part };
      continue;
    }
    if (c.op === 'unknown') continue;
    // Known through an earlier condition's example facts (a backup that does not fit has a size).
    if (c.op === 'known' && c.fact in facts) continue;
    if (c.op === 'known' || c.op === 'ne') return undefined;
    const value = valueFor(c);
    if (value === undefined) return undefined;
    facts[c.fact] = value;
  }
  return facts as Facts;
}
