import { expect, test, type Page } from '@playwright/test';
import { expectTexts } from './session.ts';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function openFresh(page: Page, locale: 'en' | 'zh' = 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', l);
  }, locale);
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
}

/** Each role's column in the mapping editor (column index as text). */
async function expectMapped(page: Page, roles: Record<string, string>) {
  for (const [role, column] of Object.entries(roles)) await expect(page.getByTestId(`map-${role}`)).toHaveValue(column);
}

/** Confirms the previewed import and waits until the dataset is stored. */
async function confirmImport(page: Page) {
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
}

/** Imports a file; `anyway`: the check before import stops it (too many rows would be rejected) and the user imports anyway. */
async function importFile(page: Page, name: string, datasetName: string, { anyway = false } = {}) {
  await page.setInputFiles('[data-testid=file-input]', fixture(name));
  await page.getByTestId('dataset-name').fill(datasetName);
  if (anyway) {
    await expect(page.getByTestId('check-problems')).toBeVisible();
    await expect(page.getByTestId('confirm-import')).toBeDisabled();
    await page.getByTestId('import-anyway').click();
  } else {
    await expect(page.getByTestId('confirm-import')).toBeEnabled();
    await page.getByTestId('confirm-import').click();
  }
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
  await importFile(page, 'orders-bad.csv', 'Orders with bad rows', { anyway: true });
  const report = page.getByTestId('dataset-report');
  await expectTexts(report, { 'rows-read': '10', 'rows-accepted': '8', 'rows-rejected': '2', 'rows-without-customer': '1', 'customers': '4', 'total-amount': '1,820.50', 'date-range': '2024-01-05 – 2024-04-02' });
  // A small file's size in bytes, not "0 KB".
  await expect(report).toContainText(`· ${statSync(fixture('orders-bad.csv')).size} B`);
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
  await importFile(page, 'orders-bad.csv', 'Keep me', { anyway: true });
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
  await expectMapped(page, { customer: '0', date: '1', amount: '2' });
  await confirmImport(page);
  await expectTexts(page, { 'rows-accepted': '4', 'customers': '3', 'total-amount': '3,450.00' });
});

test('a real-world transactions file is mapped with no help: customer, month-first date, amount; the check shows every value read', async ({ page }) => {
  await openFresh(page);
  const file = fileURLToPath(new URL('../fixtures/real-world/retail-transactions.csv', import.meta.url));
  await page.setInputFiles('[data-testid=file-input]', file);
  await expect(page.getByLabel('A transaction (order or order line)')).toBeChecked();
  await expectMapped(page, { customer: '0', date: '1', amount: '2' });
  await expect(page.getByTestId('day-order')).toHaveValue('mdy');
  await expect(page.getByTestId('mapping-check')).toContainText('trans_date (Date): 50 of 50 values read');
  await expect(page.getByTestId('check-problems')).toHaveCount(0);
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await confirmImport(page);
  await expect(page.getByTestId('rows-rejected')).toHaveText('0');
});

test('the check before import stops a mapping that would reject rows, says why in both languages, and "Import anyway" goes ahead', async ({ page }) => {
  await openFresh(page);
  await page.getByText('Or paste CSV text').click();
  const text = ['customer,date,amount,note', ...Array.from({ length: 20 }, (_, i) => `C${i % 4},2024-01-${String(1 + i).padStart(2, '0')},${10 + i},${i % 2 ? 'web' : 'shop'}`)].join('\n');
  await page.getByRole('textbox', { name: 'Or paste CSV text' }).fill(text);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('map-amount').selectOption('3');
  await expect(page.getByTestId('check-problems')).toContainText('20 of 20 sample rows would be rejected, most of them at “note”');
  await expect(page.getByTestId('mapping-check')).toContainText('note (Amount): 0 of 20 values read');
  await expect(page.getByTestId('confirm-import')).toBeDisabled();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('check-problems')).toContainText('样本 20 行中将有 20 行被拒收');
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('import-anyway').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expect(page.getByTestId('rows-rejected')).toHaveText('20');
});

