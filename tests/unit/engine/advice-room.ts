import { diagnose, GIB, type Diagnosis } from '../../../src/engine/diagnose.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/** What the storage probes of rounds 21 and 22 share: one clock, readings and the room steps. */
export const NOW = new Date('2026-06-01T12:00:00Z');
export const run = (facts: Facts): Diagnosis => diagnose(facts, { now: NOW });
export const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
export const causeIds = (d: Diagnosis) => d.causes.map((c) => c.id);
export const evidenceOf = (d: Diagnosis, cause: string) =>
  d.causes.find((c) => c.id === cause)!.evidence.map((e) => e.id);

/** The steps that make room in iCloud. */
export const ROOM = [
  'delete_old_device_backups',
  'exclude_large_apps',
  'clean_message_attachments',
  'upgrade_plan',
  'app_own_backup',
];

/** Storage figures in GiB, read from `source` (icloud.com unless said) 20 minutes before NOW. */
export const numbers = (
  usedGb: number,
  totalGb: number,
  backupGb: number,
  source = 'icloud',
): Facts => ({
  storageUsedBytes: Math.round(usedGb * GIB),
  storageTotalBytes: Math.round(totalGb * GIB),
  backupSizeBytes: Math.round(backupGb * GIB),
  sources: {
    storageUsedBytes: { source, at: '2026-06-01T11:40:00Z' },
    storageTotalBytes: { source, at: '2026-06-01T11:40:00Z' },
  },
});
