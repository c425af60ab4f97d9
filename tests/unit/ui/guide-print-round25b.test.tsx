import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALES, type Locale } from '../../../src/i18n';
import { GuidePage } from '../../../src/ui/guide/GuidePage';
import { PrintReport } from '../../../src/ui/export/PrintReport';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { knowledge } from '../../../src/knowledge';
import { textsFor } from '../../../src/ui/locale-context';
import { sourceLinks } from '../../../src/ui/sources';
import { lintText } from '../../support/texts-lint';
import { fakeManifest } from '../../support/fake-manifest';

/**
 * Round 25b: the guide page and the print page read as a page in every language: no leftovers or
 * English, the language's punctuation and number forms, headings that never skip a level, links
 * that say where they go, sources that say who says it, and screen-reader names that say what is
 * seen.
 */

/** Every heading's level, in document order. */
const headingLevels = (root: ParentNode) =>
  [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));

function expectHeadingsInOrder(root: ParentNode, what: string) {
  const levels = headingLevels(root);
  expect(levels[0], `${what}: starts with its h1`).toBe(1);
  expect(
    levels.filter((l) => l === 1),
    `${what}: one h1`,
  ).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0)
      expect(level, `${what}: heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(
        levels[i - 1]! + 1,
      );
  });
}

/** The text a page shows and says: visible blocks, screen-reader names and the tab's title. */
function pageText(root: ParentNode) {
  const blocks = [
    ...root.querySelectorAll('h1,h2,h3,p,li,dt,dd,th,td,caption,button,summary,a,blockquote'),
  ].map((e) => e.textContent ?? '');
  const labels = [...root.querySelectorAll('[aria-label],[title]')].flatMap((e) =>
    [e.getAttribute('aria-label'), e.getAttribute('title')].filter(Boolean),
  );
  return [...blocks, ...labels, document.title].join('\n');
}

/** A name that says nothing of where a link goes. */
const GENERIC_LINK =
  /^(?:here|click here|link|more|source|hier|ici|aquí|qui|こちら|这里|更多|https?:\/\/\S+)$/iu;

/** Decimal points in a language that writes a decimal comma, versions aside ("iOS 17.5"). */
// "1.000 $" is a thousands separator; a decimal has one or two digits after the point.
const DECIMAL_POINT = /(?<!iOS |iPadOS |[\d.])\d+\.\d{1,2}(?![\d.])\s?(?:GB|MB|TB|Go|Mo|To|\$|€)/u;

/** Units in French are Go, Mo, To. */
const ENGLISH_UNITS_FR = /\d\s?(?:GB|MB|TB|KB)\b/u;

const PRICE_AS_ENGLISH = /\$\d/u;

describe('the guide page reads clean in every language', () => {
  afterEach(cleanup);

  async function guide(locale: Locale) {
    render(<GuidePage query={`?lang=${locale}`} languageTag="en-US" />);
    await screen.findByRole('heading', { level: 1 });
    return document.querySelector('.guide')!;
  }

  it.each(LOCALES)('%s: no leftovers, English or misplaced punctuation', async (locale) => {
    const page = await guide(locale);
    lintText(locale, pageText(page), `guide ${locale}`);
  });

  it.each(LOCALES)('%s: headings go h1 → h2 → h3 and never skip a level', async (locale) => {
    expectHeadingsInOrder(await guide(locale), `guide ${locale}`);
  });

  it.each(LOCALES)('%s: every link says where it goes', async (locale) => {
    const page = await guide(locale);
    const links = [...page.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      const name = (a.getAttribute('aria-label') ?? a.textContent ?? '').trim();
      expect(name, a.getAttribute('href')!).not.toBe('');
      expect(name, a.getAttribute('href')!).not.toMatch(GENERIC_LINK);
    }
  });

  // A title such as "Backup failed: what to do" from a forum read as naming its origin, so the
  // line lost "(User reports)" and a reader took a user's account for an official page.
  it.each(LOCALES)('%s: every source that is not Apple’s says whose it is', async (locale) => {
    const page = await guide(locale);
    const { t } = textsFor(locale, ['guide', 'ui']);
    const section = page.querySelector('#sources')!;
    const lines = [...section.querySelectorAll('li')].map((li) => li.textContent!);
    for (const source of knowledge.sources) {
      const title = t(`source.${source.id}.title`);
      const line = lines.find((l) => l.startsWith(title));
      expect(line, source.id).toBeDefined();
      if (source.kind === 'apple') continue;
      const kind = t(`source.kind.${source.kind}`);
      // "Third-party price reports" names the kind "Third party".
      const fold = (s: string) => s.toLocaleLowerCase().replace(/[\s-]+/g, ' ');
      const named = fold(line!).includes(fold(kind));
      expect(named, `${source.id}: "${line}" names "${kind}"`).toBe(true);
    }
  });

  // The rule, not today's titles: a colon in a title named no origin ("iPhone User Guide: …").
  it.each(LOCALES)('%s: a title with a colon still gets its kind', (locale) => {
    const texts = textsFor(locale, ['guide', 'ui']);
    const forum: typeof texts.t = (ref, params) =>
      ref === 'source.user_reports.title'
        ? 'Backup failed: what worked for me'
        : texts.t(ref, params);
    const userReports = knowledge.sources.find((s) => s.kind === 'user-reports')!;
    const guide = knowledge.sources.find((s) => s.kind === 'guide')!;
    const apple = knowledge.sources.find((s) => s.id === 'apple_ios_models')!;
    const links = sourceLinks([userReports.id, guide.id, apple.id], forum);
    expect(links.find((l) => l.id === userReports.id)?.kind).toBe(
      texts.t('source.kind.user-reports'),
    );
    // The guide's own titles begin with the kind's name: said once, not twice.
    expect(links.find((l) => l.id === guide.id)?.kind).toBeUndefined();
    // "iPhone User Guide: …" is Apple's, and says so only through its kind.
    expect(links.find((l) => l.id === apple.id)?.kind).toBe(texts.t('source.kind.apple'));
  });

  it.each(LOCALES)('%s: an Apple source never goes without Apple in its line', async (locale) => {
    const page = await guide(locale);
    const { t } = textsFor(locale, ['guide', 'ui']);
    const lines = [...page.querySelectorAll('#sources li')].map((li) => li.textContent!);
    for (const source of knowledge.sources.filter((s) => s.kind !== 'apple')) {
      const title = t(`source.${source.id}.title`);
      // A third party's page may be about Apple, but its title must not read as Apple's own.
      expect(title, source.id).not.toMatch(/^Apple(?:\s|-)?(?:Support|サポート|支持)\b/u);
      expect(lines.some((l) => l.startsWith(title))).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en' && l !== 'ja' && l !== 'zh'))(
    '%s: sizes and prices in the language’s number format',
    async (locale) => {
      const text = pageText(await guide(locale));
      expect(text).not.toMatch(DECIMAL_POINT);
      expect(text).not.toMatch(PRICE_AS_ENGLISH);
      if (locale === 'fr') expect(text).not.toMatch(ENGLISH_UNITS_FR);
    },
  );

  // "400 $–1.000 $" put the currency on both ends where German writes it once, and Japanese
  // joined prices with "–" beside days joined with "〜": a range is written as the language does.
  it.each([
    ['de', '250–600 $'],
    ['fr', '250–600 $US'],
    ['ja', '$250 ～ $600'],
    ['en', '$250 – $600'],
  ] as const)(
    '%s: a lab’s price range is one range, as the language writes it',
    async (l, said) => {
      const page = await guide(l);
      const cells = [...page.querySelectorAll('#recovery td')].map((td) => td.textContent!.trim());
      expect(cells.map((c) => c.replace(/[\u00a0\u202f\u2009]/gu, ' '))).toContain(said);
    },
  );

  it.each(LOCALES)('%s: screen-reader names contain what is seen', async (locale) => {
    const page = await guide(locale);
    for (const e of page.querySelectorAll('[aria-label]')) {
      const seen = (e.textContent ?? '').trim();
      if (seen) expect(e.getAttribute('aria-label')).toContain(seen);
    }
    for (const e of page.querySelectorAll('[aria-labelledby]')) {
      const target = document.getElementById(e.getAttribute('aria-labelledby')!);
      expect(target, e.getAttribute('aria-labelledby')!).not.toBeNull();
      expect(target!.textContent!.trim()).not.toBe('');
    }
  });

  it.each(LOCALES)('%s: the contents name each part as its heading does', async (locale) => {
    const page = await guide(locale);
    for (const a of page.querySelectorAll('.guide__toc a')) {
      const target = document.getElementById(a.getAttribute('href')!.slice(1))!;
      expect(target.querySelector('h2')!.textContent).toBe(a.textContent);
    }
  });
});

describe('the print page reads clean in every language', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeManifest();
  });
  afterEach(cleanup);

  async function printPage(locale: Locale, summaryLocale: Locale = locale) {
    await sessionItem.setValue({
      ...newSession(new Date()),
      screen: 'results',
      facts: {
        wifi: 'stable',
        storageUsedBytes: 4_800_000_000,
        storageTotalBytes: 5_368_709_120,
        backupSizeBytes: 1_500_000_000,
        iosVersion: '17.5.1',
        stepsTried: { restart_device: 'no_change' },
      },
    });
    render(<PrintReport query={`?lang=${summaryLocale}`} languageTag={locale} />);
    await screen.findByRole('heading', { level: 1 });
    return document.querySelector('.report')!;
  }

  it.each(LOCALES)('%s: no leftovers, English or misplaced punctuation', async (locale) => {
    lintText(locale, pageText(await printPage(locale)), `print ${locale}`);
  });

  it.each(LOCALES)('%s: headings go h1 → h2 and never skip a level', async (locale) => {
    expectHeadingsInOrder(await printPage(locale), `print ${locale}`);
  });

  // The print page's button printed where it stood while it said "(in a new tab)", the export
  // screen's wording for the button that opens this page.
  it.each(LOCALES)('%s: the print button does not say it opens a tab', async (locale) => {
    await printPage(locale);
    const button = document.querySelector('.report__actions button')!;
    const { t } = textsFor(locale, ['export', 'ui']);
    expect(button.textContent).not.toBe(t('export.print'));
    expect(button.textContent).toMatch(/PDF/);
  });

  it.each(LOCALES.filter((l) => l !== 'en' && l !== 'ja' && l !== 'zh'))(
    '%s: sizes in the language’s number format',
    async (locale) => {
      const text = pageText(await printPage(locale));
      expect(text).not.toMatch(DECIMAL_POINT);
      if (locale === 'fr') expect(text).not.toMatch(ENGLISH_UNITS_FR);
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s: an English summary on a page in another language is marked English',
    async (locale) => {
      const page = await printPage(locale, 'en');
      expect(page.querySelector('article')!.getAttribute('lang')).toBe('en');
      expect(document.documentElement.lang).not.toBe('en');
    },
  );
});