test('a file without a header row: the first row is read as data and the columns are numbered', async ({ page }) => {
  await openFresh(page, 'zh');
  await page.setInputFiles('[data-testid=file-input]', { name: 'no-header.csv', mimeType: 'text/csv', buffer: Buffer.from('CS1000,1/25/2013,20\nCS1001,2/11/2013,35\nCS1000,3/15/2013,72\n') });
  await expect(page.getByTestId('first-row-is-data')).toBeChecked();
  await expect(page.getByTestId('no-header-note')).toBeVisible();
  await expect(page.locator('.preview-table th').first()).toHaveText('第 1 列');
  await expectMapped(page, { customer: '0', date: '1', amount: '2' });
  await confirmImport(page);
  await expect(page.getByTestId('rows-read')).toHaveText('3');
  await expect(page.getByTestId('customers')).toHaveText('2');
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
  await confirmImport(page);
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
  await confirmImport(page);
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

test('a dataset reopened shows the result kept for its settings at once; a change computes from its columns, read meanwhile', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'orders-bad.csv', 'Kept result', { anyway: true });
  const ready = (a: number) =>
    page.waitForFunction((value) => {
      const app = (window as any).kefen?.app;
      return app?.ready && app.resultFor === app.currentId && !app.analysing && app.config.abc.a === value;
    }, a);
  const state = () => page.evaluate(() => ({ id: (window as any).kefen.app.currentId, timings: (window as any).kefen.app.timings, result: JSON.stringify((window as any).kefen.app.result) }));
  await ready(0.8);
  const first = await state();
  // The result is written behind the views (after the disk has shown room for it).
  const keptKeys = (id: string) =>
    page.evaluate(async (datasetId) => {
      const open = indexedDB.open('kefen');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const index = await new Promise<{ value?: { key: string }[] } | undefined>((resolve) => {
        const req = db.transaction('settings').objectStore('settings').get(`results:${datasetId}`);
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return index?.value?.length ?? 0;
    }, id);
  await expect.poll(() => keptKeys(first.id)).toBe(1);
  await page.reload();
  await ready(0.8);
  const kept = await state();
  expect(kept.id).toBe(first.id);
  expect(kept.timings.stored).toBe(true);
  expect(kept.result).toBe(first.result);
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'Kept result' })).toHaveCount(1);
  // Another setting: computed from the columns; back to the first: computed again, the same as the kept result.
  await page.evaluate(() => (window as any).kefen.app.update('abc', { a: 0.6 }));
  await ready(0.6);
  const changed = await state();
  expect(changed.timings.stored).toBeUndefined();
  expect(changed.result).not.toBe(first.result);
  await page.evaluate(() => (window as any).kefen.app.update('abc', { a: 0.8 }));
  await ready(0.8);
  const back = await state();
  expect(back.timings.stored).toBeUndefined();
  expect(back.result).toBe(first.result);
});

test('a setting changed while the stored settings of a dataset are read is kept, and stored with them', async ({ page }) => {
  await openFresh(page);
  const seen = await page.evaluate(async () => {
    const app = (window as any).kefen.app;
    const first = app.currentId;
    const other = app.datasets.find((d: { id: string }) => d.id !== first).id;
    await app.select(other);
    app.update('abc', { b: 0.9 }); // a setting the other dataset keeps
    await app.select(first);
    const opening = app.select(other);
    app.update('abc', { a: 0.7 }); // before the stored settings have arrived
    await opening;
    return { id: other, a: app.config.abc.a, b: app.config.abc.b };
  });
  expect(seen).toEqual({ id: seen.id, a: 0.7, b: 0.9 });
  await page.reload();
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true);
  expect(await page.evaluate(() => (window as any).kefen.app.currentId)).toBe(seen.id);
  expect(await page.evaluate(() => (window as any).kefen.app.config.abc)).toMatchObject({ a: 0.7, b: 0.9 });
});

