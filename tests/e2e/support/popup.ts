import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** An answer per question, found by the question's words: the engine decides the order. */
export type Answers = [question: RegExp, answer: string | RegExp][];

const questionHeading = (popup: Page) => popup.locator('#question-title');

/**
 * Answers questions as they come, the way a person would: the given answer when the question
 * matches, "Not sure" otherwise, until the results show. Returns the questions seen.
 */
export async function answerUntilResults(
  popup: Page,
  answers: Answers,
  unsure = 'Not sure',
): Promise<string[]> {
  const seen: string[] = [];
  const results = popup.locator('#results-title');
  for (let i = 0; i < 20; i += 1) {
    await expect(questionHeading(popup).or(results)).toBeVisible();
    if (await results.isVisible()) return seen;
    const question = (await questionHeading(popup).textContent()) ?? '';
    expect(seen, `"${question}" was asked twice`).not.toContain(question);
    seen.push(question);
    const match = answers.find(([pattern]) => pattern.test(question));
    const name = match ? match[1] : unsure;
    await popup.getByRole('button', { name, exact: typeof name === 'string' }).click();
    // allTextContents does not wait: the heading may be gone because the results replaced it.
    await expect
      .poll(
        async () =>
          (await results.isVisible()) ||
          (await questionHeading(popup).allTextContents()).join('') !== question,
      )
      .toBe(true);
  }
  throw new Error(`No results after ${seen.length} questions: ${seen.join(' | ')}`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** The first plan step card on the results screen. */
export const currentStep = (popup: Page) => popup.locator('article.step--current');

/** How far down the plan a person is walked before the test gives up. */
const MAX_STEPS = 14;

/**
 * Marks the current step "No change" (confirming what it changes where it asks) until `found`
 * holds for the current step, the way a person works down the plan. Returns that step's title.
 */
export async function noChangeUntil(
  popup: Page,
  found: (step: Locator) => Promise<boolean>,
  what: string,
): Promise<string> {
  for (let i = 0; i < MAX_STEPS; i += 1) {
    const step = currentStep(popup);
    await expect(step, `the plan ran out before ${what}`).toBeVisible();
    const title = (await step.getByRole('heading').textContent()) ?? '';
    if (await found(step)) return title;
    const confirm = step.getByRole('checkbox');
    if ((await confirm.count()) > 0) await confirm.check();
    // A step that only looks or warns is "Done"; a fix that did nothing is "No change".
    await step.getByRole('button', { name: /^(No change|Done, next step)$/ }).click();
    await expect(currentStep(popup).getByRole('heading')).not.toHaveText(title);
  }
  throw new Error(`no ${what} within ${MAX_STEPS} steps`);
}

/** Moves past the steps that only look or warn to the first one that can fix the backup. */
export async function firstFix(popup: Page): Promise<Locator> {
  const fixedIt = { name: 'This fixed it' };
  await noChangeUntil(
    popup,
    async (step) => (await step.getByRole('button', fixedIt).count()) > 0,
    'a step that can fix the backup',
  );
  return currentStep(popup).getByRole('button', fixedIt);
}

/** Picks a known message or problem on the first screen, searching for it as a person would. */
export async function pickKnown(popup: Page, label: string): Promise<void> {
  await popup.getByRole('searchbox').fill(label);
  await popup
    .getByRole('list', { name: /Known messages|Bekannte Meldungen/ })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** The first step's title and instructions are on screen without scrolling (400 x 600). */
export async function expectFirstStepInView(popup: Page): Promise<void> {
  const step = currentStep(popup);
  await expect(step).toBeVisible();
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  const { height } = popup.viewportSize()!;
  for (const part of [step.getByRole('heading').first(), step.locator('.step__instructions')]) {
    const box = await part.boundingBox();
    expect(box, 'rendered').not.toBeNull();
    expect(box!.y + box!.height, (await part.textContent()) ?? '').toBeLessThanOrEqual(height);
  }
}
