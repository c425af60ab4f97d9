import { describe, expect, it } from 'vitest';
import { catalogOf, FAMILIES, interpolate } from '../../../src/knowledge/catalogs';
import { formatAge, formatDateTime } from '../../../src/ui/format';

/**
 * Italian elides the article before a number said with a vowel: "dall’8", "dell’11", never
 * "dal 8" or "del 11". A date is filled in as the locale writes it ("8 dic 2026, 10:00"), so a
 * template that puts an article right before it is wrong two days a month.
 */
const UNELIDED = /(?<!\p{L})(il|al|dal|del|nel|sul) (8|11)(?!\d)/iu;

const DATES = ['2026-12-08T10:00:00Z', '2026-12-11T10:00:00Z', '2026-12-08', '2026-11-11'].map(
  (iso) => formatDateTime(iso, 'it'),
);

describe('Italian dates after an article', () => {
  const templates = FAMILIES.flatMap((family) =>
    Object.entries(catalogOf(family, 'it') ?? {}).filter(([, text]) =>
      /\{(since|date)\}/.test(text),
    ),
  );

  it('finds templates with a date to check', () => {
    expect(templates.length).toBeGreaterThan(3);
  });

  it('never writes "dal 8" or "del 11"', () => {
    for (const [key, template] of templates) {
      for (const date of DATES) {
        expect(interpolate(template, { since: date, date }), key).not.toMatch(UNELIDED);
      }
    }
  });
});

/** "l’altro ieri" (the day before yesterday) after a bare "a" or "di" needs "all’", "dell’". */
const UNCONTRACTED = /(?<!\p{L})(a|di|da|in|su) l[’']/iu;

describe('Italian ages after a preposition', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const ages = [1, 2, 3, 30].map((days) =>
    formatAge(new Date(now.getTime() - days * 86_400_000).toISOString(), now, 'it', 'proprio ora'),
  );

  it('never writes "risale a l’altro ieri"', () => {
    expect(ages).toContain('l’altro ieri');
    const templates = FAMILIES.flatMap((family) =>
      Object.entries(catalogOf(family, 'it') ?? {}).filter(([, text]) => text.includes('{age}')),
    );
    expect(templates.length).toBeGreaterThan(2);
    for (const [key, template] of templates) {
      for (const age of ages) expect(interpolate(template, { age }), key).not.toMatch(UNCONTRACTED);
    }
  });
});
