import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/engine/diagnose.ts';

describe('facts schema', () => {
  it('accepts a full, valid facts object', () => {
    const r = parseFacts({
      alertText: 'iPhone Backup Failed',
      storageUsedBytes: 1,
      storageTotalBytes: 2,
      backupSizeBytes: 0,
      wifi: 'hotspot',
      power: 'battery',
      deviceLocked: true,
      iosVersion: '16.3.1',
      iosBeta: false,
      twoFactor: true,
      backupEnabled: true,
      lastSuccessfulBackup: '2026-05-01',
      appleBackupStatus: 'unknown',
      sideloadedApps: false,
      largeOfflineAppData: false,
      profileOrRestrictions: false,
      stepsTried: { check_wifi: 'no_change' },
      unsure: ['emailVerified'],
      sources: {
        appleBackupStatus: {
          source: 'apple-status',
          at: '2026-05-01T10:00:00Z',
          url: 'https://www.apple.com/support/systemstatus/',
        },
      },
    });
    expect(r.ok).toBe(true);
  });

  it('names each bad field', () => {
    const r = parseFacts({
      wifi: 'fast',
      storageUsedBytes: -5,
      iosVersion: 'sixteen',
      lastSuccessfulBackup: 'last week',
      stepsTried: { check_wifi: 'maybe' },
      colour: 'red',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual([
      'colour',
      'iosVersion',
      'lastSuccessfulBackup',
      'stepsTried.check_wifi',
      'storageUsedBytes',
      'wifi',
    ]);
    expect(r.errors.find((e) => e.path === 'wifi')?.message).toContain('"stable"');
  });

  it('rejects non-objects', () => {
    expect(parseFacts([]).ok).toBe(false);
    expect(parseFacts('x').ok).toBe(false);
  });
});
