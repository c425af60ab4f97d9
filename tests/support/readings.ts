/** Valid stored readings and sessions, as the extension itself writes them, for seeding storage. */

export const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
export const ICLOUD_URL = 'https://www.icloud.com/settings/';

export function statusReading(observedAt: string, state = 'issue') {
  return {
    kind: 'apple-status' as const,
    source: 'apple-status' as const,
    format: 'page' as const,
    url: STATUS_URL,
    observedAt,
    parserVersion: 1,
    services: [{ name: 'iCloud Backup', id: 'icloud-backup' as const, state, events: [] }],
    icloudBackup: { state },
  };
}

export function icloudReading(observedAt: string) {
  return {
    kind: 'icloud-storage' as const,
    source: 'icloud' as const,
    url: ICLOUD_URL,
    observedAt,
    parserVersion: 1,
    basis: 'displayed-decimal' as const,
    usedBytes: 4.8e9,
    totalBytes: 5e9,
    used: { value: 4.8, unit: 'GB' as const, bytes: 4.8e9 },
    total: { value: 5, unit: 'GB' as const, bytes: 5e9 },
    categories: [
      {
        id: 'photos' as const,
        label: 'Photos',
        amount: { value: 3, unit: 'GB' as const, bytes: 3e9 },
      },
    ],
  };
}

/** A session with two answers and one step tried, as the popup stores it. */
export function storedSession(at: string) {
  return {
    facts: {
      wifi: 'stable',
      power: 'charging',
      sources: {
        wifi: { source: 'user', at },
        power: { source: 'user', at },
      },
      stepsTried: { check_wifi: 'no_change' },
    },
    screen: 'results',
    history: ['wifi', 'power'],
    acknowledged: [],
    stepLog: [{ stepId: 'check_wifi', outcome: 'no_change', at }],
    startedAt: at,
    updatedAt: at,
  };
}
