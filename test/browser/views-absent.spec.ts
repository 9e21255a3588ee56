import { expect, test } from '@playwright/test';
import { chooseClassroom, openFresh, openView, waitForResult } from './session.ts';

/*
 * Absent means absent: on the 长海物流 classroom table (customer and 营业收入 only: no profit, payment or
 * quantity, no dates) the metric choosers do not offer what the data lacks, say which column it needs,
 * and a setting that names such a metric falls back visibly.
 */

test('without profit or payment: ABC and value-score choosers do not offer them and say what column they need', async ({ page }) => {
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'abc');

  const abcMetric = page.getByTestId('abc-metric');
  await expect(abcMetric.locator('option')).not.toHaveCount(0);
  const abcOptions = await abcMetric.locator('option').allTextContents();
  expect(abcOptions).toContain('Revenue');
  expect(abcOptions).not.toContain('Profit');
  expect(abcOptions).not.toContain('Collected payment');
  expect(abcOptions).not.toContain('Quantity');
  const needs = page.getByTestId('abc-metric-needs');
  await expect(needs.filter({ hasText: 'Profit needs a profit column, or a cost column beside the amount: map one on the Data page.' })).toHaveCount(1);
  await expect(needs.filter({ hasText: 'Collected payment needs a payment (回款) column' })).toHaveCount(1);

  // a saved setting or share link naming profit: revenue is used, and the view says so
  await page.evaluate(() => (window as any).kefen.app.update('abc', { metric: 'profit' }));
  await waitForResult(page);
  await expect(page.getByTestId('abc-note')).toContainText('This dataset has no profit: it needs a profit column, or a cost column beside the amount');
  await expect(page.getByTestId('abc-note')).toContainText('Revenue is used instead.');
  await expect(abcMetric).toHaveValue('revenue');
  await expect(page.getByTestId('abc-facts')).toContainText('Revenue');

  await openView(page, 'value');
  const add = page.getByRole('combobox', { name: 'Indicator to add' });
  await expect(add.locator('option')).not.toHaveCount(0);
  const valueOptions = await add.locator('option').allTextContents();
  expect(valueOptions).not.toContain('Profit');
  expect(valueOptions).not.toContain('Collected payment');
  // the default profit 20 % is left out, the note says why, and the weights used add up to 100 %
  await expect(page.getByTestId('value-note').filter({ hasText: 'Profit is left out of the value score: this dataset has no profit or cost column' })).toHaveCount(1);
  await expect(page.getByTestId('value-absent').first()).toHaveText('(not in this dataset: left out)');
  await expect(page.getByTestId('value-used')).toHaveText('Weights used on this dataset: Revenue 100 %.');
});

test('the same in Chinese', async ({ page }) => {
  await openFresh(page, 'zh');
  await chooseClassroom(page);
  await openView(page, 'abc');
  await expect(page.getByTestId('abc-metric').locator('option')).not.toHaveCount(0);
  const abcOptions = await page.getByTestId('abc-metric').locator('option').allTextContents();
  expect(abcOptions).toContain('营业收入');
  expect(abcOptions).not.toContain('利润');
  expect(abcOptions).not.toContain('回款额');
  await expect(page.getByTestId('abc-metric-needs').filter({ hasText: '利润需要利润列，或在金额之外有成本列：请在“数据”页映射。' })).toHaveCount(1);

  await openView(page, 'value');
  const add = page.getByRole('combobox', { name: '要添加的指标' });
  await expect(add.locator('option')).not.toHaveCount(0);
  const valueOptions = await add.locator('option').allTextContents();
  expect(valueOptions).not.toContain('利润');
  await expect(page.getByTestId('value-note').filter({ hasText: '价值计分未计入利润：此数据集没有利润列或成本列' })).toHaveCount(1);
  await expect(page.getByTestId('value-used')).toHaveText('本数据集实际使用的权重：营业收入 100 %。');
});

test('without dates or recency columns RFM says once what it needs, in English and Chinese', async ({ page }) => {
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'rfm');
  const card = page.getByTestId('rfm-unavailable');
  await expect(card).toContainText('RFM needs recency and frequency');
  await expect(card.locator('p')).toHaveCount(1);
  await page.getByTestId('lang-toggle').click();
  await expect(card).toContainText('RFM 分级需要最近购买时间和购买频率');
  await expect(card.locator('p')).toHaveCount(1);
});
