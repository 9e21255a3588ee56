import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const changhai = fileURLToPath(new URL('../../public/samples/changhai.csv', import.meta.url));

test('the preview of the 14-customer classroom file says how many rows it shows: the 8 in the table, in both languages', async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', 'en');
  });
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await page.setInputFiles('[data-testid=file-input]', changhai);
  const rows = page.locator('.preview-table tbody tr');
  await expect(rows).toHaveCount(8);
  await expect(page.getByTestId('preview-caption')).toHaveText('The first 8 rows of the file');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('preview-caption')).toHaveText('文件的前 8 行');

  // A file shorter than the table: the count is the rows there are.
  await page.reload();
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await page.setInputFiles('[data-testid=file-input]', { name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from('客户,营业收入\n1,590\n2,140\n3,100\n') });
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('preview-caption')).toHaveText('文件的前 3 行');
});
