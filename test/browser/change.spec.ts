import { expect, test, type Page } from '@playwright/test';
import { chooseClassroom, openFresh, openView } from './session.ts';

/*
 * Change over time on the built-in samples: the cohort retention, migration and backtest views open (turning
 * the change section on), drill down from a cell, a flow and a class, and export CSV and SVG, in English and
 * in Chinese; the classroom table (no dates) says why there is nothing to show.
 */

/** Waits for a change result, with these settings when given (migration classifier and first date, backtest date, cohort period). */
async function waitForChange(page: Page, want: { by?: string; from?: string; at?: string; period?: string } = {}) {
  await page.waitForFunction((w) => {
    const app = (window as any).kefen.app;
    const c = app.result?.change;
    return (
      !app.analysing && !!c &&
      (w.by === undefined || c.migration.by === w.by) &&
      (w.from === undefined || c.migration.from === w.from) &&
      (w.at === undefined || c.backtests[0].at === w.at) &&
      (w.period === undefined || c.cohorts.period === w.period)
    );
  }, want, { timeout: 60_000 });
}

/** The number in a drill-down list's row count. */
async function drillCount(page: Page): Promise<number> {
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  const text = (await panel.getByTestId('table-count').textContent())!;
  return Number(text.replace(/[^\d]/g, ''));
}

async function closeDrill(page: Page) {
  await page.getByTestId('drill-panel').getByTestId('drill-close').click();
  await expect(page.getByTestId('drill-panel')).toHaveCount(0);
}

test('cohort retention: the triangle with cohort sizes, a cell drills to its customers, CSV and SVG, switches; in Chinese too', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'cohorts');
  await waitForChange(page);
  await expect(page.getByRole('heading', { name: 'Cohort retention' })).toBeVisible();
  const triangle = page.getByTestId('cohort-triangle');
  const cohorts = await page.evaluate(() => (window as any).kefen.app.result.change.cohorts.cohorts.map((c: any) => [c.cohort, c.customers, c.active[1]]));
  expect(cohorts.length).toBeGreaterThan(12);
  await expect(triangle).toContainText(cohorts[0][0]);
  await expect(triangle).toContainText('100.0 %');

  // period 1 of the first cohort: its customers buying then
  const [first, , active1] = cohorts[0];
  const cell = triangle.getByRole('button', { name: new RegExp(`^Cohort ${first}, 1: `) });
  await expect(cell).toHaveAttribute('aria-label', new RegExp(`${active1} customers buying`));
  await cell.focus();
  await page.keyboard.press('Enter');
  expect(await drillCount(page)).toBe(active1);
  await expect(page.getByTestId('drill-panel')).toContainText(`Cohort ${first}: customers buying in period 1`);
  await closeDrill(page);

  const csv = page.waitForEvent('download');
  await page.getByTestId('cohort-csv').click();
  expect((await csv).suggestedFilename()).toBe('cohort-retention.csv');
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG' }).first().click();
  expect((await svg).suggestedFilename()).toBe('cohort-retention.svg');

  // revenue per cohort customer; calendar columns; quarters
  await page.getByTestId('cohort-measure').selectOption('revenue');
  await expect(triangle).not.toContainText('%');
  await page.getByTestId('cohort-layout').selectOption('calendar');
  await expect(triangle).toContainText('Calendar period');
  await page.getByTestId('cohort-period').selectOption('quarter');
  await waitForChange(page, { period: 'quarter' });
  await expect(triangle).toContainText('2024-Q1');

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: '客户留存' })).toBeVisible();
  await expect(page.getByText('各同期群的销售额（分层蛋糕图）')).toBeVisible();
  await expect(triangle).toContainText('同期群');
});

