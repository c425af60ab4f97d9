import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/knowledge';

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
});
