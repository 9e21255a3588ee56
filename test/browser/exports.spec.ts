import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { openFresh, waitForResult } from './session.ts';

// Customer ids a spreadsheet would run as formulas (OWASP CSV Injection), among them the two that slipped
// through before: a leading minus followed by a digit.
const hostile = ['-1+1', "-2+3+cmd|' /C calc'!A0", '=1+1', '+SUM(A1)', '@A1', 'Plain'];

test('the CSV export of a table neutralises formula-like text and keeps numbers numeric', async ({ page }) => {
  await openFresh(page);
  const lines = ['customer,date,amount', ...hostile.map((id, i) => `"${id.replace(/"/g, '""')}",2024-01-${String(i + 1).padStart(2, '0')},${(i + 1) * 10}`)];
  await page.setInputFiles('[data-testid=file-input]', { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  await page.getByTestId('dataset-name').fill('hostile ids');
  await expect(page.getByTestId('confirm-import')).toBeEnabled();
  await page.getByTestId('confirm-import').click();
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'done');
  await page.waitForFunction(() => (window as any).kefen.app.current?.name === 'hostile ids');
  await page.goto('/#/abc');
  await waitForResult(page);

  const table = page.getByTestId('abc-ranked');
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('table-export').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = text.slice(1).trimEnd().split('\r\n');
  // Every id cell: the formula-like ones quoted with a leading apostrophe, the plain one as it is.
  for (const id of hostile) expect(text).toContain(id === 'Plain' ? ',Plain,' : `,"'${id.replace(/"/g, '""')}",`);
  // Read back as CSV: the revenue column holds plain numbers (60 … 10 in rank order), never quoted.
  const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: ',' }).data;
  const revenue = parsed[0].indexOf('Revenue');
  expect(revenue).toBeGreaterThan(0);
  expect(parsed.slice(1).map((r) => r[revenue])).toEqual(['60', '50', '40', '30', '20', '10']);
  for (const r of rows.slice(1)) expect(r).toMatch(/,(10|20|30|40|50|60),/);
  const customer = parsed[0].indexOf('Customer');
  expect(parsed.slice(1).map((r) => r[customer]).sort()).toEqual(hostile.map((id) => (id === 'Plain' ? id : `'${id}`)).sort());
});
