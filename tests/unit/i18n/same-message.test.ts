import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, FAMILIES, type Family } from '../../../src/knowledge/catalogs';

/**
 * A translation says what the English says: who reports it, how sure it is, who it names, and
 * with the same words where the English uses the same words. The knowledge texts are checked by
 * tests/knowledge; these are the popup's, the hint's, the summary's, the export's and the guide's.
 */
const OWN: Family[] = ['ui', 'guide', 'report', 'inpage', 'export'];
const OTHER = LOCALES.filter((l) => l !== 'en');
const texts = (family: Family, locale: Locale) => Object.entries(catalogOf(family, locale) ?? {});
const english = (family: Family, key: string) => catalogOf(family, 'en')![key]!;

/**
 * What Apple's System Status page shows is Apple's word, whichever state it is: a title that
 * says "iCloud Backup is under maintenance" states as a fact what only Apple reports.
 */
const APPLE_STATE_TITLES: [Family, string][] = [
  ['ui', 'banner.issue.title'],
  ['ui', 'banner.outage.title'],
  ['ui', 'banner.maintenance.title'],
  ['inpage', 'hint.title.problem'],
  ['inpage', 'hint.title.maintenance'],
];

describe('who reports a state of iCloud Backup', () => {
  it.each(LOCALES)('%s: every title for a problem on Apple’s page names Apple', (locale) => {
    for (const [family, key] of APPLE_STATE_TITLES)
      expect(catalogOf(family, locale)![key], `${family} ${key}`).toMatch(/Apple/);
  });
});

/**
 * "May" is a possibility, "probably" a judgement the extension has not made: a sentence whose
 * English only says something may be so is not made likelier in another language.
 */
const PROBABLY: Record<Exclude<Locale, 'en'>, RegExp> = {
  de: /(?<!\p{L})(?:vermutlich|wahrscheinlich|wohl)(?!\p{L})/iu,
  es: /probabl/i,
  fr: /probabl|sans doute/i,
  it: /probabil/i,
  ja: /おそらく|可能性が高い|でしょう/,
  zh: /很可能|大概|多半/,
};
const ONLY_MAY = (text: string) =>
  /\b(?:may|might|could)\b/i.test(text) && !/\b(?:likely|probably)\b/i.test(text);

describe('how sure a sentence is', () => {
  it.each(OTHER)('%s: what may be so is not said to be probably so', (locale) => {
    let checked = 0;
    for (const family of OWN)
      for (const [key, text] of texts(family, locale)) {
        const source = english(family, key);
        if (!ONLY_MAY(source)) continue;
        checked += 1;
        expect(text, `${family} ${key} (English: ${source})`).not.toMatch(
          PROBABLY[locale as Exclude<Locale, 'en'>],
        );
      }
    expect(checked).toBeGreaterThan(3);
  });

  it('tells a possibility from a likelihood', () => {
    expect(ONLY_MAY('the full storage they saw may be the device’s own')).toBe(true);
    expect(ONLY_MAY('the cause is likely on your device')).toBe(false);
    expect('Voll ist vermutlich der Speicher des Geräts').toMatch(PROBABLY.de);
    expect('Voll ist möglicherweise der Speicher des Geräts').not.toMatch(PROBABLY.de);
    expect('Die Ursache liegt also wohl bei deinem Gerät').toMatch(PROBABLY.de);
    expect('Wohltat').not.toMatch(PROBABLY.de);
  });
});

/**
 * The popup and the summary show the same facts under their own labels; where the English
 * labels are the same, a user comparing the summary with the popup finds the same words.
 */
describe('a label the popup and the summary share', () => {
  const shared = texts('ui', 'en').filter(
    ([key, text]) => catalogOf('report', 'en')![key]?.toLowerCase() === text.toLowerCase(),
  );

  it.each(OTHER)('%s: reads the same on both', (locale) => {
    expect(shared.length).toBeGreaterThan(10);
    for (const [key] of shared)
      expect(catalogOf('report', locale)![key]!.toLowerCase(), key).toBe(
        catalogOf('ui', locale)![key]!.toLowerCase(),
      );
  });
});

/**
 * Apple Support is named where the English names it, and only there: "the person helping you"
 * may be a friend or a repair shop, and a translation that says "support staff" tells the user
 * something the English does not.
 */
