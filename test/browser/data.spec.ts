import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function openFresh(page: Page, locale: 'en' | 'zh' = 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', l);
  }, locale);
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
}

async function importFile(page: Page, name: string, datasetName: string) {
  await page.setInputFiles('[data-testid=file-input]', fixture(name));
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('dataset-name').fill(datasetName);
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
}

test('first start loads the built-in samples and opens the synthetic one', async ({ page }) => {
  await openFresh(page);
  const rows = page.getByTestId('dataset-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('dataset-list')).toContainText('长海物流');
  await expect(page.getByTestId('customers')).not.toHaveText('0');
});

test('imports a file with bad rows through the file input and reports every row', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'orders-bad.csv', 'Orders with bad rows');
  const report = page.getByTestId('dataset-report');
  await expect(report.getByTestId('rows-read')).toHaveText('10');
  await expect(report.getByTestId('rows-accepted')).toHaveText('8');
  await expect(report.getByTestId('rows-rejected')).toHaveText('2');
  await expect(report.getByTestId('rows-without-customer')).toHaveText('1');
  await expect(report.getByTestId('customers')).toHaveText('4');
  await expect(report.getByTestId('total-amount')).toHaveText('1,820.50');
  await expect(report.getByTestId('date-range')).toHaveText('2024-01-05 – 2024-04-02');
  const rejected = page.getByTestId('rejected-table');
  await expect(rejected.locator('tbody tr')).toHaveCount(2);
  await expect(rejected.locator('tbody tr').first()).toContainText('5');
  await expect(rejected.locator('tbody tr').first()).toContainText('order_date');
  await expect(rejected.locator('tbody tr').nth(1)).toContainText('7');
  await expect(rejected.locator('tbody tr').nth(1)).toContainText('amount');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r\n/);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^5,order_date,/);
  expect(lines[1]).toContain('not a date');
  expect(lines[2]).toMatch(/^7,amount,/);
});

test('the dataset survives a reload, can be renamed, and deleting it removes it', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'orders-bad.csv', 'Keep me');
  await page.reload();
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true);
  const row = page.getByTestId('dataset-row').filter({ hasText: 'Keep me' });
  await expect(row).toHaveCount(1);

  await row.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Rename' }).fill('Renamed set');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'Renamed set' })).toHaveCount(1);

  page.once('dialog', (d) => d.accept());
  await page.getByTestId('dataset-row').filter({ hasText: 'Renamed set' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'Renamed set' })).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true);
  await expect(page.getByTestId('dataset-row')).toHaveCount(2);
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('kefen');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const req = db.transaction(store).objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
      });
    return { datasets: await count('datasets'), issues: await count('issues') };
  });
  expect(stored).toEqual({ datasets: 2, issues: 0 });
});

test('a GBK file with Chinese headers is detected, mapped and read', async ({ page }) => {
  await openFresh(page, 'zh');
  await page.setInputFiles('[data-testid=file-input]', fixture('orders-gbk.csv'));
  await expect(page.getByTestId('encoding')).toHaveValue('gb18030');
  await expect(page.locator('.preview-table th').first()).toHaveText('客户名称');
  await expect(page.getByTestId('map-customer')).toHaveValue('0');
  await expect(page.getByTestId('map-date')).toHaveValue('1');
  await expect(page.getByTestId('map-amount')).toHaveValue('2');
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-accepted')).toHaveText('4');
  await expect(page.getByTestId('customers')).toHaveText('3');
  await expect(page.getByTestId('total-amount')).toHaveText('3,450.00');
});

test('day order decided after the previewed head: the rows refused before the deciding date are read again', async ({ page }) => {
  await openFresh(page);
  // 320 KB of ISO dates (beyond the 256 KB head the preview reads), then an undecided and a deciding date.
  const lines = ['customer,date,amount'];
  for (let i = 0, size = 0; size < 320 * 1024; i++) {
    const line = `C${i % 500},2024-01-${String(1 + (i % 28)).padStart(2, '0')},1`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('X,5/3/2024,2', 'Y,16/3/2024,3');
  const rows = lines.length - 1;
  await page.setInputFiles('[data-testid=file-input]', { name: 'late-day-order.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await expect(page.getByTestId('day-order')).toHaveValue('auto');
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-read')).toHaveText(rows.toLocaleString('en-US'));
  await expect(page.getByTestId('rows-rejected')).toHaveText('0');
  await expect(page.getByTestId('date-range')).toHaveText('2024-01-01 – 2024-03-16');
});

test('pasted CSV text imports, and an unacceptable mapping says why in both languages', async ({ page }) => {
  await openFresh(page);
  await page.getByText('Or paste CSV text').click();
  await page.getByRole('textbox', { name: 'Or paste CSV text' }).fill('customer,date,amount\nA,2024-01-01,5\nB,2024-01-02,7\n');
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('map-customer').selectOption('');
  await expect(page.getByTestId('mapping-errors')).toContainText('customer');
  await expect(page.getByTestId('confirm-import')).toBeDisabled();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('mapping-errors')).toContainText('客户');
  await page.getByTestId('map-customer').selectOption('0');
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-accepted')).toHaveText('2');
});

test('the language switch changes every label and is remembered', async ({ page }) => {
  await openFresh(page, 'en');
  await expect(page.getByRole('heading', { name: 'Import data' })).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: '导入数据' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true);
  await expect(page.getByRole('heading', { name: '导入数据' })).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('heading', { name: 'Import data' })).toBeVisible();
});

