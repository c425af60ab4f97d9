import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, matchAlert } from '../../../src/engine/diagnose.ts';
import { normalize, RECOGNITION_THRESHOLD } from '../../../src/engine/alerts.ts';
import { knowledge } from '../../../src/knowledge/index.ts';

const concrete = (pattern: string) => pattern.replace('#', '3');
const cases = knowledge.alerts.flatMap((a) =>
  Object.entries(a.patterns).flatMap(([language, patterns]) =>
    (patterns ?? []).map((pattern) => ({ id: a.id, language, text: concrete(pattern) })),
  ),
);

describe('alert matching', () => {
  it.each(cases)('recognises $language "$text" as $id', ({ id, text }) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it('covers every Apple-documented message in English and German', () => {
    for (const alert of knowledge.alerts) {
      expect(alert.patterns.en?.length, alert.id).toBeGreaterThan(0);
      expect(alert.patterns.de?.length, alert.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['the iPad variant', 'iPad Backup Failed', 'backup_failed'],
    [
      'lower case and quotes',
      '"this ipad cannot be backed up because there is not enough icloud storage available."',
      'not_enough_storage',
    ],
    ['German quotes', '„Nicht genügend iCloud-Speicher“', 'not_enough_storage'],
    ['typos', 'The last backup could not be compleeted', 'last_backup_not_completed'],
    ['a typo in a short title', 'iPhone Backup Faild', 'backup_failed'],
    ['a partial paste', 'not enough iCloud storage available', 'not_enough_storage'],
    ['a partial paste of the end', 'could not be completed', 'last_backup_not_completed'],
    [
      'extra words around it',
      'Notification: iPhone Backup Failed - The last backup could not be completed.',
      'last_backup_not_completed',
    ],
    ['Japanese with a suffix', 'iPhoneバックアップに失敗しました', 'backup_failed'],
    [
      'a different number of weeks',
      "This iPad hasn't been backed up in 12 weeks",
      'not_backed_up_weeks',
    ],
    ['German without hyphen', 'Nicht genügend iCloud Speicher', 'not_enough_storage'],
    ['stuck progress', 'estimating time remaining...', 'taking_long'],
  ])('tolerates %s', (_label, text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it.each(['My screen is cracked', 'hello', '', '   ', 'Mein Akku ist leer', 'backup'])(
    'reports "%s" as unrecognised',
    (text) => {
      expect(matchAlert(text).recognized).toBe(false);
    },
  );

  it('does not force an unrecognised text onto a cause', () => {
    const d = diagnose({ alertText: 'My screen is cracked' }, { now: new Date('2026-01-01') });
    expect(d.alert?.recognized).toBe(false);
    expect(d.notices.map((n) => n.id)).toContain('alert_unrecognized');
    expect(d.causes.flatMap((c) => c.evidence).filter((e) => e.origin === 'alert')).toEqual([]);
  });

  it('normalises the device word, numbers and punctuation', () => {
    expect(normalize('„iPad“ hasn’t backed up in 4 weeks!')).toBe(
      'device hasnt backed up in # weeks',
    );
  });

  it('never throws and keeps confidence within 0..1 on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = matchAlert(text);
        if (r.confidence !== undefined) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
        expect(r.recognized).toBe((r.confidence ?? 0) >= RECOGNITION_THRESHOLD);
      }),
    );
  });
});
