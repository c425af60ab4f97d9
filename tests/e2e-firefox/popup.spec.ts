import { test, expect } from './support/extension';
import { expectNoAxeViolations } from './support/axe';
import {
  answerUntilResults,
  clickShown,
  horizontalOverflow,
  leadingCause,
  ui,
  waitShown,
} from './support/ui';

test('a known message leads to results that name its cause first', async ({ openPopup }) => {
  const popup = await openPopup();
  await expectNoAxeViolations(popup);
  await clickShown(popup, ui.start.pick('alert.not_enough_storage.title'));
  await answerUntilResults(popup);
  expect(await leadingCause(popup)).toBe('cause.storage_full.title');
  await waitShown(popup, ui.results.stepOutcome);
  await expectNoAxeViolations(popup);
});

test('progress survives closing and reopening the popup', async ({ openPopup }) => {
  const questionText = (page: Awaited<ReturnType<typeof openPopup>>) =>
    page.$eval(ui.question.title, (el) => el.textContent ?? '');
  const first = await openPopup();
  await clickShown(first, ui.start.noMessage);
  await waitShown(first, ui.question.title);
  const question = await questionText(first);
  await clickShown(first, ui.question.unsure);
  await expect.poll(() => questionText(first)).not.toBe(question);
  const second = await questionText(first);
  await first.close();

  const reopened = await openPopup();
  await waitShown(reopened, ui.question.title);
  expect(await questionText(reopened)).toBe(second);
  await clickShown(reopened, ui.question.back);
  await expect.poll(() => questionText(reopened)).toBe(question);
});

test('at a phone size (Firefox for Android) nothing scrolls sideways and the main buttons show', async ({
  openPopup,
}) => {
  const phone = { width: 360, height: 740 };
  const popup = await openPopup(phone);
  const insideWidth = async (selector: string) => {
    const box = await (await waitShown(popup, selector)).boundingBox();
    return box !== null && box.x >= 0 && box.x + box.width <= phone.width;
  };
  expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
  expect(await insideWidth(ui.start.useMessage)).toBe(true);
  expect(await insideWidth(ui.start.noMessage)).toBe(true);

  await clickShown(popup, ui.start.noMessage);
  expect(await insideWidth(ui.question.unsure)).toBe(true);
  expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);

  await clickShown(popup, ui.question.showResults);
  await waitShown(popup, ui.results.title);
  expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
  expect(await insideWidth(ui.results.stepOutcome)).toBe(true);
});
