import { expect, test, type Page } from '@playwright/test';
import { chooseClassroom, openFresh, openView, waitForResult } from './session.ts';
import { views } from '../../src/views/registry.ts';

/** Errors the page reports (uncaught exceptions and console errors). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Imports CSV text as a dataset, going ahead when the check before import stops it (every row would be rejected). */
async function importText(page: Page, name: string, file: string, text: string) {
  await page.goto('/#/data');
  await page.setInputFiles('[data-testid=file-input]', { name: file, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('dataset-name').fill(name);
  const anyway = page.getByTestId('import-anyway');
  const confirm = page.getByTestId('confirm-import');
  await expect(anyway.or(confirm.and(page.locator(':enabled')))).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  else await confirm.click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await page.waitForFunction((n) => (window as any).kefen.app.current?.name === n, name);
  await waitForResult(page);
}

// Two ways to a dataset without customers: rows with no customer id, and a file whose every row is rejected.
const empties = [
  ['no customer id', 'no-customer.csv', 'customer,date,amount\n,2024-01-15,125.00\n,2024-03-02,200.00\n,2024-11-20,300.00\n'],
  ['every row rejected', 'all-rejected.csv', 'customer,date,amount\nAcme,not a date,125.00\nBolt,2024-13-45,75.00\nCrane,yesterday,600.00\n']
] as const;

for (const [what, file, text] of empties) {
  test(`a dataset with 0 customers (${what}): the Report and every view open without an error`, async ({ page }) => {
    const errors = collectErrors(page);
    await openFresh(page);
    await importText(page, `empty: ${what}`, file, text);
    expect(await page.evaluate(() => (window as any).kefen.app.result.abc.order.length)).toBe(0);
    for (const view of views) {
      await page.goto(`/#/${view.key}`);
      if (view.needsResult) await waitForResult(page);
      await expect(page.locator('main h2').first()).toBeVisible();
      await expect(page.getByTestId('view-failed')).toHaveCount(0);
      if (view.key === 'report') await expect(page.getByTestId('report-no-customers')).toHaveText('This dataset has no customers to analyse up to the analysis date.');
      expect(errors, `errors on ${view.key}`).toEqual([]);
    }
    // The Data page still lists the datasets after the tour.
    await page.goto('/#/data');
    await expect(page.getByRole('heading', { name: 'Import data' })).toBeVisible();
  });
}

test('a page that throws shows its error with a way back; the other pages keep working', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'abc');
  await expect(page.locator('main h2')).toHaveText('ABC classification (Pareto)');

  // Break the ABC part of the result the page is showing (as a bug in the page would): the page throws while updating.
  await page.evaluate(() => {
    const app = (window as any).kefen.app;
    (window as any).savedResult = app.result;
    app.result = { ...app.result, abc: { ...app.result.abc, order: undefined } };
  });
  const failed = page.getByTestId('view-failed');
  await expect(failed).toContainText('This page stopped with an error: ABC / Pareto. The other pages and your stored datasets are not affected.');
  await expect(failed.locator('.detail')).toContainText('TypeError');
  await expect(page.locator('main h2')).toHaveCount(0);
  expect(errors.some((e) => e.includes('view abc failed'))).toBe(true);

  // In Chinese too.
  await page.getByTestId('lang-toggle').click();
  await expect(failed).toContainText('此页面因错误而停止：ABC / 帕累托。其他页面和已保存的数据集不受影响。');
  await expect(failed.getByRole('button', { name: '重试' })).toBeVisible();
  await page.getByTestId('lang-toggle').click();

  // The way back: Data, and it works (the dataset list is there), as do the navigation and a page that does not use ABC.
  await failed.getByRole('button', { name: 'Go to Data' }).click();
  await expect(page.getByRole('heading', { name: 'Import data' })).toBeVisible();
  await expect(page.locator('#dataset-select option')).toHaveCount(2);
  await page.getByRole('navigation').getByRole('link', { name: 'Exercise' }).click();
  await expect(page.locator('main h2').first()).toBeVisible();
  await expect(page.getByTestId('view-failed')).toHaveCount(0);

  // Back on ABC with the result still broken: the error again; once the result is whole, "Try again" shows the page.
  await page.getByRole('navigation').getByRole('link', { name: 'ABC / Pareto' }).click();
  await expect(failed).toBeVisible();
  await page.evaluate(() => {
    (window as any).kefen.app.result = (window as any).savedResult;
  });
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('view-failed')).toHaveCount(0);
  await expect(page.locator('main h2')).toHaveText('ABC classification (Pareto)');
  await expect(page.locator('.pareto .bars rect.mark')).toHaveCount(14);
});
