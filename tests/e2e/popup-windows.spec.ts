import { storedSession } from '../support/readings';
import { test, expect } from './support/extension';
import { currentStep } from './support/popup';

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString();

interface StoredFacts {
  unsure?: string[];
  stepsTried?: Record<string, string>;
}

/**
 * Two popup pages of one browser share the stored session: what is done in one shows in the
 * other without reopening it, and neither writes the other's change away with its next save
 * (src/flow/two-windows.ts, src/flow/merge-sessions.ts).
 */
test('two popup pages: an answer given in one and a step skipped in the other are both kept', async ({
  serviceWorker,
  openPopup,
  readStorage,
}) => {
  // Two answers and one step tried, on the results screen.
  await serviceWorker.evaluate((v) => chrome.storage.local.set(v), {
    session: storedSession(minuteAgo()),
  });
  const one = await openPopup();
  const two = await openPopup();
  for (const page of [one, two]) {
    await expect(page.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  }

  // An answer in the first window; the second follows to the next question.
  await one.getByRole('button', { name: 'Answer more questions' }).click();
  const question = (await one.locator('#question-title').textContent()) ?? '';
  await expect(two.locator('#question-title')).toHaveText(question);
  await one.getByRole('button', { name: 'Not sure' }).click();
  await expect(one.locator('#question-title')).not.toHaveText(question);
  await expect(two.locator('#question-title')).not.toHaveText(question);

  // A step skipped in the second window.
  await two.getByRole('button', { name: 'Show what to do now' }).click();
  await expect(one.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  await currentStep(two).getByRole('button', { name: 'Skip' }).click();

  // Both are stored, and both windows show both steps tried.
  await expect
    .poll(async () => {
      const facts = (await readStorage<{ facts: StoredFacts }>('session'))?.facts;
      return [facts?.unsure?.length, Object.values(facts?.stepsTried ?? {}).sort()];
    })
    .toEqual([1, ['no_change', 'skipped']]);
  for (const page of [one, two]) await expect(page.getByText('Done or skipped (2)')).toBeVisible();

  // A third page opened now starts from the same session.
  const three = await openPopup();
  await expect(three.getByText('Done or skipped (2)')).toBeVisible();
});
