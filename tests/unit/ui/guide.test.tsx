import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { asOfDates } from '../../../src/ui/components/CostTable';
import { GuidePage } from '../../../src/ui/guide/GuidePage';
import { GUIDE_SECTIONS, topicOf } from '../../../src/ui/guide/sections';
import { textsFor } from '../../../src/ui/locale-context';
import { knowledge } from '../../../src/knowledge';

describe('the guide page', () => {
  afterEach(cleanup);

  it('lists every part in its table of contents, each linking to that part', () => {
    render(<GuidePage query="" languageTag="en-US" />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(
      GUIDE_SECTIONS.map((s) => textsFor('en', ['guide']).t(s.heading)),
    );
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName).toBe('SECTION');
      expect(target?.getAttribute('aria-labelledby')).toBeTruthy();
    }
  });

  it('speaks the language in its address, and the switch changes it', () => {
    render(<GuidePage query="?lang=de" languageTag="en-US" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Backup-Ratgeber' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    fireEvent.change(screen.getByRole('combobox', { name: 'Sprache' }), {
      target: { value: 'en' },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Backup guide' })).toBeTruthy();
    expect(new URL(location.href).searchParams.get('lang')).toBe('en');
  });

  it('follows the browser without a language in the address, and ignores an unknown one', () => {
    render(<GuidePage query="?lang=xx" languageTag="de-AT" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Backup-Ratgeber' })).toBeTruthy();
  });

  // The date a table's prices were copied followed its note after an ASCII space in Japanese
  // and Chinese ('…異なります。 2026/12/01時点の料金です。').
  it.each(['ja', 'zh'] as const)('%s: table captions run sentences on without a gap', (l) => {
    render(<GuidePage query={`?lang=${l}`} languageTag="en-US" />);
    const captions = [...document.querySelectorAll('caption')].map((c) => c.textContent!);
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(caption).not.toMatch(/[。！？]\s/u);
  });

  // '$29.99 (Appleによる確認なし)', '(Apple)' after a source: an aside in ASCII brackets after
  // a space, where Japanese and Chinese write full-width brackets.
  it.each(['ja', 'zh'] as const)('%s: asides are in full-width brackets', (l) => {
    render(<GuidePage query={`?lang=${l}`} languageTag="en-US" />);
    const text = document.body.textContent!;
    expect(text).toMatch(/（[^）]*Apple[^）]*）/u);
    expect(text).not.toMatch(/ \([^)]*(Apple|[\p{Script=Han}\p{Script=Hiragana}])[^)]*\)/u);
  });

  it('names what each correction is about', () => {
    const { t } = textsFor('en');
    for (const c of knowledge.corrections) {
      const topic = topicOf(c.about, t);
      expect(topic, c.about).not.toMatch(/^[a-z_]+\.[a-z_.]+$/);
    }
    expect(topicOf('step:reset_all_settings', t)).toBe('Reset all settings');
  });

  it('states the as-of date of ageing figures when the knowledge carries one', () => {
    const en = textsFor('en');
    expect(asOfDates([{ id: 'x', asOf: '2025-06' }], en)).toBe('June 2025');
    expect(asOfDates([{ id: 'x' }, { asOf: 2025 }], en)).toBe('');
  });

  it.each([
    ['en', 'Dec 1, 2026, Jun 8, 2025'],
    ['de', '01.12.2026, 08.06.2025'],
    ['ja', '2026/12/01、2025/06/08'],
    ['zh', '2026年12月1日、2025年6月8日'],
  ] as const)('%s: says as-of days as the language writes dates and lists', (locale, said) => {
    const records = [{ asOf: '2026-12-01' }, { asOf: '2025-06-08' }, { asOf: '2026-12-01' }];
    expect(asOfDates(records, textsFor(locale))).toBe(said);
  });
});
