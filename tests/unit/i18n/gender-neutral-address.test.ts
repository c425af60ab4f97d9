import { describe, expect, it } from 'vitest';
import { catalogOf, type Family } from '../../../src/knowledge/catalogs';

/**
 * The extension does not know who reads it. Where a language makes an adjective or participle
 * agree with the person addressed ("vous êtes connecté", "tú mismo", "resta connesso"), a text
 * in the masculine tells every other reader they were not meant; the sentence is built without
 * one (the device is connected, the reader checks the light).
 */
const AGREES_WITH_READER: Record<'es' | 'fr' | 'it', RegExp> = {
  es: /(?<!\p{L})(?:tú mism[oa]|t[uú] sol[oa]|estás (?:segur|conectad|list|registrad)[oa]s?|quédate (?:conectad|tranquil)[oa])(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:vous (?:êtes|serez|étiez) (?:connecté|déconnecté|sûr|prêt|certain|inscrit|identifié)e?s?|restez (?:connecté|sûr)e?s?)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:tu stess[oa]|sei (?:connesso|collegato|sicuro|pronto)|rest[ai] (?:connesso|collegato)|rimani (?:connesso|collegato))(?!\p{L})/iu,
};

const FAMILIES: Family[] = ['ui', 'guide', 'report', 'inpage', 'export', 'knowledge'];

describe('the reader is addressed without a gender', () => {
  it.each(Object.keys(AGREES_WITH_READER) as (keyof typeof AGREES_WITH_READER)[])(
    '%s: no adjective or participle agrees with the reader',
    (locale) => {
      for (const family of FAMILIES)
        for (const [key, text] of Object.entries(catalogOf(family, locale)!))
          expect(text, `${family} ${key}`).not.toMatch(AGREES_WITH_READER[locale]);
    },
  );

  it('tells agreement with the reader from agreement with the device', () => {
    expect('une fois que vous êtes connecté').toMatch(AGREES_WITH_READER.fr);
    expect('Restez connectée au Wi-Fi').toMatch(AGREES_WITH_READER.fr);
    expect('l’appareil est connecté au Wi-Fi').not.toMatch(AGREES_WITH_READER.fr);
    expect('Mira tú mismo el indicador').toMatch(AGREES_WITH_READER.es);
    expect('ahora mismo').not.toMatch(AGREES_WITH_READER.es);
    expect('Resta connesso al Wi-Fi').toMatch(AGREES_WITH_READER.it);
    expect('il dispositivo stesso').not.toMatch(AGREES_WITH_READER.it);
  });
});
