import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.ts';

/**
 * 'There was a problem enabling iCloud Backup' is about turning the backup on, not about room:
 * like the other alerts that are not about storage, it counts against a full iCloud, so the
 * plan does not open with the storage check on storage's base rate alone.
 */
const now = new Date('2026-06-01T12:00:00Z');

describe('There was a problem enabling iCloud Backup', () => {
  it('leads with the account, not with the storage check', () => {
    const d = diagnose({ alertText: 'There was a problem enabling iCloud Backup' }, { now });
    expect(d.causes[0]?.id).toBe('account_auth');
    expect(d.plan[0]?.stepId).not.toBe('check_storage');
    const storage = d.causes.find((c) => c.id === 'storage_full');
    expect(storage?.evidence.some((e) => e.direction === 'against')).toBe(true);
  });
});
