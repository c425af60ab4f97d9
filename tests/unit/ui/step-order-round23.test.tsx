import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { keys, knowledge } from '../../../src/knowledge';
import { LOCALES, type Locale } from '../../../src/knowledge/ids';
import { StepCard } from '../../../src/ui/components/StepCard';
import { Footer } from '../../../src/ui/components/Footer';
import { EscalationScreen } from '../../../src/ui/screens/EscalationScreen';
import { textsFor } from '../../../src/ui/locale-context';
import type { StartFlow } from '../../../src/ui/use-flow';
import { itemOf, flow, inLocale } from './step-card-fixtures';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { GuidePage } from '../../../src/ui/guide/GuidePage';

/*
 * Round 23: what a step costs is read before how to do it, on every card that shows a step (a
 * small change's costs too, not only a disruptive one's), and a button that confirms a loss says
 * what it loses.
 */
/** Whether `a` comes before `b` in the document. */
const before = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The element whose whole text is `said`, among the card's list items. */
const itemSaying = (root: Element, said: string) =>
  [...root.querySelectorAll('li')].find((li) => li.textContent === said);

describe('a step’s costs come before its instructions', () => {
  afterEach(cleanup);
  const costly = knowledge.steps.filter((s) => s.consequences.length > 0);

  it('covers small changes as well as disruptive steps', () => {
    const by = new Set(costly.map((s) => s.disruption));
    expect(by.has('low') || by.has('none')).toBe(true);
    expect(by.has('high')).toBe(true);
  });

  it.each(LOCALES)('%s: on each step card of the plan', (locale) => {
    const { t } = textsFor(locale);
    const late: string[] = [];
    for (const step of costly) {
      const root = inLocale(locale, <StepCard item={itemOf(step)} flow={flow} current />);
      const how = root.querySelector('.step__instructions')!;
      expect(how, step.id).not.toBeNull();
      for (const key of step.consequences) {
        const item = itemSaying(root, t(key));
        expect(item, `${step.id}: ${key}`).toBeDefined();
        if (!before(item!, how)) late.push(`${step.id} (${step.disruption}): ${key}`);
      }
      cleanup();
    }
    expect(late).toEqual([]);
  });

  it.each(LOCALES)('%s: on the screen for when nothing worked', (locale) => {
    const { t } = textsFor(locale);
    const root = inLocale(locale, <EscalationScreen flow={flow} />);
    const late: string[] = [];
    const shown = knowledge.steps.filter(
      (s) => (s.kind === 'escalation' || s.kind === 'alternative') && s.consequences.length > 0,
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const step of shown) {
      const card = root.querySelector(`[aria-labelledby="esc-${step.id}"]`)!;
      const how = card.querySelector('.step__instructions')!;
      for (const key of step.consequences) {
        const item = itemSaying(card, t(key));
        expect(item, `${step.id}: ${key}`).toBeDefined();
        if (!before(item!, how)) late.push(`${step.id}: ${key}`);
      }
    }
    expect(late).toEqual([]);
  });

  it.each(LOCALES)('%s: in the guide, wherever a step’s instructions are quoted', (locale) => {
    render(<GuidePage query={`?lang=${locale}`} languageTag="en-US" />);
    const { t } = textsFor(locale);
    const paragraphs = [...document.querySelectorAll('p')];
    const quoted = knowledge.steps.filter((s) =>
      paragraphs.some((p) => p.textContent === t(keys.step(s.id).instructions)),
    );
    // The recovery lab's and the credential tools' instructions are quoted there.
    expect(quoted.map((s) => s.id)).toContain('recovery_lab');
    const late: string[] = [];
    for (const step of quoted) {
      const how = paragraphs.find((p) => p.textContent === t(keys.step(step.id).instructions))!;
      for (const key of step.consequences) {
        const item = itemSaying(document.body, t(key));
        if (!item || !before(item, how)) late.push(`${step.id}: ${key}`);
      }
    }
    expect(late).toEqual([]);
  });

  it.each(LOCALES)('%s: the card’s title still comes first', (locale) => {
    const step = knowledge.steps.find((s) => s.id === 'restart_device')!;
    const root = inLocale(locale, <StepCard item={itemOf(step)} flow={flow} current />);
    const title = root.querySelector('h3')!;
    expect(title.textContent).toBe(textsFor(locale).t(keys.step(step.id).title));
    expect(before(title, itemSaying(root, textsFor(locale).t(step.consequences[0]!))!)).toBe(true);
  });
});

/** What each confirming button must name, in each language: the thing lost or replaced. */
const OBJECT: Record<Locale, { delete: RegExp; replace: RegExp }> = {
  en: { delete: /\bdata\b/i, replace: /\bprogress\b/i },
  de: { delete: /\bDaten\b/, replace: /\bStand\b/ },
  es: { delete: /\bdatos\b/, replace: /\bprogreso\b/ },
  fr: { delete: /\bdonnées\b/, replace: /\bprogression\b/ },
  it: { delete: /\bdati\b/, replace: /\bprogressi\b/ },
  ja: { delete: /データ/, replace: /進行状況/ },
  zh: { delete: /数据/, replace: /进度/ },
};

describe('a button that confirms a loss says what is lost', () => {
  afterEach(cleanup);

  it.each(LOCALES)('%s: “Delete all data” is confirmed by a button naming the data', (locale) => {
    const root = inLocale(
      locale,
      <Footer
        flow={
          {
            chooseLocale: vi.fn(),
            startOver: vi.fn(),
            deleteAllData: vi.fn(),
          } as unknown as StartFlow
        }
        onCleared={vi.fn()}
      />,
    );
    const opener = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === catalogOf('ui', locale)!['footer.delete'],
    )!;
    fireEvent.click(opener);
    const yes = root.querySelector('.confirm button.danger')!;
    expect(yes.textContent).toMatch(OBJECT[locale].delete);
  });

  it.each(LOCALES)(
    '%s: an import is confirmed by a button naming the progress replaced',
    (locale) => {
      const label = catalogOf('export', locale)!['import.replace']!;
      expect(label).toMatch(OBJECT[locale].replace);
      // The question above it names the same thing, so the button repeats it rather than a new word.
      expect(catalogOf('export', locale)!['import.confirm']).toMatch(OBJECT[locale].replace);
    },
  );
});
