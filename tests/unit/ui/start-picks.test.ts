import { describe, expect, it } from 'vitest';
import { loadCatalogs, startSliceOf } from '../../../src/i18n/load';
import { catalogOf, keys, knowledge, LOCALES, type Locale } from '../../../src/knowledge';
import { startSlice } from '../../../src/knowledge/start-slice';
import { textsFor } from '../../../src/ui/locale-context';
import { fold, matches, startPicks } from '../../../src/ui/start-picks';

const sliceOf = (locale: Locale) =>
  startSlice(
    knowledge,
    { own: catalogOf('knowledge', locale) ?? {}, en: catalogOf('knowledge', 'en') ?? {} },
    locale,
  );

describe.each(LOCALES)('the first screen list in %s', (locale) => {
  const { t } = textsFor(locale);
  const picks = startPicks(sliceOf(locale));

  it('has no two entries a person would read as the same', () => {
    const labels = picks.map((p) => fold(p.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('offers every known message and every symptom, merged only with one worded alike', () => {
    const listed = new Set(picks.map((p) => fold(p.label)));
    for (const a of knowledge.alerts)
      expect(listed, a.id).toContain(fold(t(keys.alert(a.id).title)));
    for (const s of knowledge.symptoms) {
      expect(listed, s.id).toContain(fold(t(keys.symptom(s.id).title)));
    }
  });

  it('lists messages before symptoms, so a merged entry carries the message', () => {
    const firstSymptom = picks.findIndex((p) => p.kind === 'symptom');
    expect(picks.slice(firstSymptom).every((p) => p.kind === 'symptom')).toBe(true);
  });
});

describe('searching the list', () => {
  const picks = startPicks(sliceOf('de'));
  const find = (query: string) => picks.filter((p) => matches(p, query)).map((p) => p.id);

  it('ignores case, accents and punctuation, and takes the words in any order', () => {
    expect(find('nicht genugend')).toContain('not_enough_storage');
    expect(find('ICLOUD-speicher NICHT')).toContain('not_enough_storage');
  });

  it('finds a message by its English wording too', () => {
    expect(find('not enough')).toContain('not_enough_storage');
  });

  it('finds nothing for words that are in no entry', () => {
    expect(find('zzz')).toEqual([]);
  });
});

describe('the start list the popup loads first', () => {
  it.each(LOCALES)('is the list the knowledge gives, in %s', async (locale) => {
    await loadCatalogs(locale, ['start']);
    expect(startSliceOf(locale)).toEqual(sliceOf(locale));
  });
});
