import type { Page } from '@playwright/test';
import { readFixture } from '../support/fixtures';
import { test, expect } from './support/extension';
import { clickHint, waitForHint } from './support/hint';
import {
  answerUntilResults,
  currentStep,
  expectFirstStepInView,
  expectNoAxeViolations,
  firstFix,
  noChangeUntil,
  pickKnown,
} from './support/popup';

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const ICLOUD_URL = 'https://www.icloud.com/settings/';
const noMessage = "I don't know / no message";

test('storage full: prefilled from icloud.com, ranked first, with the storage panel', async ({
  context,
  serve,
  readStorage,
  openPopup,
}) => {
  serve(ICLOUD_URL, readFixture('pages/icloud-en-free-5gb.html'));
  const tab = await context.newPage();
  await tab.goto(ICLOUD_URL);
  await expect
    .poll(() => readStorage('observations'))
    .toHaveProperty('icloud.kind', 'icloud-storage');

  const popup = await openPopup();
  const known = popup.getByRole('region', { name: 'What we know' });
  await expect(known).toContainText('iCloud storage used');
  await expect(known).toContainText(/read from icloud\.com, (just now|\d+ minutes? ago)/);
  await popup.getByRole('button', { name: 'Not enough iCloud storage' }).click();
  const asked = await answerUntilResults(popup, []);
  expect(asked, 'the message already answered it').not.toContain('What do you see?');
  await expectFirstStepInView(popup);
  await expect(popup.locator('.cause').first()).toContainText('iCloud storage is full');
  await expect(popup.locator('.cause').first()).toContainText('very likely');
  await expect(popup.locator('.causes')).not.toContainText('%');
  const panel = popup.getByRole('region', { name: 'Your iCloud storage' });
  await expect(panel).toContainText(
    'Smallest bigger plan with room for a basic backup: iCloud+ 50 GB',
  );
  await expect(panel).toContainText('US prices');
  await expect(panel).toContainText('Device storage and iCloud storage are two different things');
});

