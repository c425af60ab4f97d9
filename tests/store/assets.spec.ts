import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n';
import { test, expect } from '../e2e/support/extension';
import { waitForHint } from '../e2e/support/hint';
import { answerUntilResults } from '../e2e/support/popup';
import { readFixture } from '../support/fixtures';
import { frame, PAGE_WIDTH, promoTile, storeIcon, STORE_DIR, type Shot } from './frames';

/**
 * Writes the store images from the built extension, in every language: four 1280x800
 * screenshots, the 440x280 small promo tile, and the 128x128 icon. Run `npm run store:assets`
 * after `npm run build`; the images are committed under content/store/.
 */

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const ICLOUD_URL = 'https://www.icloud.com/settings/';
const NOTE = 'Tried twice. Reach me at anna.smith@example.com or +49 170 1234567.';

type Listing = { captions: string[]; promo: string };
const catalog = (locale: string, file: string) =>
  JSON.parse(
    readFileSync(resolve(process.cwd(), `content/locales/${locale}/${file}`), 'utf8'),
  ) as Record<string, string>;

const popupShot = async (popup: Page): Promise<Shot> => ({
  png: await popup.screenshot(),
  width: 400,
  height: 600,
});

for (const locale of LOCALES) {
  test.describe(`store images in ${locale}`, () => {
    test.use({ uiLanguage: locale });
    const texts = {
      ...catalog(locale, 'ui.json'),
      ...catalog(locale, 'knowledge.json'),
      ...catalog(locale, 'export.json'),
    };
    const say = (key: string) => texts[key]!;
    const listing = JSON.parse(
      readFileSync(resolve(STORE_DIR, locale, 'listing.json'), 'utf8'),
    ) as Listing;
    const out = (name: string) => {
      mkdirSync(resolve(STORE_DIR, locale), { recursive: true });
      return resolve(STORE_DIR, locale, name);
    };

    test('screenshots and promo tile', async ({ context, serve, readStorage, openPopup }) => {
      serve(ICLOUD_URL, readFixture('pages/icloud-en-free-5gb.html'));
      serve(STATUS_URL, readFixture('pages/status-en-icloud-backup-issue.html'));
      const framePage = await context.newPage();

      const tab = await context.newPage();
      await tab.goto(ICLOUD_URL);
      await expect.poll(() => readStorage('observations')).toHaveProperty('icloud');
      const popup = await openPopup();
      await popup.emulateMedia({ reducedMotion: 'reduce' });
      await expect(popup.getByRole('heading', { name: say('start.title') })).toBeVisible();
      await frame(framePage, out('screenshot-1.png'), listing.captions[0]!, await popupShot(popup));

      await popup.getByRole('button', { name: say('alert.not_enough_storage.title') }).click();
      await answerUntilResults(popup, [], say('question.unsure'));
      await expect(popup.getByRole('heading', { name: say('results.title') })).toBeVisible();
      await frame(framePage, out('screenshot-2.png'), listing.captions[1]!, await popupShot(popup));

      await tab.setViewportSize({ width: PAGE_WIDTH, height: 800 });
      await tab.goto(STATUS_URL);
      // The hint is in a closed shadow root: read through DevTools, as the e2e tests do.
      await waitForHint(tab, 10_000);
      const statusPage = { png: await tab.screenshot(), width: PAGE_WIDTH, height: 800 };
      const banner = await openPopup();
      await expect(banner.getByRole('region', { name: say('banner.issue.title') })).toBeVisible();
      await frame(
        framePage,
        out('screenshot-3.png'),
        listing.captions[2]!,
        await popupShot(banner),
        statusPage,
      );

      await popup.getByRole('button', { name: say('export.open') }).click();
      await popup.getByLabel(say('export.notes')).fill(NOTE);
      const preview = popup.getByLabel(say('export.preview'));
      await expect(preview).toContainText(/\[/);
      await preview.scrollIntoViewIfNeeded();
      await frame(framePage, out('screenshot-4.png'), listing.captions[3]!, await popupShot(popup));

      await promoTile(framePage, out('promo-small.png'), say('app.title'), listing.promo);
    });
  });
}

test('store icon', async ({ context }) => {
  await storeIcon(await context.newPage(), resolve(STORE_DIR, 'icon-128.png'));
});
