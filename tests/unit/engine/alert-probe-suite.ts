import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/** The alert a probe must be read as, the readings any of which is right (`null`: none), or none. */
export type Expected = string | readonly (string | null)[] | null;
export type Probe = [language: string, text: string, expected: Expected];

/** A backup said not to happen: a failure, whichever generic alert reads it. */
export const FAILED = ['backup_failed', 'not_backed_up_weeks'] as const;
/** The same in a language or phrasing the patterns have no wordings for: unread is safe too. */
export const FAILED_OR_NONE = [...FAILED, null] as const;
/** "Could not make a backup" says what "could not be created" does. */
export const FAILED_OR_CREATED = [...FAILED, 'backup_could_not_be_created'] as const;
export const FAILED_OR_CREATED_OR_NONE = [...FAILED_OR_CREATED, null] as const;
/** A failure to finish, which the generic failure reads as well. */
export const UNFINISHED = ['last_backup_not_completed', 'backup_failed'] as const;
export const UNFINISHED_OR_NONE = [...UNFINISHED, null] as const;
export const ICLOUD_FULL = ['not_enough_storage', 'storage_almost_full'] as const;
export const ICLOUD_FULL_OR_NONE = [...ICLOUD_FULL, null] as const;
export const DEVICE_FULL = ['device_storage_full', 'device_storage_almost_full'] as const;

export function expectRead(text: string, expected: Expected): void {
  const match = matchAlert(text);
  if (expected === null) expect(match.recognized).toBe(false);
  else if (typeof expected === 'string')
    expect(match).toMatchObject({ recognized: true, id: expected });
  else expect(expected).toContain(match.recognized ? match.id : null);
}

/**
 * One test per probe; those still read otherwise are listed as todo (`left`), or run as expected
 * to fail (`failing`), so that one the reader comes to read right is noticed.
 */
export function describeProbes(
  title: string,
  probes: readonly Probe[],
  left: ReadonlySet<string>,
  failing: ReadonlySet<string> = new Set(),
): void {
  describe(title, () => {
    for (const [language, text, expected] of probes) {
      const name = `${language}: ${JSON.stringify(text)} is ${String(expected ?? 'none')}`;
      if (left.has(text)) it.todo(name);
      else if (failing.has(text)) it.fails(name, () => expectRead(text, expected));
      else it(name, () => expectRead(text, expected));
    }
  });
}
