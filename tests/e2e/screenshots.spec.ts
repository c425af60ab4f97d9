import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../../src/i18n';
import type { Page } from '@playwright/test';
import { readFixture } from '../support/fixtures';
import { test, expect } from './support/extension';
import { answerUntilResults, expectNoAxeViolations } from './support/popup';

/** Written on every run; the README shows them. */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ICLOUD_URL = 'https://www.icloud.com/settings/';

/** The words the test clicks and waits for, from each language's own catalogs. */
function words(language: string) {
  const catalog = (family: string) =>
    JSON.parse(
      readFileSync(
        new URL(`../../content/locales/${language}/${family}.json`, import.meta.url),
        'utf8',
      ),
    ) as Record<string, string>;
  const [ui, knowledge] = [catalog('ui'), catalog('knowledge')];
  return {
    pick: knowledge['alert.not_enough_storage.title']!,
    unsure: knowledge['question.unsure']!,
    results: ui['results.title']!,
    guide: ui['results.guide']!,
  };
}

async function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

for (const language of LOCALES) {
  test.describe(`main screens in ${language}, axe clean`, () => {
    test.use({ uiLanguage: language });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${scheme}`, async ({ context, serve, readStorage, openPopup }) => {
        test.slow();
        serve(ICLOUD_URL, readFixture('pages/icloud-en-free-5gb.html'));
        const tab = await context.newPage();
        await tab.goto(ICLOUD_URL);
        await expect.poll(() => readStorage('observations')).toHaveProperty('icloud');

        const popup = await openPopup();
        await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        // The theme follows the system: a dark page in dark mode, a light one otherwise.
        const [r, g, b] = (await background(popup)).match(/\d+/g)!.map(Number);
        const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        expect(scheme === 'dark' ? luminance < 0.3 : luminance > 0.7).toBe(true);

        const name = (screen: string) => `${SHOTS}${screen}-${language}-${scheme}.png`;
        // The start screen, not the header alone that the HTML paints before any script has run.
        const pick = popup.getByRole('button', { name: words(language).pick });
        await expect(pick).toBeVisible();
        await popup.screenshot({ path: name('1-start'), fullPage: true });
        // Contrast and names are checked in every language and scheme, not only in English.
        await expectNoAxeViolations(popup);
        await pick.click();
        await answerUntilResults(popup, [], words(language).unsure);
        await expect(popup.getByRole('heading', { name: words(language).results })).toBeVisible();
        await popup.screenshot({ path: name('2-results'), fullPage: true });
        await expectNoAxeViolations(popup);

        const opening = context.waitForEvent('page');
        await popup
          .getByRole('link', { name: words(language).guide })
          .first()
          .click();
        const guide = await opening;
        await guide.setViewportSize({ width: 800, height: 900 });
        await guide.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await expect(guide.getByRole('heading', { level: 1 })).toBeVisible();
        await guide.screenshot({ path: name('3-guide') });
      });
    }
  });
}
