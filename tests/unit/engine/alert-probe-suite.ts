import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/** The alert a probe must be read as, the readings any of which is right (`null`: none), or none. */
export type Expected = string | readonly (string | null)[] | null;
export type Probe = [language: string, text: string, expected: Expected];

export function expectRead(text: string, expected: Expected): void {
  const match = matchAlert(text);
  if (expected === null) expect(match.recognized).toBe(false);
  else if (typeof expected === 'string')
    expect(match).toMatchObject({ recognized: true, id: expected });
  else expect(expected).toContain(match.recognized ? match.id : null);
}

/** One test per probe; those still read otherwise (`left`) are listed as todo. */
export function describeProbes(
  title: string,
  probes: readonly Probe[],
  left: ReadonlySet<string>,
): void {
  describe(title, () => {
    for (const [language, text, expected] of probes) {
      const name = `${language}: ${JSON.stringify(text)} is ${String(expected ?? 'none')}`;
      if (left.has(text)) it.todo(name);
      else it(name, () => expectRead(text, expected));
    }
  });
}
