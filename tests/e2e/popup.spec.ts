import { readFixture } from '../support/fixtures';
import { test, expect } from './support/extension';
import { waitForHint } from './support/hint';
import { answerUntilResults, currentStep, expectNoAxeViolations } from './support/popup';

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
  await expect(known).toContainText(/icloud\.com, (this minute|\d+ min\. ago)/);
  await popup.getByRole('button', { name: 'Not enough iCloud storage' }).click();
  await answerUntilResults(popup, []);
  await expect(popup.locator('.cause').first()).toContainText('iCloud storage is full');
  const panel = popup.getByRole('region', { name: 'Your iCloud storage' });
  await expect(panel).toContainText('Smallest plan that holds everything: iCloud+ 50 GB');
  await expect(panel).toContainText('US prices');
});

test('network: a hotspot connection leads to the Wi-Fi steps', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await answerUntilResults(popup, [
    [/connected to the internet/, 'Personal Hotspot of another phone'],
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  await expect(popup.locator('.cause').first()).toContainText('Wi-Fi');
  await expect(currentStep(popup)).toContainText(/Wi-Fi|network/i);
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
  await expect(popup.getByRole('region', { name: 'What we know' })).toContainText(
    'Apple System Status',
  );
  await popup.getByRole('button', { name: noMessage }).click();
  await answerUntilResults(popup, []);
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
  await expect(popup.locator('.cause').first()).toContainText(/Apple Account/);
  await expect(popup.getByText(/two-factor/i).first()).toBeVisible();
});

test('app data too large: offline data of one app is the lead', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Backup stops at a certain percentage' }).click();
  await answerUntilResults(popup, [
    [/offline data/, 'Yes'],
    [/storage/, 'Almost full'],
    [/System Status/, 'Green: available'],
  ]);
  await expect(popup.locator('.cause').first()).toContainText(/app data|offline/i);
});

test('a disruptive step must be acknowledged, and "no change" moves to the next step', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Backup shows 0 KB' }).click();
  await answerUntilResults(popup, [
    [/storage/, 'Plenty free'],
    [/System Status/, 'Green: available'],
  ]);
  // Least disruptive first: mark the harmless steps "no change" until one needs confirming.
  for (let i = 0; i < 8; i += 1) {
    const step = currentStep(popup);
    await expect(step, 'the plan ran out before a disruptive step').toBeVisible();
    if ((await step.getByRole('checkbox').count()) > 0) break;
    const title = (await step.getByRole('heading').textContent()) ?? '';
    await step.getByRole('button', { name: 'No change' }).click();
    await expect(currentStep(popup).getByRole('heading')).not.toHaveText(title);
  }
  const step = currentStep(popup);
  const title = (await step.getByRole('heading').textContent()) ?? '';
  await expect(step.getByRole('note')).toContainText('Before you start');
  // The outcome buttons stay focusable while unconfirmed (aria-disabled), and say why on press.
  await expect(step.getByRole('button', { name: 'No change' })).toBeDisabled();
  await step.getByRole('button', { name: 'No change' }).click({ force: true });
  await expect(step.getByRole('alert')).toHaveText(/confirm what this step changes/);
  await expect(step.getByRole('heading')).toHaveText(title);
  await step.getByRole('checkbox', { name: 'I understand what this step changes' }).check();
  await step.getByRole('button', { name: 'No change' }).click();
  await expect(currentStep(popup).getByRole('heading')).not.toHaveText(title);
  await popup.getByText(/Already tried/).click();
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

test('"This fixed it" ends with prevention tips', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Show what to do now' }).click();
  await currentStep(popup).getByRole('button', { name: 'This fixed it' }).click();
  await expect(popup.getByRole('heading', { name: 'Your backup works again' })).toBeFocused();
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

test('"Delete all data" leaves nothing stored', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Delete all data' }).click();
  await popup.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'deleted' })).toContainText(
    'Everything this extension stored was deleted',
  );
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
});

test('keyboard only: from the first screen to a marked step', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
  // Tab to the "no message" button and press it.
  for (let i = 0; i < 30; i += 1) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === noMessage) break;
  }
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#question-title')).toBeFocused();
  // Each question: Tab to the first answer and take it.
  for (let i = 0; i < 10 && (await popup.locator('#question-title').count()) > 0; i += 1) {
    await popup.keyboard.press('Tab');
    await expect(popup.locator('button.choice, #free-answer').first()).toBeFocused();
    if (await popup.locator('#free-answer').count()) {
      await popup.keyboard.type(
        (await popup.locator('#free-answer').getAttribute('type')) === 'date'
          ? '2026-11-01'
          : '18.1',
      );
    }
    await popup.keyboard.press('Enter');
  }
  await expect(popup.getByRole('heading', { name: 'Most likely causes' })).toBeFocused();
  const skip = currentStep(popup).getByRole('button', { name: 'Skip' });
  await skip.focus();
  await popup.keyboard.press('Enter');
  await popup.getByText(/Already tried/).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.tried')).toContainText('skipped');
});

test.describe('axe finds no violations', () => {
  test('on the first screen', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeVisible();
    await expectNoAxeViolations(popup);
  });

  test('on a question', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: noMessage }).click();
    await expect(popup.locator('#question-title')).toBeVisible();
    await popup.getByText('Why we ask').click();
    await expectNoAxeViolations(popup);
  });

  test('on the results, with the storage panel and every detail open', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByText('Paste what your iPhone shows about storage').click();
    await popup.getByRole('textbox', { name: 'Storage line' }).fill('4.8 GB of 5 GB used');
    await popup.getByRole('button', { name: 'Use these numbers' }).click();
    await expect(popup.getByRole('region', { name: 'What we know' })).toContainText('4.8 GB');
    await popup.getByRole('button', { name: 'Not enough iCloud storage' }).click();
    await answerUntilResults(popup, []);
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
    await currentStep(popup).getByRole('button', { name: 'This fixed it' }).click();
    await expect(popup.getByRole('heading', { name: 'Your backup works again' })).toBeVisible();
    await expectNoAxeViolations(popup);
  });
});

test('fits the popup without horizontal scrolling, also at 200% zoom', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: noMessage }).click();
  await popup.getByRole('button', { name: 'Show what to do now' }).click();
  await expect(popup.getByRole('heading', { name: 'Most likely causes' })).toBeVisible();
  const overflow = () =>
    popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  // At 200% zoom Chrome's largest popup (800x600 device pixels) is 400x300 CSS pixels.
  await popup.setViewportSize({ width: 400, height: 300 });
  expect(await overflow()).toBeLessThanOrEqual(0);
  const fixed = currentStep(popup).getByRole('button', { name: 'This fixed it' });
  await fixed.scrollIntoViewIfNeeded();
  await expect(fixed).toBeInViewport();
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });

  test('follows the browser language, and the switch changes it', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { name: 'Was wird dir angezeigt?' })).toBeVisible();
    await popup.getByRole('button', { name: 'Weiß nicht / keine Meldung' }).click();
    await expect(popup.getByRole('button', { name: 'Weiß nicht', exact: true })).toBeVisible();
    await popup.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await expect(popup.getByRole('button', { name: 'Not sure' })).toBeVisible();
  });
});
