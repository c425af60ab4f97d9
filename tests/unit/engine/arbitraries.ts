import fc from 'fast-check';
import type { Facts } from '../../../src/engine/diagnose.ts';
import { knowledge } from '../../../src/knowledge/index.ts';

/** Random valid facts, every field optional, for the engine's property tests. */
export const factsArb: fc.Arbitrary<Facts> = fc.record(
  {
    alertText: fc.oneof(
      fc.string(),
      fc.constantFrom('iPhone Backup Failed', 'Nicht genügend iCloud-Speicher'),
    ),
    storageUsedBytes: fc.nat({ max: 2 ** 43 }),
    storageTotalBytes: fc.nat({ max: 2 ** 43 }),
    backupSizeBytes: fc.nat({ max: 2 ** 40 }),
    wifi: fc.constantFrom('stable', 'unstable', 'hotspot', 'none'),
    power: fc.constantFrom('charging', 'battery'),
    deviceLocked: fc.boolean(),
    iosVersion: fc.constantFrom('12.5', '15.0', '15.8.3', '16.3', '17.5.1', '18.2', '26.0', '27.1'),
    iosBeta: fc.boolean(),
    deviceModel: fc.constantFrom(
      'iPhone 7',
      'iPhone9,3',
      'iPhone 11',
      'iPhone 15 Pro',
      'iPad Air 2',
    ),
    twoFactor: fc.boolean(),
    emailVerified: fc.boolean(),
    backupEnabled: fc.boolean(),
    lastSuccessfulBackup: fc.constantFrom('2020-01-01', '2026-05-31', '2026-06-01T10:00:00+02:00'),
    appleBackupStatus: fc.constantFrom('available', 'issue', 'outage', 'maintenance', 'unknown'),
    sideloadedApps: fc.boolean(),
    largeOfflineAppData: fc.boolean(),
    profileOrRestrictions: fc.boolean(),
    computerBackupFails: fc.boolean(),
    symptom: fc.constantFrom(...knowledge.symptoms.map((s) => s.id)),
    stepsTried: fc.dictionary(
      fc.constantFrom(...knowledge.steps.map((s) => s.id)),
      fc.constantFrom('fixed', 'no_change', 'skipped'),
    ),
    unsure: fc.subarray(['wifi', 'power', 'twoFactor', 'iosVersion', 'appleBackupStatus']),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Facts>;
