import type { Facts, FactName } from '../engine/facts';
import { keys, knowledge } from '../knowledge';
import { formatDateTime, formatSize } from './format';
import type { Texts } from './locale-context';

/** Facts listed under "What we know", in the order a person would read them. */
export const SHOWN_FACTS = [
  'appleBackupStatus',
  'storageUsedBytes',
  'storageTotalBytes',
  'backupSizeBytes',
  'storageStatus',
  'wifi',
  'power',
  'deviceLocked',
  'backupEnabled',
  'lastSuccessfulBackup',
  'iosVersion',
  'iosBeta',
  'twoFactor',
  'emailVerified',
  'sideloadedApps',
  'largeOfflineAppData',
  'profileOrRestrictions',
] as const satisfies readonly FactName[];
export type ShownFact = (typeof SHOWN_FACTS)[number];

const BYTE_FACTS = new Set<FactName>(['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes']);

/** A fact's value in words: the question's own answer text where there is one. */
export function factValueText(name: ShownFact, value: unknown, texts: Texts): string {
  if (BYTE_FACTS.has(name) && typeof value === 'number') return formatSize(value, texts.locale);
  if (name === 'lastSuccessfulBackup' && typeof value === 'string') {
    return formatDateTime(value, texts.locale);
  }
  const question = knowledge.questions.find((q) => q.fact === name);
  if (question && (typeof value === 'string' || typeof value === 'boolean')) {
    const key = keys.option(question.id, value);
    const words = texts.k(key);
    if (words !== key) return words;
  }
  return String(value);
}

export function knownFacts(facts: Facts): { name: ShownFact; value: unknown }[] {
  return SHOWN_FACTS.filter((name) => facts[name] !== undefined).map((name) => ({
    name,
    value: facts[name],
  }));
}
