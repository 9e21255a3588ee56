import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseClassroom, openFresh, openView, waitForResult } from './session.ts';

/*
 * The RFM, lifecycle, profitability and value-score views in a real browser on the built-in samples: the
 * synthetic distributor (dated orders with cost) and the 长海物流 classroom table (no dates, no cost).
 */

test('RFM on the synthetic sample: 5×5 grid, a cell opens the drill list with its count, k = 4 gives a 4×4 grid', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'rfm');
  const grid = page.getByTestId('rfm-grid');
  await expect(grid).toHaveAttribute('data-k', '5');
  const cells = grid.locator('g.cell');
  await expect(cells).toHaveCount(25);

  // R5 F5 (champions corner): the drill list holds exactly the cell's customers
  const cell = grid.locator('g.cell[data-r="5"][data-f="5"]');
  const count = Number(await cell.getAttribute('data-customers'));
  expect(count).toBeGreaterThan(0);
  await cell.click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('#drill-title')).toContainText('R5 · F5');
  await expect(panel.getByTestId('table-count')).toHaveText(`${count.toLocaleString('en-US')} rows`);
  await panel.getByTestId('drill-close').click();
  await expect(panel).toBeHidden();

  // keyboard: a cell is focusable and Enter opens its list
  const other = grid.locator('g.cell[data-r="1"][data-f="1"]');
  const otherCount = Number(await other.getAttribute('data-customers'));
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('table-count')).toHaveText(`${otherCount.toLocaleString('en-US')} rows`);
  await panel.getByTestId('drill-close').click();

  // segment table and thresholds are there
  await expect(page.locator('table.segments tr.segment')).not.toHaveCount(0);
  await expect(page.getByText('Thresholds actually used')).toBeVisible();

  await page.getByTestId('rfm-bins').selectOption('4');
  await expect(grid).toHaveAttribute('data-k', '4');
  await expect(cells).toHaveCount(16);

  // the 8-class tab
  await page.getByRole('tab', { name: '8-class model' }).click();
  await expect(page.locator('table.segments tr.segment')).toHaveCount(8);
});

test('RFM, lifecycle, profitability and value score show their charts, in Chinese too', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'lifecycle');
  await expect(page.getByText('Stage mix at each month end')).toBeVisible();
  await expect(page.locator('svg rect.seg').first()).toBeVisible();
  await expect(page.getByText('Transitions between two dates')).toBeVisible();

  await openView(page, 'profit');
  const matrix = page.getByTestId('profit-matrix');
  await expect(matrix.locator('svg')).toBeVisible();
  await expect(matrix.locator('svg rect').first()).toBeVisible();
  await expect(page.getByTestId('profit-groups')).toContainText('Profitable');

  await openView(page, 'value');
  await expect(page.getByTestId('value-quadrant').locator('circle').first()).toBeVisible();
  await expect(page.getByTestId('value-sum')).toContainText('100.0 %');
  // weights that do not add up to 100 % are reported in both languages
  await page.getByTestId('value-weight').first().fill('50');
  await page.getByTestId('value-weight').first().press('Enter');
  await expect(page.getByTestId('value-sum')).toContainText('110.0 %');
  await expect(page.getByRole('alert')).toContainText('must add up to 100 %');

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('alert')).toContainText('权重合计必须为 100 %');
  await expect(page.getByRole('heading', { name: '客户价值计分卡' })).toBeVisible();
  await openView(page, 'rfm');
  await expect(page.getByRole('heading', { name: 'RFM 分级' })).toBeVisible();
  await expect(page.getByTestId('rfm-grid')).toContainText('冠军客户');
  await openView(page, 'lifecycle');
  await expect(page.getByRole('heading', { name: '客户生命周期' })).toBeVisible();
  await expect(page.getByText('各月末的阶段构成')).toBeVisible();
  await openView(page, 'profit');
  await expect(page.getByRole('heading', { name: '客户产品赢利分析' })).toBeVisible();
  await expect(page.getByTestId('profit-groups')).toContainText('赢利客户');
});

