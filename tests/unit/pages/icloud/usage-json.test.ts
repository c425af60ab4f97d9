import { describe, expect, it } from 'vitest';
import { readStorageUsageData } from '../../../../src/pages/icloud/parse-usage-json';
import { READING_LIMITS } from '../../../../src/pages/limits';
import { site } from '../../../../src/pages/icloud/site';
import { FIXED_NOW } from '../fixtures';

const URL = 'https://www.icloud.com/settings/';
const usage = (media: { mediaKey: string; displayLabel?: unknown; usageInBytes: number }[]) =>
  readStorageUsageData(
    {
      storageUsageByMedia: media,
      storageUsageInfo: { usedStorageInBytes: 3e9, totalStorageInBytes: 5368709120 },
    },
    URL,
    FIXED_NOW,
  );

describe("icloud.com's storageUsageInfo JSON", () => {
  it('keeps the labels the storage bar is known to show, in their own language', () => {
    const observation = usage([
      { mediaKey: 'photos', displayLabel: 'Fotos und Videos', usageInBytes: 2e9 },
      { mediaKey: 'backup', displayLabel: 'バックアップ', usageInBytes: 1e9 },
    ]);
    expect(observation).toMatchObject({
      categories: [
        { id: 'photos', label: 'Fotos und Videos', bytes: 2e9 },
        { id: 'backup', label: 'バックアップ', bytes: 1e9 },
      ],
    });
  });

  it.each([
    ['a person', 'Jane Appleseed'],
    ['an address', 'jane.appleseed@icloud.com'],
    ['a phone number', '+1 555 010 9999'],
    ['a device', 'Kofi’s iPhone 15'],
    ['a label with a size', 'Photos 2 GB'],
  ])('takes no label that names %s: the category goes by its id', (_, displayLabel) => {
    const observation = usage([
      { mediaKey: 'backup', displayLabel, usageInBytes: 1e9 },
      { mediaKey: 'family-member-7', displayLabel, usageInBytes: 1e9 },
    ]);
    expect(observation).toMatchObject({
      categories: [
        { id: 'backup', label: 'backup', bytes: 1e9 },
        { id: 'other', label: 'other', bytes: 1e9 },
      ],
    });
    expect(JSON.stringify(observation)).not.toContain(displayLabel);
  });
});

describe('a storageUsageInfo JSON listing more categories than a reading holds', () => {
  it('keeps the first ones, so the reading is stored with its used and total', () => {
    const media = Array.from({ length: 30 }, (_, i) => ({
      mediaKey: `family-member-${i}`,
      usageInBytes: 1e8,
    }));
    const observation = usage(media);
    expect(observation).toMatchObject({ usedBytes: 3e9, totalBytes: 5368709120 });
    expect(observation.kind === 'icloud-storage' && observation.categories).toHaveLength(
      READING_LIMITS.categories,
    );
    expect(site.schema.safeParse(observation).success).toBe(true);
  });
});
