import { describe, expect, it } from 'vitest';
import { compareVersions, devices, knowledge } from '../../src/knowledge/index.ts';

/**
 * The device table (content/knowledge/devices.json) against an independent list: every iPhone
 * from the iPhone 6s on and every iPad of that era on, with the newest system Apple's
 * compatibility lists give them (../shared/reference/APPLE-FACTS.md, section 7).
 */

const IPHONES = [
  'iPhone 6s',
  'iPhone 6s Plus',
  'iPhone SE (1st generation)',
  'iPhone 7',
  'iPhone 7 Plus',
  'iPhone 8',
  'iPhone 8 Plus',
  'iPhone X',
  'iPhone XS',
  'iPhone XS Max',
  'iPhone XR',
  'iPhone 11',
  'iPhone 11 Pro',
  'iPhone 11 Pro Max',
  'iPhone SE (2nd generation)',
  'iPhone 12 mini',
  'iPhone 12',
  'iPhone 12 Pro',
  'iPhone 12 Pro Max',
  'iPhone 13 mini',
  'iPhone 13',
  'iPhone 13 Pro',
  'iPhone 13 Pro Max',
  'iPhone SE (3rd generation)',
  'iPhone 14',
  'iPhone 14 Plus',
  'iPhone 14 Pro',
  'iPhone 14 Pro Max',
  'iPhone 15',
  'iPhone 15 Plus',
  'iPhone 15 Pro',
  'iPhone 15 Pro Max',
  'iPhone 16',
  'iPhone 16 Plus',
  'iPhone 16 Pro',
  'iPhone 16 Pro Max',
  'iPhone 16e',
  'iPhone 17',
  'iPhone Air',
  'iPhone 17 Pro',
  'iPhone 17 Pro Max',
];

const IPADS = [
  'iPad Air 2',
  'iPad mini 4',
  'iPad Pro 12.9-inch (1st generation)',
  'iPad Pro 9.7-inch',
  'iPad (5th generation)',
  'iPad Pro 12.9-inch (2nd generation)',
  'iPad Pro 10.5-inch',
  'iPad (6th generation)',
  'iPad Pro 11-inch (1st generation)',
  'iPad Pro 12.9-inch (3rd generation)',
  'iPad (7th generation)',
  'iPad mini (5th generation)',
  'iPad Air (3rd generation)',
  'iPad Pro 11-inch (2nd generation)',
  'iPad Pro 12.9-inch (4th generation)',
  'iPad (8th generation)',
  'iPad Air (4th generation)',
  'iPad (9th generation)',
  'iPad mini (6th generation)',
  'iPad Pro 11-inch (3rd generation)',
  'iPad Pro 12.9-inch (5th generation)',
  'iPad Air (5th generation)',
  'iPad (10th generation)',
  'iPad Pro 11-inch (4th generation)',
  'iPad Pro 12.9-inch (6th generation)',
  'iPad Air 11-inch (M2)',
  'iPad Air 13-inch (M2)',
  'iPad Pro 11-inch (M4)',
  'iPad Pro 13-inch (M4)',
  'iPad mini (A17 Pro)',
  'iPad (A16)',
  'iPad Air 11-inch (M3)',
  'iPad Air 13-inch (M3)',
];

/** The newest system per model from APPLE-FACTS.md and Apple's iPadOS compatibility lists. */
const LAST_OS: Record<string, string> = {
  'iPhone 6s': '15.8',
  'iPhone SE (1st generation)': '15.8',
  'iPhone 7': '15.8',
  'iPhone 8': '16.7',
  'iPhone X': '16.7',
  'iPhone XS': '18',
  'iPhone XR': '18',
  'iPad Air 2': '15.8',
  'iPad (5th generation)': '16.7',
  'iPad (6th generation)': '17',
  'iPad (7th generation)': '18',
};

const current = knowledge.devices.currentIos.version;

