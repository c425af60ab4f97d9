import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge/index.ts';
import { Alert } from '../../../src/knowledge/schema.ts';
import {
  alertWordings,
  startSlice,
  WORDING_SEPARATOR,
} from '../../../src/knowledge/start-slice.ts';

const alert = (patterns: Record<string, string>) => ({
  id: 'sample',
  patterns,
  causes: [],
  sources: ['apple_backup_help'],
});

describe('alert wordings, one string per language', () => {
  it('gives every wording back whole, in order', () => {
    expect(
      alertWordings({ patterns: { en: 'Backup failed | iCloud Backup Failed', de: 'Fehler' } }),
    ).toEqual({
      en: ['Backup failed', 'iCloud Backup Failed'],
      de: ['Fehler'],
    });
  });

  it('every alert of the knowledge has wordings of two characters or more', () => {
    for (const a of knowledge.alerts) {
      for (const wordings of Object.values(alertWordings(a))) {
        for (const w of wordings ?? []) expect(w.length, a.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('the schema refuses what would not split back whole', () => {
    const ok = (patterns: Record<string, string>) => Alert.safeParse(alert(patterns)).success;
    expect(ok({ en: `Backup failed${WORDING_SEPARATOR}Unable to back up` })).toBe(true);
    expect(ok({ en: 'Backup failed | ' })).toBe(false);
    expect(ok({ en: 'Backup failed |Unable to back up' })).toBe(false);
    expect(ok({ en: 'Backup failed  |  Unable to back up' })).toBe(false);
    expect(ok({ en: 'x' })).toBe(false);
  });

  it('the start slice lists them as separate wordings, its language first, then English', () => {
    const slice = startSlice(
      { alerts: [{ id: 'a', patterns: { de: 'Eins | Zwei', en: 'One | Two' } }], symptoms: [] },
      { own: {}, en: {} },
      'de',
    );
    expect(slice.alerts[0]!.patterns).toEqual(['Eins', 'Zwei', 'One', 'Two']);
  });
});
