/** Valid stored readings and sessions, as the extension itself writes them, for seeding storage. */
import type {
  AppleStatusObservation,
  IcloudStorageObservation,
  ServiceState,
} from '../../src/pages/observation';

export const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
export const ICLOUD_URL = 'https://www.icloud.com/settings/';

export function statusReading(
  observedAt: string,
  state: ServiceState = 'issue',
): AppleStatusObservation {
  return {
    kind: 'apple-status',
    source: 'apple-status',
    format: 'page',
    url: STATUS_URL,
    observedAt,
    parserVersion: 1,
    services: [{ name: 'iCloud Backup', id: 'icloud-backup', state, events: [] }],
    icloudBackup: { state },
  };
}

export function icloudReading(observedAt: string): IcloudStorageObservation {
  return {
    kind: 'icloud-storage',
    source: 'icloud',
    url: ICLOUD_URL,
    observedAt,
    parserVersion: 1,
    basis: 'displayed-decimal',
    usedBytes: 4.8e9,
    totalBytes: 5e9,
    used: { value: 4.8, unit: 'GB', bytes: 4.8e9 },
    total: { value: 5, unit: 'GB', bytes: 5e9 },
    categories: [
      {
        id: 'photos',
        label: 'Photos',
        amount: { value: 3, unit: 'GB', bytes: 3e9 },
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

/** The message the status page's content script sends with its reading. */
export const statusMessage = (observedAt: string, state: ServiceState = 'issue') => ({
  type: 'observation',
  site: 'status',
  observation: statusReading(observedAt, state),
});

/** The message the icloud.com content script sends with its reading. */
export const icloudMessage = (observedAt: string) => ({
  type: 'observation',
  site: 'icloud',
  observation: icloudReading(observedAt),
});
