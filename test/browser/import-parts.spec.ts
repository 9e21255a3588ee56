import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importText } from '../../src/lib/import/importText.ts';
import { normalisedCsv } from '../../src/lib/sql/normalised.ts';

// Files from 16 MB are read in parts (at least two, more than there are cores, each reader taking the next) and merged: what is
// stored must be exactly what one reading of the file gives. The reference is the command line's
// reading (importText, whole, in Node) of the same bytes, and its normalised rows.

/** A deterministic messy export of about `rows` rows: padded and `.0` ids, rows without a customer, bad dates and numbers, quoted commas, quotes and line breaks, blank lines, CRLF. */
function messy(rows: number, seed: number, middle = '', at = 0.5): string {
  let s = seed;
  const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = ['Customer ID,Invoice,Invoice Date,Amount,Region,Note'];
  for (let i = 0; i < rows; i++) {
    if (middle && i === Math.floor(rows * at)) out.push(middle);
    const x = r();
    const customer = x < 0.02 ? '' : x < 0.04 ? ` C${Math.floor(r() * 3000)} ` : x < 0.08 ? `${10000 + Math.floor(r() * 3000)}.0` : `C${Math.floor(r() * 3000)}`;
    const date = r() < 0.001 ? '2024-02-30' : `202${3 + Math.floor(r() * 2)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const amount = r() < 0.001 ? 'twelve' : r() < 0.05 ? `"1,${Math.floor(r() * 900 + 100)}.25"` : (r() * 300 - 10).toFixed(2);
    const note = r() < 0.01 ? '"a ""quoted"", long\nnote"' : r() < 0.01 ? '"x, y"' : 'ok';
    out.push([customer, `INV${Math.floor(i / 3)}`, date, amount, ['北区', 'South', 'East', ''][Math.floor(r() * 4)], note].join(','));
    if (r() < 0.001) out.push('');
  }
  return out.join('\r\n') + '\r\n';
}

async function importThrough(page: Page, path: string) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', 'en');
  });
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await page.setInputFiles('[data-testid=file-input]', path);
  await page.getByTestId('dataset-name').fill('Parts');
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done', null, { timeout: 120_000 });
  return page.evaluate(() => JSON.parse(JSON.stringify((window as any).kefen.importer.report)));
}

async function normalisedDownload(page: Page): Promise<string> {
  const texts = new Map<string, string>();
  page.on('download', async (d) => texts.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8')));
  await page.getByText('SQL for DuckDB').click();
  await page.getByTestId('download-normalised').click();
  await expect.poll(() => texts.size, { timeout: 60_000 }).toBe(2);
  return texts.get('Parts.normalised.csv')!;
}

function expectSameReport(stored: Record<string, unknown>, text: string) {
  const { report } = importText(text, { lines: true });
  for (const key of ['rowsRead', 'rowsAccepted', 'rowsRejected', 'rowsWithoutCustomer', 'customers', 'orders', 'totalAmount', 'firstDay', 'lastDay', 'coercions'] as const) {
    expect(stored[key], key).toEqual(report[key]);
  }
  expect(stored.rejectedStored).toBe(report.rejected.length);
}

test('a 20 MB export read in parts stores what one reading stores: every row, line, label and count', async ({ page }) => {
  test.setTimeout(180_000);
  const text = messy(450_000, 7);
  const path = join(mkdtempSync(join(tmpdir(), 'kefen-parts-')), 'parts.csv');
  writeFileSync(path, text);
  expect(text.length).toBeGreaterThan(16 * 1024 * 1024);
  const stored = await importThrough(page, path);
  expect(stored.parts).toBeGreaterThanOrEqual(2);
  expectSameReport(stored, text);
  const expected = [...normalisedCsv(importText(text, { lines: true }).table)].join('');
  expect(await normalisedDownload(page)).toBe(expected);

  // The first analysis used the table the import worker handed over; after a reload it is the result kept for
  // these settings; with the kept results removed, it is computed from the columns in IndexedDB: all three the same.
  const id = await page.evaluate(() => (window as any).kefen.importer.datasetId);
  const result = async () => {
    await page.waitForFunction((d) => (window as any).kefen?.app?.resultFor === d && !(window as any).kefen.app.analysing, id, { timeout: 120_000 });
    return page.evaluate(() => ({ timings: (window as any).kefen.app.timings, result: JSON.stringify((window as any).kefen.app.result) }));
  };
  const first = await result();
  expect(first.timings.handedOver).toBe(true);
  const kept = async () =>
    page.evaluate(async (datasetId) => {
      const open = indexedDB.open('kefen');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const found = await new Promise<boolean>((resolve) => {
        const req = db.transaction('settings').objectStore('settings').getKey(`results:${datasetId}`);
        req.onsuccess = () => resolve(req.result !== undefined);
      });
      db.close();
      return found;
    }, id);
  await expect.poll(kept).toBe(true); // written behind the views
  await page.reload();
  const reopened = await result();
  expect(reopened.timings.stored).toBe(true);
  expect(reopened.result).toBe(first.result);
  await page.evaluate(async () => {
    const open = indexedDB.open('kefen');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const store = db.transaction('settings', 'readwrite').objectStore('settings');
    await new Promise((resolve) => (store.delete(IDBKeyRange.bound('result', 'result\uffff')).onsuccess = resolve));
    db.close();
  });
  await page.reload();
  const again = await result();
  expect(again.timings).toMatchObject({ handedOver: false });
  expect(again.timings.stored).toBeUndefined();
  expect(again.result).toBe(first.result);
});

test('a cut that falls inside a quoted field is noticed: the file is read whole, and nothing differs', async ({ page }) => {
  test.setTimeout(180_000);
  // A quoted note of about 5.6 MB with line breaks from a quarter of the file to nearly half of it: the file is cut
  // in even shares, at least three of them at this size, so one cut (a third, a quarter, two fifths, ...) falls inside.
  const note = `C1,INV0,2024-01-01,1.00,South,"${Array.from({ length: 250_000 }, (_, i) => `line ${i} of a long note`).join('\n')}"`;
  const text = messy(360_000, 11, note, 0.3);
  expect(text.length).toBeGreaterThan(16 * 1024 * 1024);
  const path = join(mkdtempSync(join(tmpdir(), 'kefen-parts-')), 'parts.csv');
  writeFileSync(path, text);
  const size = Buffer.byteLength(text);
  const at = Buffer.from(text).indexOf(Buffer.from(note.slice(0, 40)));
  expect(at).toBeLessThan(size / 4);
  expect(at + Buffer.byteLength(note)).toBeGreaterThan(size * 0.45);
  const stored = await importThrough(page, path);
  expect(stored.parts).toBe(1);
  expectSameReport(stored, text);
});

test('a second large import in the same page (its part workers kept warm from the first) is as exact as the first', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'kefen-parts-'));
  const texts = [messy(420_000, 21), messy(430_000, 22)];
  const stored = [];
  for (const [i, text] of texts.entries()) {
    const path = join(dir, `parts-${i}.csv`);
    writeFileSync(path, text);
    if (i === 0) stored.push(await importThrough(page, path));
    else {
      await page.goto('/#/data');
      await page.setInputFiles('[data-testid=file-input]', path);
      await page.getByTestId('dataset-name').fill('Parts 2');
      await expect(page.getByTestId('confirm-import')).toBeEnabled();
      await page.getByTestId('confirm-import').click();
      await page.waitForFunction((n) => (window as any).kefen.importer.stage === 'done' && (window as any).kefen.app.datasets.length === n, 4, { timeout: 120_000 });
      stored.push(await page.evaluate(() => JSON.parse(JSON.stringify((window as any).kefen.importer.report))));
    }
  }
  for (const [i, report] of stored.entries()) {
    expect(report.parts).toBeGreaterThanOrEqual(2);
    expectSameReport(report, texts[i]);
  }
});
