import { devices, knowledge } from '../knowledge/index.ts';
import { approximateParam } from '../knowledge/text.ts';
import type { Facts } from './facts.ts';
import type { Values } from './derive.ts';
import { formatBytes } from './storage-math.ts';
import type { Params } from './types.ts';

/** The values any knowledge text may mention; texts pick the placeholders they need. */
export function textParams(facts: Facts, values: Values): Params {
  const params: Params = {};
  const bytes = (name: string, value: unknown) => {
    if (typeof value === 'number') params[name] = formatBytes(value);
  };
  bytes('free', values.freeBytes);
  bytes('backup', values.backupSizeBytes);
  bytes('total', facts.storageTotalBytes);
  bytes('used', facts.storageUsedBytes);
  if (typeof values.daysSinceBackup === 'number') {
    params.days = values.daysSinceBackup;
    // A day given as weeks or months ago, or weeks counted by Apple's reminder, is a guess.
    if (
      facts.sources?.lastSuccessfulBackup?.approximate ||
      facts.lastSuccessfulBackup === undefined
    )
      params[approximateParam('days')] = 1;
  }
  if (facts.iosVersion) params.version = facts.iosVersion;
  const current = knowledge.devices.currentIos.version;
  params.current = current;
  const device = facts.deviceModel === undefined ? undefined : devices.resolve(facts.deviceModel);
  if (device) {
    params.model = device.name;
    params.target = device.lastOs ?? current;
  }
  return params;
}
