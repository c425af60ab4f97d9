import { describe, expect, it } from 'vitest';
import { catalogOf, LOCALES } from '../../../src/knowledge';

/**
 * The hint fills a kind of problem ("issue", "outage") into one sentence. Where nouns have genders
 * and cases, an article or adjective in that sentence could only agree with one of them ("eine
 * andauernde Ausfall"), so each kind brings its own: here, its indefinite article.
 */
const ARTICLES: Record<string, RegExp> = {
  de: /^(ein|eine|einen) /,
  fr: /^(un|une) /,
  es: /^(un|una) /,
  it: /^(un|una|uno) |^un’/,
};

describe('in-page hint texts', () => {
  it.each(Object.entries(ARTICLES))(
    '%s: each kind of problem carries its own article',
    (locale, article) => {
      const texts = catalogOf('inpage', locale as never)!;
      for (const key of ['hint.kind.issue', 'hint.kind.outage']) {
        expect(texts[key], key).toMatch(article);
      }
      for (const key of ['hint.body.problem', 'hint.body.problemSince']) {
        expect(texts[key], key).toContain('{kind}');
      }
    },
  );

  // A green light is what Apple reports, not a proof that its servers are fine; and the flow
  // helps find the cause, it cannot promise to.
  it.each(LOCALES)('%s: a green light is said as what Apple reports', (locale) => {
    expect(catalogOf('inpage', locale)!['hint.body.available']).toMatch(/^Apple\b/);
  });

  // With Apple's side green, the usual causes are the device, its network and the account:
  // naming only the device and the account would send someone with a bad Wi-Fi the wrong way.
  const NETWORK: Record<string, RegExp> = {
    en: /network/,
    de: /Netzwerk/,
    es: /\bred\b/,
    fr: /réseau/,
    it: /\brete\b/,
    ja: /ネットワーク/,
    zh: /网络/,
  };
  it.each(LOCALES)(
    '%s: a green light points at the device, its network and the account',
    (locale) => {
      expect(catalogOf('inpage', locale)!['hint.body.available']).toMatch(NETWORK[locale]!);
    },
  );

  it('promises help finding the cause, not that it will be found', () => {
    const texts = catalogOf('inpage', 'en')!;
    expect(texts['hint.body.available']).toMatch(/^Apple reports no problem/);
    expect(texts['hint.body.available']).not.toMatch(/servers are not the problem|finds it/);
    expect(texts['hint.body.unknown']).toMatch(/green means Apple reports no problem/);
  });
});