test('on the classroom table the lifecycle explains there are no dates, profitability names the column to map', async ({ page }) => {
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'lifecycle');
  await expect(page.getByTestId('lifecycle-unavailable')).toContainText('without order dates');
  await openView(page, 'profit');
  await expect(page.getByTestId('profit-unavailable')).toContainText('“Cost”');
  await openView(page, 'value');
  await expect(page.getByTestId('value-tiers')).toContainText('Tier 1');
  await page.getByTestId('lang-toggle').click();
  await openView(page, 'lifecycle');
  await expect(page.getByTestId('lifecycle-unavailable')).toContainText('不含订单日期');
});

/** The number of customers in an accessible name such as "…: 415 customers…". */
function countIn(label: string | null): number {
  const m = /([\d,]+) customers?/.exec(label ?? '');
  if (!m) throw new Error(`no customer count in ${label}`);
  return Number(m[1].replace(/,/g, ''));
}

async function drillCount(page: Page): Promise<string> {
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  const text = (await panel.getByTestId('table-count').textContent()) ?? '';
  await panel.getByTestId('drill-close').click();
  await expect(panel).toBeHidden();
  return text;
}

test('drill lists from the lifecycle, profitability and value views hold the counts shown; thresholds export as CSV with BOM', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'lifecycle');
  const snapshot = await page.evaluate(() => (window as any).kefen.app.result.lifecycle.mix.months.at(-1));
  const band = page.locator(`rect.seg[aria-label^="${snapshot}"]`).first();
  const bandCount = countIn(await band.getAttribute('aria-label'));
  await band.click();
  expect(await drillCount(page)).toBe(`${bandCount.toLocaleString('en-US')} rows`);
  // a band of an earlier month lists that month's customers of the stage, not the snapshot's
  const earlierMonth = await page.evaluate(() => (window as any).kefen.app.result.lifecycle.mix.months.at(-4));
  const earlier = page.locator(`rect.seg[aria-label^="${earlierMonth}"]`).last();
  const earlierLabel = (await earlier.getAttribute('aria-label'))!;
  await earlier.click();
  await expect(page.locator('#drill-title')).toContainText(earlierMonth);
  expect(await drillCount(page)).toBe(`${countIn(earlierLabel).toLocaleString('en-US')} rows`);

  const move = page.locator('g.cell').first();
  const moveCount = countIn(await move.getAttribute('aria-label'));
  await move.click();
  expect(await drillCount(page)).toBe(`${moveCount.toLocaleString('en-US')} rows`);

  await openView(page, 'profit');
  const profitable = page.getByTestId('profit-groups').locator('tbody tr').first();
  const customers = (await profitable.locator('td').nth(1).textContent())!.trim();
  await profitable.getByRole('button').click();
  expect(await drillCount(page)).toBe(`${customers} rows`);

  await openView(page, 'value');
  const area = page.getByTestId('value-quadrant').locator('rect.area').first();
  const areaCount = countIn(await area.getAttribute('aria-label'));
  await area.focus();
  await page.keyboard.press('Enter');
  expect(await drillCount(page)).toBe(`${areaCount.toLocaleString('en-US')} rows`);

  await openView(page, 'rfm');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export thresholds (CSV)' }).click();
  const file = await (await download).path();
  const text = readFileSync(file!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('R (recency)');
  expect(text).toContain('Cut points');
});

test('RFM fixed cut points: a count that does not match k is flagged, the textbook recency table brings the grid back', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'rfm');
  await page.getByTestId('rfm-method').selectOption('thresholds');
  await waitForResult(page);
  await page.getByTestId('rfm-bins').selectOption('3');
  await waitForResult(page);
  await expect(page.getByTestId('rfm-unavailable')).toContainText('could not be computed');
  await expect(page.getByText('Expected 2 cut points', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: /Textbook recency table/ }).click();
  await waitForResult(page);
  // k = 5 again, R from the textbook table; F and M keep their 4 cut points
  await expect(page.getByTestId('rfm-grid')).toHaveAttribute('data-k', '5');
  await expect(page.locator('.thresholds tbody tr').first()).toContainText('0 – 7');
});
