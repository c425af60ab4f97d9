import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/extension';

test('the popup renders its title and starts the flow from the keyboard', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Backup Rescue');
  const start = popup.getByRole('button', { name: 'Start troubleshooting' });
  await popup.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { name: 'What do you see?' })).toBeFocused();
});

test('axe finds no violations on the start screen', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('button', { name: 'Start troubleshooting' })).toBeVisible();
  const results = await new AxeBuilder({ page: popup }).analyze();
  expect(results.violations).toEqual([]);
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });
  test('the popup follows the browser language', async ({ openPopup }) => {
    const popup = await openPopup();
    await expect(popup.getByRole('button', { name: 'Fehlersuche starten' })).toBeVisible();
  });
});