test('migration: matrix with entered and left, a cell and a flow drill down, the classifier and dates change it, CSV; in Chinese too', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'migration');
  await waitForChange(page);
  await expect(page.getByRole('heading', { name: 'Migration' })).toBeVisible();
  const matrix = page.getByTestId('migration-matrix');
  await expect(matrix.locator('thead th')).toContainText(['Class A', 'Class B', 'Class C']);
  await expect(matrix.locator('tbody th')).toContainText(['Class A', 'Class B', 'Class C', 'Entered (new)']);

  // a cell: its customers
  const button = matrix.locator('tbody tr').first().locator('button.cell').first();
  const n = Number((await button.locator('.n').textContent())!.replace(/[^\d]/g, ''));
  await button.click();
  expect(await drillCount(page)).toBe(n);
  await closeDrill(page);

  // a flow of the Sankey: its customers, by keyboard
  const flow = page.getByTestId('migration-sankey').locator('path.flow').first();
  const label = (await flow.getAttribute('aria-label'))!;
  await flow.focus();
  await page.keyboard.press('Enter');
  expect(await drillCount(page)).toBe(Number(label.replace(/^.*: /, '').replace(/[^\d]/g, '')));
  await closeDrill(page);

  await expect(page.getByTestId('migration-customers').locator('tbody tr')).toHaveCount(50);
  const csv = page.waitForEvent('download');
  await page.getByTestId('migration-csv').click();
  expect((await csv).suggestedFilename()).toBe('migration-customers.csv');

  await page.getByTestId('migration-by').selectOption('lifecycle');
  await waitForChange(page, { by: 'lifecycle' });
  await expect(matrix.locator('thead th')).toContainText(['Exploration']);
  await expect(matrix.locator('thead th')).not.toContainText(['Left']);
  // a second date after the analysis date: the date field refuses it and says why, the setting stays as it was,
  // and clearing the field takes the message away (a link or the CLI with such a date get the engine's note)
  await page.getByTestId('migration-to').fill('2026-03-01');
  await expect(page.getByRole('alert')).toHaveText('The date must be on or before 2025-12-31.');
  expect(await page.evaluate(() => (window as any).kefen.app.config.change.to)).toBeNull();
  await page.getByTestId('migration-to').fill('');
  await waitForChange(page, { by: 'lifecycle' });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('migration-by').selectOption('segment');
  await page.getByTestId('migration-from').fill('2025-03-31');
  await waitForChange(page, { by: 'segment', from: '2025-03-31' });
  await expect(page.getByTestId('migration-used')).toContainText('RFM segment at 2025-03-31 and at 2025-12-31');

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: '客户迁移' })).toBeVisible();
  await expect(matrix).toContainText('新进入');
  await expect(page.getByTestId('migration-used')).toContainText('RFM 细分：2025-03-31 与 2025-12-31');
});

test('backtest: a table and lift chart per classifier, a class drills to its customers, CSV, RFM sensitivity; in Chinese too', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'backtest');
  await waitForChange(page);
  await expect(page.getByRole('heading', { name: 'Backtest' })).toBeVisible();
  for (const by of ['abc', 'segment', 'eight', 'pyramid', 'lifecycle']) await expect(page.getByTestId(`backtest-${by}`)).toBeVisible();
  const abc = page.getByTestId('backtest-table-abc');
  await expect(abc.locator('tbody tr').last()).toContainText('All customers classified');
  const firstRow = abc.locator('tbody tr').first();
  const customers = Number((await firstRow.locator('td').nth(1).textContent())!.replace(/[^\d]/g, ''));
  await firstRow.getByRole('button', { name: 'Class A' }).click();
  expect(await drillCount(page)).toBe(customers);
  await closeDrill(page);

  const csv = page.waitForEvent('download');
  await page.getByTestId('backtest-csv-abc').click();
  expect((await csv).suggestedFilename()).toBe('backtest-abc.csv');

  const sensitivity = page.getByTestId('sensitivity-methods');
  await expect(sensitivity.locator('tbody tr')).toHaveCount(4);
  await expect(sensitivity.locator('tbody tr').first().locator('td').first()).toHaveText('0');
  await expect(page.getByTestId('sensitivity-bins').locator('tbody tr')).toHaveCount(3);

  await page.getByTestId('backtest-at').fill('2025-06-30');
  await waitForChange(page, { at: '2025-06-30' });
  await expect(page.getByTestId('backtest-used')).toContainText('Classified at 2025-06-30');

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: '分类回测' })).toBeVisible();
  await expect(page.getByTestId('backtest-table-abc')).toContainText('全部已分类客户');
  await expect(page.getByTestId('backtest-sensitivity')).toContainText('RFM 分箱的敏感性');
});

test('the classroom table has no dates: each view says so', async ({ page }) => {
  await openFresh(page, 'zh');
  await chooseClassroom(page);
  for (const view of ['cohorts', 'migration', 'backtest']) {
    await openView(page, view);
    await expect(page.getByTestId('change-nodates')).toHaveText('客户变化分析需要带日期的交易明细：这个客户表没有日期。');
  }
});
