import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { keys, knowledge } from '../../../src/knowledge';
import { LOCALES } from '../../../src/knowledge/ids';
import { textsFor } from '../../../src/ui/locale-context';
import { itemOf, card } from './step-card-fixtures';

/*
 * Round 22: every step card that changes something shows what it costs, in the card's language,
 * before the buttons that record it as done (a harmless step's costs are as much the user's to
 * know as a disruptive one's).
 */
const changing = knowledge.steps.filter((s) => s.kind !== 'check' && s.kind !== 'escalation');

describe('a step card says what the step costs before it is marked', () => {
  afterEach(cleanup);

  it('covers the steps that had no cost before', () => {
    expect(changing.map((s) => s.id)).toEqual(
      expect.arrayContaining(['restart_device', 'turn_on_backup', 'plug_in_and_lock']),
    );
  });

  it.each(LOCALES)('%s: each cost is shown, in the language, ahead of the buttons', (locale) => {
    const { t } = textsFor(locale);
    const missing: string[] = [];
    for (const step of changing) {
      const root = card(locale, itemOf(step));
      const text = root.textContent ?? '';
      const buttons = root.querySelector('.outcomes')!;
      expect(buttons, step.id).not.toBeNull();
      for (const key of step.consequences) {
        const said = t(key);
        expect(said, key).not.toBe(key);
        const item = [...root.querySelectorAll('li')].find((li) => li.textContent === said);
        if (!item || !text.includes(said)) missing.push(`${step.id}: ${key}`);
        else
          expect(
            item.compareDocumentPosition(buttons) & Node.DOCUMENT_POSITION_FOLLOWING,
            `${step.id}: ${key}`,
          ).toBeTruthy();
      }
      expect(step.consequences.length, step.id).toBeGreaterThan(0);
      cleanup();
    }
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s: the title is the step’s own, in the language', (locale) => {
    const step = knowledge.steps.find((s) => s.id === 'restart_device')!;
    const root = card(locale, itemOf(step));
    expect(root.querySelector('h3')!.textContent).toBe(
      textsFor(locale).t(keys.step(step.id).title),
    );
  });
});