const APPLE_SUPPORT: Record<Locale, RegExp> = {
  en: /Apple Support|support (?:staff|agent)/i,
  de: /Apple[- ]Support|Support-?Mitarbeit/i,
  es: /Soporte técnico de Apple|personal de soporte/i,
  fr: /assistance Apple|personnel d[’']assistance/i,
  it: /Supporto Apple|personale del supporto/i,
  ja: /Appleサポート|サポート担当/,
  zh: /Apple 支持|支持人员/,
};

describe('who is named as helping', () => {
  it.each(OTHER)('%s: names Apple Support exactly where the English does', (locale) => {
    let named = 0;
    for (const family of OWN)
      for (const [key, text] of texts(family, locale)) {
        const inEnglish = APPLE_SUPPORT.en.test(english(family, key));
        named += inEnglish ? 1 : 0;
        expect(APPLE_SUPPORT[locale].test(text), `${family} ${key}: ${text}`).toBe(inEnglish);
      }
    expect(named).toBeGreaterThan(3);
  });
});

/**
 * Each language addresses the user one way on every screen, the advice included: du, tú, tu,
 * vous, 你. A formal "Sie" or "Lei" is told from the sentence-initial pronoun ("Sie entspricht
 * …", it matches) by what comes before it.
 */
const OTHER_ADDRESS: Partial<Record<Locale, RegExp>> = {
  de: /[\p{Ll},;]\s+(?:Sie|Ihnen|Ihre?[mnrs]?)(?!\p{L})/u,
  es: /(?<!\p{L})(?:usted|ustedes)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:tu|toi|ton|tes)(?!\p{L})/iu,
  it: /[\p{Ll},;]\s+(?:Lei|Suo|Sua|Suoi|Sue)(?!\p{L})/u,
  zh: /您/,
};

describe('one form of address per language', () => {
  it.each(Object.keys(OTHER_ADDRESS) as Locale[])('%s: in every catalog', (locale) => {
    for (const family of FAMILIES)
      for (const [key, text] of texts(family, locale))
        expect(text, `${family} ${key}`).not.toMatch(OTHER_ADDRESS[locale]!);
  });

  it('tells the other form from a pronoun', () => {
    expect('Bitte prüfen Sie die Anzeige').toMatch(OTHER_ADDRESS.de!);
    expect('Sie entspricht der bekannten Meldung').not.toMatch(OTHER_ADDRESS.de!);
    expect('Controlli il Suo account').toMatch(OTHER_ADDRESS.it!);
    expect('La causa più probabile').not.toMatch(OTHER_ADDRESS.it!);
    expect('Vérifie ton stockage').toMatch(OTHER_ADDRESS.fr!);
    expect('Les tests de restauration').not.toMatch(OTHER_ADDRESS.fr!);
  });
});

/**
 * A template that names a fact, cause, step or message by its title or label sets it apart: some
 * are clauses ("A computer backup fails too", "Was dir angezeigt wird"), and run into a verb
 * phrase they make no sentence ("… schlägt auch fehl ändern", "…失敗するを変更"). A colon, quotes,
 * brackets, a list mark or the text's start or end do. English keeps "Change {fact}", the way its
 * buttons name what they change.
 */
const LABEL =
  /\{(?:fact|cause|step|steps|symptom|alert|category|plan|site|topic|services|items|source|language|path|what)\}/g;
const OPENS = /(?:^|[:：]\s*|[„“«「『‘"(（]\s?|\u00a0)$/;
const CLOSES = /^(?:$|\s?[“”»」』’")）]|\u00a0?[:：]|[(（、,，。.;]|\s[(（])/;
const ENGLISH_BUTTON = (locale: Locale, key: string) => locale === 'en' && key === 'known.change';

function runIn(text: string): string[] {
  return [...text.matchAll(LABEL)]
    .filter((m) => {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      return !(OPENS.test(before) && CLOSES.test(after));
    })
    .map((m) => m[0]);
}

describe('a title or label set into another text', () => {
  it.each(LOCALES)('%s: stands apart from the words around it', (locale) => {
    let checked = 0;
    for (const family of OWN)
      for (const [key, text] of texts(family, locale)) {
        if (ENGLISH_BUTTON(locale, key)) continue;
        checked += text.match(LABEL)?.length ?? 0;
        expect(runIn(text), `${family} ${key}: ${text}`).toEqual([]);
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('tells a label run into a phrase from one set apart', () => {
    expect(runIn('{fact} ändern')).toEqual(['{fact}']);
    expect(runIn('{fact}を変更')).toEqual(['{fact}']);
    expect(runIn('Cambiar {fact}')).toEqual(['{fact}']);
    expect(runIn('Ändern: {fact}')).toEqual([]);
    expect(runIn('「{fact}」を変更')).toEqual([]);
    expect(runIn('{step}\u00a0: {outcome}')).toEqual([]);
    expect(runIn('{path} ({what})')).toEqual([]);
    expect(runIn('考えられる原因：{cause}。')).toEqual([]);
  });
});
