import type { SummaryInput } from '../../../src/report';

export const CREATED_AT = new Date('2026-11-25T10:00:00.000Z');

/** A finished-looking session with every kind of content, personal data in both free texts. */
export function sampleInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    facts: {
      alertText: 'iPhone Backup Failed – Apple ID: anna.smith@example.com',
      storageUsedBytes: 5_000_000_000,
      storageTotalBytes: 5_368_709_120,
      backupSizeBytes: 2_000_000_000,
      storageByCategory: { photos: 3_000_000_000, backup: 1_500_000_000 },
      wifi: 'stable',
      power: 'charging',
      deviceModel: 'iPhone 12',
      iosVersion: '17.5.1',
      appleBackupStatus: 'available',
      lastSuccessfulBackup: '2026-10-01',
      unsure: ['twoFactor'],
      stepsTried: { check_wifi: 'no_change', restart_device: 'skipped' },
      sources: {
        wifi: { source: 'user', at: '2026-11-25T09:01:00.000Z' },
        appleBackupStatus: {
          source: 'apple-status',
          at: '2026-11-25T08:58:00.000Z',
          url: 'https://www.apple.com/support/systemstatus/?session=abc#x',
        },
        storageUsedBytes: {
          source: 'icloud',
          at: '2026-11-25T08:59:00.000Z',
          url: 'https://www.icloud.com/settings/',
        },
      },
      notes:
        "Hi, I'm Anna Smith. Call me on +49 170 1234567 or 0170 7654321. " +
        'Serial F2LXK0ABHG7F, IMEI 35 209900 176148 1. Last tried on 24.11.2026 with iOS 17.5.1.',
    },
    stepLog: [
      { stepId: 'check_wifi', outcome: 'no_change', at: '2026-11-25T09:05:00.000Z' },
      { stepId: 'restart_device', outcome: 'skipped', at: '2026-11-25T09:20:00.000Z' },
    ],
    readings: [
      {
        site: 'status',
        state: 'fresh',
        at: '2026-11-25T08:58:00.000Z',
        url: 'https://www.apple.com/support/systemstatus/',
      },
      {
        site: 'icloud',
        state: 'stale',
        at: '2026-11-24T18:00:00.000Z',
        url: 'https://www.icloud.com/settings/?token=secret',
      },
    ],
    extensionVersion: '0.1.0',
    uiLanguage: 'de',
    createdAt: CREATED_AT,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}
