import type { TextRef } from '../../src/engine/types';

/** Every sentence reference in a diagnosis, wherever the engine put it. */
export function textRefs(value: unknown): TextRef[] {
  if (Array.isArray(value)) return value.flatMap(textRefs);
  if (typeof value !== 'object' || value === null) return [];
  const own =
    'key' in value && typeof value.key === 'string' && 'params' in value ? [value as TextRef] : [];
  return [...own, ...Object.values(value).flatMap(textRefs)];
}
