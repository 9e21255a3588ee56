import { expect, test, type Page } from '@playwright/test';
import { chooseClassroom, openFresh, openView } from './session.ts';

/*
 * The value forecast view on the built-in samples: opening it turns the forecast on; on the synthetic
 * distributor it shows the fitted parameters, the top customers and, with an earlier calibration end, the
 * holdout summary and the tracking plot, in English and in Chinese; the classroom table has no dates.
 */

/** Waits until the worker has posted a forecast (with its holdout check when `holdout`). */
async function waitForForecast(page: Page, holdout: boolean) {
  await page.waitForFunction((h) => {
    const app = (window as any).kefen.app;
    return !app.analysing && app.result?.forecast && (!h || app.result.forecast.holdout);
  }, holdout, { timeout: 60_000 });
}

test('value forecast on the synthetic sample: parameters, top customers, then the holdout check; in Chinese too', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'forecast');
  await waitForForecast(page, false);
  await expect(page.getByRole('heading', { name: 'Value forecast' })).toBeVisible();
  const params = page.getByTestId('forecast-params');
  await expect(params.locator('tbody tr')).toHaveCount(7);
  await expect(params).toContainText('BG/NBD');
  await expect(params).toContainText('α');
  await expect(page.getByTestId('forecast-fit')).toContainText('converged');
  await expect(page.getByTestId('forecast-top').locator('tbody tr')).toHaveCount(10);
  await expect(page.getByTestId('forecast-noholdout')).toBeVisible();
  await expect(page.getByTestId('forecast-tracking')).toHaveCount(0);

  // the group table opens the drill list of a segment
  const first = page.getByTestId('forecast-groups').locator('tbody tr').first();
  const count = (await first.locator('td').nth(1).textContent())!.trim();
  await first.getByRole('button').click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel.getByTestId('table-count')).toHaveText(`${count} rows`);
  await panel.getByTestId('drill-close').click();

  // CSV export of the whole ranking
  const download = page.waitForEvent('download');
  await page.getByTestId('forecast-top-csv').click();
  expect((await download).suggestedFilename()).toBe('value-forecast-customers.csv');

  // an earlier calibration end: the holdout summary and the tracking plot with actual and model
  await page.getByTestId('forecast-calibration').fill('2025-06-30');
  await waitForForecast(page, true);
  await expect(page.getByTestId('forecast-holdout')).toContainText('In the holdout period from 2025-06-30 to 2025-12-31');
  await expect(page.getByTestId('forecast-holdout')).toContainText(/(over|under)estimates the total by \d+ %|matches/);
  const tracking = page.getByTestId('forecast-tracking');
  await expect(tracking.locator('svg path.compare')).toHaveCount(1);
  await expect(tracking.locator('svg')).toContainText('Calibration end');
  await expect(page.getByTestId('forecast-used')).toContainText('up to 2025-06-30');
  // per week: the weekly series, actual and model
  await page.getByTestId('forecast-tracking-mode').selectOption('perUnit');
  await expect(tracking).toContainText('Repeat purchases per week: actual and model');
  await expect(tracking.locator('svg path.compare')).toHaveCount(1);

  // the P(alive) matrix: a cell with customers opens them, with P(alive) and CLV as columns of the list
  const matrix = page.getByTestId('forecast-matrix');
  await expect(matrix).toContainText('P(alive) by frequency and recency');
  const cell = matrix.locator('g.cell[role="button"]').first();
  const n = Number((await cell.getAttribute('aria-label'))!.match(/P\(alive\) [\d.]+ %, ([\d,]+) customers?/)![1].replace(/,/g, ''));
  expect(n).toBeGreaterThan(0);
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('table-count')).toHaveText(`${n} rows`);
  await expect(panel.locator('thead')).toContainText('P(alive)');
  await expect(panel.locator('thead')).toContainText('CLV (52 weeks)');
  await expect(panel.getByTestId('drill-add-forecast')).toHaveCount(0);
  const listCsv = page.waitForEvent('download');
  await panel.getByTestId('table-export').click();
  const csvPath = await (await listCsv).path();
  const header = (await import('node:fs')).readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  expect(header).toContain('P(alive)');
  expect(header).toContain('CLV (52 weeks)');
  await panel.getByTestId('drill-close').click();

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: '价值预测' })).toBeVisible();
  await expect(page.getByTestId('forecast-holdout')).toContainText('在 2025-06-30 至 2025-12-31 的留出期');
  await expect(page.getByTestId('forecast-tracking').locator('svg')).toContainText('校准期截止');
  await expect(page.getByTestId('forecast-fit')).toContainText('已收敛');
  await expect(page.getByTestId('forecast-top')).toContainText('存活概率');
  await expect(page.getByTestId('forecast-matrix')).toContainText('按频次与最近购买的存活概率');
  await expect(page.getByTestId('forecast-tracking')).toContainText('每周复购次数');
  await expect(page.getByRole('navigation').getByRole('link', { name: '价值预测' })).toBeVisible();
});

test('value forecast on the classroom customer table: it needs dated transactions', async ({ page }) => {
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'forecast');
  await expect(page.getByTestId('forecast-nodates')).toHaveText('The value forecast needs dated transactions: this customer table has no purchase dates.');
});

test('a customer list offers P(alive) and CLV: asked for once, they become its columns', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'abc');
  await page.getByTestId('abc-classes').getByRole('button').first().click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel.locator('thead')).not.toContainText('P(alive)');
  await panel.getByTestId('drill-add-forecast').click();
  await waitForForecast(page, false);
  await expect(panel.locator('thead')).toContainText('P(alive)');
  await expect(panel.locator('thead')).toContainText('Expected purchases (52 weeks)');
  await expect(panel.getByTestId('drill-add-forecast')).toHaveCount(0);
});
