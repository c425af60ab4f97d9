import { expect } from 'vitest';
import { redact } from '../../../src/report';

/**
 * Probes written before a fix, each with the export expected in full; every class also holds
 * notes that must stay as they are.
 */
export const N = '[name removed]';
export const P = '[phone number removed]';
export const S = '[serial number removed]';

export type Probe = [input: string, expected: string];

export function check(probes: Probe[]) {
  const failures = probes
    .map(([input, expected]) => ({ input, expected, output: redact(input).text }))
    .filter((p) => p.output !== p.expected);
  expect(failures).toEqual([]);
}
