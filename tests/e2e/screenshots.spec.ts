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

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** Shows `page` in `scheme` and checks the theme followed: a dark page in dark mode, a light one otherwise. */
async function showIn(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const [r, g, b] = (await background(page)).match(/\d+/g)!.map(Number);
  const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  expect(scheme === 'dark' ? luminance < 0.3 : luminance > 0.7).toBe(true);
}

// One walk through the screens per language; each screen is shot and checked by axe in both
// schemes on the same page, which costs one browser and one walk instead of two.
for (const language of LOCALES) {
  test.describe(`main screens in ${language}`, () => {
    test.use({ uiLanguage: language });

    test('light and dark, axe clean', async ({ context, serve, readStorage, openPopup }) => {
      test.slow();
      serve(ICLOUD_URL, readFixture('pages/icloud-en-free-5gb.html'));
      const tab = await context.newPage();
      await tab.goto(ICLOUD_URL);
      await expect.poll(() => readStorage('observations')).toHaveProperty('icloud');

      const popup = await openPopup();
      const name = (screen: string, scheme: Scheme) =>
        `${SHOTS}${screen}-${language}-${scheme}.png`;
      // The popup's screens are shot whole and checked by axe in every language and scheme, not
      // only in English; the guide is shot at its window's size (popup.spec.ts runs axe on it).
      const everyScheme = async (page: Page, screen: string, popupScreen = true) => {
        for (const scheme of SCHEMES) {
          await showIn(page, scheme);
          await page.screenshot({ path: name(screen, scheme), fullPage: popupScreen });
          if (popupScreen) await expectNoAxeViolations(page);
        }
      };

      // The start screen, not the header alone that the HTML paints before any script has run.
      const pick = popup.getByRole('button', { name: words(language).pick });
      await expect(pick).toBeVisible();
      await everyScheme(popup, '1-start');
      await pick.click();
      await answerUntilResults(popup, [], words(language).unsure);
      await expect(popup.getByRole('heading', { name: words(language).results })).toBeVisible();
      await everyScheme(popup, '2-results');

      const opening = context.waitForEvent('page');
      await popup
        .getByRole('link', { name: words(language).guide })
        .first()
        .click();
      const guide = await opening;
      await guide.setViewportSize({ width: 800, height: 900 });
      await expect(guide.getByRole('heading', { level: 1 })).toBeVisible();
      await everyScheme(guide, '3-guide', false);
    });
  });
}