test('the SQL for DuckDB reads the normalised rows with the current settings; the other dialects read the table', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'orders-bad.csv', 'Orders for SQL', { anyway: true });
  await page.evaluate(() => (window as any).kefen.app.update('abc', { a: 0.7 }));
  await page.getByText('SQL for DuckDB').click();
  await expect(page.locator('details.sql')).toContainText('Orders_for_SQL.normalised.csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-sql').click()]);
  expect(download.suggestedFilename()).toBe('Orders_for_SQL.duckdb.sql');
  const sql = readFileSync(await download.path(), 'utf8');
  expect(sql).toContain("read_csv('Orders_for_SQL.normalised.csv'");
  expect(sql).toContain("'order': 'VARCHAR'");
  expect(sql).toMatch(/CAST\(0\.7 AS DOUBLE\) AS abc_a/);

  await page.getByTestId('sql-dialect').selectOption('postgres');
  const [pg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-sql').click()]);
  expect(pg.suggestedFilename()).toBe('Orders_for_SQL.postgres.sql');
  const pgSql = readFileSync(await pg.path(), 'utf8');
  expect(pgSql).toContain('-- CREATE TABLE kefen_rows (');
  expect(pgSql).toContain('AS "recencyDays"');
});

test('the normalised rows download: accepted rows only, ISO dates, plain numbers, source lines, and the counts beside them (en and zh)', async ({ page }) => {
  await openFresh(page, 'zh');
  await importFile(page, 'orders-bad.csv', 'Normalised', { anyway: true });
  await page.getByText('适用于 DuckDB、PostgreSQL、Spark SQL 和 BigQuery 的 SQL').click();
  const downloads: string[] = [];
  const texts = new Map<string, string>();
  page.on('download', async (d) => {
    downloads.push(d.suggestedFilename());
    texts.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8'));
  });
  await page.getByRole('button', { name: '下载规范化的各行（CSV + JSON）' }).click();
  await expect.poll(() => texts.size).toBe(2);
  expect(downloads).toEqual(['Normalised.normalised.csv', 'Normalised.normalised.csv.json']);
  const csv = texts.get('Normalised.normalised.csv')!.trimEnd().split('\n');
  expect(csv[0]).toBe('customer,date,amount,order,region,line');
  expect(csv[1]).toBe('C1,2024-01-05,100,O1,North,2');
  expect(csv[2]).toBe('C2,2024-01-20,1250.5,O2,South,3');
  const sidecar = JSON.parse(texts.get('Normalised.normalised.csv.json')!);
  expect(sidecar.rowsKept).toBe(csv.length - 1);
  expect(sidecar.rowsRead).toBe(sidecar.rowsKept + sidecar.rowsRejected);
  expect(sidecar.rowsRejected).toBeGreaterThan(0);
  expect(csv.some((line) => line.includes('not a date'))).toBe(false);
  await page.getByTestId('sql-dialect').selectOption('bigquery');
  await expect(page.getByTestId('sql-dialect')).toHaveValue('bigquery');
  const [bq] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-sql').click()]);
  expect(bq.suggestedFilename()).toBe('Normalised.bigquery.sql');
});

test('a Windows-1252 file chosen through the file input: accented names decoded, the encoding named', async ({ page }) => {
  await openFresh(page);
  await page.setInputFiles('[data-testid=file-input]', fileURLToPath(new URL('../fixtures/real-world/invoices-latin1.csv', import.meta.url)));
  await expect(page.getByTestId('encoding')).toHaveValue('windows-1252');
  await expect(page.getByTestId('encoding').locator('option:checked')).toHaveText('Windows-1252 / Latin-1 (Western European)');
  // Named once, by the chooser: the facts beside it do not say it again.
  await expect(page.locator('.file-facts')).toHaveText(/^\s*Delimiter “,” · \d+ columns · Encoding/);
  await expect(page.locator('.preview-table')).toContainText('Zoë Ashworth');
  await expect(page.getByTestId('encoding-notice')).toHaveCount(0);
  await confirmImport(page);
  await expect(page.getByTestId('dataset-report')).toContainText('Windows-1252 / Latin-1');
  await expect(page.getByTestId('replacements')).toHaveCount(0);
});

