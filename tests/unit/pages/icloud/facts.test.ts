import { describe, expect, it } from 'vitest';
import { siteFacts } from '../../../../src/pages/icloud/facts';
import type { IcloudStorageObservation } from '../../../../src/pages/observation';
import { appleBytes } from '../../../../src/pages/units';

const GB = 1e9;
/** A shown size in GB as the facts count it (Apple's units). */
const shown = (value: number) => appleBytes({ value, unit: 'GB' });
const reading = (
  used: number,
  categories: readonly (readonly [IcloudStorageObservation['categories'][number]['id'], number])[],
): IcloudStorageObservation => ({
  kind: 'icloud-storage',
  source: 'icloud',
  url: 'https://www.icloud.com/settings/',
  observedAt: '2026-12-01T10:00:00.000Z',
  parserVersion: 1,
  basis: 'displayed-decimal',
  usedBytes: used * GB,
  totalBytes: 5 * GB,
  used: { value: used, unit: 'GB', bytes: used * GB },
  total: { value: 5, unit: 'GB', bytes: 5 * GB },
  categories: categories.map(([id, size]) => ({
    id,
    label: id,
    amount: { value: size, unit: 'GB', bytes: size * GB },
    bytes: size * GB,
  })),
});

describe('icloud.com storage facts', () => {
  it('gives the categories that are parts of what is used, their shown figures rounded', () => {
    const facts = siteFacts.facts(
      reading(4.8, [
        ['photos', 2.1],
        ['backup', 1.9],
        ['messages', 0.9],
      ]),
    );
    expect(facts.storageUsedBytes).toBe(shown(4.8));
    expect(facts.storageByCategory).toEqual({
      photos: shown(2.1),
      backup: shown(1.9),
      messages: shown(0.9),
    });
  });

  it.each([
    ['one category larger than everything used', 4.8, [['photos', 1000]]],
    [
      'categories that add up to far more than is used',
      4.8,
      [
        ['photos', 3],
        ['backup', 2.5],
      ],
    ],
    ['any category when nothing is used', 0, [['backup', 0.4]]],
  ] as const)('leaves out %s, keeping used and total', (_, used, categories) => {
    const facts = siteFacts.facts(reading(used, categories));
    expect(facts.storageByCategory).toBeUndefined();
    expect(facts).toMatchObject({ storageUsedBytes: shown(used), storageTotalBytes: shown(5) });
  });
});