describe('device table', () => {
  it.each([...IPHONES, ...IPADS])('knows %s', (name) => {
    expect(devices.resolve(name)?.name).toBe(name);
  });

  it('gives the newest system each older model can run, and none for current ones', () => {
    for (const [name, lastOs] of Object.entries(LAST_OS)) {
      expect(devices.resolve(name)?.lastOs, name).toBe(lastOs);
    }
    for (const name of ['iPhone 11', 'iPhone SE (2nd generation)', 'iPad (8th generation)'])
      expect(devices.resolve(name)?.lastOs, name).toBeUndefined();
    for (const d of knowledge.devices.devices) {
      if (d.lastOs) expect(compareVersions(d.lastOs, current), d.name).toBeLessThan(0);
    }
  });

  it('has unique ids, names and identifiers', () => {
    const all = knowledge.devices.devices;
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(all.map((d) => d.id))).toBe(true);
    expect(unique(all.map((d) => d.name))).toBe(true);
    expect(unique(all.flatMap((d) => d.identifiers))).toBe(true);
  });

  it('marks 5G iPhones for backup over cellular, from the iPhone 12 and SE (3rd generation) on', () => {
    expect(devices.resolve('iPhone 12 mini')?.cellularBackup).toBe(true);
    expect(devices.resolve('iPhone SE (3rd generation)')?.cellularBackup).toBe(true);
    expect(devices.resolve('iPhone 11 Pro Max')?.cellularBackup).toBe(false);
    expect(devices.resolve('iPhone SE (2nd generation)')?.cellularBackup).toBe(false);
    expect(devices.resolve('iPad Pro 13-inch (M4)')?.cellularBackup).toBe(false);
  });

  it('carries its sources and as-of dates', () => {
    expect(knowledge.devices.sources.length).toBeGreaterThan(0);
    expect(knowledge.devices.currentIos.sources.length).toBeGreaterThan(0);
    expect(knowledge.devices.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(knowledge.devices.currentIos.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('resolving what people type', () => {
  it.each([
    ['iphone 7', 'iPhone 7'],
    ['iPhone9,3', 'iPhone 7'],
    ['iphone9, 4', 'iPhone 7 Plus'],
    ['  IPHONE XS MAX ', 'iPhone XS Max'],
    ['iPhone SE 2nd gen', 'iPhone SE (2nd generation)'],
    ['iPhone SE second generation', 'iPhone SE (2nd generation)'],
    ['iPhone SE 2020', 'iPhone SE (2nd generation)'],
    ['iPad 9th generation', 'iPad (9th generation)'],
    ['iPad (9th gen) Wi-Fi', 'iPad (9th generation)'],
    ['iPad Pro 12.9" (3rd generation)', 'iPad Pro 12.9-inch (3rd generation)'],
    ['iPad Pro (12.9-inch) (3rd generation)', 'iPad Pro 12.9-inch (3rd generation)'],
    ['iPad Air 13 inch M2', 'iPad Air 13-inch (M2)'],
    ['iPhone 15 Pro 256 GB', 'iPhone 15 Pro'],
    ['iPad13,18', 'iPad (10th generation)'],
  ])('%s -> %s', (input, name) => {
    expect(devices.resolve(input)?.name).toBe(name);
  });

  it('recognises a model newer than the table as current with 5G', () => {
    for (const input of ['iPhone 18 Pro', 'iPhone19,1']) {
      const d = devices.resolve(input);
      expect(d?.id, input).toBe('newer_iphone');
      expect(d?.lastOs).toBeUndefined();
      expect(d?.cellularBackup).toBe(true);
    }
    expect(devices.resolve('iPad18,1')?.id).toBe('newer_ipad');
  });

  it('refuses what it cannot tell', () => {
    for (const input of [
      '',
      'Galaxy S24',
      'iPhone',
      'iPad Pro',
      'iPhone 99',
      'iPhone 4',
      'x'.repeat(500),
    ])
      expect(devices.resolve(input), input).toBeUndefined();
  });

  it('knows whether a version can still be updated on a model', () => {
    const iphone7 = devices.resolve('iPhone 7')!;
    expect(devices.canUpdate(iphone7, '15.8.3')).toBe(false);
    expect(devices.canUpdate(iphone7, '15.7')).toBe(true);
    const iphone11 = devices.resolve('iPhone 11')!;
    expect(devices.canUpdate(iphone11, '18.6')).toBe(true);
    expect(devices.canUpdate(iphone11, `${Number(current) + 1}.0`)).toBe(false);
    // The data knows the current iOS by its major only: whether a newer point release exists is
    // not known, with or without the model.
    expect(devices.canUpdate(iphone11, `${current}.0.1`)).toBeUndefined();
    expect(devices.canUpdate(undefined, `${current}.4`)).toBeUndefined();
    expect(devices.canUpdate(undefined, '18.6')).toBe(true);
  });
});
