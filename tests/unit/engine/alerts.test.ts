import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, matchAlert } from '../../../src/engine/diagnose.ts';
import { RECOGNITION_THRESHOLD } from '../../../src/engine/alerts.ts';
import { ALERT_LANGUAGES, keys, knowledge, LOCALES } from '../../../src/knowledge/index.ts';
import { catalogsOf } from '../../support/catalogs';
import type { AlertLanguage } from '../../../src/knowledge/ids.ts';
import { negative, positive } from './alert-corpus.ts';
import { alertWordings } from '../../../src/knowledge/start-slice.ts';

const concrete = (pattern: string) => pattern.replace('#', '3');
const patterns = knowledge.alerts.flatMap((a) =>
  Object.entries(alertWordings(a)).flatMap(([language, texts]) =>
    (texts ?? []).map((text) => ({ id: a.id, language, text: concrete(text) })),
  ),
);
const alertById = (id: string) => knowledge.alerts.find((a) => a.id === id)!;

describe('the alert catalogue', () => {
  it.each(patterns)('recognises its own $language pattern "$text" as $id', ({ id, text }) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it('has every alert in every alert language', () => {
    for (const alert of knowledge.alerts) {
      expect(Object.keys(alertWordings(alert)).sort(), alert.id).toEqual(
        [...ALERT_LANGUAGES].sort(),
      );
    }
  });

  it('leads every language with a literal alert text (the export falls back to it)', () => {
    for (const alert of knowledge.alerts) {
      for (const [language, texts] of Object.entries(alertWordings(alert))) {
        const first = texts![0]!;
        expect(first, `${alert.id} ${language}`).not.toContain('#');
        expect(matchAlert(first)).toMatchObject({ id: alert.id, language });
      }
    }
  });

  it('reports the language of the pattern that matched', () => {
    expect(matchAlert('Échec de la sauvegarde de l’iPhone').language).toBe('fr');
    expect(matchAlert('iPhone 백업 실패').language).toBe('ko');
    expect(matchAlert('iPhoneのバックアップに失敗しました').language).toBe('ja');
  });

  it('keeps the reminder about weeks without a backup away from storage', () => {
    const reminder = alertById('not_backed_up_weeks');
    expect(reminder.causes.filter((c) => c.cause === 'storage_full')).toEqual([]);
    expect(reminder.causes.map((c) => c.cause)).toContain('power_or_lock');
  });

  it('sends device-storage alerts to device_storage_low, never to iCloud storage', () => {
    for (const id of ['device_storage_full', 'device_storage_almost_full']) {
      const causes = alertById(id).causes;
      expect(causes.find((c) => c.cause === 'device_storage_low')?.weight).toBeGreaterThan(3);
      expect(causes.every((c) => c.cause !== 'storage_full' || c.weight < 0)).toBe(true);
    }
  });
});

describe('what people paste, in every alert language', () => {
  it.each(positive)('%s: recognises "%s" as %s', (_language, text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it.each(negative)('%s: leaves "%s" unrecognised', (_language, text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });

  it('has positive and negative cases for every language', () => {
    for (const language of ALERT_LANGUAGES) {
      const ofLanguage = <T extends [AlertLanguage, ...unknown[]]>(rows: T[]) =>
        rows.filter(([l]) => l === language).length;
      expect(ofLanguage(positive), language).toBeGreaterThanOrEqual(10);
      expect(ofLanguage(negative), language).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('device storage and iCloud storage', () => {
  it.each([
    ['en', 'iPhone Storage Full', 'iCloud Storage Full'],
    ['de', 'iPhone-Speicher voll', 'iCloud-Speicher voll'],
    ['fr', 'Stockage de l’iPhone saturé', 'Stockage iCloud saturé'],
    ['es', 'Almacenamiento del iPhone lleno', 'Almacenamiento de iCloud lleno'],
    ['it', 'Spazio di iPhone esaurito', 'Spazio iCloud esaurito'],
    ['pt', 'Armazenamento do iPhone cheio', 'Armazenamento do iCloud cheio'],
    ['nl', 'iPhone-opslag vol', 'iCloud-opslag vol'],
    ['ja', 'iPhoneストレージがいっぱいです', 'iCloudストレージがいっぱいです'],
    ['zh', 'iPhone 储存空间已满', 'iCloud 储存空间已满'],
    ['ko', 'iPhone 저장 공간이 가득 참', 'iCloud 저장 공간이 가득 참'],
  ])('%s: tells "%s" (device) from "%s" (iCloud)', (_language, device, icloud) => {
    expect(matchAlert(device).id).toBe('device_storage_full');
    expect(matchAlert(icloud).id).toBe('not_enough_storage');
  });

  it.each([
    'My iPhone says iCloud storage almost full',
    'Storage almost full in iCloud',
    'almacenamiento icloud casi lleno',
  ])('never reads a text naming iCloud as device storage: "%s"', (text) => {
    expect(matchAlert(text).id).not.toMatch(/^device_/);
  });
});

describe('two alerts pasted together', () => {
  it.each([
    [
      'en',
      'iPhone Storage Almost Full\niCloud Storage Is Full',
      'device_storage_almost_full',
      'not_enough_storage',
    ],
    // "email" is not "Gmail", another company's storage.
    [
      'en',
      'iPhone Storage Almost Full\niCloud Storage Is Full, email removed',
      'device_storage_almost_full',
      'not_enough_storage',
    ],
    [
      'en',
      'iCloud storage is full. iPhone Not Backed Up',
      'not_enough_storage',
      'not_backed_up_weeks',
    ],
    [
      'de',
      'iPhone-Speicher voll. Außerdem: Nicht genügend iCloud-Speicher',
      'device_storage_full',
      'not_enough_storage',
    ],
    [
      'fr',
      'Stockage de l’iPhone saturé\nStockage iCloud saturé',
      'device_storage_full',
      'not_enough_storage',
    ],
    [
      'ja',
      'iPhoneストレージがいっぱいです。iCloudストレージがいっぱいです。',
      'device_storage_full',
      'not_enough_storage',
    ],
  ])('%s: reads both alerts of "%s"', (_language, text, first, second) => {
    const match = matchAlert(text);
    expect([match.id, ...(match.others ?? []).map((a) => a.id)].sort()).toEqual(
      [first, second].sort(),
    );
  });

  it('finds no second alert in one alert pasted whole, title and body, in any language', () => {
    const whole = [...patterns.map((p) => [p.language, p.text, p.id]), ...positive];
    for (const [language, text, id] of whole) {
      const match = matchAlert(text!);
      expect(match.others, `${language} ${text}`).toBeUndefined();
      expect(match.id, `${language} ${text}`).toBe(id);
    }
  });

  it('weighs the evidence of both: the device and iCloud storage are both likely', () => {
    const d = diagnose(
      {
        alertText:
          'iPhone Storage Almost Full. You can manage your storage in Settings.\niCloud Storage Is Full',
      },
      { now: new Date('2026-06-01') },
    );
    expect(d.alert).toMatchObject({
      id: 'device_storage_almost_full',
      also: ['not_enough_storage'],
    });
    expect(
      d.causes
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['device_storage_low', 'storage_full']);
    const plan = d.plan.map((p) => p.stepId);
    expect(plan).toContain('free_device_space');
    expect(plan).toContain('delete_old_device_backups');
  });
});

describe('meaning, not just words', () => {
  it.each([
    ['iPhone backed up successfully', 'the opposite of "iPhone Not Backed Up"'],
    ['The last backup was completed', 'the opposite of "could not be completed"'],
    ['my iPhone storage is not full', 'a negated "storage full"'],
    ['Der iPhone-Speicher ist nicht voll', 'a negated "Speicher voll"'],
    ['Face ID not working', 'the words of "iCloud Backup not working" without its topic'],
    ['アップデートに失敗しました', '"update failed", sharing only "failed" with "backup failed"'],
    ['iCloud backup', 'the topic of "iCloud Backup Failed" without what sets it apart'],
  ])('leaves "%s" unrecognised (%s)', (text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });

  it('does not let surrounding negations in context spoil a match', () => {
    const text = "I don't know why, but my iPhone keeps saying Storage Almost Full";
    expect(matchAlert(text).id).toBe('device_storage_almost_full');
  });
});

describe('unrecognised text', () => {
  it.each(['', '   ', '!!!', 'constructor', '__proto__ toString', '#'])(
    'reports "%s" as unrecognised without throwing',
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
});

describe('properties', () => {
  // Code points from the scripts the matcher treats differently, plus any other.
  const anyScript = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0x20, max: 0x7e }),
        fc.integer({ min: 0xa0, max: 0x24f }),
        fc.integer({ min: 0x3040, max: 0x30ff }),
        fc.integer({ min: 0x4e00, max: 0x9fff }),
        fc.integer({ min: 0xac00, max: 0xd7a3 }),
        fc.integer({ min: 0, max: 0x10ffff }),
      ),
      { maxLength: 300 },
    )
    .map((points) => String.fromCodePoint(...points));

  it('never throws and keeps confidence within 0..1 on random text in any script', () => {
    fc.assert(
      fc.property(anyScript, (text) => {
        const r = matchAlert(text);
        if (r.confidence !== undefined) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
        expect(r.recognized).toBe((r.confidence ?? 0) >= RECOGNITION_THRESHOLD);
      }),
    );
  });

  // Latin-script words long enough to carry a typo (contractions aside: "couldn't").
  const longWord = /(?<![\p{L}'’])\p{sc=Latin}{6,}(?![\p{L}'’])/gu;
  const typable = patterns.filter((p) => p.text.match(longWord));

  // The usual slips of a finger: two letters swapped, one dropped, one doubled.
  const slips = [
    (w: string, k: number) => w.slice(0, k) + (w[k + 1] ?? '') + w[k] + w.slice(k + 2),
    (w: string, k: number) => w.slice(0, k) + w.slice(k + 1),
    (w: string, k: number) => w.slice(0, k) + w[k] + w.slice(k),
  ];

  it('still recognises a pattern with a typo in one of its long words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...typable),
        fc.nat(),
        fc.constantFrom(...slips),
        ({ id, text }, at, slip) => {
          const words = [...text.matchAll(longWord)];
          const word = words[at % words.length]!;
          const typo =
            text.slice(0, word.index) +
            slip(word[0], at % word[0].length) +
            text.slice(word.index + word[0].length);
          expect(matchAlert(typo).id).toBe(id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the alert inside surrounding words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns.filter((p) => p.text.length >= 20)),
        fc.constantFrom(
          'I keep getting this:',
          'Hilfe!',
          'Bonjour,',
          'これが出ます：',
          '도와주세요',
        ),
        ({ id, text }, before) => {
          expect(matchAlert(`${before} ${text}`).id).toBe(id);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the alert titles the popup lists, in every language', () => {
  // A person who picks nothing but types what the list shows must land on the same alert.
  it.each(LOCALES)('%s: each title is recognised as its own alert', (locale) => {
    const titles = catalogsOf('knowledge')[locale];
    for (const alert of knowledge.alerts) {
      const title = titles[keys.alert(alert.id).title]!;
      expect(matchAlert(title).alert?.id, `${alert.id}: ${title}`).toBe(alert.id);
    }
  });
});
