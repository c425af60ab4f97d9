import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { diagnose, parseFacts, type Facts } from '../../src/engine/diagnose';
import { knowledge } from '../../src/knowledge';
import { APPLE_STATUS, STORAGE_STATES, SYMPTOM_IDS, WIFI_STATES } from '../../src/knowledge/ids';
import { ENGINE_RUNS } from './config';
import type { Measure } from './report';
import { median } from './stats';
import { alertWordings } from '../../src/knowledge/start-slice.ts';

const GIB = 2 ** 30;

/** What people type: Apple's wording in each language, trimmed, lower-cased, inside a sentence. */
function alertTexts(): string[] {
  const wordings = knowledge.alerts.flatMap((a) => Object.values(alertWordings(a)).flat());
  return [
    ...wordings,
    ...wordings.map((w) => `My iPad says "${w.toLowerCase()}" every night`),
    'backup failed again',
    'Es kommt immer wieder eine Fehlermeldung beim Sichern',
    'no idea, it just never finishes',
  ];
}

/**
 * Facts as sessions have them: anything from nothing known to a dozen answers, page readings
 * with exact bytes, steps tried and "not sure" answers. Fixed seed: the same sets every run.
 */
export function factsSets(): Facts[] {
  const usage = fc.constantFrom(0.2, 0.9, 0.99, 1).chain((share) =>
    fc.constantFrom(5, 50, 200, 2048).map((total) => ({
      storageUsedBytes: Math.round(total * share * GIB),
      storageTotalBytes: total * GIB,
    })),
  );
  const answers = {
    alertText: fc.constantFrom(...alertTexts()),
    backupSizeBytes: fc.constantFrom(0.3, 2, 12, 80).map((g) => Math.round(g * GIB)),
    storageStatus: fc.constantFrom(...STORAGE_STATES),
    wifi: fc.constantFrom(...WIFI_STATES),
    power: fc.constantFrom('charging' as const, 'battery' as const),
    deviceLocked: fc.boolean(),
    iosVersion: fc.constantFrom('12.5.7', '15.8', '16.3.1', '17.5', '18.2', '26.0'),
    iosBeta: fc.boolean(),
    twoFactor: fc.boolean(),
    backupEnabled: fc.boolean(),
    lastSuccessfulBackup: fc.constantFrom('2025-01-10', '2026-05-30T08:00:00+02:00'),
    appleBackupStatus: fc.constantFrom(...APPLE_STATUS),
    sideloadedApps: fc.boolean(),
    largeOfflineAppData: fc.boolean(),
    symptom: fc.constantFrom(...SYMPTOM_IDS),
    stepsTried: fc.dictionary(
      fc.constantFrom(...knowledge.steps.map((s) => s.id)),
      fc.constantFrom('fixed' as const, 'no_change' as const, 'skipped' as const),
      { maxKeys: 4 },
    ),
    unsure: fc.subarray(['wifi', 'power', 'twoFactor', 'iosVersion']),
  };
  // From nothing known to everything: as many sets with 2 facts as with 15.
  const names = Object.keys(answers) as (keyof typeof answers)[];
  const known = fc
    .integer({ min: 0, max: names.length })
    .chain((n) => fc.shuffledSubarray(names, { minLength: n, maxLength: n }));
  const facts = fc
    .tuple(fc.record(answers), known, fc.option(usage, { freq: 2 }))
    .map(([all, keep, u]) => ({
      ...Object.fromEntries(keep.map((name) => [name, all[name]])),
      ...(u ?? {}),
    }));
  return fc
    .sample(facts, { seed: ENGINE_RUNS.seed, numRuns: ENGINE_RUNS.sets })
    .map((f) => parseFacts(f))
    .flatMap((r) => (r.ok ? [r.facts] : []));
}

/**
 * Median CPU time of one `diagnose()` call over every set, after a warm-up round; CPU rather
 * than wall time for the same reason as the status page (see pages.ts).
 */
export function measureEngine(): Measure {
  const sets = factsSets();
  const now = new Date('2026-06-01T12:00:00Z');
  for (const facts of sets) diagnose(facts, { now });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ENGINE_RUNS.rounds; round += 1) {
    for (const facts of sets) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      diagnose(facts, { now });
      const used = process.cpuUsage(startCpu);
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const p90 = [...wall].sort((a, b) => a - b)[Math.floor(wall.length * 0.9)]!;
  return {
    area: 'engine',
    name: `diagnose() median CPU time over ${sets.length} facts sets (Node)`,
    budget: 'engineMedian',
    unit: 'ms',
    // A pure function has no floor to compare with: its budget is absolute.
    floor: NaN,
    now: median(cpu),
    value: median(cpu),
    note: `wall time median ${median(wall).toFixed(2)} ms, 90th percentile ${p90.toFixed(2)} ms; ${wall.length} calls`,
  };
}
