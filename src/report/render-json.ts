import type { Summary } from './build.ts';

/** The versioned, importable form (schema.ts); the same data the other formats describe. */
export function renderJson(summary: Summary): string {
  return `${JSON.stringify(summary.data, null, 2)}\n`;
}
