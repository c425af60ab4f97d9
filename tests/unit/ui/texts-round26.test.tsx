import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { LOCALES, type Locale } from '../../../src/i18n';
import { GuidePage } from '../../../src/ui/guide/GuidePage';
import { knowledge } from '../../../src/knowledge';

/**
 * Round 26: the recovery labs' prices on the guide page, a range in each language's own form,
 * written before the fix. Spanish, Italian and Chinese number data join a range with a hyphen
 * ("400-1000 US$"), which reads as one hyphenated number; the popup's own day ranges beside them
 * use an en dash in those languages.
 */

afterEach(cleanup);

async function priceCells(locale: Locale): Promise<string[]> {
  render(<GuidePage query={`?lang=${locale}`} languageTag="en-US" />);
  await screen.findByRole('heading', { level: 1 });
  // The labs' table: a caption and three columns (the plans' has two, the comparison no caption).
  const table = [...document.querySelectorAll('table')].find(
    (t) => t.querySelector('caption') && t.querySelectorAll('thead th').length === 3,
  );
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map(
    (row) => row.querySelector('td')?.textContent ?? '',
  );
}

describe('a price range in the language’s own form', () => {
  it.each(LOCALES)('%s: each lab price is a range joined by no hyphen', async (locale) => {
    const cells = await priceCells(locale);
    expect(cells).toHaveLength(knowledge.recoveryCosts.length);
    for (const cell of cells) {
      expect(cell).toMatch(/\d/);
      expect(cell).not.toMatch(/\d\s?-\s?(?:US\$|\$)?\d/u);
      expect(cell).toMatch(/[–～〜]|\sà\s|\sa\s/u);
    }
  });
});
