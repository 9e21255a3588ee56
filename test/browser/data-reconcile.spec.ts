import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectTexts, openFresh, waitForResult } from './session.ts';

// Rows without a customer, a return invoice, a zero row, a customer whose returns exceed the purchases (fixtures/README.md).
const fixture = fileURLToPath(new URL('./fixtures/messy-orders.csv', import.meta.url));

for (const locale of ['en', 'zh'] as const) {
  test(`the Data page reconciles its totals with ABC's total and the report's orders (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await page.setInputFiles('[data-testid=file-input]', fixture);
    await page.getByTestId('dataset-name').fill('Messy orders');
    await page.getByTestId('confirm-import').click();
    await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
    await waitForResult(page);
    const recon = page.getByTestId('reconciliation');
    await expectTexts(page, { 'total-amount': '320.00', orders: '11' });
    // figures worked out by hand (see test/analysis/reconciliation.test.ts)
    await expectTexts(recon, {
      'recon-all-rows': '12',
      'recon-all-orders': '11',
      'recon-all-amount': '320.00',
      'recon-without-rows': '2',
      'recon-without-amount': '65.00',
      'recon-with-rows': '10',
      'recon-with-customers': '4',
      'recon-with-orders': '9',
      'recon-with-amount': '255.00',
      'recon-counted-customers': '3',
      'recon-counted-amount': '270.00',
      'recon-nonpositive-customers': '1',
      'recon-nonpositive-amount': '-15.00'
    });
    await expect(recon.getByTestId('recon-with-positive-orders')).toContainText('6');
    await expect(recon.getByTestId('recon-after')).toHaveCount(0);

    const counted = (await recon.getByTestId('recon-counted-amount').textContent())!;
    const orders = (await recon.getByTestId('recon-with-orders').textContent())!;
    await page.goto('/#/abc');
    await waitForResult(page);
    expect(await page.evaluate(() => (window as any).kefen.app.result.abc.total)).toBe(270);
    await expect(page.getByText(locale === 'en' ? `Total Revenue: ${counted}.` : `营业收入合计 ${counted}。`)).toBeVisible();
    await page.goto('/#/report');
    await waitForResult(page);
    await expect(page.getByTestId('report-orders')).toHaveText(orders);
    await expect(page.getByTestId('report-counted')).toHaveText(counted);

    // an analysis date moves the late row out; the parts still meet the ABC total
    await page.goto('/#/abc');
    await page.evaluate(() => (window as any).kefen.app.update('summary', { analysisDate: '2024-03-31' }));
    await waitForResult(page);
    const total = await page.evaluate(() => (window as any).kefen.app.result.abc.total);
    await page.goto('/#/data');
    await waitForResult(page);
    await expectTexts(recon, { 'recon-after-rows': '1', 'recon-after-amount': '60.00', 'recon-counted-amount': total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
    expect(total).toBe(210);
  });
}