test('the SQL for DuckDB reads the imported file with its mapping and the current settings', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'orders-bad.csv', 'Orders for SQL');
  await page.evaluate(() => (window as any).kefen.app.update('abc', { a: 0.7 }));
  await page.getByText('SQL for DuckDB').click();
  await expect(page.locator('details.sql')).toContainText('orders-bad.csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-sql').click()]);
  expect(download.suggestedFilename()).toBe('Orders_for_SQL.duckdb.sql');
  const sql = readFileSync(await download.path(), 'utf8');
  expect(sql).toContain("read_csv('orders-bad.csv'");
  expect(sql).toContain('"order_date"');
  expect(sql).toMatch(/0\.7\b/);
});

test('a row dated 9999-12-31 is set aside, said so in both languages, and imported again keeping it', async ({ page }) => {
  await openFresh(page);
  const csv = 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-01,20\nC,9999-12-31,30\n';
  await page.setInputFiles('[data-testid=file-input]', { name: 'far-future.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('dataset-name').fill('Far future');
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-read')).toHaveText('3');
  await expect(page.getByTestId('rows-accepted')).toHaveText('2');
  await expect(page.getByTestId('rows-rejected')).toHaveText('1');
  await expect(page.getByTestId('date-range')).toHaveText('2024-01-05 – 2024-02-01');
  await expect(page.getByTestId('plausible-dates')).toHaveText(/^1900-01-01 – \d{4}-\d{2}-\d{2}$/);
  const aside = page.getByTestId('set-aside');
  await expect(aside).toContainText(/Rows dated outside 1900-01-01 – \d{4}-\d{2}-\d{2} were set aside: 1 \(0 earlier, 1 later; dated 9999-12-31 to 9999-12-31\)/);
  await expect(page.getByTestId('rejected-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('rejected-table')).toContainText('outside the plausible range');
  await page.getByTestId('lang-toggle').click();
  await expect(aside).toContainText('已暂时搁置');
  await expect(page.getByTestId('keep-set-aside')).toHaveText(/重新导入并保留这些行（日期范围 1900-01-01 – 9999-12-31）/);
  await page.getByTestId('lang-toggle').click();

  const keep = page.getByTestId('keep-set-aside');
  await expect(keep).toHaveText('Import again keeping them (dates 1900-01-01 – 9999-12-31)');
  const datasets = await page.getByTestId('dataset-row').count();
  await keep.click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(datasets + 1);
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-accepted')).toHaveText('3');
  await expect(page.getByTestId('rows-rejected')).toHaveText('0');
  await expect(page.getByTestId('date-range')).toHaveText('2024-01-05 – 9999-12-31');
  await expect(page.getByTestId('plausible-dates')).toHaveText('1900-01-01 – 9999-12-31');
  await expect(page.getByTestId('set-aside')).toHaveCount(0);
});

test('a two-digit year among four-digit years is rejected wherever it stands (the worker reads the file again)', async ({ page }) => {
  await openFresh(page);
  const csv = 'customer,date,amount\nA,24-03-10,1\nB,2024-03-10,2\nC,2024-03-11,3\nD,2024-03-12,4\n';
  await page.setInputFiles('[data-testid=file-input]', { name: 'two-digit.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-read')).toHaveText('4');
  await expect(page.getByTestId('rows-rejected')).toHaveText('1');
  await expect(page.getByTestId('date-range')).toHaveText('2024-03-10 – 2024-03-12');
  await expect(page.getByTestId('rejected-table').locator('tbody tr').first()).toContainText('two-digit year among four-digit years');
  await page.getByTestId('rejected-by-reason').locator('summary').click();
  await expect(page.getByTestId('rejected-by-reason')).toContainText('write the year in full: 1');
});