test('network: a hotspot connection leads to the Wi-Fi steps', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  const asked = await answerUntilResults(popup, [
    [/connected to the internet/, 'Personal Hotspot of another phone'],
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  expect(asked, '"I don\'t know / no message" answered it').not.toContain('What do you see?');
  await expectFirstStepInView(popup);
  await expect(popup.locator('.cause').first()).toContainText('Wi-Fi');
  await expect(currentStep(popup)).toContainText(/Wi-Fi|network/i);
});

test('power: on battery and unlocked, the first step is in view at once', async ({ openPopup }) => {
  const popup = await openPopup();
  await pickKnown(popup, 'Last backup is weeks old');
  await answerUntilResults(popup, [
    [/power/, 'No, on battery'],
    [/locked/, 'No'],
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  await expectFirstStepInView(popup);
  await expect(popup.locator('.cause').first()).toContainText('Not charging or not locked');
});

test('account: an unverified email address, the first step is in view at once', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await pickKnown(popup, "Can't back up without a verified email address");
  await answerUntilResults(popup, [[/email/, 'No, or I see a request to verify it']]);
  await expectFirstStepInView(popup);
  await expect(popup.locator('.cause').first()).toContainText('Apple Account');
});

test('outage on the status page: the hint shows, the popup leads with waiting', async ({
  context,
  serve,
  openPopup,
}) => {
  const feed = '/support/systemstatus/data/system_status_en_US.js';
  serve(
    STATUS_URL,
    readFixture('pages/status-en-icloud-backup-outage.html').replace(
      '</head>',
      `<script src="${feed}"></script></head>`,
    ),
  );
  serve(`https://www.apple.com${feed}`, readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp'));
  const tab = await context.newPage();
  await tab.goto(STATUS_URL);
  expect((await waitForHint(tab)).text).toContain('outage since');

  const popup = await openPopup();
  const banner = popup.getByRole('region', { name: /Apple reports an iCloud Backup outage/ });
  await expect(banner).toContainText(/Since .*\d{4}/);
  // Styled as a warning (the theme's warning colour), not as an error.
  const colours = await banner.evaluate((el) => ({
    border: getComputedStyle(el).borderLeftColor,
    warn: getComputedStyle(document.documentElement).getPropertyValue('--warn').trim(),
  }));
  expect(colours.warn).toBe('#8a5a00');
  expect(colours.border).toBe('rgb(138, 90, 0)');
  await expect(popup.getByRole('region', { name: 'What we know' })).toContainText(
    "read from Apple's System Status page",
  );
  await popup.getByRole('button', { name: noMessage }).click();
  await answerUntilResults(popup, []);
  await expectFirstStepInView(popup);
  await expect(currentStep(popup)).toContainText('Wait');
  const held = popup.getByRole('region', { name: 'Held back for now' });
  await expect(held).toContainText('Reset network settings');
  await expect(held).toContainText('Reset all settings');
});

test('two-factor authentication is required from iOS 16.3', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup
    .getByRole('textbox', { name: 'Type or paste the exact message' })
    .fill('An unknown error occurred');
  await popup.getByRole('button', { name: 'Use this message' }).click();
  const questions = await answerUntilResults(popup, [
    [/two-factor/, 'No'],
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  // The iOS version is asked in a text field when the engine wants it.
  expect(questions.length).toBeGreaterThan(0);
  const top = popup.locator('.cause').first();
  await expect(top).toContainText(/Apple Account/);
  await top.getByText('Why').click();
  await expect(top.locator('.evidence')).toContainText(/two-factor/i);
});

test('app data too large: offline data of one app is the lead', async ({ openPopup }) => {
  const popup = await openPopup();
  await pickKnown(popup, 'Backup stops at a certain percentage');
  await answerUntilResults(popup, [
    [/offline data/, 'Yes'],
    [/storage/, 'Almost full'],
    [/System Status/, 'Green: available'],
  ]);
  await expect(popup.locator('.cause').first()).toContainText(/app data|offline/i);
});

/** The results for a backup that shows 0 KB, with plenty of storage and Apple's status green. */
async function zeroKbResults(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  await pickKnown(popup, 'Backup shows 0 KB');
  await answerUntilResults(popup, [
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  return popup;
}

test('a disruptive step must be acknowledged, and "no change" moves to the next step', async ({
  openPopup,
}) => {
  const popup = await zeroKbResults(openPopup);
  // Least disruptive first: mark the harmless steps "no change" until one needs confirming.
  const title = await noChangeUntil(
    popup,
    async (step) => (await step.getByRole('checkbox').count()) > 0,
    'a disruptive step',
  );
  const step = currentStep(popup);
  await expect(step.getByRole('note')).toContainText('Before you start');
  // The outcome buttons stay focusable while unconfirmed (aria-disabled), and say why on press.
  await expect(step.getByRole('button', { name: 'No change' })).toBeDisabled();
  await step.getByRole('button', { name: 'No change' }).click({ force: true });
  await expect(step.getByRole('alert')).toHaveText(/confirm what this step changes/);
  await expect(step.getByRole('heading')).toHaveText(title);
  await step.getByRole('checkbox', { name: 'I understand what this step changes' }).check();
  await step.getByRole('button', { name: 'No change' }).click();
  await expect(currentStep(popup).getByRole('heading')).not.toHaveText(title);
  // The next step takes focus, its title in view, not the old step's scroll position.
  await expect(currentStep(popup).getByRole('heading')).toBeFocused();
  await expect(currentStep(popup).getByRole('heading')).toBeInViewport();
  await popup.getByText(/Done or skipped/).click();
  await expect(popup.locator('.tried')).toContainText(`${title}: no change`);
});

test('an answer can be changed from the results, and the ranking follows', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await answerUntilResults(popup, [[/storage/, 'Full']]);
  await expect(popup.locator('.cause').first()).toContainText('iCloud storage is full');
  await popup.getByRole('button', { name: 'Change iCloud storage', exact: true }).click();
  await expect(popup.locator('#question-title')).toHaveText('How full is your iCloud storage?');
  await popup.getByRole('button', { name: 'Plenty free' }).click();
  await answerUntilResults(popup, []);
  await expect(popup.locator('.cause').first()).not.toContainText('iCloud storage is full');
});

test('a computer backup that worked says the data is safe and keeps the plan open', async ({
  openPopup,
}) => {
  const popup = await zeroKbResults(openPopup);
  const worked = { name: 'It worked: my data is backed up' };
  const title = await noChangeUntil(
    popup,
    async (step) => (await step.getByRole('button', worked).count()) > 0,
    'a step that backs up another way',
  );
  await currentStep(popup).getByRole('button', worked).click();
  // Not the end of the flow: iCloud Backup itself may still fail.
  await expect(popup.getByText(/Your data is safe in/)).toBeVisible();
  await expect(
    popup.getByRole('heading', { name: 'Now check that a backup completes' }),
  ).toHaveCount(0);
  await expect(currentStep(popup).getByRole('heading')).not.toHaveText(title);
  await popup.getByText(/Done or skipped/).click();
  await expect(popup.locator('.tried')).toContainText(`${title}: fixed it`);
});

test('"This fixed it" ends with prevention tips', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Show what to do now' }).click();
  // The first step only looks (at Apple's status page): it is done, it cannot have fixed anything.
  await expect(currentStep(popup).getByRole('button', { name: 'Done, next step' })).toBeVisible();
  await expect(currentStep(popup).getByRole('button', { name: 'This fixed it' })).toHaveCount(0);
  await (await firstFix(popup)).click();
  await expect(
    popup.getByRole('heading', { name: 'Now check that a backup completes' }),
  ).toBeFocused();
  await expect(popup.getByRole('heading', { name: 'Keep it working' })).toBeVisible();
});

test('progress survives closing and reopening the popup', async ({ openPopup }) => {
  const first = await openPopup();
  await first.getByRole('button', { name: noMessage }).click();
  const question = (await first.locator('#question-title').textContent()) ?? '';
  await first.getByRole('button', { name: 'Not sure' }).click();
  await expect(first.locator('#question-title')).not.toHaveText(question);
  const second = (await first.locator('#question-title').textContent()) ?? '';
  await first.close();

  const reopened = await openPopup();
  await expect(reopened.locator('#question-title')).toHaveText(second);
  await reopened.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(reopened.locator('#question-title')).toHaveText(question);
});

test("the popup and the hint's tab, open together, keep one set of answers", async ({
  context,
  serve,
  openPopup,
}) => {
  serve(STATUS_URL, readFixture('pages/status-en-all-available.html'));
  // Troubleshooting under way: the all-available page then shows its hint.
  const started = await openPopup();
  await started.getByRole('button', { name: noMessage }).click();
  const firstQuestion = (await started.locator('#question-title').textContent()) ?? '';
  await started.close();
  const status = await context.newPage();
  await status.goto(STATUS_URL);
  const opened = context.waitForEvent('page');
  await clickHint(status, 'Continue troubleshooting');
  const tab = await opened;
  await expect(tab.locator('#question-title')).toHaveText(firstQuestion);

  // The toolbar popup opened while the hint's tab is still open starts where the tab is.
  const popup = await openPopup();
  await expect(popup.locator('#question-title')).toHaveText(firstQuestion);

  // An answer in either window moves the other one on, without reopening it.
  await popup.getByRole('button', { name: 'Not sure' }).click();
  await expect(popup.locator('#question-title')).not.toHaveText(firstQuestion);
  const secondQuestion = (await popup.locator('#question-title').textContent()) ?? '';
  await expect(tab.locator('#question-title')).toHaveText(secondQuestion);
  await tab.getByRole('button', { name: 'Not sure' }).click();
  await expect(tab.locator('#question-title')).not.toHaveText(secondQuestion);
  const thirdQuestion = (await tab.locator('#question-title').textContent()) ?? '';
  await expect(popup.locator('#question-title')).toHaveText(thirdQuestion);

  // Going back in one window walks back through both windows' answers.
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(popup.locator('#question-title')).toHaveText(secondQuestion);
  await expect(tab.locator('#question-title')).toHaveText(secondQuestion);
});

test('"Delete all data" leaves nothing stored', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Delete all data' }).click();
  await popup
    .getByRole('group', { name: /^Delete everything/ })
    .getByRole('button', { name: 'Delete all data' })
    .click();
  await expect(popup.getByRole('status').filter({ hasText: 'deleted' })).toContainText(
    'Everything this extension stored was deleted',
  );
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
});

test('"Start over" asks first, and Cancel or Escape keeps everything', async ({
  openPopup,
  readStorage,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Not sure' }).click();
  const footer = popup.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'Start over' }).click();
  const ask = footer.getByRole('group', { name: /^Start over\?/ });
  await expect(ask).toContainText('Your answers and the steps you marked are cleared');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(footer.getByRole('button', { name: 'Start over' })).toBeFocused();
  // Escape backs out the same way.
  await popup.keyboard.press('Enter');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(footer.getByRole('button', { name: 'Start over' })).toBeFocused();
  await expect(popup.locator('#question-title')).toBeVisible();
  await expect
    .poll(async () => (await readStorage<{ history: string[] }>('session'))?.history.length)
    .toBe(1);
  await footer.getByRole('button', { name: 'Start over' }).click();
  await footer.getByRole('button', { name: 'Start over', exact: true }).last().click();
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
});

/** From "Last backup is weeks old", "Not sure" until the engine asks for the last backup's date. */
async function reachBackupDateQuestion(popup: Page): Promise<void> {
  await pickKnown(popup, 'Last backup is weeks old');
  const amount = popup.getByRole('textbox', { name: 'About how long ago?' });
  for (let i = 0; i < 8 && !(await amount.isVisible()); i += 1) {
    const question = (await popup.locator('#question-title').textContent()) ?? '';
    await popup.getByRole('button', { name: 'Not sure', exact: true }).click();
    await expect(popup.locator('#question-title')).not.toHaveText(question);
  }
  await expect(amount, 'the date of the last backup was asked').toBeVisible();
}

test('the last backup "about 3 weeks ago" is stored as a day and shown as around it, without a time', async ({
  openPopup,
  readStorage,
}) => {
  const popup = await openPopup();
  await reachBackupDateQuestion(popup);
  await popup.getByRole('textbox', { name: 'About how long ago?' }).fill('3');
  await popup.getByRole('combobox', { name: 'Days, weeks or months' }).selectOption('weeks');
  await popup.getByRole('button', { name: 'Next' }).click();
  await expect(popup.getByRole('textbox', { name: 'About how long ago?' })).toHaveCount(0);
  const stored = await readStorage<{ facts: { lastSuccessfulBackup?: string } }>('session');
  const day = stored?.facts.lastSuccessfulBackup ?? '';
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const expected = new Date();
  expected.setDate(expected.getDate() - 21);
  expect(day).toBe(
    `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
  );
  const shown = popup.getByRole('region', { name: 'What we know' }).locator('.known__item', {
    hasText: 'Last successful backup',
  });
  await expect(shown.locator('.known__value')).toHaveText(/^around [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
});

test('keyboard only: from the first screen to a marked step', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
  // The focus ring is not the red that marks errors and destructive buttons.
  await popup.keyboard.press('Tab');
  const ring = await popup.evaluate(() => ({
    outline: getComputedStyle(document.activeElement!).outlineColor,
    danger: getComputedStyle(document.documentElement).getPropertyValue('--danger').trim(),
  }));
  expect(ring.danger).toBe('#b3261e');
  expect(ring.outline).not.toBe('rgb(179, 38, 30)');
  expect(ring.outline).not.toBe('rgba(0, 0, 0, 0)');
  // Tab to the "no message" button and press it.
  for (let i = 0; i < 40; i += 1) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === noMessage) break;
  }
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#question-title')).toBeFocused();
  // Each question: Tab to the first answer and take it (a number of weeks for the date).
  for (let i = 0; i < 10 && (await popup.locator('#question-title').count()) > 0; i += 1) {
    await popup.keyboard.press('Tab');
    await expect(popup.locator('button.choice, #free-answer, #ago-amount').first()).toBeFocused();
    if (await popup.locator('#ago-amount').count()) await popup.keyboard.type('2');
    else if (await popup.locator('#free-answer').count()) await popup.keyboard.type('18.1');
    await popup.keyboard.press('Enter');
  }
  await expect(popup.getByRole('heading', { name: 'What to do now' })).toBeFocused();
  // The step to do now is the next thing after the heading.
  await popup.keyboard.press('Tab');
  await expect(currentStep(popup).locator(':focus')).toHaveCount(1);
  const skip = currentStep(popup).getByRole('button', { name: 'Skip' });
  await skip.focus();
  await popup.keyboard.press('Enter');
  await popup.getByText(/Done or skipped/).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.tried')).toContainText('skipped');
  // "Why" opens with the keyboard too.
  const why = popup.locator('.cause summary').first();
  await why.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.cause details').first()).toHaveAttribute('open', '');
});

test.describe('axe finds no violations', () => {
  test('on the first screen, the full list and a search', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
    await expectNoAxeViolations(popup);
    await popup.getByRole('button', { name: /^Show all \d+$/ }).click();
    await popup.getByRole('searchbox').fill('storage');
    await expect(popup.getByRole('status').filter({ hasText: 'found' })).toBeVisible();
    await expectNoAxeViolations(popup);
  });

  test('on a question', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: noMessage }).click();
    await expect(popup.locator('#question-title')).toBeVisible();
    await popup.getByText('Why we ask').click();
    await expectNoAxeViolations(popup);
  });

  test('on the date question, with its error message', async ({ openPopup }) => {
    const popup = await openPopup();
    await reachBackupDateQuestion(popup);
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect(popup.getByRole('alert')).toContainText('Enter a number of days, weeks or months');
    await expectNoAxeViolations(popup);
  });

  test('on the results, with the storage panel and every detail open', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: noMessage }).click();
    // The storage question offers the paste box: Settings' own wording fills the numbers.
    await expect(popup.locator('#question-title')).toHaveText('How full is your iCloud storage?');
    await popup.getByText('Type or paste what Settings shows about your iCloud storage').click();
    await popup
      .getByRole('textbox', { name: 'Lines copied from Settings or icloud.com' })
      .fill('iCloud\n4.8 GB of 5 GB Used\nNext Backup Size 1.2 GB');
    await popup.getByRole('button', { name: 'Use these numbers' }).click();
    await answerUntilResults(popup, []);
    const known = popup.getByRole('region', { name: 'What we know' });
    await expect(known).toContainText('4.8 GB');
    await expect(known).toContainText('1.2 GB');
    await expect(popup.getByRole('region', { name: 'Your iCloud storage' })).toBeVisible();
    for (const summary of await popup.locator('details > summary').all()) await summary.click();
    await expectNoAxeViolations(popup);
  });

  test('on the escalation and success screens', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: noMessage }).click();
    await popup.getByRole('button', { name: 'Show what to do now' }).click();
    await popup.getByRole('button', { name: 'Nothing worked' }).click();
    await expect(popup.getByRole('heading', { name: 'Still failing? Get help' })).toBeVisible();
    await expectNoAxeViolations(popup);
    await popup.getByRole('button', { name: 'Back to the steps' }).click();
    await (await firstFix(popup)).click();
    await expect(
      popup.getByRole('heading', { name: 'Now check that a backup completes' }),
    ).toBeVisible();
    await expectNoAxeViolations(popup);
  });

  test('while asking before "Start over" and "Delete all data"', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Start over' }).click();
    await popup.getByRole('button', { name: 'Delete all data' }).click();
    await expect(popup.getByRole('group', { name: /^Start over\?/ })).toBeVisible();
    await expect(popup.getByRole('group', { name: /^Delete everything/ })).toBeVisible();
    await expectNoAxeViolations(popup);
  });
});

test('fits the popup without horizontal scrolling, also at 200% zoom', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Show what to do now' }).click();
  await expect(popup.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  const overflow = () =>
    popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  // At 200% zoom Chrome's largest popup (800x600 device pixels) is 400x300 CSS pixels.
  await popup.setViewportSize({ width: 400, height: 300 });
  expect(await overflow()).toBeLessThanOrEqual(0);
  const done = currentStep(popup).getByRole('button', { name: 'Done, next step' });
  await done.scrollIntoViewIfNeeded();
  await expect(done).toBeInViewport();
});

/**
 * Opens the popup with every `ui` texts file of the package withheld, clicks the first choice of
 * the start screen and returns the texts files the page asked for: none when the start texts of
 * the browser's language came from the message bundle (src/i18n/bundled-start.ts).
 */
async function textsFilesRead(page: Page, extensionId: string, firstChoice: string) {
  const requested: string[] = [];
  await page.route(/\/chunks\/ui-[^/]*\.js$/, (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('button', { name: firstChoice }).click();
  await expect(page.locator('#question-title')).toBeVisible();
  return requested;
}

test("the first screen reads no texts file: the browser's message bundle has them", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  expect(await textsFilesRead(page, extensionId, noMessage)).toEqual([]);
  await page.close();
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });

  test('the first screen reads no texts file either', async ({ context, extensionId }) => {
    const page = await context.newPage();
    expect(await textsFilesRead(page, extensionId, 'Weiß nicht / keine Meldung')).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.close();
  });

  test('follows the browser language, and the switch changes it', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { name: 'Was wird dir angezeigt?' })).toBeVisible();
    await popup.getByRole('button', { name: 'Weiß nicht / keine Meldung' }).click();
    await expect(popup.getByRole('button', { name: 'Weiß nicht', exact: true })).toBeVisible();
    await popup.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await expect(popup.getByRole('button', { name: 'Not sure' })).toBeVisible();
  });

  test("the status question opens Apple's German status page, whose reading answers it", async ({
    context,
    serve,
    openPopup,
  }) => {
    const statusDe = 'https://www.apple.com/de/support/systemstatus/';
    serve(statusDe, readFixture('pages/status-de-icloud-backup-issue.html'));
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'iPhone-/iPad-Backup fehlgeschlagen' }).click();
    await popup.getByRole('button', { name: 'Viel frei' }).click();
    const heading = popup.locator('#question-title');
    await expect(heading).not.toHaveText(/iCloud-Speicher/);
    // "Weiß nicht" until Apple's status is asked, as a person who knows nothing more would.
    for (let i = 0; i < 20 && !/Systemstatus/.test((await heading.textContent()) ?? ''); i++) {
      const before = await heading.textContent();
      await popup.getByRole('button', { name: 'Weiß nicht', exact: true }).click();
      await expect(heading).not.toHaveText(before ?? '');
    }
    const opened = context.waitForEvent('page');
    await popup.getByRole('link', { name: /^Apples Systemstatus-Seite öffnen/ }).click();
    const tab = await opened;
    await expect(tab).toHaveURL(statusDe);
    await waitForHint(tab);

    await popup.reload();
    const known = popup.getByRole('region', { name: 'Was wir wissen' });
    await expect(known.getByText('iCloud-Backup bei Apple')).toBeVisible();
    await expect(
      known.getByText('von Apples Systemstatus-Seite gelesen', { exact: false }),
    ).toBeVisible();
    // German runs longer than English: waiting, its cost and how to do it still fit at 400 x 600.
    await answerUntilResults(popup, [], 'Weiß nicht');
    await expectFirstStepInView(popup);
    await expect(currentStep(popup)).toContainText('Warte');
  });
});

test.describe('the guide page', () => {
  const PARTS = [
    'Questions and answers',
    'iCloud backup or computer backup',
    'The 3-2-1 rule and encrypted computer backups',
    'What you can still get back without a backup',
    'When a data recovery lab is needed',
    'Third-party recovery tools: the risks',
    'Prevention checklist',
    'Where Apple and the guides disagree',
  ];

  test('opens from the results, with a table of contents', async ({ context, openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: noMessage }).click();
    await popup.getByRole('button', { name: 'Show what to do now' }).click();
    const opening = context.waitForEvent('page');
    await popup.getByRole('link', { name: /^More in the backup guide/ }).click();
    const guide = await opening;
    await expect(guide.getByRole('heading', { level: 1, name: 'Backup guide' })).toBeVisible();
    const toc = guide.getByRole('navigation', { name: 'Contents' });
    for (const part of PARTS) {
      await expect(toc.getByRole('link', { name: part })).toBeVisible();
      await expect(guide.getByRole('region', { name: part })).toBeAttached();
    }
    await toc.getByRole('link', { name: 'When a data recovery lab is needed' }).click();
    await expect(guide).toHaveURL(/#recovery$/);
    await expect(
      guide.getByRole('region', { name: 'When a data recovery lab is needed' }),
    ).toContainText(/\$\d/);
  });

  test('is linked from the footer and the success screen', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(
      popup.getByRole('contentinfo').getByRole('link', { name: 'Backup guide' }),
    ).toHaveAttribute('href', /\/guide\.html\?lang=en$/);
    await popup.getByRole('button', { name: noMessage }).click();
    await popup.getByRole('button', { name: 'Show what to do now' }).click();
    await (await firstFix(popup)).click();
    await expect(popup.getByRole('link', { name: /^Backup guide: a second copy/ })).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`is axe clean in ${scheme} mode`, async ({ context, extensionId }) => {
      // The whole guide is one long page: axe needs longer than on a popup screen.
      test.slow();
      const guide = await context.newPage();
      await guide.emulateMedia({ colorScheme: scheme });
      await guide.goto(`chrome-extension://${extensionId}/guide.html`);
      await expect(guide.getByRole('heading', { level: 1, name: 'Backup guide' })).toBeVisible();
      await expectNoAxeViolations(guide);
    });
  }

  test('prints to PDF with every "Sources" list open', async ({ context, extensionId }) => {
    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${extensionId}/guide.html`);
    await expect(guide.getByRole('heading', { level: 1, name: 'Backup guide' })).toBeVisible();
    await guide.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(guide.locator('details:not([open])')).toHaveCount(0);
    const pdf = await guide.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test.describe('in German', () => {
    test.use({ uiLanguage: 'de' });

    test('follows the popup language', async ({ context, openPopup }) => {
      test.slow();
      const popup = await openPopup();
      const opening = context.waitForEvent('page');
      await popup.getByRole('link', { name: 'Backup-Ratgeber' }).click();
      const guide = await opening;
      await expect(guide.getByRole('heading', { level: 1, name: 'Backup-Ratgeber' })).toBeVisible();
      await expect(guide.locator('html')).toHaveAttribute('lang', 'de');
      await expect(guide.getByRole('region', { name: 'Fragen und Antworten' })).toBeVisible();
      await expectNoAxeViolations(guide);
    });
  });
});

test('the header paints from the HTML alone, styled, before any script or file loads', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // Page routes run before the context's: nothing of the package but popup.html is served.
  const withheld: string[] = [];
  await page.route(/\/(chunks|assets)\//, (route) => {
    withheld.push(route.request().url());
    return route.abort();
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const header = page.locator('header.app__header');
  await expect(header.getByRole('heading', { level: 1, name: 'Backup Rescue' })).toBeVisible();
  // theme.css's rules are in the page although no stylesheet file was read.
  await expect(header).toHaveCSS('border-bottom-style', 'solid');
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  expect(withheld.some((url) => url.endsWith('.js'))).toBe(true);
  expect(withheld.filter((url) => url.endsWith('.css'))).toEqual([]);
  await page.close();
});

test('the popup reads no stylesheet file, also once its later screens have loaded', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') sheets.push(request.url());
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('button', { name: noMessage }).click();
  await expect(page.locator('#question-title')).toBeVisible();
  expect(sheets).toEqual([]);
  const styles = await page.evaluate(() => document.styleSheets.length);
  expect(styles).toBe(1);
  await page.close();
});
