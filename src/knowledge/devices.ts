import type { Device, DeviceTable } from './schema.ts';
import { compareVersions } from './version.ts';

/**
 * Which iPhone or iPad: resolves what a person types ("iPhone 7", "iphone se 2nd gen",
 * "iPad (9th generation)", "iPhone9,3") to a row of content/knowledge/devices.json.
 *
 * A model newer than the table (an iPhone numbered above the newest known, or an identifier
 * beyond the newest known generation) is recognised as such: every iPhone from the 11 on runs the
 * current iOS and every one from the 12 on has 5G, so a newer one does too. Anything else that
 * matches no row is unknown (undefined), never guessed.
 */

export interface ResolvedDevice {
  /** The table's id, or `newer_iphone` / `newer_ipad` for a model newer than the table. */
  id: string;
  name: string;
  family: Device['family'];
  /** Newest iOS major(.minor) it can run; absent while it runs the current one. */
  lastOs?: string;
  cellularBackup: boolean;
}

const ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3' };

/** Lower case, no brackets, "12.9-inch" -> "12.9", "2nd generation" / "2nd gen" -> "2". */
export function normalizeModel(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bapple\b/g, ' ')
    .replace(/\b(wi-?fi|cellular|\d+\s?(gb|tb))\b/g, ' ')
    .replace(/["”″]|-?\s?inch(es)?\b|(?<=\d)in\b/g, ' ')
    .replace(/\b(first|second|third)\b/g, (word) => ORDINALS[word] ?? word)
    .replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')
    .replace(/\bgen(eration)?\b/g, ' ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const IDENTIFIER = /^(iphone|ipad|ipod)\s*(\d+)\s*,\s*(\d+)$/i;

export interface DeviceIndex {
  resolve(input: string): ResolvedDevice | undefined;
  /** Marketing names in table order, for suggestions in the popup. */
  names: readonly string[];
  /**
   * True when the device (or, without one, any device) can run a newer iOS than `iosVersion`;
   * undefined within the current major, whose newest release the data does not know.
   */
  canUpdate(device: ResolvedDevice | undefined, iosVersion: string): boolean | undefined;
}

interface Known {
  byName: Map<string, ResolvedDevice>;
  byIdentifier: Map<string, ResolvedDevice>;
  newestGeneration: Record<Device['family'], number>;
  newestIphoneNumber: number;
}

const newer = (family: 'iphone' | 'ipad', name: string): ResolvedDevice => ({
  id: `newer_${family}`,
  name,
  family,
  cellularBackup: family === 'iphone',
});

function lookup(input: string, known: Known): ResolvedDevice | undefined {
  const trimmed = input.trim().slice(0, 80);
  const identifier = IDENTIFIER.exec(trimmed.replace(/\s+/g, ''));
  if (identifier) {
    const [, family, generation, variant] = identifier;
    const key = family!.toLowerCase() as Device['family'];
    const row = known.byIdentifier.get(`${key}${generation},${variant}`);
    if (row) return row;
    const isNewer = key !== 'ipod' && Number(generation) > known.newestGeneration[key];
    return isNewer ? newer(key, trimmed) : undefined;
  }
  const normalized = normalizeModel(trimmed);
  const row = known.byName.get(normalized);
  if (row) return row;
  // A variant or successor of a numbered iPhone the table does not list yet ("iPhone 17e",
  // "iPhone 18 Pro"): numbered 12 or later, so it has 5G and runs the current iOS.
  const numbered = /^iphone (\d+)[a-z]?( (mini|plus|pro|pro max|max))?$/.exec(normalized);
  const number = Number(numbered?.[1]);
  if (numbered && number >= 12 && number <= known.newestIphoneNumber + 3)
    return newer('iphone', trimmed);
  return undefined;
}

function toResolved(d: Device): ResolvedDevice {
  return {
    id: d.id,
    name: d.name,
    family: d.family,
    ...(d.lastOs !== undefined && { lastOs: d.lastOs }),
    cellularBackup: d.cellularBackup === true,
  };
}

/** Builds the lookup maps once; resolving is then a couple of map reads. */
export function indexDevices(table: DeviceTable): DeviceIndex {
  const byName = new Map<string, ResolvedDevice>();
  const byIdentifier = new Map<string, ResolvedDevice>();
  const newestGeneration = { iphone: 0, ipad: 0, ipod: 0 };
  let newestIphoneNumber = 0;
  for (const d of table.devices) {
    const resolved = toResolved(d);
    for (const name of [d.name, ...(d.aliases ?? [])]) byName.set(normalizeModel(name), resolved);
    for (const identifier of d.identifiers) {
      const [, family, generation] = IDENTIFIER.exec(identifier)!;
      const key = family!.toLowerCase() as Device['family'];
      newestGeneration[key] = Math.max(newestGeneration[key], Number(generation));
      byIdentifier.set(identifier.toLowerCase(), resolved);
    }
    const number = /^iPhone (\d+)/.exec(d.name);
    if (number) newestIphoneNumber = Math.max(newestIphoneNumber, Number(number[1]));
  }

  const cache = new Map<string, ResolvedDevice | undefined>();
  const known = { byName, byIdentifier, newestGeneration, newestIphoneNumber };
  return {
    resolve(input) {
      // Bounded: the popup and the CLI resolve a handful of inputs, property tests thousands.
      if (cache.size > 500) cache.clear();
      if (!cache.has(input)) cache.set(input, lookup(input, known));
      return cache.get(input);
    },
    names: table.devices.map((d) => d.name),
    canUpdate(device, iosVersion) {
      const current = table.currentIos.version;
      const target = device?.lastOs ?? current;
      // The data names the current iOS by its major ("26"): any 26.x may have a newer release.
      const newestUnknown = target === current && !current.includes('.');
      if (newestUnknown && iosVersion.split('.')[0] === current) return undefined;
      return compareVersions(iosVersion, target) < 0;
    },
  };
}