test('a PNG chosen as a CSV file gets the message that it is an image', async ({ page }) => {
  await openFresh(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  await page.setInputFiles('[data-testid=file-input]', { name: 'orders.csv', mimeType: 'text/csv', buffer: png });
  await expect(page.getByRole('alert')).toContainText('This is an image (PNG, JPEG or GIF), not a CSV file.');
  await expect(page.getByTestId('confirm-import')).toHaveCount(0);
});

test('an encoding the samples leave in doubt: the notice shows each alternative with its reading, and a button re-previews in it', async ({ page }) => {
  await openFresh(page);
  // Windows-1252 text with a byte (0x81) that no candidate reads cleanly.
  const bytes = Buffer.from([...Buffer.from('customer,date,amount\nAnna H'), 0xe4, ...Buffer.from('berlin,2024-03-05,1\nX'), 0x81, ...Buffer.from(',2024-03-06,2\n')]);
  await page.setInputFiles('[data-testid=file-input]', { name: 'doubt.csv', mimeType: 'text/csv', buffer: bytes });
  const notice = page.getByTestId('encoding-notice');
  await expect(notice).toContainText('The encoding may be wrong');
  await expect(notice).toContainText('Anna Häberlin');
  const chosen = await page.getByTestId('encoding').inputValue();
  const other = notice.locator('button').first();
  await other.click();
  await expect(page.getByTestId('encoding')).not.toHaveValue(chosen);
});

test('a row dated 9999-12-31 is set aside, said so in both languages, and imported again keeping it', async ({ page }) => {
  await openFresh(page);
  const csv = 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-01,20\nC,9999-12-31,30\n';
  await page.setInputFiles('[data-testid=file-input]', { name: 'far-future.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Asked before import: the check names the date outside the plausible range.
  await expect(page.getByTestId('check-problems')).toContainText('outside the plausible range');
  await expect(page.getByTestId('check-problems')).toContainText('cannot become the analysis date');
  await expect(page.getByTestId('confirm-import')).toBeDisabled();
  await page.getByTestId('dataset-name').fill('Far future');
  await page.getByTestId('import-anyway').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expectTexts(page, { 'rows-read': '3', 'rows-accepted': '2', 'rows-rejected': '1', 'date-range': '2024-01-05 – 2024-02-01' });
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
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  // The new import replaces the one it widens: one dataset of that name, not two.
  await expect(page.getByTestId('dataset-row')).toHaveCount(datasets);
  await expectTexts(page, { 'rows-accepted': '3', 'rows-rejected': '0', 'date-range': '2024-01-05 – 9999-12-31', 'plausible-dates': '1900-01-01 – 9999-12-31' });
  await expect(page.getByTestId('set-aside')).toHaveCount(0);
});

test('a two-digit year among four-digit years is rejected wherever it stands (the worker reads the file again)', async ({ page }) => {
  await openFresh(page);
  const csv = 'customer,date,amount\nA,24-03-10,1\nB,2024-03-10,2\nC,2024-03-11,3\nD,2024-03-12,4\n';
  await page.setInputFiles('[data-testid=file-input]', { name: 'two-digit.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('check-problems')).toContainText('Write these years in full');
  await page.getByTestId('import-anyway').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await expectTexts(page, { 'rows-read': '4', 'rows-rejected': '1', 'date-range': '2024-03-10 – 2024-03-12' });
  await expect(page.getByTestId('rejected-table').locator('tbody tr').first()).toContainText('two-digit year among four-digit years');
  await page.getByTestId('rejected-by-reason').locator('summary').click();
  await expect(page.getByTestId('rejected-by-reason')).toContainText('write the year in full: 1');
});
