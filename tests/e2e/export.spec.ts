import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';

const NOTE = 'Tried twice. Reach me at anna.smith@example.com or +49 170 1234567.';

/** A short flow by clicking: a known message, two answers, one step tried, then the export. */
async function completeFlowAndExport(popup: Page) {
  await popup.getByRole('button', { name: 'iPhone/iPad Backup Failed' }).first().click();
  await expect(popup.getByText('Question 1')).toBeVisible();
  await popup.locator('.choices button').first().click();
  // The engine may find nothing else worth asking and show the results by itself.
  const results = popup.getByRole('heading', { name: 'What to do now' });
  await expect(results.or(popup.getByText('Question 2'))).toBeVisible();
  if (!(await results.isVisible())) {
    await popup.getByRole('button', { name: 'Show what to do now' }).click();
  }
  await expect(results).toBeVisible();
  await popup.getByRole('button', { name: 'Skip' }).click();
  await popup.getByRole('button', { name: 'Export summary' }).click();
  await expect(
    popup.getByRole('heading', { name: 'Diagnostic summary', exact: true }),
  ).toBeFocused();
  await popup.getByLabel('Notes for Apple Support (optional)').fill(NOTE);
}

test('export: preview, copy, download, print to PDF, all axe clean', async ({
  openPopup,
  context,
  extensionId,
}) => {
  // Three axe runs (formatted preview, exact text, print page) and a PDF: a long test.
  test.slow();
  // Extension origins are opaque to the permission API, so the grant is browser-wide.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPopup();
  await completeFlowAndExport(popup);

  // The preview is the formatted summary; the exact text is one click away, wrapped, not cut off.
  const preview = popup.getByRole('region', { name: 'Preview' });
  await expect(
    preview.getByRole('heading', { name: 'What Apple Support usually asks first' }),
  ).toBeVisible();
  await expect(preview).toContainText('Message on the device');
  await expect(preview).toContainText(/Reach me at \[email removed\] or \[phone number removed\]/);
  await expect(preview).not.toContainText('## ');
  await expect(popup.locator('.export__masked')).toHaveText(
    '1 email address, 1 phone number removed.',
  );
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await preview.getByRole('button', { name: 'Show the exact text' }).click();
  const raw = popup.getByRole('textbox', { name: 'Exact text of the summary' });
  await expect(raw).toHaveValue(/^# Backup Rescue: diagnostic summary/);
  await expect(raw).toHaveValue(/: skipped \(/);
  expect(
    await raw.evaluate((el) => el.scrollWidth <= el.clientWidth),
    'no line runs past the edge',
  ).toBe(true);
  const markdown = await raw.inputValue();
  expect(markdown).not.toContain('anna.smith');
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  await popup.getByRole('button', { name: 'Copy' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

  await popup.getByLabel('Plain text').check();
  const text = await raw.inputValue();
  expect(text).toMatch(/^Backup Rescue: diagnostic summary\n=+/);
  const downloading = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backup-rescue-summary-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(await readFile(await download.path(), 'utf8')).toBe(text);

  const opening = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Print / Save as PDF' }).click();
  const report = await opening;
  await report.waitForLoadState();
  expect(report.url()).toBe(`chrome-extension://${extensionId}/report.html?lang=en&freeText=yes`);
  await expect(
    report.getByRole('heading', { level: 1, name: 'Backup Rescue: diagnostic summary' }),
  ).toBeVisible();
  await expect(report.getByText(/Reach me at \[email removed\]/)).toBeVisible();
  expect((await new AxeBuilder({ page: report }).analyze()).violations).toEqual([]);
  const pdf = await report.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('import: a malformed file is refused with a message and changes nothing', async ({
  openPopup,
  readStorage,
}) => {
  const popup = await openPopup();
  await completeFlowAndExport(popup);
  await expect
    .poll(async () => (await readStorage<{ facts: { notes?: string } }>('session'))?.facts.notes)
    .toBe(NOTE);
  const before = await readStorage('session');

  await popup.getByLabel('Summary file saved earlier (.json)').setInputFiles({
    name: 'summary.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"backup-rescue-summary","version":1,"facts":[]}'),
  });
  await expect(popup.getByRole('alert')).toContainText('This summary is damaged or was edited');
  await expect(popup.getByRole('alert')).toContainText('Nothing was changed.');
  await popup.getByLabel('Summary file saved earlier (.json)').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"backup-rescue-summary","version":3}'),
  });
  await expect(popup.getByRole('alert')).toContainText('made by a newer version of Backup Rescue');
  expect(await readStorage('session')).toEqual(before);
  await expect(popup.getByRole('button', { name: 'Replace' })).toHaveCount(0);
});
